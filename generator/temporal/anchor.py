"""Calendar arithmetic on TIMEX3 values: an anchor date at a granularity, shifted and formatted."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

# Granularities, coarse to fine: century, decade, year, quarter, season, month, week, day.
GRAIN_ORDER = ("CE", "DE", "Y", "Q", "SE", "M", "W", "D")
VALUE = re.compile(
    r"^(?P<y>\d{4})(?:-(?:(?P<q>Q[1-4])|(?P<se>SP|SU|FA|WI)|W(?P<w>\d{1,2})(?:-WE)?|(?P<m>\d{2})(?:-(?P<d>\d{2}))?))?"
)
SEASON_MONTH = {"SP": 4, "SU": 7, "FA": 10, "WI": 1}


@dataclass(frozen=True, slots=True)
class Point:
    """A calendar day standing for a period of the given granularity (the period that contains it)."""

    day: dt.date
    grain: str  # one of GRAIN_ORDER

    def finer_than(self, grain: str) -> bool:
        return rank(self.grain) >= rank(grain)


def rank(grain: str) -> int:
    """Position of a granularity from coarse to fine; a weekend ranks as its week."""
    return GRAIN_ORDER.index({"WE": "W", "H": "D"}.get(grain, grain)) if grain in (*GRAIN_ORDER, "WE", "H") else 0


def parse_point(value: str | None) -> Point | None:
    """A TIMEX3 date value (2025, 2025-10, 2025-10-17, 2025-W43, 2025-Q3, 2025-SU) as a Point."""
    if not value:
        return None
    m = VALUE.match(value)
    if m is None:
        return None
    year = int(m["y"])
    try:
        if m["d"]:
            return Point(dt.date(year, int(m["m"]), int(m["d"])), "D")
        if m["m"]:
            return Point(dt.date(year, int(m["m"]), 1), "M")
        if m["w"]:
            return Point(dt.date.fromisocalendar(year, int(m["w"]), 1), "W")
        if m["q"]:
            return Point(dt.date(year, 3 * int(m["q"][1]) - 2, 1), "Q")
        if m["se"]:
            return Point(dt.date(year, SEASON_MONTH[m["se"]], 1), "SE")
    except ValueError:
        return None
    return Point(dt.date(year, 1, 1), "Y")


def add_months(day: dt.date, n: int) -> dt.date:
    total = day.year * 12 + day.month - 1 + n
    year, month = divmod(total, 12)
    if not 1 <= year <= 9999:
        return day
    return dt.date(year, month + 1, min(day.day, 28))


def shift(day: dt.date, unit: str, n: int) -> dt.date:
    """The day n units (D, W, WE, M, Q, Y, DE, CE) after ``day`` (before, when n < 0)."""
    try:
        if unit == "D":
            return day + dt.timedelta(days=n)
        if unit in ("W", "WE"):
            return day + dt.timedelta(weeks=n)
    except OverflowError:
        return day
    months = {"M": 1, "Q": 3, "SE": 12, "Y": 12, "DE": 120, "CE": 1200}.get(unit, 0)
    return add_months(day, n * months)


def fmt(day: dt.date, grain: str) -> str:
    """``day`` written at a granularity: 2025, 2025-10, 2025-10-17, 2025-W42, 2025-Q4, 202 (decade), 20."""
    if grain == "D":
        return day.isoformat()
    if grain in ("M", "SE"):
        return f"{day.year:04d}-{day.month:02d}"
    if grain in ("W", "WE"):
        year, week, _ = day.isocalendar()
        return f"{year:04d}-W{week:02d}" + ("-WE" if grain == "WE" else "")
    if grain == "Q":
        return f"{day.year:04d}-Q{(day.month - 1) // 3 + 1}"
    if grain == "DE":
        return f"{day.year // 10:03d}"
    if grain == "CE":
        return f"{day.year // 100:02d}"
    return f"{day.year:04d}"


def fmt_at(point: Point, grain: str) -> str:
    """Like ``fmt``, but a finer value than the point supports gets X digits (2025-XX-XX)."""
    if point.finer_than(grain) or grain in ("DE", "CE", "Y"):
        return fmt(point.day, grain)
    coarse = fmt(point.day, point.grain)
    pad = {"D": "-XX-XX", "M": "-XX", "W": "-WXX", "WE": "-WXX-WE", "Q": "-QX", "SE": "-XX"}
    if point.grain == "M" and grain == "D":
        return coarse + "-XX"
    return coarse[:4] + pad.get(grain, "")


def weekday_from(day: dt.date, weekday: int, direction: int) -> dt.date:
    """The given ISO weekday nearest ``day`` on the side ``direction`` (-1 before, +1 after; 0 = same week)."""
    delta = weekday - day.isoweekday()
    if direction < 0 and delta > 0:
        delta -= 7
    elif direction > 0 and delta < 0:
        delta += 7
    return day + dt.timedelta(days=delta)


def month_year(anchor: dt.date, month: int, direction: int) -> int:
    """The year of a month named without one: the anchor's year, moved by tense when the month lies across."""
    if direction < 0 and month > anchor.month:
        return anchor.year - 1
    if direction > 0 and month < anchor.month:
        return anchor.year + 1
    return anchor.year
