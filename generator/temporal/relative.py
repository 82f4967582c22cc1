"""Rules for expressions that count from a date: weekdays, today, last week, two years later,
durations, sets, clock times and the PRESENT/PAST/FUTURE references. Same contract as ``absolute``."""

from __future__ import annotations

import calendar
import datetime as dt
import re

from . import patterns
from .absolute import Result, capitalised, year_near, year_said
from .anchor import Point, fmt, fmt_at, shift, weekday_from
from .context import (
    DETERMINERS,
    Context,
    abbreviation,
    in_longer_name,
    mid_sentence,
    month_number,
    next_word,
    noun_verb,
    number,
    previous_word,
)
from .lexicon import PARTS_OF_DAY, TIME_UNITS, UNITS, WEEKDAYS

GRAIN_OF_UNIT = {"D": "D", "W": "W", "WE": "WE", "M": "M", "Q": "Q", "Y": "Y", "DE": "Y", "CE": "Y", "H": "D"}
REL_STEP = {
    "this": 0, "current": 0, "same": 0, "that": 0, "last": -1, "past": -1, "previous": -1, "preceding": -1,
    "next": 1, "coming": 1, "following": 1,
}  # fmt: skip
CONTEXT_RELS = ("that", "same", "following", "preceding", "previous")  # count from the date in context
DAY_OFFSETS = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1, "last night": -1}
# Words before "a year" / "per year" that make it a rate (a SET), not a span: "$5 million a year".
RATE_WORDS = frozenset(
    ["million", "billion", "trillion", "thousand", "hundred", "percent", "times", "once", "twice", "dollars", "euros"]
)


def unit_code(word: str) -> str:
    return UNITS.get(unit_name(word), "Y")


def unit_name(word: str) -> str:
    """The singular unit of a unit word: "centuries" -> "century", "millennia" -> "millennium"."""
    w = word.lower().rstrip("s")
    w = {"min": "minute", "hr": "hour"}.get(w, w)
    return "century" if w.startswith("centur") else "millennium" if w.startswith("millenni") else w


# Units counted in another: a fortnight is two weeks, a millennium a thousand years.
UNIT_SCALE = {"fortnight": 2, "millennium": 1000}


def day_of(ctx: Context, word: str) -> tuple[dt.date, bool] | None:
    """The day a deictic word ("today", "Friday") names, counted from the anchor."""
    if ctx.anchor is None:
        return None
    w = " ".join(word.lower().split())
    if w in DAY_OFFSETS:
        return ctx.anchor.day + dt.timedelta(days=DAY_OFFSETS[w]), True
    wd = WEEKDAYS.get(w) or next((n for k, n in WEEKDAYS.items() if k.startswith(w.rstrip(".")[:3])), None)
    if wd is None:
        return ctx.anchor.day, True
    return weekday_from(ctx.anchor.day, wd, 1 if ctx.direction > 0 else -1), True


def with_part(day_value: str, pod: str | None) -> tuple[str, str]:
    if not pod:
        return "DATE", day_value
    return "TIME", f"{day_value}T{PARTS_OF_DAY[pod.lower()]}"


def weekday(m: re.Match[str], ctx: Context) -> Result | None:
    word = m["wd"]
    if not capitalised(word):
        return None
    n = WEEKDAYS.get(word.lower()) or next(n for k, n in WEEKDAYS.items() if k.startswith(word.lower()[:3]))
    if m["pl"]:
        return None if in_longer_name(ctx.text, m.start()) else ("SET", f"XXXX-WXX-{n}", False)  # not "Happy Mondays"
    if not m["rel"] and not m["pod"] and titled(ctx.text, m.start(), m.end()):
        return None  # a paper or a programme: "the Sunday Times", "the Monday Club"
    if n == 7 and not m["rel"] and SUNDAY_PAPER.search(ctx.text, max(0, m.start() - 24), m.start()):
        return None  # "the Independent on Sunday", "the Mail on Sunday"
    generic = previous_word(ctx.text, m.start()) in ("a", "any") or LISTED_GENERIC.search(
        ctx.text, max(0, m.start() - 24), m.start()
    )
    if not m["rel"] and generic and not modifies(ctx.text, m.end()):
        kind, value = with_part(f"XXXX-WXX-{n}", m["pod"])
        return kind, value, False  # "on a Friday night": some Friday, not a dated one
    if ctx.anchor is None or not ctx.anchor.finer_than("D"):
        return "DATE", f"XXXX-WXX-{n}", False
    rel = (m["rel"] or "").lower().split()[-1] if m["rel"] else ""
    a = ctx.anchor.day
    if rel in ("previous", "preceding") and ctx.ref is not None and ctx.ref.grain == "D":
        day = weekday_from(
            ctx.ref.day - dt.timedelta(days=1), n, -1
        )  # "the previous Friday": before the day in context
    elif rel in ("last", "past", "previous", "preceding"):
        day = weekday_from(a - dt.timedelta(days=1), n, -1)
    elif rel in ("next", "coming"):
        day = weekday_from(a + dt.timedelta(days=1), n, 1)
    elif rel == "this" and not ctx.direction:
        day = weekday_from(a, n, 0)  # "after this Sunday's elections", said on a Tuesday: this week's Sunday
    elif m["wkrel"]:  # "On Friday last week": that day of the week named
        step = {"last": -7, "next": 7}.get(m["wkrel"].lower(), 0)
        day = shift(a, "D", step - a.weekday() + n - 1)
    else:
        day = weekday_from(a, n, 1 if ctx.direction > 0 else -1)
    if m["ba"]:
        day += dt.timedelta(days=1 if m["ba"].lower() == "after" else -1)  # "the day before last Tuesday"
    kind, value = with_part(day.isoformat(), m["pod"])
    return kind, value, True


# Newspapers named "<Name> on Sunday" (a gazetteer of titles, not of the sources' people).
# Not "Scotland on Sunday" (a team plays), "Royal Mail on Sunday announced", "The Miami Herald on Sunday reported".
SUNDAY_PAPER = re.compile(r"\b[Tt]he\s+(?:Independent|Mail)\s+on\s+$")


def modifies(text: str, end: int) -> bool:
    """Whether a lower-case content word follows, so "a" belongs to it: "a Sunday night memorial service"."""
    after = re.match(r"[ \t]+([a-z]+)", text[end : end + 20])
    return after is not None and after.group(1) not in CLOCK_FOLLOWERS | FUNCTION_AFTER


# Words after "a Friday" that are not what it describes: "on a Wednesday than on a Saturday or Sunday".
FUNCTION_AFTER = frozenset(
    ["in", "for", "is", "was", "than", "or", "and", "to", "at", "when", "as", "with", "but", "so", "because", "if",
     "rather", "instead", "the", "of", "on", "before", "after", "while", "are", "were", "will", "would"]
)  # fmt: skip
# A weekday listed after "a Saturday": as generic as it ("on a Saturday or Sunday").
LISTED_GENERIC = re.compile(rf"\b(?:a|any)\s+(?:{patterns.WEEKDAY})\s*(?:,|\bor\b|\band\b)\s*(?:on\s+)?$", re.I)


PERSON_TITLES = frozenset(
    ["president", "prime", "mr", "mrs", "ms", "dr", "sir", "lord", "lady", "king", "queen", "pope", "prince",
     "princess", "chancellor", "governor", "senator", "secretary", "minister", "general", "judge", "police"]
)  # fmt: skip


# Capitalised words that make a weekday before them part of a title: "Sunday Telegraph journalist".
MEDIA_WORDS = frozenset(
    ["times", "telegraph", "mirror", "express", "post", "herald", "mail", "tribune", "independent", "sport",
     "people", "programme", "program", "show", "club", "today", "edition", "supplement", "magazine"]
)  # fmt: skip


def titled(text: str, start: int, end: int) -> bool:
    """Whether "the" leads the word and a capitalised word that is no month follows (part of a name), or the
    word is a paper's or a programme's: "by Sunday Telegraph journalist", "GMTV's Sunday Programme"."""
    after = re.match(r" ([A-Z][a-z]+)", text[end : end + 16])
    if after is not None and after.group(1).lower() in MEDIA_WORDS:
        return True
    if previous_word(text, start) != "the" or after is None or month_number(after.group(1)):
        return False
    return after.group(1).lower() not in PERSON_TITLES  # "the Friday President Obama signed it" is a date


# Things "an overnight" describes without dating anything ("an overnight bag"; but "an overnight raid" is last night).
OWNED = frozenset(["bag", "bags", "success", "sensation", "star", "hit", "celebrity", "bestseller", "oats", "kit"])


MONEY_MARKET = frozenset(
    ["deposit", "deposits", "facility", "lending", "loan", "loans", "repo", "repos", "rate", "rates", "funding",
     "money", "borrowing", "interest", "index", "libor", "swap", "swaps"]
)  # fmt: skip


ATTRIBUTIVE = re.compile(r"[ \t-]+([A-Za-z]+)")  # the word "overnight" qualifies, with nothing between


def deictic_day(m: re.Match[str], ctx: Context) -> Result | None:
    w = " ".join(m["w"].lower().split())
    if ctx.anchor is None or (m.group(0)[:1].isupper() and mid_sentence(ctx.text, m.start())):
        return None  # a title: "the Today programme", "USA Today"
    if w == "overnight" and previous_word(ctx.text, m.start()) in ("an", "a") and next_word(ctx.text, m.end()) in OWNED:
        return None  # "an overnight bag", "an overnight success": a kind of thing, no night in the story
    if w == "overnight" and (after := ATTRIBUTIVE.match(ctx.text, m.end())) and after[1].lower() in MONEY_MARKET:
        return None  # "the overnight deposit facility", "overnight lending rates": a loan's term, not a night
    if w == "today" and not m["pod"] and not m["pre"] and generic_today(ctx.text, m.start(), m.end()):
        return "DATE", "PRESENT_REF", False  # "the web of today": nowadays
    offset = {"the day before yesterday": -2, "the day after tomorrow": 2}.get(w, DAY_OFFSETS.get(w, 0))
    value = fmt_at(Point(shift(ctx.anchor.day, "D", offset), ctx.anchor.grain), "D")
    pod = m["pod"] or m["mpod"] or ("night" if w in ("tonight", "last night") else None)
    if w.startswith("this "):
        pod = w.split()[1]
    kind, value = with_part(value, pod)
    return kind, value, True


# "today" as "nowadays": after "of" that follows a noun ("the youth of today"; not "the end of today", "the
# events of today").
NOT_GENERIC_BEFORE_OF = frozenset(
    [
        "as",
        "end",
        "rest",
        "start",
        "beginning",
        "part",
        "most",
        "all",
        "morning",
        "afternoon",
        "evening",
        "night",
        "events",
        "news",
        "business",
        "session",
    ]
)


def generic_today(text: str, start: int, end: int) -> bool:
    before = re.search(r"\b([A-Za-z]+)\s+of\s+$", text[max(0, start - 30) : start])
    possessive = text[end : end + 1] in ("'", "’")  # "of today's": the day's
    return before is not None and before.group(1).lower() not in NOT_GENERIC_BEFORE_OF and not possessive


POD_SHIFT = {"next": 1, "following": 1, "previous": -1, "preceding": -1}


def part_of_day(m: re.Match[str], ctx: Context) -> Result | None:
    """ "that night", "the next morning", "by mid-afternoon": a part of the day in context (or of today).

    A bare "in the morning" counts only in a past or future clause with a day in context ("On Friday ...
    dealers bought in the morning"); otherwise it is as often a habit ("she runs in the morning").
    """
    if ctx.anchor is None:
        return None
    day_in_context = ctx.ref is not None and ctx.ref.grain == "D"
    if m["bare"]:
        if not ctx.probe and (not day_in_context or ctx.direction == 0):
            return None  # no day in context, or a present of habit: "she runs in the morning"
        if next_word(ctx.text, m.end()) in ("of", "after", "before"):
            return None  # "the morning of March 3", "the morning after the vote": the date is tagged apart
        pod = m["bare"].split()[-1]
    else:
        pod = m["pod"] or m["mpod"]
    base = ctx.ref.day if ctx.ref is not None and day_in_context else ctx.anchor.day
    rel = (m["rel"] or "").split()[-1].lower() if m["rel"] else ""
    day = base + dt.timedelta(days=POD_SHIFT.get(rel, 0))
    return "TIME", f"{day.isoformat()}T{PARTS_OF_DAY[pod.lower()]}", True


def relative_unit(m: re.Match[str], ctx: Context) -> Result | None:
    if m["adj"]:
        base = ctx.quarter if ctx.quarter and m["adj"].lower() == "year" else ctx.anchor
        if base is None:
            return None
        grain = base.grain if base.grain == "Q" else GRAIN_OF_UNIT[unit_code(m["adj"])]
        return "DATE", fmt(shift(base.day, unit_code(m["adj"]), -1), grain), True
    if m["end"]:
        if ctx.anchor is None:
            return None
        if m["end"].lower() == "month":
            return "DATE", fmt(ctx.anchor.day, "M"), True
        a = ctx.anchor.day
        past = previous_word(ctx.text, m.start()) == "since" or ctx.direction < 0
        return "DATE", f"{a.year - 1 if past and a.month < 12 else a.year:04d}-12-31", True  # "since year-end"
    if m["bare"]:
        return weekend(ctx)
    if m["in"] or m["fy"]:
        return within_unit(m, ctx)
    if quoted_title(ctx.text, m.start(), m.end()):
        return None  # a programme or a book: ABC's "This Week"
    rel = m["rel"].lower().split()[-1]
    if m["unit"].lower() == "day" and rel not in (*CONTEXT_RELS, "next"):
        return None  # "this day", "past day": not a date
    if m["rel"].lower().startswith("the next") and m["unit"].lower() == "day":
        rel = "following"  # "the next day" counts from the date in context
    unit = unit_code(m["unit"])
    possessive = ctx.text[m.end() : m.end() + 2] in ("'s", "’s")  # "this weekend's fixtures": the event's own
    told = not possessive or noun_verb(ctx.text, m.end()) < 0  # "this weekend's quake killed 20"
    if unit == "WE" and rel == "this" and ctx.direction < 0 and not m["same"] and told:
        return weekend(ctx)  # "heralded by John Prescott this weekend", said on a Tuesday: the one just gone
    if unit in ("DE", "CE") and rel == "past":
        return "DURATION", duration_value(1, m["unit"]), False  # "over the past decade": the ten years to now
    base = ctx.base if rel in CONTEXT_RELS else ctx.anchor
    if base is None:
        return None
    day = shift(base.day, unit, REL_STEP.get(rel, 0))
    if m["same"] and rel in ("last", "next") and unit in ("Y", "M", "W"):
        grain = "M" if unit == "Y" else "D"  # "this time last year": the same point a year back, to its month
        return "DATE", fmt_at(Point(day, base.grain), grain), True
    grain = unit if unit in ("DE", "CE") else GRAIN_OF_UNIT[unit]  # "the last decade" = 201, a decade
    return "DATE", fmt_at(Point(day, base.grain), grain), True


def quoted_title(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is a capitalised title in quotes: "This Week", “Next Year,”."""
    opened = text[max(0, start - 2) : start].rstrip()[-1:] in ('"', "“", "`", "'")
    closed = bool(re.match(r"[,.!?]?[\"”']", text[end : end + 3]))
    return opened and closed and all(w[:1].isupper() for w in text[start:end].split())


def within_unit(m: re.Match[str], ctx: Context) -> Result | None:
    """ "the end of the year", "later in the day", "year's end", "the fiscal year": the anchor's unit."""
    if m["fyy"]:
        return "DATE", m["fyy"], False  # "full year 2004"
    if ctx.anchor is None:
        return None
    unit = (m["in"] or "year").lower()
    idiom = re.fullmatch(r"the\s+end\s+of\s+the\s+day", m.group(0), re.I) and previous_word(ctx.text, m.start()) == "at"
    if idiom and not ctx.probe and ctx.direction == 0:
        return None  # "at the end of the day" (ultimately), in a clause with no tense to date it
    grain = {"day": "D", "week": "W", "month": "M", "decade": "DE", "century": "CE"}.get(unit, "Y")
    if grain in ("DE", "CE") and ctx.direction < 0 and ctx.ref is not None:
        return "DATE", fmt(ctx.ref.day, grain), True  # "In 1965 the band formed; by the end of the decade they split"
    return "DATE", fmt_at(ctx.anchor, grain), True  # "by the end of the decade": 200


def weekend(ctx: Context) -> Result | None:
    if ctx.anchor is None:
        return None
    a = ctx.anchor.day
    wd = a.isoweekday()
    day = a if wd >= 6 else (a + dt.timedelta(days=6 - wd) if ctx.direction > 0 else a - dt.timedelta(days=wd))
    return "DATE", fmt(day, "WE"), True


def offset(m: re.Match[str], ctx: Context) -> Result | None:
    direction = m["dir"].lower().split()[0]
    if direction == "time" and previous_word(ctx.text, m.start()) != "in":
        return None  # only "in three years' time" counts ahead
    if direction == "back" and (m["num"] or "").lower() in ("a", "an") and rate(ctx.text, m.start(), m.end("unit")):
        return None  # "1m barrels a day back in July": a rate, then "back in July"
    sign = 1 if direction in ("later", "from", "hence", "time") else -1
    base = ctx.anchor if direction in ("ago", "back", "from", "hence", "time") else ctx.base
    n = number(first_figure(m)) if m["num"] else None
    if n is not None and m["andhalf"]:
        n += 0.5  # "a year and a half ago"
    narrative = direction in ("later", "earlier")  # counted from an event in the story, not from today
    if narrative and next_word(ctx.text, m.end()) == "than":
        return "DURATION", duration_value(n, m["unit"]), False  # "five years earlier than expected": a gap
    unit = unit_code(m["unit"])
    sub_day = unit in ("S", "H") or (unit == "M" and unit_name(m["unit"]) == "minute")
    if narrative and (n is None or sub_day):
        return "DURATION", duration_value(n, m["unit"]), False  # "a few days later", "an hour later": the gap
    if n is None or base is None:
        return "DATE", "FUTURE_REF" if sign > 0 else "PAST_REF", False
    if sub_day:
        return "DATE", fmt_at(base, "D"), True
    if narrative and not base.finer_than(GRAIN_OF_UNIT.get(unit, "Y")):
        return "DURATION", duration_value(n, m["unit"]), False  # "since 1992 ... A day earlier": no day to count from
    n *= UNIT_SCALE.get(unit_name(m["unit"]), 1)  # "a fortnight ago": two weeks
    if unit == "Y" and ctx.quarter is not None and n == 1 and direction in ("ago", "earlier"):
        if compared_period(ctx.text, m.start()) != "Y":
            return "DATE", fmt(shift(ctx.quarter.day, "Y", -1), "Q"), True  # "from $2.1 million a year earlier"
        return "DATE", fmt(shift(base.day, "Y", -1), "Y"), True  # "in the first nine months ... a year earlier"
    if n != int(n) and unit_name(m["unit"]) == "year":
        day = shift(base.day, "M", sign * round(n * 12))  # "two and a half years ago": to the month
        return "DATE", fmt_at(Point(day, base.grain), "M"), True
    day = shift(base.day, unit, sign * int(n))
    if day == base.day and int(n) != 0:
        return "DATE", "FUTURE_REF" if sign > 0 else "PAST_REF", False  # beyond the calendar: "6,000 years ago"
    if m["today"]:
        return "DATE", fmt_at(Point(day, base.grain), "D"), True  # "three years ago today": that very day
    return "DATE", fmt_at(Point(day, base.grain), GRAIN_OF_UNIT.get(unit, "Y")), True


# The period a figure "a year earlier" is compared over: the latest one named shortly before it.
PERIOD_WORD = re.compile(
    r"\b(?:(?P<q>quarter|quarterly|period|three\s+months)|(?P<y>nine\s+months|six\s+months|first\s+half"
    r"|second\s+half|(?:the|fiscal|full|calendar)\s+year|annual|annually|year\s+to\s+date))\b",
    re.I,
)
COMPARED_REACH = 250  # characters before "a year earlier": its sentence and the one before


def compared_period(text: str, start: int) -> str | None:
    """ "Q" or "Y" for the latest period word before ``start`` within reach, None when there is none."""
    found = list(PERIOD_WORD.finditer(text, max(0, start - COMPARED_REACH), start))
    return None if not found else ("Q" if found[-1]["q"] else "Y")


VAGUE_UNIT = {"decade": "E", "century": "C", "millennium": "L"}
# A fraction of these units is written in the next smaller one when it comes out whole: P1Y6M, PT34H24M.
SMALLER = {"year": (12, "M"), "hour": (60, "M"), "minute": (60, "S")}


def first_figure(m: re.Match[str]) -> str:
    """The count an approximate figure is read by: its first one ("two or three years" P2Y, "a year or two"
    P1Y)."""
    return m["lead"] or m["num"]


def duration_value(n: float | None, unit_word: str) -> str:
    """TIMEX3 duration: P3Y, P2Y6M, PT8H, PXY; decades and centuries in years, quarters in months."""
    name = unit_name(unit_word)
    code = {"decade": "Y", "century": "Y", "quarter": "M", "weekend": "WE"}.get(name, UNITS.get(name, "Y"))
    scale = {"decade": 10, "century": 100, "quarter": 3, **UNIT_SCALE}.get(name, 1)
    if name == "minute":
        code = "M"
    t = "T" if name in TIME_UNITS else ""
    if n is None:
        return f"P{t}X{VAGUE_UNIT.get(name, code)}"  # TimeML letters: "decades" PXE, "centuries" PXC
    n *= scale
    if n != int(n) and name in SMALLER:  # "one and a half years" P1Y6M; "half a year" P6M; "34.4 hours" PT34H24M
        per, small = SMALLER[name]
        rest = round((n - int(n)) * per, 6)
        if rest == int(rest) and rest < per:  # "1.9999999 hours" is no PT1H60M
            return f"P{t}{f'{int(n)}{code}' if int(n) else ''}{int(rest)}{small}"
    return f"P{t}{written(n)}{code}"  # "1.75 days" P1.75D: ISO 8601 lets the last figure have a fraction


# "One day you will", "One day, we'll": a sentence opening on some future day (not "lasted one day and will end").
ONE_DAY_WILL = re.compile(
    r",?\s+(?:[Ii]|you|we|he|she|they|it|there|people|everyone)\s+(?:will|shall|might|could)\b|,?\s+[A-Za-z]+['’]ll\b"
)  # not "One day tickets will go on sale"


def duration(m: re.Match[str], ctx: Context) -> Result | None:
    if m["fort"]:
        return "DURATION", "P2W", False  # "the last fortnight": the two weeks to now
    if m["bare"] and m["bare"].lower() == "minutes" and previous_word(ctx.text, m.start()).startswith(("took", "tak")):
        return None  # "the secretary took minutes": a record, not a time
    if m["the_bare"] and re.match(r"\s+\d", ctx.text[m.end() : m.end() + 2]):
        return None  # "over the years 2001 to 2004": the years are named next
    if m["bare_of"] and not bare_of_verb(ctx.text, m.start()):
        return None  # "the years of", "happy years of": a determiner or adjective makes it no vague span
    bare = m["bare"] or m["the_bare"] or m["all_bare"] or m["bare_of"]
    if bare:  # "for years", "over the years", "all these years", "an end to years of legal drama"
        return "DURATION", duration_value(None, bare), False
    if m["lunit"]:
        return "DURATION", duration_value(None if m["lpl"] else 1, m["lunit"]), False  # "a week-long visit"
    num, unit = (m["num"], m["unit"]) if m["unit"] else (m["hnum"], m["hunit"])
    name = unit_name(unit)
    lead = (num or "").lower()
    amount = AMOUNT_BEFORE.search(ctx.text, max(0, m.start() - 20), m.start() - 1) or re.search(
        r"(?:week|day|hour|night|month|times?)-$", ctx.text[max(0, m.start() - 8) : m.start()], re.I
    )  # "£3.5m-a-year", "a 52-week-a-year job"; not "a more-than-a-year delay"
    if m["hunit"] and lead in ("a", "an", "per") and amount:
        return "SET", duration_value(1, unit), False  # "£3.5m-a-year wage demands": a rate
    if lead[:1].isdigit() and unit[:1].isupper():
        return None  # a title: "60 Minutes"
    if re.fullmatch(r"1\d{3}|20\d{2}", lead) and not unit.lower().endswith("s"):
        return None  # "the 1988 quarter": a year, not 1988 quarters
    if lead in ("a", "an", "one") and name in ("second", "quarter"):
        return None  # "a second term", "a quarter of the vote"
    plural = m["unit"] is not None and ctx.text[m.end("unit") : m.end("unit") + 1].lower() == "s"
    if name == "second" and not plural and not (num or "").replace(".", "").isdigit() and not m["hunit"]:
        return None  # "a second term", "two second-half goals"; but "a seven-second delay", "32.8 seconds left"
    if name == "quarter" and previous_word(ctx.text, m.start()) in ("a", "one"):
        return None
    if name == "quarter" and (m["vague"] or "").lower() in ("many", "some", "certain", "other", "various", "all"):
        return None  # "indignation in many quarters", "in some quarters": places, not periods
    joined = re.search(r"\w[ \t]+$", ctx.text[max(0, m.start() - 3) : m.start()]) is not None
    bare = m["num"] is not None and m.start("num") == m.start()  # not "over a decade", "nearly a year"
    if m["unit"] and lead in ("a", "an", "per") and joined and bare and rate(ctx.text, m.start(), m.end()):
        return None  # a rate ("$5 million a year", "four flights a week"), not a span of time
    if next_word(ctx.text, m.end()) in ("old", "olds"):
        return None  # an age: "37 years old", "18 to 21 year olds"
    if (
        lead == "one"
        and unit.lower() == "day"
        and (previous_word(ctx.text, m.start()) in MODALS or (num == "One" and ONE_DAY_WILL.match(ctx.text, m.end())))
    ):
        return "DATE", "FUTURE_REF", False  # "he will one day captain England", "One day you will": some day
    n = number(first_figure(m) if m["unit"] else num) if num else None
    if m["vague"] and m["unit"] and ctx.text[m.end("unit") : m.end("unit") + 1].lower() != "s":
        n = 1  # "the coming fortnight": one of them, as "the coming weeks" are some
    if n is not None and m["unit"] and m["andhalf"]:
        n += 0.5  # "a minute and a half"
    return "DURATION", duration_value(n, unit), False


# How many of the smaller unit make one of the bigger: a compound's smaller count stays below it.
PER_BIGGER = {
    ("year", "month"): 12, ("year", "week"): 52, ("year", "day"): 366, ("month", "week"): 5, ("month", "day"): 31,
    ("week", "day"): 7, ("day", "hour"): 24, ("hour", "minute"): 60, ("minute", "second"): 60,
}  # fmt: skip


def bare_of_verb(text: str, start: int) -> bool:
    """Whether a bare "years of" at ``start`` follows one of the words that take it ("an end to years of") or a
    verb ("ignoring months of protests", "endured decades of war"); not "the remaining years of his life"."""
    words = re.findall(r"[a-z']+", text[max(0, start - 40) : start].lower())
    if not words:
        return False
    if words[-1] in patterns.BARE_OF_AFTER:
        return True
    verb = words[-1].endswith(("ing", "ed")) and len(words[-1]) > 4
    return verb and (len(words) < 2 or words[-2] not in DETERMINERS)


def written(n: float) -> str:
    """A count as a duration writes it: 3, 47.97 (never 1e+06)."""
    r = round(n, 6)
    return str(int(r)) if r == int(r) else str(r)


def compound_duration(m: re.Match[str], ctx: Context) -> Result | None:
    """ "two hours 15 minutes" PT2H15M, "three years and six months" P3Y6M, "two weeks and three days" P17D
    (ISO 8601 writes weeks alone, so weeks beside another unit count as days)."""
    found = list(patterns.DURATION_PART.finditer(m.group(0)))
    if len(found) == 2 and found[1]["n"].lower() in ("a", "an") and not re.search(r"\band\b|,", m.group(0)):
        return None  # "within a year a day care centre opened": two phrases, not "a year and a day"
    parts = [(number(p["n"]), unit_name(p["u"])) for p in found]
    if len(parts) != 2 or any(n is None or (n != int(n) and name != "second") for n, name in parts):
        return None  # "two and a half years and six months" is not written; a vague count has no sum
    if next_word(ctx.text, m.end()) in ("old", "olds"):
        return None  # an age: "two years and six months old"
    (_, big), (small_n, small) = parts
    assert small_n is not None
    if small_n >= PER_BIGGER.get((big, small), 0):
        return None  # "between one year and 18 months", "four years and 18 months": a range or a list
    counts: dict[str, float] = {}
    for n, name in parts:
        assert n is not None
        if name == "week":
            name, n = "day", n * 7
        counts[name] = counts.get(name, 0) + n  # whole counts, but seconds: "one minute, 47.97 seconds"
    date = "".join(f"{written(counts[u])}{UNITS[u]}" for u in ("year", "month", "day") if u in counts)
    time = "".join(f"{written(counts[u])}{UNITS[u]}" for u in TIME_UNITS[::-1] if u in counts)
    return "DURATION", f"P{date}{'T' + time if time else ''}", False


PRESENT_WORDS = frozenset(
    ["now", "currently", "presently", "nowadays", "these days", "at present", "current", "the moment", "this day"]
)


def reference(m: re.Match[str], ctx: Context) -> Result | None:
    w = " ".join(m.group(0).lower().split())
    if w == "soon" and (
        previous_word(ctx.text, m.start()) == "as" or next_word(ctx.text, m.end()) in ("after", "before", "as")
    ):
        return None  # "as soon as", "soon after the vote": a relation between events, not a time
    if w == "soon" and ctx.direction < 0 and previous_word(ctx.text, m.start()) not in MODALS:
        return None  # "the trickle soon became a flood": narrative sequence; not "could soon be"
    if w == "the future" and not future_noun(ctx.text, m.end()):
        return None  # "the future ownership of the club": an adjective, no time
    if w == "recent" and next_word(ctx.text, m.end()) in ("season", "seasons", "campaign", "campaigns"):
        return None  # "in recent seasons": a sports season, which TimeML leaves untagged as it does "last season"
    if w == "current" and next_word(ctx.text, m.end()) in NOT_TIME_AFTER_CURRENT:
        return None  # "the current account deficit", "current expenditure": accounting, not time
    if w == "now" and m.group(0)[0] == "N" and mid_sentence(ctx.text, m.start()):
        return None  # a title: "Gonna Fly Now"
    if w == "now" and m.group(0)[0] == "N" and ctx.text[m.end() : m.end() + 1] == ",":
        return None  # "Now, before everyone thinks ...": a discourse marker opening the sentence (TBAQ: 0 of 3)
    if w in PRESENT_WORDS:
        return "DATE", "PRESENT_REF", False
    if "future" in w or "coming" in w or w == "soon" or w.endswith(("term", "date")):
        return "DATE", "FUTURE_REF", False
    return "DATE", "PAST_REF", False


# What comes before "a year" in a rate: an amount ("$48m a year", "£5.05 an hour", "10% a year") or a
# counted noun ("four flights per week", "1m barrels of oil a day"), with no preposition in between.
AMOUNT_BEFORE = re.compile(
    r"(?:\d[\d,.]*\s*(?:m|bn|k|p)?|%|\)|\b(?:million|billion|trillion|thousand|percent|cents?|pence))\s*$"
)
COUNT = (
    r"(?:\d(?:[\d,.]*\d)?\s*(?:m|bn|k|million|billion|thousand)?"  # not the comma after "Aug 17,"
    r"|one|two|three|four|five|six|seven|eight|nine|ten|twelve|several|many|dozens|hundreds|thousands|millions)"
)
PLURAL = r"(?:[A-Za-z-]+s|people|men|women|children)"
COUNTED_BEFORE = re.compile(
    rf"\b{COUNT}\s+(?:[A-Za-z-]+\s+){{0,3}}{PLURAL}\s*$|\b{COUNT}\s+(?:[A-Za-z-]+\s+){{1,2}}of\s+[A-Za-z-]+\s*$",
    re.I,
)
# "a joke a day", "an apple a day": one thing per unit. Not a word that measures time or amount itself ("a
# while a day"), and only when nothing ties the unit to an event after it ("a speech a day after the vote").
ONE_BEFORE = re.compile(
    r"\b(?:an?|one)\s+(?!(?:year|month|week|day|hour|night|minute|second|time|lot|bit|while|moment|period|decade"
    r"|half|quarter|third|couple|few|little|total|further|more|record|new|full|whole)\b)[a-z]+\s*$",
    re.I,
)
NOT_RATE_AFTER = frozenset(
    ["after", "before", "earlier", "later", "ahead", "or", "and", "in", "on", "from", "since", "late", "early",
     "prior", "into", "behind", "ago", "old", "too", "beforehand"]
)  # fmt: skip
SPAN_PREPOSITIONS = frozenset(["in", "for", "within", "than", "about", "over", "under", "after", "of", "by", "once"])


def rate(text: str, start: int, end: int) -> bool:
    """Whether "a year" at ``start`` is the unit of a rate: an amount or a counted noun runs into it."""
    before = text[max(0, start - 60) : start]
    last = re.search(r"(\S+)\s*$", before)
    if last is not None and last.group(1).lower() in SPAN_PREPOSITIONS:
        return False
    if AMOUNT_BEFORE.search(before) or previous_word(text, start) in RATE_WORDS:
        return True
    if ONE_BEFORE.search(before) and next_word(text, end) not in NOT_RATE_AFTER:
        return True
    return COUNTED_BEFORE.search(before) is not None


MODALS = frozenset(["will", "would", "could", "can", "may", "might", "should", "must", "shall"])
# Nouns "future" qualifies as an adjective ("the future ownership of the club", "the future king"); before
# any other word "the future" is the time ("the creatives of the future know", "in the future without").
FUTURE_NOUNS = frozenset(
    ["ownership", "owner", "owners", "board", "direction", "king", "queen", "prime", "president", "leader",
     "leaders", "leadership", "generation", "generations", "peace", "prosperity", "role", "use", "development",
     "status", "relationship", "relations", "talks", "plans", "plan", "projects", "investment", "investments",
     "sales", "earnings", "growth", "policy", "policies", "strategy", "success", "career", "prospects", "funding",
     "releases", "products", "versions", "members", "membership", "expansion", "shape", "structure", "course",
     "path", "fate", "needs", "demand", "wife", "husband", "home", "site", "head", "manager", "chief", "boss",
     "chairman", "coach", "captain", "champion", "champions", "stars", "star", "events", "games", "work", "cuts",
     "rates", "payments", "costs", "performance", "results", "operations"]
)  # fmt: skip


def future_noun(text: str, end: int) -> bool:
    """Whether "the future" ending at ``end`` is the noun (the time), not the adjective of a noun after it."""
    return text[end : end + 1] != " " or next_word(text, end) not in FUTURE_NOUNS


NOT_TIME_AFTER_CURRENT = frozenset(
    ["account", "accounts", "expenditure", "spending", "assets", "liabilities", "affairs", "prices", "price"]
)
SET_ADVERBS = {
    "daily": "P1D", "weekly": "P1W", "monthly": "P1M", "annually": "P1Y", "yearly": "P1Y", "hourly": "PT1H",
    "nightly": "P1D",
}  # fmt: skip


SPEED_BEFORE = re.compile(r"\b(?:miles|mi|kilometres|kilometers|km|metres|meters|feet|knots)\s*$", re.I)


def set_expr(m: re.Match[str], ctx: Context) -> Result | None:
    if m["adv"] and m["adv"][:1].isupper() and mid_sentence(ctx.text, m.start()):
        return None  # a name: "the Daily Mirror"
    if m["adv"] and re.match(r"\s+[A-Z]", ctx.text[m.end() : m.end() + 2]) and mid_sentence(ctx.text, m.start()):
        return None  # a newspaper: "the party daily Granma"
    if m["adv"]:
        return "SET", SET_ADVERBS[m["adv"].lower()], False
    if m["per"] and not rate(ctx.text, m.start(), m.end()):
        return None  # "in a year", "more than a day": a span, not a rate
    if (m["per"] or "").lower() == "hour" and SPEED_BEFORE.search(ctx.text, max(0, m.start() - 20), m.start()):
        return None  # "winds of 90 miles per hour": a speed, not a recurrence
    if m["per"] or m["per2"]:
        per = (m["per"] or m["per2"]).lower()
        return "SET", "P1D" if per == "night" else duration_value(1, per), False  # "$200 a night"
    what = m["what"].lower()
    if what in WEEKDAYS:
        return "SET", f"XXXX-WXX-{WEEKDAYS[what]}", False
    if month_number(what):
        return "SET", f"XXXX-{month_number(what):02d}", False
    if m["few"]:
        return "SET", duration_value(None if m["few"].lower() == "few" else 2, what), False  # "every few years" PXY
    n = number(m["num"]) if m["num"] else 1.0
    return "SET", duration_value(n, what), False


# Words that may follow "4 in the morning" when it is a time; any other lower-case word makes "morning" a
# modifier ("in the morning session").
CLOCK_FOLLOWERS = frozenset(
    ["on", "and", "or", "when", "local", "time", "to", "until", "at", "of", "the", "with", "after"]
)


def clock(m: re.Match[str], ctx: Context) -> Result | None:
    if m["word"]:
        if m["word"][:1].isupper() and mid_sentence(ctx.text, m.start()):
            return None  # a name: "Jamie Noon"
        hh, mm = (0, 0) if m["word"].lower() == "midnight" else (12, 0)
        after = "after" in m.group(0).lower() or previous_word(ctx.text, m.start()) == "after"
        if hh == 0 and (m["md"] or m["when"]) and not after:  # "just after midnight on Tuesday": its start
            hh = 24  # "midnight Friday", "midnight on 31 December": the deadline at the end of that day (T24:00)
    elif m["hp"]:  # "4 in the morning", "6 in the evening"; not "3 in the morning session"
        if (
            re.match(r"\s+[a-z]", ctx.text[m.end() : m.end() + 2])
            and next_word(ctx.text, m.end()) not in CLOCK_FOLLOWERS
        ):
            return None
        dotted = "." in m.group(0)[: m.start("podc") - m.start()]
        if dotted and (
            previous_word(ctx.text, m.start()) not in TIME_PREPOSITIONS
            or PRICE_BEFORE.search(ctx.text, max(0, m.start() - 3), m.start())
            or PRICE_VERB.search(ctx.text, max(0, m.start() - 24), m.start())
        ):
            return None  # "the pound stood at $1.25 in the morning": a price, not "at 10.30 in the morning"
        hh, mm = int(m["hp"]) % 12 + (0 if m["podc"].lower() == "morning" else 12), int(m["mp"] or 0)
    elif m["h24"] or m["hz"] or m["hh"] or m["hd"]:
        hh, mm = int(m["h24"] or m["hz"] or m["hh"] or m["hd"]), int(m["m24"] or m["mz"] or m["mh"] or m["mdd"])
    else:
        if m["ampm"] and m["ampm"].startswith("O"):
            return None  # a title: "the 10 O'clock News"
        hh, mm = int(m["h"]), int(m["min"] or 0)
        ampm = (m["ampm"] or "").lower()
        if hh > 12 or mm > 59 or (hh == 0 and ampm.startswith(("a", "p"))):
            return None
        hh = hh % 12 + (12 if ampm.startswith("p") else 0)
    if m["md"]:
        md = [w for w in m["md"].split() if w.lower() not in ("of", "the")]  # "Dec. 31", "the 31st of December"
        if md[0][:1].isdigit():
            md.reverse()
        month, dd = month_number(md[0]), int("".join(ch for ch in md[1] if ch.isdigit()))
        year = m["mdy"] or (year_said(ctx, m["mrely"]) if m["mrely"] else year_near(ctx, month, dd)[0])
        if year != "XXXX" and dd > calendar.monthrange(int(year), month)[1]:
            return None  # "midnight on 31 February"
        return "TIME", f"{year}-{month:02d}-{dd:02d}T{hh:02d}:{mm:02d}", ctx.anchor is not None and not m["mdy"]
    own_day = m["when"] or m["when2"]
    if not own_day and (said := DAY_AT.search(ctx.text, max(0, m.start() - 16), m.start())) is not None:
        found = day_of(ctx, said["w"])  # "tickets go on sale tomorrow at 10am", "begins Thursday at 10am"
        if found is not None:
            on_day = fmt_at(Point(found[0], ctx.anchor.grain if ctx.anchor else "D"), "D")
            return "TIME", f"{on_day}T{hh:02d}:{mm:02d}", True
    if not own_day and (on := dated_just_before(ctx, m.start())) is not None:
        return "TIME", f"{on.isoformat()}T{hh:02d}:{mm:02d}", True  # "Saturday, 26 February 1600 GMT"
    when = m["when"] or m["when2"] or later_day(ctx.text, m.end())
    part = " ".join((m["when2"] or "").lower().split())
    small = hh == 12 or hh < 6  # "12:30", "2:30" at night: after midnight
    if m["h24"] and part == "this morning" and hh == 12:
        hh = 0  # "at 12:30 this morning"
    elif m["h24"] and part in ("tonight", "last night") and small:
        hh %= 12  # "at 12:40 last night", "at 1:30 tonight": the small hours
    elif m["h24"] and hh < 12 and part.endswith(("afternoon", "evening", "night")):
        hh += 12  # "at 7:30 this evening", "at 11:15 tonight"
    if part in ("tonight", "last night") and hh < 6:
        when = "tomorrow" if part == "tonight" else "today"  # the small hours after that night
    if when is None and (told := narrative_day(ctx, m.start(), hh * 60 + mm)) is not None:
        return "TIME", f"{told}T{hh:02d}:{mm:02d}", True  # "called at 8:43 p.m. Monday ... arrested at 11:13 p.m."
    found = day_of(ctx, when or "today")
    if found is None:
        return "TIME", f"XXXX-XX-XXT{hh:02d}:{mm:02d}", False
    day, used = found
    return "TIME", f"{fmt_at(Point(day, ctx.anchor.grain if ctx.anchor else 'D'), 'D')}T{hh:02d}:{mm:02d}", used


TIME_PREPOSITIONS = frozenset(["at", "from", "until", "till", "by", "around", "about", "before", "after", "since"])
PRICE_BEFORE = re.compile(r"[$£€¥]\s*$")
PRICE_VERB = re.compile(
    r"\b(?:traded|trading|trades|stood|closed|opened|quoted|fixed|priced|changed\s+hands)\s+at\s+$", re.I
)

NARRATIVE_REACH = 400  # characters from the last clock time with a day to a bare one that keeps its day
CLOCK_VALUE = re.compile(r"(\d{4}-\d\d-\d\d)T(\d\d):(\d\d)$")


def narrative_day(ctx: Context, start: int, minutes: int) -> str | None:
    """The day a bare clock time is told on: that of the clock time just told in its paragraph ("was called at
    8:43 p.m. Monday ... arrested at 11:13 p.m."), but not for an earlier hour, which may be the next day's,
    unless it glosses that time ("8:00 a.m. local time (0300 GMT)"); or that of a day named before it in its
    sentence ("were held on Saturday with polling stations opening at 8 am"), or in the sentence before when
    both tell of a past day ("broke into the museum Tuesday. They arrived at 5:30 a.m.")."""
    if ctx.clock is None or ctx.anchor is None:
        return None
    end, value = ctx.clock
    between = ctx.text[end:start]
    if start - end > NARRATIVE_REACH or "\n" in between:
        return None
    told = CLOCK_VALUE.match(value)
    if told is not None and GLOSS.fullmatch(between):
        return told[1]  # "8:00 a.m. local time (0300 GMT)"
    day = told[1] if told is not None else value
    written = ctx.anchor.day.isoformat()
    breaks = sum(1 for m in SENTENCE_END.finditer(between) if not abbreviation(between, m.start()))
    direction = 0 if previous_word(ctx.text, start) in ("until", "till") else ctx.direction  # "went on until 5 p.m."
    if (day < written and direction > 0) or (day > written and direction < 0):
        return None  # "Police said on Monday the man will appear in court at 10am"
    if breaks and ((day < written and direction >= 0) or (day > written and direction <= 0)):
        return None  # "The blast happened at 8 a.m. Monday. Police hold a news conference at 2 p.m."
    if told is not None:
        return day if int(told[2]) * 60 + int(told[3]) <= minutes else None
    return value if breaks == 0 or (breaks == 1 and direction < 0) else None


GLOSS = re.compile(r"\s*(?:local\s+time\s*)?\(\s*")  # "8:00 a.m. local time (0300 GMT)"
SENTENCE_END = re.compile(r"[.!?;](?=[\"”’)]?\s)")


# A day named just after a clock time, past an aside or inside it: "at 10:35 a.m. (0735 GMT) Friday",
# "at 4 in the morning (4 a.m. EDT Thursday)".
DAY_WORD = "today|yesterday|tomorrow|" + "|".join(WEEKDAYS)
# A day named just before a clock time: "tomorrow at 10am", "Thursday from 9 a.m.", "On Tuesday, at 10 p.m.".
DAY_AT = re.compile(rf"\b(?P<w>{DAY_WORD}|tonight)(?:\s+|,\s*)(?:at|from)\s+(?:around\s+|about\s+)?$", re.I)
LATER_DAY = re.compile(
    rf"(?:\s*\([^()\n]{{0,30}}\))?\s*(?:,\s*)?(?:on\s+)?(?P<w>{DAY_WORD})\b|\s*\([^()\n]{{0,30}}\b(?P<w2>{DAY_WORD})\)",
    re.I,
)


# The day of a date just before a clock time, on its line or the line above ("Saturday, 26 February\n1600 GMT").
DAY_BEFORE = re.compile(
    r"(?<!\d)(?P<d>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?\b[^\d\n]{0,12}(?:(?:19|20)\d\d\b[^\d\n]{0,3})?"
    r"(?:\r?\n){0,2}[^\d\n]{0,3}$"
)  # "03 Aug 2018, 23:50 IST" too


def dated_just_before(ctx: Context, start: int) -> dt.date | None:
    """The day in context when it was written right before a clock time ("26 February 1600 GMT")."""
    if ctx.ref is None or ctx.ref.grain != "D":
        return None
    m = DAY_BEFORE.search(ctx.text, max(0, start - 26), start)
    return ctx.ref.day if m is not None and int(m["d"]) == ctx.ref.day.day else None


def later_day(text: str, end: int) -> str | None:
    m = LATER_DAY.match(text, end)
    w = (m["w"] or m["w2"]) if m else None
    return w if w and (w[0].isupper() or w.lower() not in WEEKDAYS) else None


def on_the_nth(m: re.Match[str], ctx: Context) -> Result | None:
    d = int(m["d"])
    if ctx.anchor is None or not ctx.anchor.finer_than("M"):
        return "DATE", f"XXXX-XX-{d:02d}", False
    a = ctx.anchor.day
    month_day = a if ctx.anchor.grain == "M" or d <= a.day or ctx.direction > 0 else shift(a, "M", -1)
    return "DATE", f"{month_day.year:04d}-{month_day.month:02d}-{d:02d}", True


# "the year ended March 31" is the span of a fiscal year (TimeML: DURATION P1Y); "for the year," its date.
SPAN_CUES = frozenset(["ended", "ending", "to", "through"])


def the_unit(m: re.Match[str], ctx: Context) -> Result | None:
    after = next_word(ctx.text, m.end())
    if after in ("before", "after", "earlier", "ago", "of", "in", "when", "that"):
        return None  # counted from another date, or a plain noun ("the year of the dragon")
    unit = m["unit"].lower()
    if after in SPAN_CUES:
        return "DURATION", duration_value(1, unit), False
    if ctx.anchor is None:
        return None
    return "DATE", fmt_at(ctx.anchor, "W" if unit == "week" else "Y"), True
