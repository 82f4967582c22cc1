"""From a TIMEX3 value to the date of a fact: ISO dates at the text's precision, or start/end intervals."""

from __future__ import annotations

import datetime as dt
import re

from ..model import Span, TemporalExpression
from .anchor import Point, add_months, parse_point

FACT_TYPES = ("DATE", "TIME")
CALENDAR_VALUE = re.compile(r"^\d{3,4}")
QUARTER_MONTHS = {"Q1": (1, 3), "Q2": (4, 6), "Q3": (7, 9), "Q4": (10, 12), "H1": (1, 6), "H2": (7, 12)}
SEASON_MONTHS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 2)}
# A duration that says how long a state has lasted up to now: "underway for nearly three years",
# "a nearly three-year-long war", "for over a year". Its start is the anchor minus the duration.
LASTING = re.compile(r"\bfor\s+(?:(?:over|nearly|almost|about|more than|some|roughly)\s+)?$", re.I)
DURATION = re.compile(r"^P(\d+)([YMWD])$")


def worthy(t: TemporalExpression) -> bool:
    """A calendar date or time whose year is known: it can date a fact."""
    return t.type in FACT_TYPES and bool(CALENDAR_VALUE.match(t.value)) and "X" not in t.value[:4]


def fact_date(value: str) -> str:
    """2025-10-17T14:00 -> 2025-10-17; 2024-Q3 -> 2024-07/2024-09; 2025-W43 -> 2025-10-20/2025-10-26;
    199 (the 1990s) -> 1990/1999; 19 (20th century) -> 1900/1999."""
    value = value.split("T")[0]
    value = re.sub(r"-[^-]*X.*$", "", value)  # 2025-XX-XX (a day in an article dated by year only) -> 2025
    if re.fullmatch(r"\d{3}", value):
        return f"{value}0/{value}9"
    if re.fullmatch(r"\d{2}", value):
        return f"{value}00/{value}99"
    m = re.fullmatch(r"(\d{4})-(Q[1-4]|H[12]|SP|SU|FA|WI)", value)
    if m:
        y = int(m[1])
        a, b = QUARTER_MONTHS.get(m[2]) or SEASON_MONTHS[m[2]]
        return f"{y:04d}-{a:02d}/{y + (1 if b < a else 0):04d}-{b:02d}"
    point = parse_point(value)
    if point is not None and point.grain in ("W",):
        return f"{point.day.isoformat()}/{(point.day + dt.timedelta(days=6)).isoformat()}"
    if value.endswith("-WE") and point is not None:
        return f"{(point.day + dt.timedelta(days=5)).isoformat()}/{(point.day + dt.timedelta(days=6)).isoformat()}"
    return value


def duration_start(t: TemporalExpression, sent: Span, anchor: str | None) -> str | None:
    """The start of a lasting state ("for nearly three years" before the anchor), or None."""
    point = parse_point(anchor)
    m = DURATION.match(t.value)
    if t.type != "DURATION" or point is None or m is None:
        return None
    offset = t.span.start - sent.start
    before = sent.text[:offset]
    after = sent.text[offset + len(t.span.text) : offset + len(t.span.text) + 6]
    if not (LASTING.search(before) or t.span.text.endswith("-long") or after.startswith("-long")):
        return None
    return counted_back(point, int(m[1]), m[2])


def counted_back(point: Point, n: int, unit: str) -> str:
    if unit == "Y":
        return f"{point.day.year - n:04d}"
    months = {"M": n, "W": 0, "D": 0}[unit]
    if months:
        return add_months(point.day, -months).isoformat()[:7]
    days = n * (7 if unit == "W" else 1)
    return (point.day - dt.timedelta(days=days)).isoformat()[: 7 if unit == "W" else 10]
