"""Holidays news dates events by ("Thanksgiving Day", "Christmas", "Election Day"): fixed or computed dates.

US-centred where the name is (Thanksgiving, Election Day, Labor Day and Memorial Day are the US ones),
since those are the holidays English-language news names without a date.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

from .absolute import Result, year_near
from .context import Context, in_longer_name, mid_sentence, previous_word

FIXED: dict[str, tuple[int, int]] = {
    "christmas": (12, 25),
    "christmas day": (12, 25),
    "christmas eve": (12, 24),
    "new year's day": (1, 1),
    "new year's eve": (12, 31),
    "new year's": (1, 1),  # "the New Year's festivities": the day, as US and British news both say
    "new year": (1, 1),
    "independence day": (7, 4),
    "halloween": (10, 31),
    "valentine's day": (2, 14),
    "boxing day": (12, 26),
    "st patrick's day": (3, 17),
    "st. patrick's day": (3, 17),
    "bonfire night": (11, 5),
    "guy fawkes night": (11, 5),
    "veterans day": (11, 11),
    "hogmanay": (12, 31),
}


def nth_weekday(year: int, month: int, weekday: int, n: int) -> dt.date:
    """The n-th ISO weekday of a month (n = -1: the last one)."""
    if n < 0:
        last = dt.date(year + month // 12, month % 12 + 1, 1) - dt.timedelta(days=1)
        return last - dt.timedelta(days=(last.isoweekday() - weekday) % 7)
    first = dt.date(year, month, 1)
    return first + dt.timedelta(days=(weekday - first.isoweekday()) % 7 + 7 * (n - 1))


def easter(year: int) -> dt.date:
    """Western Easter Sunday (anonymous Gregorian algorithm)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    ll = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * ll) // 451
    month, day = divmod(h + ll - 7 * m + 114, 31)
    return dt.date(year, month, day + 1)


COMPUTED: dict[str, Callable[[int], dt.date]] = {
    "thanksgiving": lambda y: nth_weekday(y, 11, 4, 4),
    "thanksgiving day": lambda y: nth_weekday(y, 11, 4, 4),
    "black friday": lambda y: nth_weekday(y, 11, 4, 4) + dt.timedelta(days=1),  # the day after Thanksgiving
    "cyber monday": lambda y: nth_weekday(y, 11, 4, 4) + dt.timedelta(days=4),
    "election day": lambda y: nth_weekday(y, 11, 1, 1) + dt.timedelta(days=1),
    "labor day": lambda y: nth_weekday(y, 9, 1, 1),
    "memorial day": lambda y: nth_weekday(y, 5, 1, -1),
    "easter": easter,
    "easter sunday": easter,
    "good friday": lambda y: easter(y) - dt.timedelta(days=2),
    "easter monday": lambda y: easter(y) + dt.timedelta(days=1),
    "martin luther king day": lambda y: nth_weekday(y, 1, 1, 3),
    "presidents day": lambda y: nth_weekday(y, 2, 1, 3),
    "presidents' day": lambda y: nth_weekday(y, 2, 1, 3),
}


# Words that may follow a holiday used as a date ("at Christmas and New Year", "Easter this year").
DATE_FOLLOWERS = frozenset(
    ["and", "or", "but", "when", "while", "as", "if", "to", "of", "in", "on", "at", "for", "from", "by", "with",
     "after", "before", "since", "until", "following", "this", "last", "next", "is", "was", "are", "were", "will",
     "would", "has", "had", "have", "could", "should", "may", "might", "can", "did", "does", "do", "so", "that",
     "which", "who", "period", "holiday", "holidays", "break", "season", "weekend", "week", "day", "eve", "morning",
     "evening", "night", "time", "shopping", "rush", "trading", "sales", "spending", "travel"]
)  # fmt: skip


def modifier(text: str, end: int) -> bool:
    """Whether a lower-case word that is no function word follows: the holiday qualifies a noun."""
    after = re.match(r"[ \t]+([a-z][a-z'-]*)", text[end : end + 30])
    return after is not None and after.group(1) not in DATE_FOLLOWERS


NEW_YEAR_CUES = frozenset(["the", "at", "over", "since", "until", "till", "by", "before", "after"])


PLACE_AFTER = re.compile(r"\s+(?:Island|Islands|Isle|Creek|Bay|Lake|Valley|Rising|Uprising|Offensive)\b")


def holiday(m: re.Match[str], ctx: Context) -> Result | None:
    """A holiday's date; "Easter week", "Christmas week": the ISO week the holiday falls in."""
    found = holiday_day(m, ctx)
    if found is None or not m["wk"]:
        return found
    kind, value, used = found
    if value.startswith("XXXX"):
        return kind, "XXXX-WXX", used
    day = dt.date.fromisoformat(value)
    name = " ".join(m["h"].replace("’", "'").lower().split())
    if ctx.anchor is not None and not m["hy"] and not m["rel"] and (name in FIXED or name in COMPUTED):
        a = ctx.anchor.day
        this_year = dt.date(a.year, *FIXED[name]) if name in FIXED else COMPUTED[name](a.year)
        if this_year.isocalendar()[:2] == a.isocalendar()[:2]:
            day = this_year  # "as Easter week began", said in that week: this one, whatever the tense
    iso = day.isocalendar()
    weekend = "-WE" if m["wk"].strip().lower() == "weekend" else ""  # "the Christmas weekend"
    return kind, f"{iso.year}-W{iso.week:02d}{weekend}", used


US_POLITICS = re.compile(
    r"\b(?:Americans?|U\.S\.|US|United States|Congress|congressional|Senate|Democrats?|Republicans?|GOP|White House"
    r"|midterms?)\b"
)


def holiday_day(m: re.Match[str], ctx: Context) -> Result | None:
    name = " ".join(m["h"].replace("’", "'").lower().split())
    if name == "9/11":
        return "DATE", "2001-09-11", False  # the attacks, as news names them
    if name == "new year's" and (
        in_longer_name(ctx.text, m.start())
        or previous_word(ctx.text, m.start()) in ("a", "an")
        or re.match(r"\s+[A-Z]", ctx.text[m.end() : m.end() + 2])
    ):
        return None  # "Chinese New Year's celebrations", "a New Year's resolution", "the New Year's Honours"
    if name == "new year" and re.match(r"\s+[A-Z]", ctx.text[m.end() : m.end() + 2]):
        return None  # "the New Year Honours": a name
    listed = re.search(r"\bChristmas\s+(?:and|or|&)\s+$", ctx.text[max(0, m.start() - 20) : m.start()])
    if name == "new year" and (m["rel"] or (previous_word(ctx.text, m.start()) not in NEW_YEAR_CUES and not listed)):
        return None  # "a New Year message", "Chinese New Year" (the name check below), "this New Year"
    if name == "new year" and ctx.anchor is not None and not m["hy"] and ctx.direction != 0:
        a = ctx.anchor.day  # "assessed in the New Year": the next one, however far; "over the New Year": the last
        year = a.year + (1 if ctx.direction > 0 else 0)
        early = re.search(r"\b(?:in|into)\s+the\s+$", ctx.text[max(0, m.start() - 12) : m.start()])
        if ctx.direction > 0 and early and not m["wk"]:
            return "DATE", f"{year:04d}", True  # "renew the law in the New Year": early next year, not 1 January
        return "DATE", dt.date(year, 1, 1).isoformat(), True
    if not m["rel"] and in_longer_name(ctx.text, m.start()):
        return None  # "Holocaust Memorial Day" is not the US Memorial Day
    if PLACE_AFTER.match(ctx.text, m.end()):
        return None  # "Christmas Island", "Easter Island": places named after the feast
    if m["rel"] and m["rel"][0].isupper() and mid_sentence(ctx.text, m.start()):
        return None  # a title: Wham's "Last Christmas"
    if not (m["rel"] or m["hy"] or m["wk"]) and " " not in m["h"].strip() and modifier(ctx.text, m.end()):
        return None  # "a Christmas single", "Easter eggs": the holiday describes a thing, it dates nothing
    name = " ".join(m["h"].replace("’", "'").lower().split())
    if name == "election day" and not m["hy"] and previous_word(ctx.text, m.start()) == "an":
        return None  # "on an election day": any one
    if name == "election day" and not m["hy"] and m["h"][0].islower() and not US_POLITICS.search(ctx.text):
        return None  # "on the election day" in Pakistan: the vote the story is about, not the US one
    if m["hy"]:  # "Labor Day 2024", "Christmas 2019": the holiday of that year
        y = int(m["hy"])
        return "DATE", (dt.date(y, *FIXED[name]) if name in FIXED else COMPUTED[name](y)).isoformat(), False
    if ctx.anchor is None:
        return ("DATE", f"XXXX-{FIXED[name][0]:02d}-{FIXED[name][1]:02d}", False) if name in FIXED else None
    a = ctx.anchor.day
    rel = (m["rel"] or "").lower()
    if name in FIXED:
        month, day = FIXED[name]
        year = int(year_near(ctx, month, day)[0])
        if rel == "last" and dt.date(year, month, day) >= a:
            year -= 1
        elif rel == "next" and dt.date(year, month, day) <= a:
            year += 1
        return "DATE", dt.date(year, month, day).isoformat(), True
    on = COMPUTED[name]
    options = [on(y) for y in (a.year - 1, a.year, a.year + 1)]
    if rel == "last":
        return "DATE", max(d for d in options if d < a).isoformat(), True
    if rel == "next":
        return "DATE", min(d for d in options if d > a).isoformat(), True
    past = max(d for d in options if d <= a)
    ahead = min(d for d in options if d >= a)
    pick = ahead if ctx.direction > 0 or (ctx.direction == 0 and (ahead - a) < (a - past)) else past
    return "DATE", pick.isoformat(), True
