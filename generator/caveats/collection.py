"""Caveats that need other briefs: contradictions between sibling pieces, stale reports, doubted dates.

- internal-inconsistency: a sibling piece (same source file) gives a person a contradicting title
  ("former President X" here, "President X" there) or dates the same event differently.
- factual-doubt: another source of the collection dates the same event differently, or gives the same
  statement with another figure (``figures``).
- stale: a source dated at least ``STALE_GAP_DAYS`` later reports on the same actors.
"""

from __future__ import annotations

import bisect
import dataclasses
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from ..model import Brief, Caveat, Span
from ..temporal.timeline import DateConflict, brief_conflicts, build_timeline
from .article import sort_caveats
from .evidence import ensure_evidence
from .figures import figure_doubts
from .page import title_clashes

# A report is overtaken when a newer one on the same actors is this much younger: a day or a week
# apart, two reports tell the same story; a month apart, the later one knows what happened next.
STALE_GAP_DAYS = 30
# Shared key actors that make two reports about the same story: three, or two when one of them is a
# person or organisation (two pieces naming the same two countries may be about different events).
SAME_STORY_ACTORS = 3
SAME_STORY_SPECIFIC = 2
SPECIFIC_TYPES = ("person", "organization")
MAX_RELATED = 5  # links a reader can follow; more say nothing new


@dataclass(frozen=True, slots=True)
class Dated:
    """What the stale check needs of a brief: the day it was written and its key actors by type."""

    id: str
    day: date
    actors: dict[str, str]


def collection_caveats(briefs: Sequence[Brief]) -> tuple[Brief, ...]:
    """Every brief with the caveats that comparing it with the others supports."""
    conflicts = _conflicts(briefs)
    by_id = {b.article.id: b for b in briefs}
    doubts = figure_doubts(briefs)
    dated = sorted((d for b in briefs if (d := _dated(b)) is not None), key=lambda d: (d.day, d.id))
    out: list[Brief] = []
    for b in briefs:
        found = (
            _sibling_titles(b, by_id),
            _conflict_caveat(b, conflicts.get(b.article.id, ()), by_id, siblings=True),
            _conflict_caveat(b, conflicts.get(b.article.id, ()), by_id, siblings=False),
            _stale(b, dated),
            doubts.get(b.article.id),
        )
        extra = ensure_evidence((c for c in found if c is not None), b.article.body)
        if extra:
            b = dataclasses.replace(b, caveats=sort_caveats(_merge((*b.caveats, *extra))))
        out.append(b)
    return tuple(out)


def _conflicts(briefs: Sequence[Brief]) -> dict[str, tuple[DateConflict, ...]]:
    if not any(b.facts for b in briefs):
        return {}
    timeline = build_timeline(briefs)
    return {b.article.id: brief_conflicts(timeline, b.article.id) for b in briefs}


def _sibling_titles(b: Brief, by_id: dict[str, Brief]) -> Caveat | None:
    """A sibling piece gives a person of this piece a contradicting (former/current) title."""
    for sid in b.article.siblings:
        other = by_id.get(sid)
        if other is None:
            continue
        mine = title_clashes(b.article.body, other.article.body)
        theirs = title_clashes(other.article.body, b.article.body)
        if mine or theirs:
            here = mine[0][0] if mine else theirs[0][1]
            there = mine[0][1].text if mine else theirs[0][0].text
            return Caveat(
                "internal-inconsistency",
                f"This piece says '{here.text}' where another piece of the same file says '{there}'.",
                evidence=(here,),
                related=(sid,),
            )
    return None


def _conflict_caveat(
    b: Brief, conflicts: Sequence[DateConflict], by_id: dict[str, Brief], *, siblings: bool
) -> Caveat | None:
    """Events this brief dates differently from a sibling piece (inconsistency) or another source (doubt)."""
    sibs = set(b.article.siblings)
    hits = [
        (c, others)
        for c in conflicts
        if (others := tuple(o for o in c.other_briefs if (o in sibs) == siblings and o in by_id))
    ]
    if not hits:
        return None
    c, others = hits[0]
    where = "another piece of the same file" if siblings else "another source in the collection"
    return Caveat(
        "internal-inconsistency" if siblings else "factual-doubt",
        f"This piece dates an event to {c.fact.date} where {where} gives {', '.join(c.other_dates)}.",
        evidence=tuple(h.fact.evidence for h, _ in hits[:3]),
        related=tuple(sorted({o for _, os in hits for o in os}))[:MAX_RELATED],
    )


def _stale(b: Brief, dated: Sequence[Dated]) -> Caveat | None:
    """Newer sources (by at least STALE_GAP_DAYS) report on the same story."""
    mine = _dated(b)
    if mine is None:
        return None
    first = bisect.bisect_left([d.day for d in dated], mine.day + timedelta(days=STALE_GAP_DAYS))
    newer = [d for d in dated[first:] if _same_story(mine.actors, d.actors)]
    if not newer:
        return None
    return Caveat(
        "stale",
        f"{_newer(len(newer), newer[-1].day.isoformat())} on the same actors, so this one may be overtaken by events.",
        evidence=_dated_evidence(b),
        related=tuple(d.id for d in newer[-MAX_RELATED:]),
    )


def _newer(n: int, latest: str) -> str:
    if n == 1:
        return f"A newer source in the collection (from {latest}) reports"
    return f"{n} newer sources in the collection (up to {latest}) report"


def _dated(b: Brief) -> Dated | None:
    """The day a brief was written, when the text states or implies it to the day, with its key actors."""
    value = b.article.published or b.article.published_implied
    if not value or len(value) != len("YYYY-MM-DD"):
        return None
    try:
        day = date.fromisoformat(value)
    except ValueError:
        return None
    return Dated(b.article.id, day, {x.key: x.type for x in b.actors if x.key_actor})


def _same_story(mine: dict[str, str], theirs: dict[str, str]) -> bool:
    shared = [k for k in mine if k in theirs]
    specific = any(mine[k] in SPECIFIC_TYPES for k in shared)
    return len(shared) >= SAME_STORY_ACTORS or (len(shared) >= SAME_STORY_SPECIFIC and specific)


def _dated_evidence(b: Brief) -> tuple[Span, ...]:
    return tuple(d.span for d in b.dates if d.type == "DATE")[:1]


def _merge(caveats: Sequence[Caveat]) -> tuple[Caveat, ...]:
    """One caveat per kind: the first one's message, the evidence and links of all."""
    out: dict[str, Caveat] = {}
    for c in caveats:
        first = out.get(c.kind)
        if first is None:
            out[c.kind] = c
        else:
            evidence = first.evidence + tuple(e for e in c.evidence if e not in first.evidence)
            related = first.related + tuple(r for r in c.related if r not in first.related)
            out[c.kind] = dataclasses.replace(first, evidence=evidence, related=related)
    return tuple(out.values())
