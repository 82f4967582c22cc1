"""Find, type and normalise every temporal expression (TIMEX3) of a body.

Finding is a cascade of named rules (``absolute`` and ``relative``), each a regex plus a function that
types and normalises a match or rejects it. Overlapping candidates are settled longest-first, then the
survivors are normalised in reading order so that "two years later" can count from the date before it
and "a year earlier" from the quarter in context. Partial dates take their year from the anchor (the
publication date) with the clause's tense deciding past or future, as HeidelTime does; without an
anchor, from the date in context, and the expression is marked ``inferred``.
"""

from __future__ import annotations

import bisect
import datetime as dt
import functools
import re
from collections.abc import Callable
from dataclasses import dataclass
from re import Match, Pattern

from ..model import Span, TemporalExpression
from . import absolute, holidays, patterns, relative
from .absolute import SPEECH_BEFORE
from .anchor import Point, parse_point, shift
from .context import Context, tense

# Expressions counted from another date ("a year earlier", "the year-ago quarter", "the latest quarter"):
# they never become the date in context themselves, or every next one would drift a step further.
COUNTED = re.compile(
    r"\b(?:ago|earlier|later|before|after|latest|year-ago|year-earlier|previous|same)\b|^the\s+quarter"
    r"|^the\s+\d{4}\s+(?:period|quarter)",
    re.I,
)
Rule = Callable[[Match[str], Context], "absolute.Result | None"]

# In priority order: when two candidates have the same extent the earlier rule wins.
RULES: tuple[tuple[str, Pattern[str], Rule], ...] = (
    ("full-date", patterns.FULL_DATE, absolute.full_date),
    ("week-of", patterns.WEEK_OF, absolute.week_of),
    ("numeric-date", patterns.NUMERIC_DATE, absolute.numeric_date),
    ("clock", patterns.CLOCK, relative.clock),
    ("month", patterns.MONTH_NAME, absolute.month_name),
    ("quarter", patterns.QUARTER, absolute.quarter),
    ("half", patterns.HALF, absolute.half),
    ("holiday", patterns.HOLIDAY, holidays.holiday),
    ("decade", patterns.DECADE, absolute.decade),
    ("spoken-decade", patterns.SPOKEN_DECADE, absolute.spoken_decade),
    ("century", patterns.CENTURY, absolute.century),
    ("spoken-year", patterns.SPOKEN_YEAR, absolute.spoken_year),
    ("season", patterns.SEASON_EXPR, absolute.season),
    ("deictic-day", patterns.DEICTIC_DAY, relative.deictic_day),
    ("part-of-day", patterns.PART_OF_DAY, relative.part_of_day),
    ("weekday", patterns.WEEKDAY_EXPR, relative.weekday),
    ("offset", patterns.OFFSET, relative.offset),
    ("relative-unit", patterns.RELATIVE_UNIT, relative.relative_unit),
    ("reference", patterns.REFERENCE, relative.reference),
    ("set", patterns.SET_EXPR, relative.set_expr),
    ("compound-duration", patterns.COMPOUND_DURATION, relative.compound_duration),
    ("duration", patterns.DURATION, relative.duration),
    ("year", patterns.YEAR, absolute.year),
    ("year-tail", patterns.YEAR_TAIL, absolute.year_tail),
    ("on-the-nth", patterns.ON_THE_NTH, relative.on_the_nth),
    ("listed-day", patterns.LISTED_DAY, absolute.listed_day),
    ("leading-day", patterns.LEADING_DAY, absolute.leading_day),
    ("the-unit", patterns.THE_UNIT, relative.the_unit),
)


@dataclass(frozen=True, slots=True)
class Candidate:
    start: int
    end: int
    priority: int
    match: Match[str]


def candidates(body: str, anchor: Point | None) -> list[Candidate]:
    """Every rule's accepted matches, overlaps settled: longest first, then rule priority."""
    found: list[Candidate] = []
    probe = Context(body, anchor, probe=True)
    for priority, (name, pattern, rule) in enumerate(RULES):
        for m in matches(name, pattern, body):
            if m.end() > m.start() and not across_paragraphs(m) and apply(rule, m, probe) is not None:
                found.append(Candidate(m.start(), m.end(), priority, m))
    found.sort(key=lambda c: (c.start - c.end, c.priority, c.start))
    starts: list[int] = []
    kept: list[Candidate] = []
    for c in found:
        i = bisect.bisect_right(starts, c.start)
        if i > 0 and kept[i - 1].end > c.start:
            continue
        if i < len(kept) and kept[i].start < c.end:
            continue
        starts.insert(i, c.start)
        kept.insert(i, c)
    return kept


def apply(rule: Rule, m: Match[str], ctx: Context) -> absolute.Result | None:
    """A rule's reading, or None when its calendar arithmetic leaves the years datetime holds (an anchor in year 1
    or 9999 and "next Tuesday"): that expression is dropped, the rest of the text is still read."""
    try:
        return rule(m, ctx)
    except (OverflowError, ValueError):
        return None


BLANK_LINE = re.compile(r"\n[ \t\r]*\n")


def across_paragraphs(m: Match[str]) -> bool:
    """Whether a match runs over a blank line: a headline's last word and the next paragraph's first ("Day
    Three" above "Day three of the Test") are no one expression."""
    return "\n" in m.group(0) and BLANK_LINE.search(m.group(0)) is not None


def regions(name: str, body: str) -> tuple[tuple[int, int], ...]:
    """The stretches of ``body`` near the rule's trigger words, merged; the whole body without a trigger."""
    if name not in patterns.TRIGGERS:
        return ((0, len(body)),)
    trigger, back, ahead = patterns.TRIGGERS[name]
    return near(trigger, back, ahead, lowered(body))


@functools.lru_cache(maxsize=4)
def lowered(body: str) -> str:
    """The body lower-cased with every offset kept (a character whose lower case is longer stays as it is)."""
    low = body.lower()
    return low if len(low) == len(body) else "".join(c if len(c.lower()) != 1 else c.lower() for c in body)


@functools.lru_cache(maxsize=32)
def hits(trigger: Pattern[str], body: str) -> tuple[tuple[int, int], ...]:
    """Where a trigger matches (cached: rules that share a trigger scan the body once)."""
    return tuple((t.start(), t.end()) for t in trigger.finditer(body))


@functools.lru_cache(maxsize=8)
def near(trigger: Pattern[str], back: int, ahead: int, body: str) -> tuple[tuple[int, int], ...]:
    """Regions around a trigger's hits, widened by the rule's reach and merged."""
    out: list[tuple[int, int]] = []
    for start, end in hits(trigger, body):
        lo, hi = max(0, start - back), min(len(body), end + ahead)
        if out and lo <= out[-1][1]:
            out[-1] = (out[-1][0], hi)
        else:
            out.append((lo, hi))
    return tuple(out)


def matches(name: str, pattern: Pattern[str], body: str) -> list[Match[str]]:
    """The pattern's matches, searched only near its trigger words. A region's left edge inside a word is
    moved back to the word's start (at most 40 characters, so that a long run without spaces, as Chinese
    text has, cannot make the scan quadratic)."""
    found: list[Match[str]] = []
    for lo, hi in regions(name, body):
        floor = max(0, lo - 40)
        while lo > floor and body[lo - 1].isalnum():
            lo -= 1
        found.extend(m for m in pattern.finditer(body, lo, hi) if not found or m.start() >= found[-1].end())
    return found


def tag_dates(
    body: str, anchor: str | None, implied: str | None = None, footnotes: tuple[str, ...] = ()
) -> tuple[TemporalExpression, ...]:
    """Every temporal expression of ``body`` in reading order.

    ``anchor`` is the publication date; ``implied`` a date the text implies, used (and marked inferred)
    when there is no publication date. With neither, relative expressions count from the day a
    "yesterday, October 16th, 2025" implies, else from the latest date the body or its ``footnotes``
    state (a text is written after the latest date it cites), else from the date mentioned before
    them; either way they are marked inferred.
    """
    point = parse_point(anchor)
    inferred = point is None
    if point is None:
        point = parse_point(implied)
    kept = candidates(body, point)
    fallback = (
        point
        or apposed_anchor(body, kept)
        or latest_of(latest_date(body, kept), *(latest_date(f, candidates(f, None)) for f in footnotes))
    )
    if point is None and fallback is not None:
        kept = candidates(body, fallback)  # expressions that need an anchor were dropped without one
    return normalise(body, kept, fallback, inferred)


def normalise(body: str, kept: list[Candidate], anchor: Point | None, inferred: bool) -> tuple[TemporalExpression, ...]:
    """Type and value of each candidate in reading order, keeping the date and quarter in context."""
    out: list[TemporalExpression] = []
    ref: Point | None = None
    quarter: Point | None = None
    clock: tuple[int, str] | None = None
    for c in kept:
        base = anchor or ref
        ctx = Context(body, base, ref, quarter, tense(body, c.start, c.end), clock=clock)
        result = apply(RULES[c.priority][2], c.match, ctx)
        if result is None:
            continue
        kind, value, used = result
        if kind == "TIME" and "X" not in value and value[11:12].isdigit():
            clock = (c.end, value)  # a clock time on a known day: a later bare one in its paragraph keeps the day
        elif kind in ("DATE", "TIME") and DAY_VALUE.match(value) and value[:10] != (clock[1][:10] if clock else ""):
            # a day told of near today ("on Saturday", "yesterday"), not a birth date or a speech's day: a bare
            # clock time after it in its sentence is on it
            told = RULES[c.priority][0] in ("weekday", "deictic-day", "full-date") and near_anchor(value, anchor)
            clock = (
                (c.end, value[:10]) if told and not SPEECH_BEFORE.search(body, max(0, c.start - 40), c.start) else None
            )
        used = used and base is not None
        span = Span(c.start, c.end, c.match.group(0))
        anchored = fmt_anchor(base) if used and base is not None else None
        out.append(TemporalExpression(span, kind, value, anchored, used and inferred))  # type: ignore[arg-type]
        mentioned = parse_point(value) if kind == "DATE" and "X" not in value else None
        if kind == "TIME" and RULES[c.priority][0] == "part-of-day":
            mentioned = parse_point(value[:10])  # "the next morning" moves the story to the next day
        if mentioned is not None and (RULES[c.priority][0] == "weekday" or not COUNTED.search(span.text)):
            ref = mentioned
            reported = anchor is None or shift(mentioned.day, "Q", 1) <= anchor.day  # only a quarter that is over
            quarter = mentioned if mentioned.grain == "Q" and reported else quarter
    return tuple(out)


DAY_VALUE = re.compile(r"\d{4}-\d\d-\d\d(?!\d)")


def near_anchor(value: str, anchor: Point | None) -> bool:
    """Whether a day value lies within a week of the anchor (a day the story tells of, not a background date)."""
    if anchor is None:
        return False
    try:
        return abs((dt.date.fromisoformat(value[:10]) - anchor.day).days) <= 7
    except ValueError:
        return False


APPOSED_OFFSET = {"today": 0, "yesterday": -1, "tomorrow": 1}
APPOSED = re.compile(r"\b(today|yesterday|tomorrow)\W*$", re.I)


def apposed_anchor(body: str, kept: list[Candidate]) -> Point | None:
    """The writing day a text implies by "yesterday, October 16th, 2025": the stated date minus the offset."""
    full = next(i for i, r in enumerate(RULES) if r[0] == "full-date")
    for c in kept:
        before = APPOSED.search(body, max(0, c.start - 16), c.start) if c.priority == full else None
        result = absolute.full_date(c.match, Context(body, None)) if before else None
        p = parse_point(result[1]) if before and result and not result[2] else None
        if before and p is not None and p.grain == "D":
            return Point(p.day - dt.timedelta(days=APPOSED_OFFSET[before.group(1).lower()]), "D")
    return None


def latest_of(*points: Point | None) -> Point | None:
    known = [p for p in points if p is not None]
    return max(known, key=lambda p: p.day) if known else None


def fmt_anchor(p: Point) -> str:
    from .anchor import fmt

    return fmt(p.day, p.grain)


def latest_date(body: str, kept: list[Candidate]) -> Point | None:
    """The latest month or day the text states with its year, to anchor a text that has no date."""
    best: Point | None = None
    probe = Context(body, None)
    for c in kept:
        result = RULES[c.priority][2](c.match, probe)
        p = parse_point(result[1]) if result and result[0] == "DATE" and not result[2] else None
        if p is None or p.grain not in ("M", "D") or "X" in result[1]:  # type: ignore[index]
            continue  # a bare year may be a target ("by 2030"); a dated month or day is reported
        if best is None or p.day > best.day:
            best = p
    return best
