"""Words of temporal expressions and what they stand for: the data the patterns are built from."""

from __future__ import annotations

MONTHS: dict[str, int] = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6,
    "july": 7, "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
}  # fmt: skip
# Abbreviations only count with a day or a year beside them ("Mar 2014", "Dec. 14"): alone they are words.
MONTH_ABBREVIATIONS: dict[str, int] = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8,
    "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
WEEKDAYS: dict[str, int] = {
    "monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4, "friday": 5, "saturday": 6, "sunday": 7,
}  # fmt: skip
# TIMEX3 season codes
SEASONS: dict[str, str] = {"spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI"}
# TIMEX3 part-of-day codes
PARTS_OF_DAY: dict[str, str] = {
    "morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "tonight": "NI", "overnight": "NI",
    "noon": "12:00", "midday": "12:00", "midnight": "24:00",  # after a day: "Friday noon", "Monday midnight" (its end)
}  # fmt: skip
UNITS: dict[str, str] = {
    "second": "S", "minute": "M", "hour": "H", "day": "D", "week": "W", "weekend": "WE", "month": "M",
    "quarter": "Q", "year": "Y", "decade": "DE", "century": "CE", "centurie": "CE", "fortnight": "W",
    "millennium": "Y",
}  # fmt: skip
TIME_UNITS = ("second", "minute", "hour")  # these take the "T" of a TIMEX3 duration: PT8H
ORDINALS: dict[str, int] = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4,
}  # fmt: skip
_UNITS_ORD = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth")
_TEENS_ORD = ("tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
              "eighteenth", "nineteenth")  # fmt: skip
# Days of the month written as ordinal words ("March eighth", "the twenty-first of June"), as spoken news
# transcripts write them; the hyphen may be a space.
DAY_ORDINALS: dict[str, int] = {
    **{w: i + 1 for i, w in enumerate(_UNITS_ORD)},
    **{w: i + 10 for i, w in enumerate(_TEENS_ORD)},
    "twentieth": 20, "thirtieth": 30, "thirty-first": 31, "thirty first": 31,
    **{f"twenty{sep}{w}": i + 21 for i, w in enumerate(_UNITS_ORD) for sep in ("-", " ")},
}  # fmt: skip
NUMBER_WORDS: dict[str, int] = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40,
    "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "a hundred": 100,
    "a couple of": 2, "a couple": 2, "couple of": 2, "a dozen": 12, "dozen": 12, "half a": 0, "half an": 0, "a half": 0,
    "half-an": 0, "half-a": 0,
}  # fmt: skip
# Vague quantities: TIMEX3 writes the number as X ("several years" = PXY).
VAGUE_NUMBERS = ("several", "a few", "few", "many", "some", "numerous", "a number of", "recent", "the coming")
# Words that may lead a duration without changing its value ("nearly three years" = P3Y).
APPROXIMATORS = (
    "nearly", "almost", "about", "around", "some", "roughly", "approximately", "more than", "less than",
    "over", "under", "at least", "up to", "no more than", "only", "just", "barely", "fewer than", "upwards of",
)  # fmt: skip
# Deictic words and their TIMEX3 reference values (TimeML guidelines).
REFERENCES: dict[str, str] = {
    "now": "PRESENT_REF", "currently": "PRESENT_REF", "nowadays": "PRESENT_REF", "these days": "PRESENT_REF",
    "at present": "PRESENT_REF", "at the moment": "PRESENT_REF", "right now": "PRESENT_REF",
    "recently": "PAST_REF", "lately": "PAST_REF", "previously": "PAST_REF", "formerly": "PAST_REF",
    "the past": "PAST_REF", "in the past": "PAST_REF", "recent years": "PAST_REF", "recent days": "PAST_REF",
    "recent weeks": "PAST_REF", "recent months": "PAST_REF", "in recent years": "PAST_REF",
    "the future": "FUTURE_REF", "in the future": "FUTURE_REF", "soon": "FUTURE_REF",
    "the near future": "FUTURE_REF", "coming years": "FUTURE_REF", "the coming years": "FUTURE_REF",
    "coming months": "FUTURE_REF", "the coming months": "FUTURE_REF", "coming weeks": "FUTURE_REF",
    "the coming weeks": "FUTURE_REF", "coming days": "FUTURE_REF", "the coming days": "FUTURE_REF",
}  # fmt: skip
# Words right after a bare number that make it a count, not a year ("2000 troops", "1500 people").
COUNT_NOUNS = frozenset(
    [
        "people",
        "persons",
        "men",
        "women",
        "children",
        "troops",
        "soldiers",
        "workers",
        "jobs",
        "employees",
        "members",
        "cases",
        "deaths",
        "units",
        "shares",
        "tons",
        "tonnes",
        "miles",
        "kilometers",
        "kilometres",
        "km",
        "meters",
        "metres",
        "feet",
        "residents",
        "votes",
        "seats",
        "copies",
        "vehicles",
        "tanks",
        "aircraft",
        "planes",
        "drones",
        "missiles",
        "rockets",
        "shells",
        "households",
        "homes",
        "families",
        "refugees",
        "prisoners",
        "fighters",
        "civilians",
        "dollars",
        "euros",
        "pounds",
        "barrels",
        "acres",
        "hectares",
        "pages",
        "words",
        "points",
        "students",
        "patients",
        "calories",
        "casualties",
        "killed",
        "dead",
        "injured",
        "wounded",
    ]
)
# Words before a number that make it a label or a count, not a year ("Article 5", "No. 1990", "about 2000").
LABEL_WORDS = frozenset(
    [
        "article",
        "section",
        "chapter",
        "clause",
        "paragraph",
        "resolution",
        "no",
        "number",
        "model",
        "version",
        "page",
        "pages",
        "pp",
        "p",
        "route",
        "flight",
        "room",
        "unit",
        "item",
        "rule",
        "table",
        "figure",
        "fig",
        "vol",
        "volume",
        "about",
        "nearly",
        "some",
        "approximately",
        "over",
        "around",
        "almost",
        "roughly",
        "least",
        "than",
    ]
)
# Words that tell the tense of a clause: a partial date ("Friday", "in December") lies before or after the
# publication date accordingly (HeidelTime's strategy).
FUTURE_CUES = frozenset(
    [
        "will",
        "'ll",
        "shall",
        "would",
        "might",
        "going",
        "scheduled",
        "expected",
        "anticipated",
        "due",
        "upcoming",
        "next",
        "coming",
        "to-be",
        "intends",
        "intend",
        "hopes",
        "expects",
        "expect",
        "until",
        "effective",
    ]
)
# Present-tense verbs of scheduled events: in news a date after them lies ahead ("talks resume in April",
# "the two meet Monday"). Only the forms that are rarely nouns, and only before the date.
SCHEDULED_PRESENT = frozenset(
    ["resume", "resumes", "meet", "meets", "begins", "starts", "opens", "expires", "expire", "convene", "convenes",
     "arrives", "arrive", "travels", "departs", "reopens", "ends", "closes"]
)  # fmt: skip
# Verbs of arranged events in the present progressive: in news a date after them lies ahead ("is meeting Ms
# Furse on Thursday", "are playing Arsenal on Saturday"). Verbs of ongoing work ("are investigating an attack on
# Saturday") are left out: their date is mostly the object's, in the past.
PROGRESSIVE_SCHEDULED = frozenset(
    ["meeting", "playing", "visiting", "travelling", "traveling", "flying", "hosting", "holding", "launching",
     "opening", "leaving", "returning", "arriving", "attending", "heading", "starting", "beginning", "releasing",
     "unveiling", "publishing", "presenting", "performing", "staging", "marrying", "retiring", "resigning",
     "joining", "introducing", "appearing", "testifying", "touring", "celebrating", "speaking",
     "addressing", "debuting", "premiering", "screening", "broadcasting", "airing"]
)  # fmt: skip
PROGRESSIVE_AUXILIARIES = frozenset(["is", "are", "am", "he's", "she's", "it's", "they're", "we're", "i'm", "you're"])
PRONOUNS = frozenset(["he", "she", "it", "they", "we", "i", "you"])
# Words that are tense cues only as verbs, followed by "to" or "for": "plans to", "set for" (not "the plan").
VERB_ONLY_CUES = frozenset(["plan", "plans", "planned", "planning", "set", "slated", "poised"])
# Irregular simple pasts, read like a regular "-ed": only before the expression, since after it several are
# as often nouns ("a shot", "the thought").
IRREGULAR_PAST = frozenset(
    [
        "died",  # short regular pasts the "-ed" test (more than four letters) leaves out
        "tied",
        "lied",
        "owed",
        "eyed",
        "arose",
        "ate",
        "awoke",
        "bent",
        "bled",
        "blew",
        "bore",
        "broke",
        "built",
        "caught",
        "chose",
        "clung",
        "crept",
        "dealt",
        "drank",
        "drew",
        "drove",
        "dug",
        "fed",
        "felt",
        "fled",
        "flew",
        "fought",
        "forbade",
        "forgave",
        "forgot",
        "found",
        "froze",
        "grew",
        "heard",
        "hid",
        "hung",
        "kept",
        "knew",
        "knelt",
        "laid",
        "lent",
        "lit",
        "meant",
        "overtook",
        "rang",
        "rode",
        "sang",
        "sank",
        "sat",
        "shook",
        "shone",
        "shot",
        "slept",
        "slid",
        "sought",
        "spoke",
        "sprang",
        "stole",
        "stuck",
        "stung",
        "swam",
        "swept",
        "swore",
        "swung",
        "taught",
        "thought",
        "threw",
        "tore",
        "understood",
        "undertook",
        "withdrew",
        "woke",
        "wore",
        "wove",
    ]
)
PAST_CUES = frozenset(
    [
        "was",
        "were",
        "had",
        "did",
        "said",
        "told",
        "announced",
        "reported",
        "ago",
        "last",
        "earlier",
        "since",
        "previously",
        "been",
        "came",
        "went",
        "took",
        "made",
        "brought",
        "began",
        "begun",
        "won",
        "lost",
        "held",
        "met",
        "sold",
        "bought",
        "fell",
        "rose",
        "paid",
        "gave",
        "got",
        "left",
        "led",
        "ran",
        "saw",
        "sent",
        "spent",
        "stood",
        "struck",
        "wrote",
        "became",
        "agreed",
        "signed",
        "ended",
    ]
)
