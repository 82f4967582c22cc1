"""Split an article body into sentences with their spans.

Rule-based, for English news prose: a sentence ends at ``.``, ``!`` or ``?`` (optionally
followed by closing quotes or brackets) before white space and an upper-case letter, digit or
opening quote, unless the word before the stop is a known abbreviation ("U.S.", "Mr.", "Jan.")
or a single initial. Paragraph breaks (blank lines) always end a sentence.
"""

from __future__ import annotations

import re

from .model import Span

# Abbreviations after which a full stop does not end a sentence (lower-cased, without the dot).
ABBREVIATIONS = frozenset(
    [
        "mr",
        "mrs",
        "ms",
        "dr",
        "prof",
        "sen",
        "rep",
        "gov",
        "gen",
        "col",
        "lt",
        "maj",
        "capt",
        "sgt",
        "adm",
        "cmdr",
        "st",
        "jr",
        "sr",
        "rev",
        "hon",
        "pres",
        "no",
        "nos",
        "vol",
        "fig",
        "approx",
        "est",
        "dept",
        "univ",
        "corp",
        "inc",
        "ltd",
        "co",
        "bros",
        "vs",
        "etc",
        "al",
        "cf",
        "ca",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "mon",
        "tue",
        "tues",
        "wed",
        "thu",
        "thurs",
        "fri",
        "sat",
        "sun",
        "u.s",
        "u.k",
        "u.n",
        "e.u",
        "u.s.a",
        "d.c",
        "a.m",
        "p.m",
        "i.e",
        "e.g",
        "n.y",
        "l.a",
        "ft",
        "mt",
    ]
)
# A stop, closing punctuation, then white space: the candidate boundary.
BOUNDARY = re.compile(r"[.!?]+[\"'\u201d\u2019)\]]*(?=\s)")
NEXT_START = re.compile(r"\s+[\"'\u201c\u2018(\[]?[A-Z0-9\u00c0-\u024f]")
WORD_BEFORE = re.compile(r"([A-Za-z][A-Za-z.]*)\.$")


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
            if m.group(0)[0] == "." and _is_abbreviation(text[cut : m.start() + 1]):
                continue
            _append(out, body, start + cut, start + end)
            cut = end
        _append(out, body, start + cut, start + len(text))
    return tuple(out)


def _is_abbreviation(before: str) -> bool:
    m = WORD_BEFORE.search(before)
    if not m:
        return False
    word = m.group(1)
    if len(word) == 1 and word.isupper():  # an initial: "John F. Kennedy"
        return True
    return word.lower().rstrip(".") in ABBREVIATIONS


def _append(out: list[Span], body: str, start: int, end: int) -> None:
    while start < end and body[start].isspace():
        start += 1
    while end > start and body[end - 1].isspace():
        end -= 1
    if end > start:
        out.append(Span(start, end, body[start:end]))
