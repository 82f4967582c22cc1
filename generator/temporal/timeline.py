"""The site-wide timeline: every dated fact of every brief, the same event listed once.

Two facts report the same event when their statements share most of their content words (dates and
numbers aside). Same event and compatible dates (one contains the other: 2025-12 and 2025-12-14) make one
entry listing every source; same event and incompatible dates (2014 and 2015) stay two entries, each
naming the other's date in ``conflicting_dates``. ``brief_conflicts`` tells one brief about its
conflicts, for the caveats stage.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from ..model import Brief, DatedFact

SAME_EVENT = 0.6  # share of content words two statements must share (Jaccard) to report one event
MIN_SHARED = 3  # and at least this many shared content words, so short statements do not collide
WORD = re.compile(r"[^\W\d_]+")
STOPWORDS = frozenset(
    [
        "a",
        "an",
        "and",
        "are",
        "as",
        "at",
        "be",
        "been",
        "by",
        "for",
        "from",
        "had",
        "has",
        "have",
        "he",
        "her",
        "his",
        "in",
        "is",
        "it",
        "its",
        "of",
        "on",
        "or",
        "said",
        "says",
        "she",
        "that",
        "the",
        "their",
        "they",
        "this",
        "to",
        "was",
        "were",
        "which",
        "who",
        "will",
        "with",
        "would",
    ]
)


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
    actors: tuple[str, ...] = ()  # actor keys of every report, sorted


@dataclass(frozen=True, slots=True)
class DateConflict:
    """A fact of one brief that another brief dates differently."""

    fact: DatedFact
    other_dates: tuple[str, ...]
    other_briefs: tuple[str, ...]


def content_words(text: str) -> frozenset[str]:
    return frozenset(w for w in WORD.findall(text.lower()) if w not in STOPWORDS and len(w) > 2)


def same_event(a: frozenset[str], b: frozenset[str]) -> bool:
    shared = len(a & b)
    return shared >= MIN_SHARED and shared / max(len(a | b), 1) >= SAME_EVENT


def bounds(date: str) -> tuple[str, str]:
    """The first and last day a fact date may mean, as comparable strings."""
    start, _, end = date.partition("/")
    end = end or start
    return (start + "-01-01"[len(start) - 4 :] if len(start) >= 4 else start), (
        end + "-12-31"[len(end) - 4 :] if len(end) >= 4 else end
    )


def compatible(a: str, b: str) -> bool:
    """Whether two fact dates can mean the same time (one contains or overlaps the other)."""
    (a0, a1), (b0, b1) = bounds(a), bounds(b)
    return a0 <= b1 and b0 <= a1


@dataclass(slots=True)
class Group:
    refs: list[FactRef]
    words: frozenset[str]


def group_facts(refs: list[FactRef]) -> list[Group]:
    """Greedy clustering in date order: a fact joins the first group reporting the same event at a compatible date."""
    groups: list[Group] = []
    by_word: dict[str, list[int]] = {}
    for ref in refs:
        words = content_words(ref.fact.text)
        seen: set[int] = set()
        target = None
        for w in sorted(words):
            for i in by_word.get(w, ()):
                if i in seen:
                    continue
                seen.add(i)
                g = groups[i]
                if same_event(words, g.words) and all(compatible(ref.fact.date, r.fact.date) for r in g.refs):
                    target = i if target is None else min(target, i)
        if target is None:
            groups.append(Group([ref], words))
            target = len(groups) - 1
            for w in words:
                by_word.setdefault(w, []).append(target)
        else:
            groups[target].refs.append(ref)
    return groups


def entry_of(g: Group) -> TimelineEntry:
    refs = tuple(sorted(g.refs, key=lambda r: (r.brief_id, r.fact.evidence.start)))
    finest = max(refs, key=lambda r: (len(r.fact.date.partition("/")[0]), "/" not in r.fact.date, r.brief_id))
    actors = tuple(sorted({k for r in refs for k in r.fact.actors}))
    return TimelineEntry(date=finest.fact.date, text=refs[0].fact.text, refs=refs, actors=actors)


def build_timeline(briefs: Sequence[Brief]) -> tuple[TimelineEntry, ...]:
    """All facts of all briefs in date order, one entry per event, conflicting dates flagged."""
    refs = [FactRef(b.article.id, f) for b in briefs for f in b.facts]
    refs.sort(key=lambda r: (r.fact.date, r.brief_id, r.fact.evidence.start))
    groups = group_facts(refs)
    entries = [entry_of(g) for g in groups]
    conflicts: list[set[str]] = [set() for _ in entries]
    for i, j in similar_pairs(groups):
        if compatible(entries[i].date, entries[j].date):
            continue
        if {r.brief_id for r in groups[i].refs} == {r.brief_id for r in groups[j].refs}:
            continue  # one source contradicting itself is not a conflict between sources
        conflicts[i].add(entries[j].date)
        conflicts[j].add(entries[i].date)
    out = [
        TimelineEntry(e.date, e.text, e.refs, tuple(sorted(c)), e.actors)
        for e, c in zip(entries, conflicts, strict=True)
    ]
    return tuple(sorted(out, key=lambda e: (e.date, e.text, e.refs[0].brief_id)))


def similar_pairs(groups: list[Group]) -> list[tuple[int, int]]:
    """Pairs (i < j) of groups that report the same event, found through shared words."""
    by_word: dict[str, list[int]] = {}
    for i, g in enumerate(groups):
        for w in g.words:
            by_word.setdefault(w, []).append(i)
    pairs: set[tuple[int, int]] = set()
    for i, g in enumerate(groups):
        for w in g.words:
            pairs.update((i, j) for j in by_word[w] if j > i)
    return [(i, j) for i, j in sorted(pairs) if same_event(groups[i].words, groups[j].words)]


def actor_timeline(timeline: Sequence[TimelineEntry], actor_key: str) -> tuple[TimelineEntry, ...]:
    """The entries that involve one actor, in timeline order."""
    return tuple(e for e in timeline if actor_key in e.actors)


def brief_conflicts(timeline: Sequence[TimelineEntry], brief_id: str) -> tuple[DateConflict, ...]:
    """The facts of one brief that other sources date differently: what its caveats should flag."""
    out: list[DateConflict] = []
    for e in timeline:
        if not e.conflicting_dates:
            continue
        others = sorted(
            {
                r.brief_id
                for o in timeline
                if o.date in e.conflicting_dates and same_event(content_words(o.text), content_words(e.text))
                for r in o.refs
                if r.brief_id != brief_id
            }
        )
        for r in e.refs:
            if r.brief_id == brief_id and others:
                out.append(DateConflict(r.fact, e.conflicting_dates, tuple(others)))
    return tuple(out)
