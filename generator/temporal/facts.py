"""Dated facts: the sentences of the body that tie a claim to a date."""

from __future__ import annotations

from ..model import Actor, Article, DatedFact, Span, TemporalExpression

POINT_TYPES = ("DATE", "TIME")


def extract_facts(
    article: Article,
    sentences: tuple[Span, ...],
    dates: tuple[TemporalExpression, ...],
    actors: tuple[Actor, ...],
) -> tuple[DatedFact, ...]:
    """One fact per sentence holding a calendar date; the first such date dates the fact."""
    facts: list[DatedFact] = []
    for sent in sentences:
        inside = [
            t
            for t in dates
            if sent.start <= t.span.start < sent.end and t.type in POINT_TYPES and t.value[:1].isdigit()
        ]
        if not inside:
            continue
        keys = tuple(a.key for a in actors if any(sent.start <= m.start < sent.end for m in a.mentions))
        facts.append(
            DatedFact(date=inside[0].value, text=sent.text, evidence=sent, actors=keys, inferred=inside[0].inferred)
        )
    return tuple(sorted(facts, key=lambda f: (f.date, f.evidence.start)))
