"""Named periods ("Trump's first term", "his previous administration", "World War II") dated from the
small general-knowledge gazetteer in ``data/temporal_periods.yml``.

These are not TIMEX3 expressions (TimeML leaves them untagged), so they never enter ``tag_dates``; the
fact extractor uses them to date a clause that has no calendar date of its own.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from importlib import resources

import yaml

ORDINALS = {"first": 0, "second": 1}
OFFICE = r"(?:term|presidency|administration|tenure)"
APOSTROPHE = r"(?:'s|’s)"


@dataclass(frozen=True, slots=True)
class Person:
    names: tuple[str, ...]
    terms: tuple[str, ...]  # "2017/2021", in order


@dataclass(frozen=True, slots=True)
class NamedPeriod:
    start: int
    end: int
    text: str
    date: str  # "2017/2021" or "2025" for a period still running at the anchor


@functools.cache
def gazetteer() -> tuple[tuple[Person, ...], tuple[tuple[str, str], ...]]:
    raw = resources.files("generator").joinpath("data/temporal_periods.yml").read_text(encoding="utf-8")
    data = yaml.safe_load(raw)
    people = tuple(Person(tuple(p["names"]), tuple(str(t) for t in p["terms"])) for p in data["people"])
    events = tuple((name, str(e["date"])) for e in data["events"] for name in e["names"])
    return people, events


@functools.cache
def period_pattern() -> re.Pattern[str]:
    people, events = gazetteer()
    names = sorted({n for p in people for n in p.names}, key=lambda n: (-len(n), n))
    who = "|".join(re.escape(n) for n in names)
    event = "|".join(re.escape(n) for n, _ in sorted(events, key=lambda e: (-len(e[0]), e[0])))
    return re.compile(
        rf"\b(?:(?:the\s+)?(?P<who>{who}){APOSTROPHE}?|(?P<pron>[Hh]is|[Hh]er))\s+(?:(?P<ord>first|second|previous|prior|"
        rf"last|current)\s+)?{OFFICE}\b|\bthe\s+(?:(?P<ord2>first|second)\s+)?(?P<who2>{who})\s+{OFFICE}\b"
        rf"|\b(?P<event>{event})\b"
    )


def person_of(name: str) -> Person | None:
    return next((p for p in gazetteer()[0] if name in p.names), None)


def last_person(text: str, before: int) -> Person | None:
    """The gazetteer person named last before ``before`` (what "his" most likely refers to)."""
    people = gazetteer()[0]
    names = "|".join(re.escape(n) for p in people for n in p.names)
    hits = list(re.finditer(rf"\b(?:{names})\b", text[max(0, before - 1500) : before]))
    return person_of(hits[-1].group(0)) if hits else None


def term_date(person: Person, ordinal: str | None, anchor_year: int | None) -> str | None:
    terms = person.terms
    if ordinal in ORDINALS:
        i = ORDINALS[ordinal]
        term = terms[i] if i < len(terms) else None
    elif ordinal in ("previous", "prior", "last") and anchor_year is not None:
        term = next((t for t in reversed(terms) if int(t[-4:]) <= anchor_year), None)
    elif len(terms) == 1:
        term = terms[0]
    elif anchor_year is not None:
        term = next((t for t in terms if int(t[:4]) <= anchor_year < int(t[-4:])), None)
    else:
        term = None
    if term is None:
        return None
    running = anchor_year is None or anchor_year < int(term[-4:])
    return term[:4] if running else term  # a term not over by the anchor: "since 2025", not its planned end


def named_periods(text: str, anchor_year: int | None) -> tuple[NamedPeriod, ...]:
    """Every named period in ``text`` that the gazetteer dates."""
    out: list[NamedPeriod] = []
    events = dict(gazetteer()[1])
    for m in period_pattern().finditer(text):
        if m["event"]:
            date: str | None = events.get(m["event"])
        else:
            name = m["who"] or m["who2"]
            person = person_of(name) if name else last_person(text, m.start())
            ordinal = m["ord"] or m["ord2"]
            if person is None or (ordinal is None and len(person.terms) > 1):
                continue  # "his administration", "a renewed Trump administration": which term is unsaid
            date = term_date(person, ordinal, anchor_year)
        if date:
            out.append(NamedPeriod(m.start(), m.end(), m.group(0), date))
    return tuple(out)
