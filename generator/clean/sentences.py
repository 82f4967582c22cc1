"""Sentence starts and title-likeness inside raw lines: the small text measures the cleaner relies on."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from functools import lru_cache

# Abbreviations that end with a full stop inside a sentence (titles, months, company forms).
ABBREVIATIONS = frozenset(
    [
        "mr",
        "mrs",
        "ms",
        "dr",
        "st",
        "gen",
        "sen",
        "rep",
        "gov",
        "lt",
        "col",
        "sgt",
        "capt",
        "jr",
        "sr",
        "no",
        "vs",
        "etc",
        "inc",
        "corp",
        "ltd",
        "co",
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
        "prof",
        "rev",
        "fig",
        "al",
        "approx",
        "dept",
        "est",
        "govt",
        "univ",
        "mt",
        "ft",
        "pres",
        "adm",
        "cmdr",
        "maj",
        "brig",
    ]
)
# Words that carry no content: they may be lower-case in a title ("Talks as Ukraine war ...").
STOP_WORDS = frozenset(
    [
        "a",
        "an",
        "the",
        "and",
        "or",
        "but",
        "nor",
        "of",
        "in",
        "on",
        "at",
        "to",
        "for",
        "from",
        "by",
        "with",
        "as",
        "into",
        "onto",
        "over",
        "under",
        "about",
        "after",
        "before",
        "between",
        "against",
        "during",
        "without",
        "within",
        "via",
        "per",
        "than",
        "then",
        "so",
        "yet",
        "if",
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "being",
        "has",
        "have",
        "had",
        "do",
        "does",
        "did",
        "will",
        "would",
        "can",
        "could",
        "may",
        "might",
        "must",
        "shall",
        "should",
        "its",
        "it",
        "his",
        "her",
        "their",
        "our",
        "your",
        "my",
        "this",
        "that",
        "these",
        "those",
        "who",
        "whom",
        "whose",
        "which",
        "what",
        "when",
        "where",
        "why",
        "how",
        "not",
        "no",
        "all",
        "any",
        "each",
        "up",
        "out",
        "off",
        "down",
        "vs",
        "de",
        "la",
        "le",
        "du",
        "der",
        "van",
        "von",
        "da",
        "di",
        "e",
    ]
)
# A title has at least this many capitalised content words per lower-case one.
TITLE_CASE_RATIO = 2
# Lower-case auxiliaries mark a clause, not a headline ("... is a researcher at the Leiden").
AUXILIARIES = frozenset(["is", "are", "was", "were", "has", "have", "had", "will", "would", "been", "being", "am"])
END_RE = re.compile(r"[.!?]+[\"”’'\)\]]*(?:\s+|(?=[A-Z][a-z]))")
WORD_RE = re.compile(r"[^\W\d_][\w’'‘\-‑.&]*")
OPENERS = "\"“‘'([*"


def _token_before(text: str, pos: int) -> str:
    i = pos
    while i > 0 and text[i - 1].isalpha():
        i -= 1
    return text[i:pos]


def is_boundary(text: str, m: re.Match[str]) -> bool:
    """Whether a punctuation match ends a sentence (not "U.S." or "Mr.")."""
    end = m.end()
    if end >= len(text):
        return False
    stop = m.start()
    if text[stop] == ".":
        before = _token_before(text, stop)
        if (len(before) == 1 and before.isupper()) or before.lower() in ABBREVIATIONS:
            return False
    nxt = text[end]
    if nxt.isupper() or nxt.isdigit() or nxt in OPENERS:
        return True
    # a lower-case sentence start after a real word: damaged text ("... the West. frequently ...")
    return nxt.isalpha() and text[end - 1].isspace() and len(_token_before(text, stop)) >= 3


def sentence_starts(text: str, start: int = 0, end: int | None = None) -> list[int]:
    """Offsets in ``text[start:end]`` where a sentence starts, ``start`` first."""
    stop = len(text) if end is None else end
    if stop - start < SHORT_SPAN:
        out = [start]
        for m in END_RE.finditer(text, start, stop):
            if m.end() < stop and is_boundary(text, m):
                out.append(m.end())
        return out
    every = _all_starts(text)
    return [start, *every[bisect_right(every, start) : bisect_left(every, stop)]]


# Spans shorter than this are split directly; longer ones reuse the whole line's sentence starts.
SHORT_SPAN = 300


@lru_cache(maxsize=16)
def _all_starts(text: str) -> tuple[int, ...]:
    """Every sentence start of a text (cached: a flattened line is cut several times)."""
    return tuple(m.end() for m in END_RE.finditer(text) if is_boundary(text, m))


def sentence_start_before(starts: list[int], pos: int) -> int:
    """The start of the sentence holding ``pos - 1``."""
    i = bisect_right(starts, pos - 1) - 1
    return starts[max(i, 0)]


def title_score(text: str) -> tuple[int, int]:
    """(capitalised content words, lower-case content words) of a piece of text."""
    cap = low = 0
    for w in WORD_RE.findall(text):
        if w.lower() in STOP_WORDS:
            continue
        if w[0].isupper():
            cap += 1
        else:
            low += 1
    return cap, low


def looks_like_title(text: str, min_words: int = 2, max_words: int = 22) -> bool:
    """Short, no sentence punctuation inside, mostly capitalised content words."""
    words = text.split()
    if not min_words <= len(words) <= max_words or text.rstrip()[-1:] in ",;":
        return False
    first = words[0].lstrip("\"“‘'(")
    if not first or not (first[0].isupper() or first[0].isdigit() or first.lower() in ("the", "a", "an")):
        return False
    if any(w in AUXILIARIES for w in words[1:]):
        return False
    cap, low = title_score(text)
    return cap >= 1 and cap >= TITLE_CASE_RATIO * low
