"""Rules for calendar expressions: dates, months, years, decades, quarters, seasons.

Each rule takes a regex match and the ``Context`` and returns ``(type, value, used_anchor)`` or None
when the match is not a temporal expression after all ("May" the verb, "Article 1990").
"""

from __future__ import annotations

import calendar
import datetime as dt
import functools
import re

from .anchor import Point, fmt, month_year, shift
from .context import Context, mid_sentence, month_number, next_word, number, previous_word
from .lexicon import COUNT_NOUNS, DAY_ORDINALS, LABEL_WORDS, MONTHS, NUMBER_WORDS, SEASONS
from .patterns import ANY_MONTH, FULL_DATE, YEAR4

Result = tuple[str, str, bool]
# Words before a bare "May" that make it the month, not the modal verb ("in May", "since May").
MAY_CUES = frozenset(
    [
        "in",
        "since",
        "until",
        "till",
        "by",
        "from",
        "to",
        "through",
        "during",
        "of",
        "early",
        "late",
        "mid",
        "last",
        "this",
        "next",
        "before",
        "after",
        "between",
        "and",
        "or",
        "around",
        "until",
    ]
)
# Words before a month that keep it a month even when a capitalised word follows ("in June Trump spoke").
NAME_CUES = MAY_CUES - {"and", "or", "to"}
MARCH_VERB = ("on", "to", "through", "against", "in")  # "Protesters March on Capitol": the verb
EARLIEST_BARE_YEAR = 1600  # a bare four-digit number below this is a count or a label, unless a cue says year
YEAR_CUES = frozenset(
    [
        "in",
        "since",
        "from",
        "by",
        "until",
        "till",
        "year",
        "years",
        "the",
        "of",
        "around",
        "between",
        "to",
        "and",
        "early",
        "late",
        "mid",
    ]
)
SEASON_MONTH = {"SP": 4, "SU": 7, "FA": 10, "WI": 1}
SEASON_END = {"SP": 5, "SU": 8, "FA": 11}  # the last month of each (winter spans the turn of the year)


def capitalised(word: str | None) -> bool:
    return bool(word) and word[0].isupper()  # type: ignore[index]


def lower_date(m: re.Match[str]) -> bool:
    """A month in lower case before its day's figures ("polling: march 27, april 1"): a date, unless the word is
    "may", "march" or "august" before a count ("they march 27 miles", "its august 19 fellows"), which needs a year
    or a list to show it."""
    word = m["mon"].lower().rstrip(".")
    if word in MONTH_WORDS:
        return True
    if word not in ("may", "march", "august"):
        return False
    return bool(m["year"]) or LISTED_AFTER.match(m.string, m.end()) is not None


MONTH_WORDS = frozenset(MONTHS) - {"may", "march", "august"}  # never a verb or an adjective before a number
LISTED_AFTER = re.compile(rf"\s*,\s*{ANY_MONTH}\s+\d", re.I)  # "march 27, April 1": a list of dates


TENSE_REACH_DAYS = 300  # tense moves a partial date to the other side of the anchor only within this reach


def year_near(ctx: Context, month: int, day: int = 1) -> tuple[str, bool]:
    """The year of a month (and day) named without one; XXXX when nothing anchors it.

    The occurrence nearest the anchor ("payable Jan. 2" in a November article is next January), unless
    the clause's tense points the other way and the occurrence on that side is within a year ("the year
    ended March 31" in a November article is the past March): HeidelTime's tense rule, bounded.
    """
    if ctx.anchor is None:
        return "XXXX", False
    a = ctx.anchor.day
    if ctx.anchor.grain in ("Y", "CE", "DE"):
        return f"{a.year:04d}", True
    reach = TENSE_REACH_DAYS
    if (month, day) == (2, 29):  # a leap day: the nearest year that has one, on the tense's side within four
        years = range(max(dt.MINYEAR, a.year - 4), min(dt.MAXYEAR, a.year + 4) + 1)
        options = [dt.date(y, 2, 29) for y in years if calendar.isleap(y)]
        reach = 4 * 366
    else:
        day = valid_day(month, day)  # "Sept. 31": the caller rejects the day; the year is still the nearest
        options = [dt.date(y, month, day) for y in (a.year - 1, a.year, a.year + 1) if dt.MINYEAR <= y <= dt.MAXYEAR]
    best = min(options, key=lambda d: (abs((d - a).days), d > a))
    if ctx.direction < 0 and best > a and any(d <= a for d in options):
        side = max(d for d in options if d <= a)
        best = side if (a - side).days <= reach else best
    elif ctx.direction > 0 and best < a and any(d >= a for d in options):
        side = min(d for d in options if d >= a)
        best = side if (side - a).days <= reach else best
    return f"{best.year:04d}", True


# "last Oct. 23" is the past one, "next May 4" the coming one, whatever the clause's tense.
REL_DIRECTION = {"last": -1, "past": -1, "next": 1, "coming": 1}


def rel_word(m: re.Match[str]) -> str:
    return (m["rel"] or "").lower().split()[-1] if m["rel"] else ""


def side_of(ctx: Context, month: int, day: int, side: int) -> tuple[str, bool]:
    """The year of the nearest such day strictly on one side of the anchor; ``year_near`` without a side."""
    if side == 0 or ctx.anchor is None or ctx.anchor.grain != "D":
        return year_near(ctx, month, day)
    a = ctx.anchor.day
    day = valid_day(month, day)  # no such day ("Feb. 30"): full_date rejects it
    years = [y for y in (a.year - 1, a.year, a.year + 1) if (dt.date(y, month, day) - a).days * side > 0]
    return f"{(max(years) if side < 0 else min(years)):04d}", True


def valid_day(month: int, day: int) -> int:
    """``day`` brought into the days every year's ``month`` has (1 to 28, 30 or 31)."""
    return max(1, min(day, 28 if month == 2 else calendar.monthrange(2001, month)[1]))


# What follows "September 11" when it names the 2001 attacks rather than a day of the current year.
SEPTEMBER_11_AFTER = re.compile(
    # "the 11 September World Trade Centre attack", not "On 11 September Tony Blair attacks"
    r"(?:\s+(?:World\s+Trade\s+Cent(?:re|er)|New\s+York|US|U\.S\.|al-Qaeda|terrorist))?"
    r"\s+(?i:attacks?|terror\w*|hijack\w*|commission|victims|anniversary|strikes|bombings|atrocit\w+)\b"
)


def full_date(m: re.Match[str], ctx: Context) -> Result | None:
    mon_word = m["mon"] or m["mon2"] or m["mon3"]
    if not capitalised(mon_word) and not (m["mon"] and m["day"] and m["day"][0].isdigit() and lower_date(m)):
        return None
    month = month_number(mon_word)
    day = day_number(m["day"] or m["day2"] or m["day3"])
    shared = LISTED_YEAR.match(ctx.text, m.end()) if not m["year"] else None
    after_attacks = SEPTEMBER_11_AFTER.match(ctx.text, m.end()) is not None
    strikes = "strikes" in ctx.text[m.end() : m.end() + 9]  # "On September 11 strikes closed the port"
    named = previous_word(ctx.text, m.start()) == "the" or not strikes
    if not m["year"] and (month, day) == (9, 11) and not m["rel"] and after_attacks and named:
        return "DATE", "2001-09-11", False  # "the September 11 attacks": the event, as news names it
    if m["year"]:
        year, used = m["year"], False
    elif m["rely"]:
        year, used = year_said(ctx, m["rely"]), True  # "on 23 October last year"
    elif shared is not None:
        year, used = shared["year"], False  # "April 24-25, 2019": the year after the list
    elif not m["rel"] and (later := YEAR_AFTER.match(ctx.text, m.end())) is not None:
        year, used = later["y"], False  # "on Nov. 30 in 2016": the year said after it
    elif not m["rel"] and ctx.direction < 0 and (fronted := fronted_year(ctx, m.start())) is not None:
        year, used = fronted, False  # "In 2015, the election was shifted from February 14 to March 28th"
    elif not m["rel"] and ctx.direction == 0 and (event := event_year(ctx, m.start())) is not None:
        year, used = event, False  # "The 2018 tour offers shows July 3-4 ...": the dates of that year's event
    else:
        year, used = side_of(ctx, month, day, REL_DIRECTION.get(rel_word(m), 0))
    if day > (calendar.monthrange(int(year), month)[1] if year != "XXXX" else 31):
        return None
    return "DATE", f"{year}-{month:02d}-{day:02d}", used


YEAR_STEP = {"last": -1, "this": 0, "next": 1}


def year_said(ctx: Context, rel: str) -> str:
    """The year of "last/this/next year" after a day: the anchor's, stepped."""
    year = None if ctx.anchor is None else ctx.anchor.day.year + YEAR_STEP[rel.lower()]
    return "XXXX" if year is None or not dt.MINYEAR <= year <= dt.MAXYEAR else f"{year:04d}"


YEAR_AFTER = re.compile(
    r",?\s+(?:in|of)\s+(?P<y>(?:1[6-9]|20)\d\d)\b(?![-/.,]\d)"
    r"(?=\s*(?:[,.;:!?)]|$)|\s+(?:and|but|when|as|after|before|while|which|that|the|to|at|in|on|was|were|is|are|had"
    r"|has|he|she|they|it|we|i)\b)"  # "on Nov. 30 in 2016, ..."; not "on March 3 in 2000 homes"
)

# A sentence that opens with its year ("In 2015, the election was shifted from February 14 ..."): the days and
# months it names without a year are of that year, but not the day a statement about it was made on.
FRONTED_YEAR = re.compile(
    r"(?:^|[.!?][\"”’)]?\s+|\n)(?:In|Back\s+in)\s+(?:(?:early|late|mid)[-\s]+)?(?P<y>(?:1[6-9]|20)\d\d),?\s"
    r"(?:(?!\b(?:1[6-9]|20)\d\d\b|\b(?:this|last|next)\s+year\b|,\s+(?:and|but)\s)[^.!?;\n])*$"
)
SPEECH_BEFORE = re.compile(
    r"\b(?:said|says|told|announced|reported|stated|added|released|published|issued)\W+(?:\w+\W+){0,2}$", re.I
)


# An event named with its year earlier in the sentence: a listing's dates without a year are that event's.
EVENT_YEAR = re.compile(
    r"\b(?P<y>(?:19|20)\d\d)\s+(?:[A-Za-z]+\s+)?(?:tour|season|festival|edition|tournament|championships?|games"
    r"|conference|summit|schedule|calendar|series|olympics|programme|program|fixtures|concerts)\b[^.!?\n]*$",
    re.I,
)


def event_year(ctx: Context, start: int) -> str | None:
    m = EVENT_YEAR.search(ctx.text, max(0, start - 200), start)
    return m["y"] if m else None


def fronted_year(ctx: Context, start: int) -> str | None:
    m = FRONTED_YEAR.search(ctx.text, max(0, start - 250), start)
    if m is None or SPEECH_BEFORE.search(ctx.text, max(0, start - 40), start):
        return None
    return m["y"]


def week_of(m: re.Match[str], ctx: Context) -> Result | None:
    """ "the week of March 6": the ISO week (YYYY-Www) of the day named."""
    day = FULL_DATE.match(ctx.text, m.start("date"))
    found = full_date(day, ctx) if day is not None else None
    if found is None or found[1].startswith("X"):
        return None
    iso = dt.date.fromisoformat(found[1]).isocalendar()
    return "DATE", f"{iso.year}-W{iso.week:02d}", found[2]


def day_number(word: str) -> int:
    """A day of the month in digits ("8th") or words ("eighth", "twenty-first")."""
    digits = re.sub(r"\D", "", word)
    return int(digits) if digits else DAY_ORDINALS[" ".join(word.lower().split())]


RANGE_YEAR = re.compile(
    rf"\s*(?P<link>to|and|or|through|until|till|[-–])\s*(?:(?:early|late|mid)[-\s]*)?(?P<mon>{ANY_MONTH})\s*(?:,\s*)?"
    rf"(?P<year>{YEAR4})\b",
    re.I,
)
RANGE_MONTH = re.compile(rf"\s*(?:to|through|until|till|[-–])\s*(?P<mon>{ANY_MONTH})(?!\w)(?!\s*(?:,\s*)?\d)", re.I)
LISTED_YEAR = re.compile(rf"\s*(?:and|or|to|[-–])\s*\d{{1,2}}(?:st|nd|rd|th)?,?\s*(?P<year>{YEAR4})\b", re.I)
LISTED_BEFORE = re.compile(rf"(?P<mon>{ANY_MONTH})\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s*(?:and|or|to|[-–])\s*$", re.I)


COUNTED_WORD = re.compile(r"[ \t]+(?:million|billion|thousand|hundred|dozen|per\b|points?\b|([a-z]{3,}s)\b)")
NOT_PLURAL = frozenset(["was", "has", "this", "thus", "its", "his", "hers", "ours", "yours", "theirs", "afterwards"])


def counts(text: str, end: int) -> bool:
    """Whether a number is a count: a quantity word or a plural noun follows ("10 million", "16 members")."""
    m = COUNTED_WORD.match(text, end)
    if m is None:
        return next_word(text, end) in COUNT_NOUNS and text[end : end + 1] in " \t"  # "two thousand people"
    return m.group(1) is None or m.group(1) not in NOT_PLURAL


LIST_TAIL = re.compile(
    r"(?:\s*(?:,|[-–]|and|or|to|through)\s*(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?\b)*?"
    r"\s*(?:,\s*(?:and\s+)?|[-–]|\band\b|\bor\b|\bto\b|\bthrough\b)\s*"
    rf"(?=(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?\s+(?:of\s+)?{ANY_MONTH}(?!\w))",
    re.I,
)


def leading_day(m: re.Match[str], ctx: Context) -> Result | None:
    """The first days of a day-first list or range, "14, 20 and 27 April", "from 6 to 9 January": the month
    and year of the date that closes the list, an earlier day only."""
    tail = LIST_TAIL.match(ctx.text, m.end())
    closing = FULL_DATE.match(ctx.text, tail.end()) if tail is not None else None
    if closing is None or not closing["day2"] or previous_word(ctx.text, m.start()) in LABEL_WORDS:
        return None
    found = full_date(closing, ctx)
    day = int(m["d"])
    if found is None or found[1].startswith("X") or day >= int(found[1][8:10]):
        return None
    return "DATE", f"{found[1][:8]}{day:02d}", found[2]


def listed_day(m: re.Match[str], ctx: Context) -> Result | None:
    """The second day of "April 24 and 25": the month (and year) of the day before it, a later day only."""
    before = LISTED_BEFORE.search(ctx.text, max(0, m.start() - 24), m.start())
    if before is None or not capitalised(before["mon"]):
        return None
    month, first, day = month_number(before["mon"]), int(before["day"]), int(m["d"])
    if not 1 <= first < day <= 31 or counts(ctx.text, m.end()):
        return None
    if m["year"]:
        year, used = m["year"], False
    elif ctx.ref is not None and ctx.ref.grain == "D" and ctx.ref.day.month == month:
        year, used = f"{ctx.ref.day.year:04d}", ctx.anchor is not None
    else:
        year, used = side_of(ctx, month, first, 0)
    if day > (calendar.monthrange(int(year), month)[1] if year != "XXXX" else 31):
        return None
    return "DATE", f"{year}-{month:02d}-{day:02d}", used


def numeric_date(m: re.Match[str], ctx: Context) -> Result | None:
    """ISO "2025-10-17" and "2025/10/17"; US "10/17/2025" (day first when the first number cannot be a
    month: "17/10/2025"); European "17.10.2025"."""
    if m["y"]:
        y, mo, d = m["y"], m["m"], m["d"]
    elif m["y2"]:
        y, mo, d = m["y2"], m["m2"], m["d2"]
        if int(mo) > 12 >= int(d):
            mo, d = d, mo
    else:
        y, mo, d = m["y3"], m["m3"], m["d3"]
        if previous_word(ctx.text, m.start()) in LABEL_WORDS:
            return None  # "version 1.2.2025"
    try:
        day = dt.date(int(y), int(mo), int(d)).isoformat()
    except ValueError:
        return None
    if m["th"]:
        return "TIME", f"{day}T{m['th']}:{m['tm']}", False  # "2010-10-09T23:53:44": a timestamp
    return "DATE", day, False


# A person called May: a title or a first name before it ("Mrs May", "Theresa May"), not a word that makes it
# the month ("In May", "Early May", "Last May").
PERSON_MAY = re.compile(
    r"\b(?:(?:Mrs|Ms|Mr|Miss|Dr|PM)\.?|(?!(?:In|On|Since|By|Until|Till|Early|Late|Mid|Last|Next|This|That|Of|From"
    r"|Through|During|Before|After|Each|Every|And|Or|The|For|To|At)\b)[A-Z][a-z]+)\s+May\b(?!\s+\d)"
)


@functools.lru_cache(maxsize=8)
def may_is_named(text: str) -> bool:
    """Whether a text names a person called May ("Theresa May", "Mrs May")."""
    return PERSON_MAY.search(text) is not None


def agent_by(text: str, start: int) -> bool:
    """Whether the "by" before ``start`` follows a passive participle ("was shelved by", "was backed by")."""
    words = re.findall(r"[A-Za-z']+", text[max(0, start - 30) : start])
    return len(words) >= 2 and words[-1].lower() == "by" and words[-2].lower().endswith(("ed", "en"))


def month_name(m: re.Match[str], ctx: Context) -> Result | None:
    word = m["mon"]
    if not capitalised(word):
        return None
    month = month_number(word)
    bare = not (m["year"] or m["rel"] or m["mod"] or m["rely"] or m["agoy"])
    if bare and word.lower() == "may" and previous_word(ctx.text, m.start()) not in MAY_CUES:
        return None
    before = previous_word(ctx.text, m.start())
    if (
        bare
        and word.lower() == "may"
        and before == "by"
        and ctx.direction < 0
        and may_is_named(ctx.text)
        and agent_by(ctx.text, m.start())
    ):
        return None  # "the deal was shelved by May" about Theresa May: the agent; not "must be passed by May"
    if bare and word.lower() == "march" and before not in MAY_CUES and next_word(ctx.text, m.end()) in MARCH_VERB:
        return None
    if bare and before in ("the", "a", "annual") and next_word(ctx.text, m.end()) in ("for", "of", "on"):
        return None  # an event: "the annual March for Life"
    if bare and before not in NAME_CUES and re.match(r" [A-Z][a-z]", ctx.text[m.end() : m.end() + 3]):
        return None  # a first name: "April Ryan asked", "June Carter sang"
    if m["year"]:
        return "DATE", f"{year_of(m['year'])}-{month:02d}", False
    if bare and (shared := RANGE_YEAR.match(ctx.text, m.end())) and capitalised(shared["mon"]):
        # "December to February 2024" starts the year before; "December and February 2024" is a list
        wraps = month > month_number(shared["mon"]) and shared["link"].lower() not in ("and", "or")
        return "DATE", f"{int(shared['year']) - wraps:04d}-{month:02d}", False  # "from March to May 2024"
    if ctx.anchor is None:
        return "DATE", f"XXXX-{month:02d}", False
    if bare and (to := RANGE_MONTH.match(ctx.text, m.end())) and capitalised(to["mon"]):
        end = month_number(to["mon"])  # "the July to September period": the year of its end, less a wrap
        return "DATE", f"{int(year_near(ctx, end, 15)[0]) - (month > end):04d}-{month:02d}", True
    a = ctx.anchor.day
    rel = (m["rel"] or m["rely"] or "").lower()
    if m["rely"] and rel.split()[-1] in ("that", "same") and ctx.ref is not None:
        year = ctx.ref.day.year  # "Glastonbury 2008 ... in February of that year", "in May the same year"
    elif m["rely"]:
        year = a.year + YEAR_STEP.get(rel, 0)
    elif m["agoy"]:
        year = a.year - int(number(m["agoy"]) or 1)  # "in June two years ago"
    elif rel in ("last", "past"):
        year = a.year if month < a.month else a.year - 1
    elif rel in ("next", "coming"):
        year = a.year if month > a.month else a.year + 1
    elif rel == "this":
        year = a.year
    else:
        year = int(year_near(ctx, month, 15)[0])
    return "DATE", f"{year:04d}-{month:02d}", True


PHONE_GROUP = re.compile(r"[ \t]\d{3,4}[ \t-]\d{3,4}\b")


def year(m: re.Match[str], ctx: Context) -> Result | None:
    value = int(m["year"])
    before = previous_word(ctx.text, m.start())
    if not m["mod"]:
        if before in LABEL_WORDS or next_word(ctx.text, m.end()) in COUNT_NOUNS:
            return None
        if value < EARLIEST_BARE_YEAR and before not in YEAR_CUES:
            return None
        if ctx.text[m.end() : m.end() + 1] == "-" and ctx.text[m.end() + 1 : m.end() + 2].isalpha():
            return None  # "2000-strong", a compound adjective of a count
        if (slash := re.match(r"/(\d\d)\b", ctx.text[m.end() : m.end() + 4])) and not year_range(value, int(slash[1])):
            return None  # "Act 2016/05": a number, not the range "2009/10"
        if PHONE_GROUP.match(ctx.text, m.end()):
            return None  # "call 1800 666 111": a telephone number's first group
        if product_name(ctx.text, m.start()):
            return None  # "Windows 2000", "the iPhone 2000": a name's number
    return "DATE", m["year"], False


def year_range(first: int, yy: int) -> int | None:
    """The second year of "2018-19" / "1990-95": the next year, or a later one in the same century within 30."""
    value = first // 100 * 100 + yy + (100 if yy < first % 100 else 0)
    if value == first + 1 or (first >= 1900 and first < value <= first + 30 and yy > first % 100):
        return value
    return None


def year_tail(m: re.Match[str], ctx: Context) -> Result | None:
    """The second year of "2018-19" (a season or a financial year) or "1990-95": the first year's century.

    A tail that is the next year is a range in news ("the 2010-11 budget"), not a month in ISO form; any
    other tail must come later in the same century and the first year must be modern ("1500-20 people" is
    a count)."""
    value = year_range(int(m["first"]), int(m["yy"]))
    if value is None:
        return None
    if next_word(ctx.text, m.end()) in COUNT_NOUNS or previous_word(ctx.text, m.start("first")) in LABEL_WORDS:
        return None
    return "DATE", f"{value:04d}", False


# Heads of names that carry a number like a year: software, tournaments, shows and games ("Windows 2000",
# "Euro 2004", "Expo 2010", "FIFA 2005", "Film 2005"). A name in camel case ("iPhone 2000") is one too.
NUMBERED_NAMES = frozenset(
    ["windows", "office", "euro", "expo", "fifa", "film", "manager", "live", "edition", "version", "model",
     "vision", "xbox", "playstation", "photoshop", "server", "studio", "pro"]
)  # fmt: skip


def product_name(text: str, start: int) -> bool:
    """Whether a year is the number of a name written right before it: "Windows 2000", "the iPhone 2000"."""
    m = re.search(r"(\S+)[ \t]+([A-Z][\w-]*|[a-z]+[A-Z][\w-]*)[ \t]+$", text[max(0, start - 40) : start])
    if m is None:
        return False
    word = m.group(2)
    return word.lower() in NUMBERED_NAMES or bool(re.fullmatch(r"[a-z]+[A-Z]\w*", word))


def decade(m: re.Match[str], ctx: Context) -> Result | None:
    if m["dec"]:
        return "DATE", m["dec"], False
    if m["listed"]:  # "the 1940s and 50s": the century of the decade before it
        before = re.search(r"(\d\d)\d0s\D{1,6}$", ctx.text[max(0, m.start() - 12) : m.start()])
        if before is None:
            return None
        century = int(before.group(1)) + (int(m["listed"]) < int(before.group(0)[2]))  # "the 1990s and 00s"
        return "DATE", f"{century}{m['listed']}", False
    d = int(m["short"] or m["bare"])
    now = ctx.anchor.day.year if ctx.anchor else 2000
    return "DATE", f"20{d}" if 2000 + 10 * d <= now else f"19{d}", False


def spoken_decade(m: re.Match[str], ctx: Context) -> Result | None:
    """ "the nineties": the decade of the century the anchor is in, or the last century's when that is ahead."""
    tens = NUMBER_WORDS[m["t"].lower().replace("ies", "y")]
    now = ctx.anchor.day.year if ctx.anchor else 2000
    century = now // 100 if (now // 100) * 100 + tens <= now else now // 100 - 1
    return "DATE", f"{century:02d}{tens // 10}", False


def century(m: re.Match[str], ctx: Context) -> Result | None:
    if "Century" in m.group(0) and re.match(r"\s+[A-Z]", ctx.text[m.end() : m.end() + 2]):
        return None  # a name: "20th Century Fox", "21st Century Media"; not "19th century Paraguay"
    n = int(m["n"])
    return ("DATE", f"{n - 1:02d}", False) if 1 <= n <= 21 else None


def year_of(text: str) -> str:
    """A year in digits ("1997") or words ("nineteen ninety-seven") as four digits."""
    if text.isdigit():
        return text
    words = " ".join(text.lower().replace("-", " ").split()).split()
    if words[:2] == ["two", "thousand"]:
        return f"{2000 + NUMBER_WORDS.get(words[-1], 0) * (len(words) > 2):04d}"
    rest = [w for w in words[1:] if w not in ("hundred", "and")]
    return f"19{sum(NUMBER_WORDS[w] for w in rest):02d}"


def spoken_year(m: re.Match[str], ctx: Context) -> Result | None:
    if next_word(ctx.text, m.end()) in ("year", "years") or counts(ctx.text, m.end()):
        return None  # "two thousand years", "two thousand troops": a count
    if m["k"]:
        return "DATE", f"{2000 + NUMBER_WORDS.get((m['o2'] or '').lower(), 0):04d}", False
    tens = NUMBER_WORDS[m["t"].lower()]
    ones = NUMBER_WORDS.get((m["o"] or "").lower(), 0)
    return "DATE", f"19{tens + ones:02d}", False


QUARTER_ADJ_OFFSET = {"latest": 0, "current": 0, "same": 0, "this": 0, "previous": -1, "last": -1, "next": 1}
ORDINAL = {"first": 1, "second": 2, "third": 3, "fourth": 4, "final": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4}


QUARTERLY = re.compile(r"\bquarter(?:ly)?\b", re.I)  # a text reporting quarterly results


# Words (and sums of money) a report on money or the economy uses and a match report hardly does.
FINANCIAL = re.compile(
    r"\b(?:profits?|earnings|revenues?|sales|turnover|GDP|economy|economic|fiscal|financial|quarterly|inflation"
    r"|dividends?|investors?|income|assets|deposits|loans|analysts|shareholders)\b|[$£€¥]\s?\d",
    re.I,
)


# Words of a game near "the fourth quarter": a period of play, not of the year.
GAME = re.compile(
    r"\b(?:touchdowns?|quarterback|field\s+goal|interceptions?|fumbled?|of\s+(?:the\s+)?(?:game|match)"
    r"|(?:game|match)['’]s|\d{1,2}-\d{1,2}\s+(?:win|loss|defeat|victory|lead|home|road))\b|\d+[-\s]yards?\b",
    re.I,
)


@functools.lru_cache(maxsize=8)
def financial(text: str) -> bool:
    """Whether a text reports money or the economy, where "the fourth quarter" is a quarter of a year."""
    return FINANCIAL.search(text) is not None


@functools.lru_cache(maxsize=8)
def reports_quarters(text: str) -> bool:
    """Whether a text speaks of quarters (cached: a body is asked once per "period" in it)."""
    return QUARTERLY.search(text) is not None


OF_THE_THING = re.compile(r"\s+of\s+the\s+(?!year|fiscal|financial|calendar)")


def explicit_year(m: re.Match[str]) -> bool:
    return bool(m["qy"] or m["qy2"] or m["qy3"] or m["qy4"] or m["qrel"] or m["qrel2"])


def quarter(m: re.Match[str], ctx: Context) -> Result | None:
    text = m.group(0)
    if m["qn"] or m["qn2"]:
        y = m["qy3"] or m["qy4"] or (fmt(ctx.anchor.day, "Y") if ctx.anchor else "XXXX")
        return "DATE", f"{y}-Q{m['qn'] or m['qn2']}", not (m["qy3"] or m["qy4"])
    if text.lower().endswith("quarters"):
        return None
    if not explicit_year(m) and OF_THE_THING.match(ctx.text, m.end()):
        return None  # "the same quarter of the draw", "a quarter of the vote"
    adj = (m["adj"] or "").lower()
    explicit = m["qy"] or m["qy2"]
    if adj == "last" and (m["qy2"] or m["qrel2"] or m["qof"]):
        adj = "final"  # "the last quarter of 2004": its fourth, not the one before today's
    if m["per"] and (adj in ORDINAL or not (adj or explicit or m["ago"]) or not reports_quarters(ctx.text)):
        return None  # "the latest period" is a quarter only in a text reporting quarters
    if not (adj or explicit or text.lower().startswith("the")):
        return None
    if not adj and not explicit and next_word(ctx.text, m.end()) == "of":
        return None  # "the quarter of a million"
    if adj in ORDINAL and not (explicit or m["fis"] or m["qrel"] or m["qrel2"]) and not financial(ctx.text):
        return None  # "the final quarter" of a match: a quarter of a year only where money is reported
    if adj in ORDINAL and not (explicit or m["fis"]) and GAME.search(ctx.text, max(0, m.start() - 120), m.end() + 80):
        return None  # "hurt in the first quarter of Miami's 35-0 loss", in a story that also quotes a contract's $112m
    if adj in ORDINAL:
        return ordinal_quarter(m, ctx, ORDINAL[adj], explicit)
    if explicit and ctx.quarter is not None:
        return "DATE", f"{explicit}-{fmt(ctx.quarter.day, 'Q')[5:]}", False  # "the 1988 quarter"
    if explicit:
        return "DATE", explicit, False  # "the 1988 period" with no quarter in context: the year
    # "the quarter ended Sept. 30": its calendar quarter, unless a quarter named in context (maybe a fiscal
    # one: "its first quarter ended Sept. 30") already says which
    ended = ended_quarter(ctx, m.end()) if ctx.quarter is None and (not adj or adj in ("latest", "same")) else None
    if ended is not None:
        return "DATE", ended, False
    if adj in ANCHOR_QUARTER_ADJ and ctx.anchor is not None:
        return "DATE", fmt(shift(ctx.anchor.day, "Q", QUARTER_ADJ_OFFSET[adj]), "Q"), True  # counts from today
    before = 0 if adj == "this" else -1  # "this quarter" with none in context is today's
    base = ctx.quarter or (Point(shift(ctx.anchor.day, "Q", before), "Q") if ctx.anchor else None)
    if base is None:
        return "DATE", "XXXX-QX", False
    if adj in ("year-ago", "year-earlier") or m["ago"] or m["ago2"]:
        return "DATE", fmt(shift(base.day, "Y", -1), "Q"), True
    return "DATE", fmt(shift(base.day, "Q", QUARTER_ADJ_OFFSET.get(adj, 0)), "Q"), True


# "the current quarter", "next quarter", "last quarter" count from the publication date; "the latest quarter" and "this
# quarter" are the one in context (the one just reported), else the one before (for "this": of) today's.
ANCHOR_QUARTER_ADJ = frozenset(["current", "next", "last"])
QUARTER_END = re.compile(
    r"\s*(?:,\s*)?(?:which\s+|that\s+)?(?:ended|ending|ends|that\s+ended|through)\s+(?:on\s+)?"
    rf"(?P<mon>{ANY_MONTH})\s+(?P<d>\d{{1,2}})(?:\s*,\s*(?P<y>\d{{4}}))?",
    re.I,
)
QUARTER_DAYS = 91


def ended_quarter(ctx: Context, end: int) -> str | None:
    """The calendar quarter a period "ended Sept. 30" covers most of: the one holding its midpoint.

    The end date without a year is the occurrence the tense and the publication date point to.
    """
    m = QUARTER_END.match(ctx.text, end)
    if m is None:
        return None
    month, day = month_number(m["mon"]), int(m["d"])
    year = m["y"] or year_near(ctx, month, day)[0]
    try:
        last = dt.date(int(year), month, day)
    except ValueError:  # "ended June 31", or no anchor to give the year
        return None
    return fmt(last - dt.timedelta(days=QUARTER_DAYS // 2), "Q")


def ordinal_quarter(m: re.Match[str], ctx: Context, n: int, explicit: str | None) -> Result:
    if explicit:
        return "DATE", f"{explicit}-Q{n}", False
    if ctx.anchor is None:
        return "DATE", f"XXXX-Q{n}", False
    a = ctx.anchor.day
    rel = (m["qrel"] or m["qrel2"] or "").lower()
    y = a.year + YEAR_STEP.get(rel, 0)
    if not rel and ctx.direction < 0 and 3 * n - 2 > a.month:
        y -= 1
    if m["ago"]:
        y -= 1  # "the year-ago third quarter"
    return "DATE", f"{y:04d}-Q{n}", True


def half(m: re.Match[str], ctx: Context) -> Result | None:
    first = (m["h"] or m["hq"] or m["hm"] or "").lower() == "first"
    h = f"H{m['hn']}" if m["hn"] else "H1" if first else "H2"
    if m["hm"] and m["mn"] in ("three", "3"):
        h = "Q1" if first else "Q4"  # "the first three months of 2005", "the last three months of the year"
    if (m["hq"] or m["hm"]) and not (m["y"] or m["rel"]):
        return None  # "the first two quarters of trading", "the first six months of his term": a duration
    if m["y"] or m["y2"] or m["y3"]:
        return "DATE", f"{m['y'] or m['y2'] or m['y3']}-{h}", False  # "the first half of 2024", "H1 2025"
    if not m["rel"] or ctx.anchor is None:
        return None
    y = ctx.anchor.day.year + YEAR_STEP.get(m["rel"].lower(), 0)
    starts = {"H1": 1, "H2": 7, "Q1": 1, "Q4": 10}[h]
    if m["rel"].lower() == "the" and ctx.direction < 0 and starts > ctx.anchor.day.month:
        y -= 1  # "in the last three months of the year they fell", said in February: last year's
    return "DATE", f"{y:04d}-{h}", True


FALL_VERB_FOLLOWERS = frozenset(
    ["in", "out", "from", "to", "of", "was", "is", "has", "had", "came", "comes", "since", "reflects", "reflected",
     "follows", "followed", "means", "meant", "marks", "marked", "left", "leaves", "took", "takes", "wiped", "puts"]
)  # fmt: skip


# A season without "the"/"this" is a time after a preposition of time and before punctuation or a word that
# starts a clause or phrase: "in spring, prices rise", "by autumn the work"; not "in spring water".
SEASON_PREPOSITIONS = frozenset(["in", "by", "until", "till", "over", "during", "since", "through", "throughout"])
SEASON_FOLLOWERS = frozenset(
    ["and", "or", "when", "as", "to", "before", "after", "the", "a", "this", "it", "he", "she", "they", "we", "there",
     "is", "was", "will", "next", "last", "at", "with", "for", "but", "i", "you", "his", "her", "their", "its"]
)  # fmt: skip


def bare_season(m: re.Match[str], ctx: Context) -> bool:
    if m["s"][0].isupper() and mid_sentence(ctx.text, m.start()):
        return False  # a name: "Prague Spring", "Arab Spring"
    if previous_word(ctx.text, m.start()) not in SEASON_PREPOSITIONS:
        return False
    noun_next = re.match(r"\s+[a-z]", ctx.text[m.end() : m.end() + 2]) is not None
    return not noun_next or next_word(ctx.text, m.end()) in SEASON_FOLLOWERS


NAME_AFTER = re.compile(r"(?:['’]s)?[ \t]+[A-Z][a-z]")


def season(m: re.Match[str], ctx: Context) -> Result | None:
    code = SEASONS[m["s"].lower()]
    det = (m["det"] or "").lower()
    if m["year"]:
        return "DATE", f"{year_of(m['year'])}-{code}", False
    if m["rely"] and det in ("", "the") and ctx.anchor is not None:
        y = ctx.anchor.day.year + YEAR_STEP.get(m["rely"].lower(), 0)
        return "DATE", f"{y:04d}-{code}", True  # "spring next year"
    if not (det or m["mod"] or bare_season(m, ctx)) or (det == "the" and next_word(ctx.text, m.end()) == "of"):
        return None
    named = det == "the" or (not det and mid_sentence(ctx.text, m.start()))
    if m["s"][0].isupper() and NAME_AFTER.match(ctx.text, m.end()) and named:
        return None  # a name: "the Summer Olympics", "Last of the Summer Wine", "The Winter's Tale"
    if m["s"].lower() == "fall" and det in ("the", "") and next_word(ctx.text, m.end()) in FALL_VERB_FOLLOWERS:
        return None  # "the fall in exports", "the fall out": a drop, not autumn
    if ctx.anchor is None:
        return "DATE", f"XXXX-{code}", False
    a, month = ctx.anchor.day, SEASON_MONTH[code]
    if det in ("last", "past"):
        # the latest one that is over: "last summer" said in mid-August is the summer before
        y = a.year if SEASON_END.get(code, month) < a.month else a.year - 1
    elif det in ("next", "coming"):
        y = a.year if month > a.month else a.year + 1
    elif det == "this":
        y = a.year  # "this summer" said in March is the coming one, said in September the one just past
    else:
        y = month_year(a, month, ctx.direction)
    return "DATE", f"{y:04d}-{code}", True
