"""Split an article body into sentences with their spans.

Rule-based, for English news prose: a sentence ends at ``.``, ``!`` or ``?`` (optionally
followed by closing quotes or brackets) before white space and an upper-case letter, digit or
opening quote, unless the word before the stop is a known abbreviation ("U.S.", "Mr.", "Jan.")
or a single initial. Paragraph breaks (blank lines) always end a sentence.
"""

from __future__ import annotations

import re

from .model import Span


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Abbreviations after which a full stop does not end a sentence (lower-cased, without the dot):
# titles and name parts that always come before a name, and units and labels.
ABBREVIATIONS = _words("""mr mrs ms dr prof sen rep gov gen col lt maj capt sgt adm cmdr rev hon pres
    vs cf ca approx dept univ ft mt i.e e.g n.y l.a""")
# Abbreviations that also end sentences ("... said Apple Inc. The company ..."): the stop ends the
# sentence only when the next word is one that starts sentences, not a name ("U.S. Army").
ENDING_ABBREVIATIONS = _words("""inc corp ltd co bros jr sr st etc al est u.s u.k u.n e.u u.s.a d.c a.m p.m""")
# Months and weekdays are abbreviated before a date ("Jan. 5", "Tue. Oct. 3") and written with a
# capital; lower-case "sat." or "wed." are words that end sentences.
DATE_ABBREVIATIONS = _words(
    """jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun"""
)
# Labels abbreviated only before a number ("No. 10", "Vol. 3"); "No. It was not." ends a sentence.
NUMBER_ABBREVIATIONS = _words("no nos vol fig pp p art sec para")
# Words that start a sentence far more often than they follow an abbreviation inside one.
SENTENCE_STARTERS = _words("""the a an he she it they we i you his her its their our this that these those there here
    but and so yet or if when while after before as in on at for from by with some many most
    all no not one two both each such what who how why where""")
# A stop, closing punctuation, citation markers ("[4]", common in web copies of reports), then
# white space: the candidate boundary.
BOUNDARY = re.compile(r"[.!?]+[\"'\u201d\u2019)\]]*(?:\[\d{1,3}\])*(?=\s)")
# What may start the next sentence: up to two opening quotes or a bracket, then a capital or digit.
NEXT_START = re.compile(r"\s+[\"'\u201c\u2018(\[]{0,2}[A-Z0-9\u00c0-\u024f]")
NEXT_WORD = re.compile(r"\s+[\"'\u201c\u2018(\[]?([\w]+)")
WORD_BEFORE = re.compile(r"(?<![\w.])([A-Za-z][A-Za-z.]*)\.$")


def split_sentences(body: str) -> tuple[Span, ...]:
    """Return the body's sentences in order; spans are stripped of surrounding white space."""
    out: list[Span] = []
    for para in re.finditer(r"[^\n]+(?:\n(?!\s*\n)[^\n]+)*", body):
        start = para.start()
        text = para.group(0)
        cut = 0
        for m in BOUNDARY.finditer(text):
            end = m.end()
            if not NEXT_START.match(text, end):
                continue
            if m.group(0)[0] == "." and _is_abbreviation(text[cut : m.start() + 1], text, end):
                continue
            _append(out, body, start + cut, start + end)
            cut = end
        _append(out, body, start + cut, start + len(text))
    return tuple(out)


def _is_abbreviation(before: str, text: str, after: int) -> bool:
    """Whether the stop ending ``before`` belongs to an abbreviation rather than ending a sentence."""
    m = WORD_BEFORE.search(before)
    if not m:
        return False
    word = m.group(1)
    if len(word) == 1 and word.isupper():  # an initial: "John F. Kennedy"
        return True
    key = word.lower().rstrip(".")
    nxt = NEXT_WORD.match(text, after)
    next_word = nxt.group(1) if nxt else ""
    if key in ABBREVIATIONS:
        return True
    if key in ENDING_ABBREVIATIONS:
        return next_word.lower() not in SENTENCE_STARTERS
    if key in DATE_ABBREVIATIONS:
        return word[0].isupper() and next_word.lower() not in SENTENCE_STARTERS
    if key in NUMBER_ABBREVIATIONS:
        return next_word[:1].isdigit()
    return False


def _append(out: list[Span], body: str, start: int, end: int) -> None:
    while start < end and body[start].isspace():
        start += 1
    while end > start and body[end - 1].isspace():
        end -= 1
    if end > start:
        out.append(Span(start, end, body[start:end]))
