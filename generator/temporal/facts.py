"""Dated facts: the clauses of the body that tie an event or a state to a date.

A sentence with one fact-worthy date is one fact; a sentence with several dates is cut into clauses at
the punctuation between them, one fact per clause (the evidence is the clause). A clause with no date of
its own may be dated by a named period ("During Trump's first term") or by a duration counted back from
the publication date ("underway for nearly three years"). Citations, questions and forecasts are not facts.
"""

from __future__ import annotations

import bisect
import itertools
import re
from dataclasses import dataclass

from ..model import Actor, Article, DatedFact, Span, TemporalExpression
from .anchor import parse_point
from .factdate import duration_start, fact_date, worthy
from .periods import named_periods
from .tagger import tag_dates

# Where a sentence may be cut between two dated clauses: clause punctuation, dashes, table cells, and a
# full stop glued to the next sentence ("assistance.By 2024").
CLAUSE_CUT = re.compile(r"[;:|]\s*|,\s+|\s+[—–-]\s+|—|\.(?=[A-Z])|\s+\b(?:while|whereas|but|and\s+then)\b\s+")
# A reference-list entry, not a claim: a URL, a DOI, "Accessed ...", a footnote number opening the line.
CITATION = re.compile(r"https?://|www\.|\bdoi\b|\bAccessed\b|\bRetrieved\b|\bet al\.|^\s*\[\d+\]|^\W*Source:", re.I)
# A forecast or conditional projection (excluded when its date lies after a known writing date).
# Case-sensitive: "May" is a month, "may" the modal.
FORECAST = re.compile(r"\b(?:[Cc]ould|[Mm]ight|may|[Ww]ould|projected|forecasts?|predicts?|likely|expected to)\b")
COARSE = re.compile(r"\d{3}0/\d{3}9|\d{2}00/\d{2}99")  # a decade or a century as a fact date
RESCHEDULED = re.compile(r"\b(?:moved|postponed|delayed|pushed|brought|rescheduled|switched|changed|shifted)\b", re.I)
RANGE_TO = ("to", "until", "till", "through", "-", "–")  # "from X to Y"
# Vague time words that a cited report can date ("has been very vocal lately ...[6]").
VAGUE_TIME = re.compile(r"\b(?:lately|recently|recent|previously|earlier|so far|currently)\b", re.I)
FOOTNOTE_MARK = re.compile(r"\[(\d{1,3})\]")
FOOTNOTE_NUMBER = re.compile(r"^\s*\[?(\d{1,3})[\].]")
MIN_STATEMENT_WORDS = 5  # a shorter clause is not readable on its own: the fact states the whole sentence
TRIM = " \t\n,;:|—–-"


@dataclass(frozen=True, slots=True)
class Dated:
    """A date found in a sentence, ready to become a fact."""

    start: int
    end: int
    date: str
    inferred: bool
    stated: bool = False  # a calendar date the text states outright ("October 16th, 2025"), not counted


def extract_facts(
    article: Article,
    sentences: tuple[Span, ...],
    dates: tuple[TemporalExpression, ...],
    actors: tuple[Actor, ...],
) -> tuple[DatedFact, ...]:
    """Every dated claim of the body, sorted by date, then by place in the body."""
    known = article.published or article.published_implied  # a forecast lies after a known writing date
    anchor = known or inferred_anchor(dates)
    implied = article.published is None and anchor is not None
    point = parse_point(anchor)
    periods = named_periods(article.body, point.day.year if point else None)
    cited = footnote_dates(article.footnotes)
    # Everything is looked up by offset (bisect on sorted starts), so a long body stays linear.
    by_start = sorted(dates, key=lambda t: t.span.start)
    date_starts = [t.span.start for t in by_start]
    periods = tuple(sorted(periods, key=lambda p: p.start))
    period_starts = [p.start for p in periods]
    marks = sorted((m.start, i) for i, a in enumerate(actors) for m in (*a.mentions, *a.references))
    mark_starts = [start for start, _ in marks]
    facts: list[DatedFact] = []
    for sent in sentences:
        if CITATION.search(sent.text) or sent.text.rstrip().endswith("?"):
            continue
        near = tuple(by_start[bisect.bisect_left(date_starts, sent.start) : bisect.bisect_left(date_starts, sent.end)])
        inside = sentence_dates(sent, near, anchor, implied) or cited_dates(sent, cited)
        lo, hi = bisect.bisect_left(period_starts, sent.start), bisect.bisect_left(period_starts, sent.end)
        inside += [Dated(p.start, p.end, p.date, False) for p in periods[lo:hi]]
        inside.sort(key=lambda d: d.start)
        for clause, dated in clauses(article.body, sent, inside):
            if known and FORECAST.search(clause.text) and last_day(dated.date) > known:
                continue
            lo, hi = bisect.bisect_left(mark_starts, clause.start), bisect.bisect_left(mark_starts, clause.end)
            keys = tuple(actors[i].key for i in sorted({i for _, i in marks[lo:hi]}))
            text = clause.text if len(clause.text.split()) >= MIN_STATEMENT_WORDS else sent.text.strip()
            facts.append(DatedFact(dated.date, text, clause, keys, dated.inferred))
    return tuple(sorted(facts, key=lambda f: (f.date, f.evidence.start)))


def footnote_dates(footnotes: tuple[str, ...]) -> dict[str, str]:
    """Footnote number -> the latest day or month the footnote states (the date of the cited report)."""
    out: dict[str, str] = {}
    for note in footnotes:
        number = FOOTNOTE_NUMBER.match(note)
        stated = [t.value for t in tag_dates(note, None) if worthy(t) and not t.inferred and len(t.value) in (7, 10)]
        if number and stated:
            out[number.group(1)] = max(stated)
    return out


def cited_dates(sent: Span, cited: dict[str, str]) -> list[Dated]:
    """A vague "lately"/"recently" claim backed by a dated footnote is dated by that report, to the month."""
    cue = VAGUE_TIME.search(sent.text)
    notes = [cited[n] for n in FOOTNOTE_MARK.findall(sent.text) if n in cited]
    if cue is None or not notes:
        return []
    start = sent.start + cue.start()
    return [Dated(start, start + len(cue.group(0)), min(notes)[:7], True)]


def inferred_anchor(dates: tuple[TemporalExpression, ...]) -> str | None:
    """For an undated text: the anchor the tagger inferred, or else the latest day or month it states."""
    used = next((t.anchor for t in dates if t.anchor and t.inferred), None)
    stated = [t.value for t in dates if worthy(t) and not t.inferred and len(t.value.split("T")[0]) in (7, 10)]
    return used or (max(stated).split("T")[0] if stated else None)


def sentence_dates(sent: Span, dates: tuple[TemporalExpression, ...], anchor: str | None, implied: bool) -> list[Dated]:
    out: list[Dated] = []
    for t in dates:
        if not sent.start <= t.span.start < sent.end:
            continue
        if worthy(t):
            stated = t.anchor is None or bool(re.search(r"\d", t.span.text))  # "October 17th", not "today"
            out.append(Dated(t.span.start, t.span.end, fact_date(t.value), t.inferred, stated))
            continue
        start = duration_start(t, sent, anchor)
        if start:
            out.append(Dated(t.span.start, t.span.end, start, implied))
    return out


def clauses(body: str, sent: Span, inside: list[Dated]) -> list[tuple[Span, Dated]]:
    """The sentence cut between consecutive dates; dates with no cut between them share a clause,
    and a clause's date is its first stated date, else its first calendar date, else its first period
    ("announced yesterday, October 16th, 2025" is dated by the stated date, not by the counted one)."""
    if not inside:
        return []
    groups: list[list[Dated]] = [[inside[0]]]
    bounds: list[int] = [sent.start]
    for prev, cur in itertools.pairwise(inside):
        cut = last_cut(body, prev.end, cur.start)
        if cut is None or COARSE.fullmatch(cur.date):  # "... crises of the 2010s" describes, not dates
            groups[-1].append(cur)
        else:
            bounds.append(cut)
            groups.append([cur])
    bounds.append(sent.end)
    out: list[tuple[Span, Dated]] = []
    for i, group in enumerate(groups):
        span = trimmed(body, bounds[i], bounds[i + 1])
        out.append((span, ranged(body, group) or min(group, key=preference)))
    return out


def preference(d: Dated) -> tuple[int, int]:
    """Which date of a clause dates it: a stated calendar date, then a counted one, then a named period,
    then a decade or century ("During Trump's first term ... crises of the 2010s" is 2017/2021)."""
    coarse = bool(COARSE.fullmatch(d.date))
    period = bool(re.fullmatch(r"\d{4}/\d{4}", d.date)) and not coarse
    return (3 if coarse else 2 if period else 0 if d.stated else 1), d.start


def last_day(date: str) -> str:
    """The last day a fact date may mean, for comparison with an ISO anchor: 2025 -> 2025-12-31."""
    end = date.split("/")[-1]
    return end + "-12-31"[len(end) - 4 :] if len(end) >= 4 else end


def ranged(body: str, group: list[Dated]) -> Dated | None:
    """ "from March to May 2024", "between 2019 and 2021", "October to December": the interval the two dates
    span, else None."""
    for a, b in itertools.pairwise(group):
        joined = body[max(0, a.start - 9) : a.start].lower().rstrip()
        link = body[a.end : b.start].strip().lower()
        # "during October to December" (not the adjective "2022-2025 war", nor "moved the vote Monday to Friday")
        adjacent = link in ("to", "through") and not RESCHEDULED.search(body, max(0, a.start - 60), a.start)
        if adjacent or (joined.endswith("from") and link in RANGE_TO) or (joined.endswith("between") and link == "and"):
            start, end = a.date.split("/")[0], b.date.split("/")[-1]
            if len(start) == len(end) and start < end:
                return Dated(a.start, b.end, f"{start}/{end}", a.inferred or b.inferred, a.stated and b.stated)
    return None


def last_cut(body: str, start: int, end: int) -> int | None:
    """Where to cut between two dates: after the last clause break between them; nowhere when only
    punctuation separates them (an apposition: "yesterday, October 16th, 2025" is one date)."""
    if not re.search(r"\w", body[start:end]):
        return None
    cuts = list(CLAUSE_CUT.finditer(body, start, end))
    return cuts[-1].end() if cuts else None


def trimmed(body: str, start: int, end: int) -> Span:
    while start < end and body[start] in TRIM:
        start += 1
    while end > start and body[end - 1] in TRIM:
        end -= 1
    return Span(start, end, body[start:end])
