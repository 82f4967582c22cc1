"""Caveats that one article's own text supports, in ``model.CAVEAT_KINDS`` order.

The detectors live in ``text`` (the words of the body) and ``page`` (metadata, furniture, repairs,
boundaries); caveats that need other briefs (stale, factual-doubt, contradictions between sibling
pieces) are added later by ``collection``.
"""

from __future__ import annotations

from collections.abc import Iterable

from ..model import CAVEAT_KINDS, Actor, Article, Caveat, DatedFact, Span, TemporalExpression
from . import deixis, knowledge, page, text
from .evidence import ensure_evidence


def article_caveats(
    article: Article,
    sentences: tuple[Span, ...],
    dates: tuple[TemporalExpression, ...],
    actors: tuple[Actor, ...],
    facts: tuple[DatedFact, ...],
) -> tuple[Caveat, ...]:
    """Every caveat the article's text and page support, one per kind, each with its evidence."""
    del actors, facts  # titles are read from the text itself; dated facts feed the collection caveats
    found = (
        text.opinion(article, sentences),
        text.speculative(sentences),
        text.unattributed(sentences),
        page.missing_date(article, dates),
        page.missing_author(article),
        page.truncated(article),
        page.multiple_articles(article),
        page.boilerplate_residue(article, sentences),
        page.machine_generated(article, sentences),
        deixis.deixis_clash(article),
        knowledge.wrong_expansions(article.body),
        page.encoding_damage(article),
        text.unsourced_figures(sentences),
        text.translated(article, sentences),
    )
    return sort_caveats(ensure_evidence((c for c in found if c is not None), article.body))


def sort_caveats(caveats: Iterable[Caveat]) -> tuple[Caveat, ...]:
    """In CAVEAT_KINDS order; caveats of one kind keep their order."""
    return tuple(sorted(caveats, key=lambda c: CAVEAT_KINDS.index(c.kind)))
