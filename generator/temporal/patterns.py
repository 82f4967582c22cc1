"""Regular expressions that find candidate temporal expressions, built from the lexicon.

Each pattern names its parts (groups) so a rule in ``rules.py`` can read them; all are case-insensitive
and the rules check capitals where a word is also an ordinary word ("May", "March", "fall").
"""

from __future__ import annotations

import re

from .lexicon import (
    APPROXIMATORS,
    DAY_ORDINALS,
    MONTH_ABBREVIATIONS,
    MONTHS,
    NUMBER_WORDS,
    SEASONS,
    VAGUE_NUMBERS,
    WEEKDAYS,
)


def alt(words: object) -> str:
    """A regex alternation of words, longest first so the longest wins; spaces match any whitespace."""
    items = sorted((str(w) for w in words), key=lambda w: (-len(w), w))  # type: ignore[attr-defined]
    return "(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in items) + ")"


TENS = "(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
ONES = "(?:one|two|three|four|five|six|seven|eight|nine)"
# A year said in words ("nineteen ninety-seven"), as broadcast transcripts write it after a month or season.
# Not "June two thousand troops": a plural after "two thousand" makes it a count.
SPOKEN = (
    rf"(?:nineteen\s+(?:hundred\s+(?:and\s+)?)?{TENS}(?:[-\s]{ONES})?"
    rf"|two\s+thousand(?:\s+and\s+{ONES})?\b(?![ \t]+[a-z]+s\b))\b"
)
NUM = (
    rf"(?:\d{{1,3}}(?:,\d{{3}})+|(?<!/)\d+(?:\.\d+)?(?:\s+1/2|-1/2|½)?|(?<![\d/])1/2(?!/)|½|{TENS}(?:[-\s]{ONES})?|{alt(NUMBER_WORDS)})"
    r"(?:\s+and\s+a\s+half|-and-a-half)?"  # "two and a half", "three-and-a-half"
)
VAGUE = alt(VAGUE_NUMBERS)
APPROX = alt(APPROXIMATORS)
UNIT = (
    r"(?:second|minute|hour|day|week(?:end)?|fortnight|month|quarter|year|decade|centur(?:y|ie)|millenni(?:um|a)"
    r"|(?-i:min|hr))"  # "90 mins", "2 hrs"; not "two HR managers"
)
MONTH = alt(MONTHS)
MON_ABBR = alt(MONTH_ABBREVIATIONS) + r"\.?"
ANY_MONTH = rf"(?:{MONTH}|{MON_ABBR})"
WEEKDAY = alt(WEEKDAYS) + r"|(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\."
DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
DAY_WORD = alt(DAY_ORDINALS).replace(r"\-", "[-\\s]") + r"(?![-\w])"  # "eighth", "twenty-first"
YEAR4 = r"(?:1[0-9]\d\d|20\d\d)"
EDGE_MOD = r"(?:early|late|mid|the\s+(?:middle|end|beginning|start|first\s+half|second\s+half)\s+of)"
SEASON = alt(SEASONS)
FLAGS = re.I
# Time zones news writes after a clock time; after "1600" they make it a time, not a year.
ZONES = (
    r"(?-i:GMT|UTC|BST|CET|CEST|EET|EEST|WET|WEST|MSK|IST|JST|KST|HKT|SGT|AEST|AEDT|ACST|AWST|NZST|NZDT"
    r"|EST|EDT|CST|CDT|MST|MDT|PST|PDT|AKST|AKDT|HST|ET|PT|CT|MT)"
)
# After a four-digit figure only the long zones: "1600 GMT" is a time, "2019 PT Cruiser" a year.
ZONE = r"\s*(?-i:GMT|UTC|BST|CET|CEST|EET|EEST|WET|WEST|MSK|IST|JST|KST|HKT|SGT|AEST|AEDT|ACST|AWST|NZST|NZDT"
ZONE += r"|EST|EDT|CST|CDT|MST|MDT|PST|PDT|AKST|AKDT|HST)\b"


def compile_(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, FLAGS)


FULL_DATE = compile_(
    # "this" before a date with its year is the noun's ("In this March 21, 2020 photo"), not the date's
    rf"\b(?:(?P<rel>last|next|this(?:\s+past|\s+coming)?)\s+(?=\S+\s+\d|(?:{WEEKDAY}),?\s)"
    r"(?!\S+\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}\b|\d{1,2}(?:st|nd|rd|th)?\s+\S+,?\s+\d{4}\b))?"
    rf"(?:(?P<wd>{WEEKDAY}),?\s+)?(?:(?P<mon>{ANY_MONTH})(?:\s+|(?<=\.))(?P<day>{DAY}|{DAY_WORD})|the\s+(?P<day3>{DAY_WORD})\s+of\s+(?P<mon3>{MONTH})|(?:the\s+(?=\d{{1,2}}(?:st|nd|rd|th)?\s+of\b))?(?P<day2>{DAY})\s+(?:of\s+)?"
    rf"(?P<mon2>{ANY_MONTH}))(?!\w)(?:,?\s*(?P<year>{YEAR4})\b(?!{ZONE})"
    r"|\s+(?P<rely>last|this|next)\s+year\b(?![-'’]))?"  # "on May 10 last year", not "May 10 last year's winner"
)
# "the week of March 6": the ISO week of the day (the rule reads the day with FULL_DATE).
WEEK_OF = compile_(r"\bthe\s+week\s+(?:of|beginning|starting|commencing)\s+(?P<date>" + FULL_DATE.pattern[2:] + ")")
NUMERIC_DATE = compile_(
    r"\b(?P<y>\d{4})(?P<sep>[-/])(?P<m>\d{1,2})(?P=sep)(?P<d>\d{1,2})"
    r"(?:T(?P<th>[01]\d|2[0-3]):(?P<tm>[0-5]\d)(?::[0-5]\d(?:\.\d+)?)?(?:Z|[+-]\d\d:?\d\d)?)?\b(?![-/.]\d)"
    r"|\b(?P<m2>\d{1,2})/(?P<d2>\d{1,2})/(?P<y2>\d{4})\b(?![-/.]\d)"
    r"|(?<![\d.])(?P<d3>\d{1,2})\.(?P<m3>\d{1,2})\.(?P<y3>\d{4})\b(?![-/.]\d)"
)
MONTH_NAME = compile_(
    rf"\b(?:(?P<mod>{EDGE_MOD})[-\s]*)?(?:(?P<rel>last|this|next|past|coming)\s+)?(?P<mon>{MONTH}\b|{MON_ABBR}(?=\s*\d))"
    rf"(?:(?:,|\s+of)?\s+(?P<year>{YEAR4}\b|{SPOKEN})|(?:\s+of)?\s+(?P<rely>this|last|next|(?<=of\s)that|the\s+same)\s+year"
    r"|\s+(?P<agoy>a|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+years?\s+ago\b)?"  # "June 2 years ago"
)
YEAR = compile_(
    r"(?:\bthe\s+(?=\d{4}\s+(?:fiscal|financial|calendar|tax|budget)\s+year\b))?"  # "the 2005 fiscal year"
    rf"(?<![\w$€£¥.,/#])(?:(?P<mod>{EDGE_MOD}|fiscal|calendar|FY)[-\s]*)?(?P<year>{YEAR4})(?![\w%$€£]|[.,:]\d|/(?!\d\d\b(?![-/.]\d|/[A-Za-z]))\d|{ZONE})"
    r"(?:\s+(?:fiscal|financial|calendar|tax|budget)\s+year\b)?"
)
# The second year of "2018-19", "the 2009/10 season", "1990-95": a range written with the century once.
YEAR_TAIL = compile_(
    r"(?<=(?<![\d$€£.,/#-])(?P<first>1[6-9]\d\d|20\d\d)[-–/])(?P<yy>\d\d)\b(?![-–/.:,]?\d|/[A-Za-z]|\s*(?:%|percent|per\s+cent))"
)
SPOKEN_DECADE = compile_(rf"\bthe\s+(?:(?:early|mid|late)[-\s]+)?(?P<t>{TENS[3:-1].replace('y', 'ies')})\b")
DECADE = compile_(
    r"(?:\b(?:the\s+)?(?:(?P<mod>early|mid|late)[-\s]*)?|(?<![\w'’]))(?:(?P<dec>1\d\d|20\d)0|['’](?P<short>\d)0)['’]?s\b"
    r"|\b(?:the\s+(?:(?:early|mid|late)[-\s]+)?|(?:early|mid|late)-)(?P<bare>[2-9])0s\b"  # "the 80s", not "his 80s"
    # "the 1940s and 50s": the second decade of a list
    r"|(?:(?<=\d0s\sand\s)|(?<=\d0s\sor\s)|(?<=\d0s\sto\s)|(?<=\d0s-)|(?<=\d0s\s-\s))(?P<listed>\d)0s\b"
)
CENTURY = compile_(r"\b(?:the\s+)?(?:(?:early|mid|late)[-\s]+)?(?P<n>\d{1,2})(?:st|nd|rd|th)[-\s]+century\b")
SPOKEN_YEAR = compile_(
    rf"\b(?:the\s+year\s+)?(?:nineteen\s+(?:hundred\s+(?:and\s+)?)?(?P<t>{TENS})(?:[-\s](?P<o>{ONES}))?"
    rf"|(?P<k>two\s+thousand)(?:\s+and\s+(?P<o2>{ONES}))?)\b"
)
QUARTER = compile_(
    rf"\b(?:the\s+)?(?:(?P<qy>{YEAR4})\s+|(?P<qrel>this|last|next)\s+year's\s+|(?P<fis>fiscal\s+))?"
    r"(?P<ago>(?:comparable\s+|corresponding\s+)?year-(?:ago|earlier)\s+)?"
    r"(?:(?P<adj>latest|current|same|year-ago|year-earlier|previous|first|second|third|fourth|final|last|1st|2nd|3rd"
    r"|4th|this|next|comparable)[-\s]+(?:fiscal[-\s]+)?)?(?:quarters?(?![-\s]?finals?\b)|(?P<per>period))\b"
    # "the same quarter last year": the one a year before the quarter in context
    r"(?:(?<=same\squarter)(?P<ago2>\s+(?:last\s+year|a\s+year\s+(?:ago|earlier))\b(?![-'’])))?"
    rf"(?:\s+(?:of|in)\s+(?:fiscal\s+)?(?P<qy2>{YEAR4})\b|\s+of\s+(?P<qrel2>this|last|next)\s+year"
    r"|\s+of\s+the\s+(?:fiscal\s+|financial\s+|calendar\s+)?(?P<qof>year)\b(?![-'’]|\s+\d))?"  # "... of the year"
    rf"|\bQ(?P<qn>[1-4])(?:\s*(?P<qy3>{YEAR4}))?\b|\b(?P<qy4>{YEAR4})\s*Q(?P<qn2>[1-4])\b"
)
HOLIDAY = compile_(
    r"(?<![A-Za-z]['’])\b(?:(?P<rel>last|this|next)\s+)?(?P<h>Thanksgiving(?:\s+Day)?|Christmas(?:\s+Day|\s+Eve)?|New\s+Year['’]s(?:\s+(?:Day|Eve))?"
    r"|Independence\s+Day|Halloween|Valentine['’]s\s+Day|Election\s+Day|Easter(?:\s+Sunday|\s+Monday)?|Labor\s+Day"
    r"|Memorial\s+Day|New\s+Year(?!['’])|9/11(?!/)|Boxing\s+Day|St\.?\s+Patrick['’]s\s+Day|Bonfire\s+Night"
    r"|Guy\s+Fawkes\s+Night|Veterans\s+Day|Hogmanay|Good\s+Friday|Martin\s+Luther\s+King\s+Day"
    r"|Presidents['’]?\s+Day|Black\s+Friday|Cyber\s+Monday)\b(?P<wk>\s+week(?:end)?\b(?!-))?"
    rf"(?:(?:,\s*|\s+)(?P<hy>{YEAR4})\b)?"
)
HALF = compile_(
    rf"\b(?:the\s+)?(?:(?P<h>first|second|last|latter)[-\s]+half|(?P<hq>first|last)\s+two\s+quarters(?=\s+of\s)"
    r"|(?P<hm>first|last|final)\s+(?P<mn>six|three|6|3)\s+months(?=\s+of\s))"
    rf"(?:\s+of\s+(?:(?P<y>{YEAR4})|(?P<rel>this|last|next|the)\s+year)"
    rf"|\s+(?P<y3>{YEAR4})\b)?|\b(?-i:H(?P<hn>[12]))\s*(?P<y2>{YEAR4})\b"
)
SEASON_EXPR = compile_(
    rf"\b(?:(?P<mod>early|late|mid)[-\s]+)?(?:(?P<det>this|last|next|the|past|coming)\s+)?(?P<s>{SEASON})\b"
    rf"(?:\s+(?:of\s+)?(?P<year>{YEAR4}\b|{SPOKEN})|\s+(?P<rely>this|last|next)\s+year\b)?"
)
WEEKDAY_EXPR = compile_(
    r"\b(?:(?:the\s+)?day\s+(?P<ba>before|after)\s+)?"
    rf"(?:(?P<rel>this\s+coming|this\s+past|last|next|this|early|late|earlier|later|coming|past|the\s+previous|the\s+preceding)\s+)?"
    rf"(?P<wd>{WEEKDAY})(?P<pl>s)?\b"
    r"(?:\s+(?P<pod>morning|afternoon|evening|night|midnight|noon|midday))?"  # "Monday midnight": its end
    r"(?:\s+(?:of\s+)?(?P<wkrel>last|next|this)\s+week\b(?![-'’]))?"  # "On Friday last week"
)
DEICTIC_DAY = compile_(
    r"\b(?:(?P<pre>early|late|earlier|later)\s+)?(?:mid[-\s]?(?P<mpod>morning|afternoon|evening)\s+)?"
    r"(?P<w>the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow"
    r"|today|yesterday|tomorrow|tonight|overnight|last\s+night|this\s+(?:morning|afternoon|evening))\b"
    r"(?:\s+(?P<pod>morning|afternoon|evening|night))?"
)
# A part of a day in context: "that night", "the next morning", "by mid-afternoon", "in the morning".
PART_OF_DAY = compile_(
    r"\b(?:(?P<pre>early|late|earlier|later)\s+(?:in\s+)?)?(?:(?P<rel>that|the\s+same|the\s+next|the\s+following"
    r"|the\s+previous|the\s+preceding)\s+(?P<pod>morning|afternoon|evening|night)"
    r"|(?:(?<=\bin\s)|(?<=\bduring\s)|(?<=\bby\s)|(?<=\buntil\s))(?P<bare>(?:the\s+)?(?:late|early)\s+(?:morning|afternoon|evening)|the\s+(?:morning|afternoon|evening))"
    r"|(?:(?<=\bat\s)|(?<=\bby\s)|(?<=\buntil\s)|(?<=\bin\s)|(?<=\baround\s)|(?<=\bin\sthe\s))"
    r"mid[-\s]?(?P<mpod>morning|afternoon|evening))\b"
)
RELATIVE_UNIT = compile_(
    r"\b(?:(?P<pre>earlier|later|early|late|the\s+end\s+of|the\s+beginning\s+of|the\s+start\s+of|the\s+middle\s+of"
    r"|(?P<same>(?:about\s+|around\s+)?this\s+time)"  # "this time last year": the same point a year back
    r")\s+)?"
    r"(?P<rel>this|last|next|that|the\s+past|the\s+last|the\s+next|the\s+coming|the\s+previous|the\s+following"
    r"|the\s+current|the\s+same|the\s+preceding|past|coming|previous|current|that\s+same)\s+"
    r"(?:(?:fiscal|financial|tax|calendar)\s+)?(?P<unit>"
    r"week(?:end)?|month|year|day"
    r"|decade|century)\b(?!-)(?(pre)(?!['’]s\b))"  # "the start of last year's show": only "last year"
    r"|\b(?P<adj>year|month|week)-(?:ago|earlier)\b|\b(?:the\s+)?(?P<end>year|month)[-\s]end\b"
    r"|\bthe\s+(?P<bare>weekend)\b"
    r"|\b(?:the\s+(?:end|start|beginning|middle)\s+of\s+the\s+|(?:earlier|later)\s+in\s+the\s+|year['’]s\s+)"
    r"(?P<in>year|month|week|day|end|decade|century)\b"
    rf"|\b(?:the\s+)?(?P<fy>(?:full|fiscal|calendar|latest\s+fiscal)\s+year)\b(?:\s+(?P<fyy>{YEAR4})\b)?"
)
# "two or three years", "a year or two", "a week or so": one approximate expression, read by its first figure
# (TBAQ tags "a month" in "a month or two" P1M). A range with "to" is two expressions, as "from March to May" is.
# The lookahead (bounded: long unspaced runs stay linear) fails fast where no "or" follows; a year leads no count.
RANGE_LEAD = rf"(?:(?=[\w.,-]{{1,30}}\s+or\s)(?!\d{{4}}\b)(?P<lead>{NUM})\s+or\s+)?"
OR_TAIL = rf"(?:\s+or\s+(?P<ornum>two|three|so)\b(?!\s+{UNIT}))?"  # not "two weeks or three months"
OFFSET = compile_(
    rf"\b(?:(?:{APPROX}|just|only)\s+){{0,2}}{RANGE_LEAD}(?:(?:(?P<num>{NUM})|(?P<vague>{VAGUE}))\s+"
    r"|(?=(?:minute|hour|day|week|month|year|decade)s\s+(?:later|earlier)\b))"  # "minutes later": a bare plural
    rf"(?P<unit>{UNIT})s?['’]?"
    rf"(?P<andhalf>\s+and\s+a\s+half)?{OR_TAIL}\s+"
    r"(?P<dir>(?<=['’]\s)time|ago|earlier|later|from\s+now|hence|back)\b"
    r"(?P<today>(?<=ago)\s+today\b)?"  # "three years ago today": the anniversary day
)
# A bare plural unit is a vague duration after a preposition of extent or a verb of spending time: "for
# years", "within hours", "the first time in decades", "after months of talks", "spent
# weeks on it". Not after a determiner or adjective ("the years", "those days", "happy days"), nor after
# "just"/"only" ("only minutes apart": TBAQ leaves those untagged, 0 of 3).
BARE_BEFORE = "|".join(
    rf"(?<=\b{w}\s)"
    for w in (
        "for", "within", "in", "after", "despite", "amid", "following", "spent", "spend",
        "spending", "took", "take", "takes", "taking", "lasted", "lasting", "waited", "wait",
    )
)  # fmt: skip
# A bare plural before "of" and a noun is a vague duration too: "put an end to years of legal drama", "followed
# months of negotiations", "the result of decades of neglect" (not "days of the week", "months of their lives").
DETERMINERS_RE = "the|a|an|its|their|his|her|our|your|my|this|that|these|those|each|every"
# The words before such a plural; the rule checks them (a lookbehind at every position costs too much).
BARE_OF_AFTER = frozenset(
    ["to", "of", "by", "with", "from", "through", "followed", "follows", "following", "ended", "ends", "ending",
     "after", "before", "endured", "end", "over"]
)  # fmt: skip
DURATION = compile_(
    rf"\b(?:the\s+(?:(?P<side>past|last|next|first|coming|previous|prior|preceding|final|following|latest|initial|remaining)\s+)?)?"
    rf"(?:(?:{APPROX})\s+)?{RANGE_LEAD}(?:(?P<num>{NUM})(?:\s+or\s+(?:more|fewer|less|longer))?|(?P<vague>{VAGUE}))\s+"
    r"(?:more\s+|additional\s+|extra\s+|full\s+"
    rf"|straight\s+|consecutive\s+|successive\s+|previous\s+|long\s+|trading\s+|business\s+|working\s+|school\s+)?"
    rf"(?P<unit>{UNIT})s?\b(?!-)(?P<andhalf>\s+and\s+a\s+half\b)?{OR_TAIL}"
    rf"|\b(?:(?:{APPROX})\s+)?(?P<hnum>{NUM})-(?P<hunit>{UNIT})(?:s?-long)?\b(?!-old)"
    rf"|(?:{BARE_BEFORE})(?P<bare>years|months|weeks|days|hours|minutes|seconds|decades|centuries)\b(?![-'’]|\s+\d)"
    r"(?!\s+(?:released|published|show|showed|shows|trading|of\s+(?:the|its|their)\s+(?:meeting|session)))"
    r"(?:\s+or\s+(?:years|months|weeks|days|hours|minutes|decades)\b(?![-'’]))?"  # "weeks or months"
    rf"|\b(?P<bare_of>years|months|weeks|decades)(?=\s+of\s+(?!(?:{DETERMINERS_RE})\b)[a-z])"
    r"|(?:(?<=\bover\s)|(?<=\bthrough\s)|(?<=\bdown\s)|(?<=\bacross\s))the\s+(?P<the_bare>years|decades|centuries)\b"
    # "all these years"
    r"|\ball\s+(?:these|those|the)\s+(?P<all_bare>years|decades)\b(?!\s+(?:of|since|from|between)\b)"
    r"|\bthe\s+(?:past|last|next|previous|following)\s+(?P<fort>fortnight)\b"  # "the last fortnight"
    r"|\b(?P<lunit>day|week|month|year|decade)(?P<lpl>s)?-long\b"  # "a week-long visit", "decades-long"
)
# "two hours 15 minutes", "three years and six months": a count of a unit and of the next smaller one. Not
# followed by "ago"/"later" (an offset) or a hyphen ("two years and 15-minute ...").
_NEXT_UNIT = (
    ("year", "month|week|day"), ("month", "week|day"), ("week", "day"), ("day", "hour"), ("hour", "minute"),
    ("minute", "second"),
)  # fmt: skip
COMPOUND_DURATION = compile_(
    r"\b(?:the\s+(?:past|last|next|first|coming|previous|final|following|latest|initial|remaining)\s+)?"
    rf"(?:(?:{APPROX})\s+)?(?P<n1>{NUM})\s+(?:"
    + "|".join(rf"{big}s?,?\s+(?:and\s+)?{NUM}\s+(?:{small})" for big, small in _NEXT_UNIT)
    + r")s?\b(?![-'’])(?!\s+(?:ago|earlier|later|before|after|from\s+now|hence|back)\b)"
)
# The parts of a compound duration, for its rule.
DURATION_PART = compile_(rf"(?P<n>{NUM})\s+(?P<u>{UNIT})")
REFERENCE_WORDS = (
    "now",
    "currently",
    "presently",
    "nowadays",
    "these days",
    "at present",
    "recently",
    "recent times",
    "lately",
    "the past",
    "recent years",
    "the future",
    "the near future",
    "soon",
    "the coming years",
    "coming years",
    "the coming months",
    "coming months",
    "the coming weeks",
    "the near term",
    "the short term",
    "a later date",
    "not long ago",
    "not so long ago",
    "not too long ago",
    "not that long ago",
    "long ago",
    "a long time ago",
    "coming weeks",
    "recent",
    "current",
)
REFERENCE = compile_(
    rf"\b{alt(REFERENCE_WORDS)}\b"
    r"|(?:(?<=\bat\s)|(?<=\bfor\s))the\s+moment\b(?!\s+(?:he|she|it|they|we|i|you|when|that|of)\b)"
    r"|(?<=\bin\s)future\b(?!\s+[a-z])"  # British "in future"
    r"|(?<=\bin\s)the\s+(?:medium|long(?:er)?)\s+term\b(?!-|\s+(?!(?:and|but|or|as|is|are|was|were|will|would|to|for"
    r"|at|of|if|when|because|than|that|this|the|it|we|they|he|she|i|you|too|there)\b)[a-z])"  # not "long term care"
    r"|(?<=\bto\s)this\s+day\b"  # "is still used to this day"
)
SET_EXPR = compile_(
    rf"\b(?:every|each)\s+(?:other\s+)?(?:(?P<num>{NUM})\s+|(?P<few>few|couple\s+of)\s+)?(?P<what>{UNIT}|{alt(WEEKDAYS)}|{MONTH})s?\b"
    r"|\b(?P<adv>daily|weekly|monthly|annually|yearly|hourly|nightly)\b"
    r"|\b(?:a|an|per)\s+(?P<per>year|month|week|day|hour|night)\b(?![-'’])|\b(?:twice|once|(?:three|four)\s+times)\s+a\s+"
    r"(?P<per2>year|month|week|day)\b"
)
CLOCK = compile_(
    rf"\b(?:(?:around|about|approximately|shortly\s+(?:before|after))\s+)?(?:(?P<h>\d{{1,2}})(?:[:.](?P<min>\d{{2}})(?::\d{{2}})?)?"
    r"\s*(?P<ampm>a\.m(?:\.|\b)|p\.m(?:\.|\b)|am\b|pm\b|o'clock)|(?:12\s+)?(?P<word>noon|midnight|mid-?day)"
    r"|(?P<hp>1[0-2]|0?[1-9])(?:[:.](?P<mp>[0-5]\d))?\s+in\s+the\s+(?P<podc>morning|afternoon|evening)\b"
    rf"|(?P<h24>[01]?\d|2[0-3])[:.](?P<m24>[0-5]\d)(?=\s*{ZONES}\b|\s+local\s+time\b|(?<=:\d\d)\s+(?:hours|hrs)\b"
    r"|(?<=:\d\d)\s+(?:this\s+(?:morning|afternoon|evening)|tonight|last\s+night)\b)"  # "at 2:30 this morning"
    rf"|(?P<hz>[01]\d|2[0-3])(?P<mz>[0-5]\d)(?={ZONE}|\s+local\s+time\b)"  # "1600 GMT", "1700 local time"
    r"|(?<=\bat\s)(?P<hh>[01]\d|2[0-3])(?P<mh>[0-5]\d)(?=\s+(?:hours|hrs)\b)"
    # "at 14.30 hours": a time after "at" (a decimal elsewhere before "hours" is a duration: "34.4 hours")
    r"|(?:(?<=\bat\s)|(?<=\baround\s)|(?<=\babout\s)|(?<=\bby\s)|(?<=\buntil\s))(?P<hd>[01]?\d|2[0-3])\.(?P<mdd>[0-5]\d)"
    r"(?=\s+(?:hours|hrs)\b))"  # "at 2230 hours"
    rf"(?:\s+(?P<tz>{ZONES}\b|local\s+time|hours\b|hrs\b))?"
    # "midnight on Tuesday 9 November": a weekday before the date is the date's
    rf"(?:(?:\s*\([^()\n\d]{{0,20}}\))?,?\s+(?:on\s+|of\s+)?(?:(?:{WEEKDAY}),?\s+)?(?P<md>{ANY_MONTH}\s+{DAY}\b|(?:the\s+)?{DAY}\s+(?:of\s+)?{ANY_MONTH}(?!\w))"
    rf"(?:,?\s+(?P<mdy>{YEAR4})\b|\s+(?P<mrely>last|this|next)\s+year\b(?![-'’]))?"
    rf"|,?\s+(?:on\s+)?(?P<when>today|yesterday|tomorrow|{WEEKDAY})"
    r"|\s+(?P<when2>this\s+(?:morning|afternoon|evening)|tonight|last\s+night)\b)?"  # "at 2:30 this morning"
)
# "for the year", "during the week": the unit a report covers, counted from the publication date. Only after
# a preposition of extent, so that "the year" as a plain noun ("the year was hard") stays untagged.
THE_UNIT = compile_(
    r"(?:(?<=\bfor\s)|(?<=\bduring\s)|(?<=\bthrough\s)|(?<=\bthroughout\s)|(?<=\bover\s)"
    r"|(?<=\bstart\sto\s)|(?<=\bend\sto\s)|(?<=\brest\sof\s))"
    r"the\s+(?P<unit>year|week)\b(?![-'’])"
)
# The second day of "April 24 and 25", "May 3-5", "June 1 to 3": the rule checks the month-day before it.
LISTED_DAY = compile_(
    r"(?:(?<=\band\s)|(?<=\bor\s)|(?<=\bto\s)|(?<=\d[-–])|(?<=\d\s[-–]\s))(?P<d>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?\b"
    rf"(?!\s*(?:%|percent|per\s+cent|[-/.:]\d|,\d|{ANY_MONTH}\b))(?:,?\s*(?P<year>{YEAR4})\b)?"
)
# The first days of "14, 20 and 27 April", "from 6 to 9 January": the rule reads the month after the list.
LEADING_DAY = compile_(
    r"(?<![\w$€£.,:/-])(?P<d>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?\b(?=\s*(?:,|[-–]|and\b|or\b|to\b|through\b))"
)
ON_THE_NTH = compile_(r"(?<=\bon\s)the\s+(?P<d>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)\b(?=\s*[,.;:(]|\s*$)")

# Triggers: a rule's pattern is only run near a hit of its (cheap) trigger, reach characters before and
# after it. Temporal expressions are sparse, so this keeps tagging fast (>= 1 MB/s); each reach covers the
# longest prefix or suffix the rule's pattern allows around its trigger word. Triggers are lower-case and
# run case-sensitively on the lower-cased body, several times faster than re.I. A trigger may match more
# than its rule needs (it only marks where to look), so most start with a literal, not "\b": the regex
# engine then skips ahead to that literal instead of trying every position.
MONTH_TRIGGER = r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"
UNIT_TRIGGER = r"\b(?:second|minute|mins?\b|hour|hrs?\b|day|week|fortnight|month|quarter|year|decade|centur|millenni)"
TRIGGERS: dict[str, tuple[re.Pattern[str], int, int]] = {
    "full-date": (re.compile(MONTH_TRIGGER), 40, 30),
    "numeric-date": (re.compile(r"\d[-/.]\d"), 12, 12),
    "week-of": (re.compile(r"week\s+(?:of|beginning|starting|commencing)\b"), 4, 60),
    "clock": (
        re.compile(  # a clock word, or a digit before a zone, "am"/"pm", "hours" or "in the morning"
            r"[ap]\.m\b|noon|midnight|mid-?day|o'clock"
            r"|\d\s*(?:am|pm|gmt|utc|msk|[a-z]{1,3}t|local|hours|hrs|in\s+the\s+(?:morning|afternoon|evening))\b"
            r"|\d\s+(?:this\s+(?:morning|afternoon|evening)|tonight)\b"
        ),
        30,
        40,
    ),
    "month": (re.compile(MONTH_TRIGGER), 40, 50),
    "quarter": (re.compile(r"quarter|\bq[1-4]|\bperiod\b"), 45, 35),
    "half": (
        re.compile(r"\bhalf\b|\bh[12]\s*(?:19|20)\d\d\b|\btwo\s+quarters\s+of\b|\b(?:six|three|6|3)\s+months\s+of\b"),
        20,
        30,
    ),
    "holiday": (
        re.compile(
            r"thanksgiving|christmas|new\s+year|independence|halloween|valentine|election|easter|labor|memorial|9/11"
            r"|boxing|patrick|bonfire|fawkes|veterans|hogmanay|good\s+friday|king\s+day|presidents|black\s+friday"
            r"|cyber\s+monday"
        ),
        12,
        20,
    ),
    "decade": (re.compile(r"0['’]?s\b"), 25, 3),
    "spoken-decade": (re.compile(r"ties\b"), 25, 2),
    "century": (re.compile(r"centur"), 25, 10),
    "spoken-year": (re.compile(r"\bnineteen\b|\btwo\s+thousand"), 12, 45),
    "season": (re.compile(r"(?:spring|summer|autumn|fall|winter)"), 20, 50),
    "deictic-day": (
        re.compile(r"(?:today|yesterday|tomorrow|tonight|overnight|night|morning|afternoon|evening)"),
        35,
        20,
    ),
    "part-of-day": (re.compile(r"(?:morning|afternoon|evening|night)\b"), 45, 2),
    "weekday": (re.compile(r"\b(?:mon|tue|wed|thu|fri|sat|sun)"), 20, 25),
    "offset": (re.compile(r"\b(?:ago|earlier|later|now|hence|back)\b|['’]\s+time\b"), 70, 12),
    "relative-unit": (re.compile(r"\b(?:week|month|year|decade|centur|day)|year-|month-|['’]s\s+end"), 50, 12),
    "set": (
        re.compile(
            r"\b(?:every|each|daily|weekly|monthly|annually|yearly|hourly|nightly)\b|\b(?:an?|per)\s+(?:y|mo|w|d|h|n)"
        ),
        25,
        45,
    ),
    "reference": (
        re.compile(
            r"\b(?:now|current|nowaday|these\s+days|present|recent|lately|past|future|soon|coming|term|later|moment"
            r"|this\s+day|long\s+(?:time\s+)?ago)"
        ),
        15,
        20,
    ),
    "duration": (re.compile(UNIT_TRIGGER), 70, 20),
    "compound-duration": (re.compile(UNIT_TRIGGER), 70, 40),
    "year": (re.compile(r"\d{4}"), 40, 30),
    "year-tail": (re.compile(r"\d{4}[-–/]\d\d\b"), 0, 4),
    "on-the-nth": (re.compile(r"on\s+the\s+\d"), 1, 15),
    "listed-day": (re.compile(MONTH_TRIGGER), 0, 30),
    "leading-day": (re.compile(MONTH_TRIGGER), 45, 0),
    "the-unit": (re.compile(r"the\s+(?:year|week)\b"), 0, 10),
}
