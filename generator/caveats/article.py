"""Caveats that one article's own text supports."""

from __future__ import annotations

import re

from ..model import CAVEAT_KINDS, Actor, Article, Caveat, DatedFact, Span, TemporalExpression

SPECULATIVE = re.compile(r"\b(could|would|might|may|likely|unlikely|expected to)\b", re.I)
UNATTRIBUTED = re.compile(
    r"\b(reportedly|sources (said|say|indicate)|according to sources|analysts suggest|"
    r"is analyzed|experts (predict|say))\b",
    re.I,
)


def article_caveats(
    article: Article,
    sentences: tuple[Span, ...],
    dates: tuple[TemporalExpression, ...],
    actors: tuple[Actor, ...],
    facts: tuple[DatedFact, ...],
) -> tuple[Caveat, ...]:
    """Caveats from the article's metadata and cue phrases."""
    out: list[Caveat] = []
    if not article.published:
        out.append(
            Caveat(
                "missing-date",
                "The source gives no publication date; relative dates cannot be resolved with certainty.",
            )
        )
    if not article.author:
        out.append(Caveat("missing-author", "No byline: the author of this piece is not named."))
    if article.siblings:
        out.append(
            Caveat(
                "multiple-articles",
                f"The source file holds {len(article.siblings) + 1} articles; check where this one starts and ends.",
                related=article.siblings,
            )
        )
    spec = [s for s in sentences if SPECULATIVE.search(s.text)]
    if len(spec) >= max(3, len(sentences) // 3):
        out.append(
            Caveat(
                "speculative",
                f"{len(spec)} of {len(sentences)} sentences speculate (could, would, likely...).",
                evidence=tuple(spec[:3]),
            )
        )
    unattr = [s for s in sentences if UNATTRIBUTED.search(s.text)]
    if unattr:
        out.append(Caveat("unattributed", "Claims rest on unnamed sources.", evidence=tuple(unattr[:3])))
    return tuple(sorted(out, key=lambda c: CAVEAT_KINDS.index(c.kind)))
