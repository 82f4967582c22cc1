"""Extractive summary: sentences chosen for what they carry, shown in reading order."""

from __future__ import annotations

from .model import Actor, Article, DatedFact, Span

MAX_SENTENCES = 4


def summarise(
    article: Article,
    sentences: tuple[Span, ...],
    actors: tuple[Actor, ...],
    facts: tuple[DatedFact, ...],
) -> tuple[Span, ...]:
    """Score sentences by key-actor mentions, dated facts and position; keep the best in order."""
    key_starts = [m.start for a in actors if a.key_actor for m in a.mentions]
    fact_starts = {f.evidence.start for f in facts}
    scored: list[tuple[float, int]] = []
    for i, s in enumerate(sentences):
        if s.text.endswith("?") or len(s.text.split()) < 6:
            continue
        actors_in = sum(1 for p in key_starts if s.start <= p < s.end)
        score = actors_in + (1.0 if s.start in fact_starts else 0.0) + 2.0 / (1 + i)
        scored.append((score, i))
    best = sorted(sorted(scored, key=lambda x: (-x[0], x[1]))[:MAX_SENTENCES], key=lambda x: x[1])
    return tuple(sentences[i] for _, i in best)
