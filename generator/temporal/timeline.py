"""The site-wide timeline: every dated fact of every brief, the same event listed once."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from ..model import Brief, DatedFact


@dataclass(frozen=True, slots=True)
class FactRef:
    """One brief's report of a fact."""

    brief_id: str
    fact: DatedFact


@dataclass(frozen=True, slots=True)
class TimelineEntry:
    """An event on the timeline: its date, its statement and every brief that reports it."""

    date: str
    text: str
    refs: tuple[FactRef, ...]
    conflicting_dates: tuple[str, ...] = ()  # other dates other sources give for the same event


def build_timeline(briefs: Sequence[Brief]) -> tuple[TimelineEntry, ...]:
    """All facts in date order; facts with the same date and the same text are one entry."""
    groups: dict[tuple[str, str], list[FactRef]] = {}
    for b in briefs:
        for f in b.facts:
            groups.setdefault((f.date, " ".join(f.text.lower().split())), []).append(FactRef(b.article.id, f))
    entries = [
        TimelineEntry(date=date, text=refs[0].fact.text, refs=tuple(sorted(refs, key=lambda r: r.brief_id)))
        for (date, _), refs in groups.items()
    ]
    return tuple(sorted(entries, key=lambda e: (e.date, e.text, e.refs[0].brief_id)))
