"""The site-wide timeline: every dated fact of every brief, the same event listed once.

Two facts report the same event when their statements share most of their content words (dates and
numbers aside), or a good part of them and at least two actors. Facts of one event make one entry listing
every source. When sources date the event differently (2025-10-16 in one, 2025-10-17 in another) the
entry takes the date most sources support and names the others in ``conflicting_dates``; dates that contain
each other (2025-12 and 2025-12-14) agree. One source giving two incompatible dates to similar statements
reports two events (a meeting held twice), never a conflict with itself. ``brief_conflicts`` tells one
brief about its conflicts, for the caveats stage.

Candidates are found with an inverted index over each statement's rarest words (prefix filtering): a
pair above the similarity threshold always shares one of them, so the result is exactly that of
comparing every pair, in near-linear time.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from ..model import Brief, DatedFact
from .lexicon import MONTHS, WEEKDAYS

SAME_EVENT = 0.6  # share of content words two statements must share (Jaccard) to report one event
SAME_EVENT_WITH_ACTORS = 0.4  # the share that suffices when both statements name the same two actors
MIN_SHARED_ACTORS = 2  # one shared actor is common (every fact about a war names its president)
MIN_SHARED = 3  # and at least this many shared content words, so short statements do not collide
WORD = re.compile(r"[^\W\d_]+")
# Function words, and the names of months and weekdays: two reports of one event differ exactly there.
FUNCTION_WORDS = """
a an and are as at be been by for from had has have he her his in is it its of on or said says she
that the their they this to was were which who will with would
"""
STOPWORDS = frozenset(FUNCTION_WORDS.split()) | frozenset(w for w in (*MONTHS, *WEEKDAYS) if " " not in w)


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


def same_event(a: frozenset[str], b: frozenset[str], shared_actors: int = 0) -> bool:
    shared = len(a & b)
    need = SAME_EVENT_WITH_ACTORS if shared_actors >= MIN_SHARED_ACTORS else SAME_EVENT
    return shared >= MIN_SHARED and shared / max(len(a | b), 1) >= need


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
    actors: frozenset[str]


Rank = dict[str, tuple[int, str]]  # an item's place in the global order: rarest first


def prefix(items: frozenset[str], rank: Rank, need: int) -> list[str]:
    """The rarest items of a set: any set sharing ``need`` of its items shares one of these.

    A set sharing at least ``need`` items with ``a`` shares one among any |a| - need + 1 of them; taking
    the rarest (one global order) keeps the index's lists short (prefix filtering, Chaudhuri et al. 2006).
    """
    return sorted(items, key=rank.__getitem__)[: max(0, len(items) - need + 1)]


def keys_of(words: frozenset[str], actors: frozenset[str], ranks: tuple[Rank, Rank]) -> list[str]:
    """Index keys that any statement reporting the same event shares with this one.

    Alone, the same event needs Jaccard >= SAME_EVENT, so |a & b| >= ceil(SAME_EVENT * |a|): a shared word
    among the rarest words. With two shared actors a lower share suffices, but then a shared actor among
    the rarest actors. Actor keys are prefixed so that they never meet words.
    """
    need = max(MIN_SHARED, math.ceil(SAME_EVENT * len(words)))
    keys = prefix(words, ranks[0], need)
    if len(actors) >= MIN_SHARED_ACTORS:
        keys += ["@" + a for a in prefix(actors, ranks[1], MIN_SHARED_ACTORS)]
    return keys


def joins(ref: FactRef, words: frozenset[str], actors: frozenset[str], g: Group) -> bool:
    """Whether a fact reports a group's event: a similar statement, and no incompatible date from its own source."""
    if not same_event(words, g.words, len(actors & g.actors)):
        return False
    return all(compatible(ref.fact.date, r.fact.date) or r.brief_id != ref.brief_id for r in g.refs)


def choose(ref: FactRef, words: frozenset[str], actors: frozenset[str], found: list[tuple[int, Group]]) -> int | None:
    """The group a fact joins: the first whose every date agrees with it, else the first it joins in conflict.

    A source repeating a date of a recurring event ("rates were raised in March ... in June") then meets
    the report that agrees with it, not the first occurrence.
    """
    joined = [(i, g) for i, g in found if joins(ref, words, actors, g)]
    agreeing = (i for i, g in joined if all(compatible(ref.fact.date, r.fact.date) for r in g.refs))
    return next(agreeing, joined[0][0] if joined else None)


def rank_of(counts: Counter[str]) -> Rank:
    return {w: (n, w) for w, n in counts.items()}


def group_facts(refs: list[FactRef]) -> list[Group]:
    """Greedy clustering in date order: a fact joins the first group that reports its event."""
    words_of = [content_words(r.fact.text) for r in refs]
    ranks = (
        rank_of(Counter(w for ws in words_of for w in ws)),
        rank_of(Counter(a for r in refs for a in set(r.fact.actors))),
    )
    groups: list[Group] = []
    index: dict[str, list[int]] = {}
    for ref, words in zip(refs, words_of, strict=True):
        actors = frozenset(ref.fact.actors)
        keys = keys_of(words, actors, ranks)
        seen = sorted({i for w in keys for i in index.get(w, ())})
        target = choose(ref, words, actors, [(i, groups[i]) for i in seen])
        if target is None:
            groups.append(Group([ref], words, actors))
            for w in keys:
                index.setdefault(w, []).append(len(groups) - 1)
        else:
            groups[target].refs.append(ref)
    return groups


def support(date: str, refs: Sequence[FactRef]) -> int:
    """How many sources give a date compatible with ``date``."""
    return len({r.brief_id for r in refs if compatible(date, r.fact.date)})


def entry_of(g: Group) -> TimelineEntry:
    refs = tuple(sorted(g.refs, key=lambda r: (r.brief_id, r.fact.evidence.start)))
    best = min(  # most sources, then the finest date, then the earliest
        refs,
        key=lambda r: (
            -support(r.fact.date, refs),
            -len(r.fact.date.partition("/")[0]),
            "/" in r.fact.date,
            r.fact.date,
            r.brief_id,
        ),
    )
    conflicting = sorted({r.fact.date for r in refs if not compatible(r.fact.date, best.fact.date)})
    actors = tuple(sorted({k for r in refs for k in r.fact.actors}))
    text = next(r.fact.text for r in refs if r.fact.date == best.fact.date)
    return TimelineEntry(best.fact.date, text, refs, tuple(conflicting), actors)


def build_timeline(briefs: Sequence[Brief]) -> tuple[TimelineEntry, ...]:
    """All facts of all briefs in date order, one entry per event, conflicting dates flagged."""
    refs = [FactRef(b.article.id, f) for b in briefs for f in b.facts]
    refs.sort(key=lambda r: (r.fact.date, r.brief_id, r.fact.evidence.start))
    out = [entry_of(g) for g in group_facts(refs)]
    return tuple(sorted(out, key=lambda e: (e.date, e.text, e.refs[0].brief_id)))


def actor_timeline(timeline: Sequence[TimelineEntry], actor_key: str) -> tuple[TimelineEntry, ...]:
    """The entries that involve one actor, in timeline order."""
    return tuple(e for e in timeline if actor_key in e.actors)


def brief_conflicts(timeline: Sequence[TimelineEntry], brief_id: str) -> tuple[DateConflict, ...]:
    """The facts of one brief that other sources date differently: what its caveats should flag."""
    out: list[DateConflict] = []
    for e in timeline:
        if not e.conflicting_dates:
            continue
        for r in e.refs:
            if r.brief_id != brief_id:
                continue
            clash = [o for o in e.refs if o.brief_id != brief_id and not compatible(o.fact.date, r.fact.date)]
            if clash:
                dates = tuple(sorted({o.fact.date for o in clash}))
                out.append(DateConflict(r.fact, dates, tuple(sorted({o.brief_id for o in clash}))))
    return tuple(out)
