"""Known furniture of the web in general, read from ``data/furniture.yml``, and tests on one unit of text.

Only general phrases of site templates live in the data file; the rules that use them look at the
shape of a line (length, case, punctuation) as much as at its words.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from importlib import resources

import yaml

SPAN_KINDS = ("label", "sentence", "rest")


@dataclass(frozen=True, slots=True)
class InlinePhrase:
    """A phrase that opens a piece of furniture inside running text."""

    phrase: str
    reason: str
    span: str  # one of SPAN_KINDS


def _load() -> dict[str, object]:
    text = resources.files("generator").joinpath("data/furniture.yml").read_text(encoding="utf-8")
    data = yaml.safe_load(text)
    assert isinstance(data, dict)
    return data


_DATA = _load()
_LINES: dict[str, list[str]] = _DATA["lines"]  # type: ignore[assignment]


def _key(text: str) -> str:
    """A line's lookup key: bullets, pipes, stars, colons and dots around it gone, lower-case."""
    return " ".join(text.strip(_STRIP).lower().split())


# What is stripped around a line before it is looked up as a phrase: bullets, pipes, stars, colons.
_STRIP = " \t*|•·-–—:>#[]().!"
LINE_PHRASES: dict[str, str] = {_key(str(p)): reason for reason, phrases in _LINES.items() for p in phrases}
PHRASE_FIRST_WORDS = frozenset(k.split(" ", 1)[0] for k in LINE_PHRASES)
INLINE: tuple[InlinePhrase, ...] = tuple(
    InlinePhrase(str(d["phrase"]).lower(), str(d["reason"]), str(d["span"]))
    for d in _DATA["inline"]  # type: ignore[attr-defined]
)
INLINE_BY_PHRASE = {p.phrase: p for p in INLINE}
# Longest phrases first so "related searches include:" wins over "related:".
_INLINE_PATTERN = "|".join(re.escape(p.phrase) for p in sorted(INLINE, key=lambda p: -len(p.phrase)))
INLINE_RE = re.compile(_INLINE_PATTERN, re.IGNORECASE)
# A line holding none of the phrases needs no regular expression (plain `in` tests are much cheaper):
# the phrases without ":" or "?" are tested one by one.
INLINE_WORDS = tuple(sorted({p.phrase for p in INLINE if ":" not in p.phrase and "?" not in p.phrase}))
INLINE_LOWER_RE = re.compile(_INLINE_PATTERN)  # on lower-cased text: several times faster than IGNORECASE
READER_PROMPT_RE = re.compile(
    "|".join(f"(?:{p})" for p in _DATA["reader_prompt_patterns"]),  # type: ignore[attr-defined]
    re.IGNORECASE,
)
CAPTION_RE = re.compile(
    "|".join(f"(?:{p})" for p in _DATA["caption_patterns"]),  # type: ignore[attr-defined]
    re.IGNORECASE,
)
CAMEL_WORDS = frozenset(str(w) for w in _DATA["camel_words"])  # type: ignore[attr-defined]

COPYRIGHT_RE = re.compile(r"^\s*(©|\(c\)\s|copyright\b)|\ball rights reserved\b", re.IGNORECASE)
FILE_NAME_RE = re.compile(r"^\S.{0,150}\.(pdf|docx?|xlsx?|pptx?|hwp|zip|csv|epub|odt)\s*$", re.IGNORECASE)
HASHTAGS_RE = re.compile(r"^\s*(#[^\s#]+\s*)+$")
SYMBOLS_RE = re.compile(r"^[\W_]{1,6}$")
RULE_RE = re.compile(r"^([-=_*~#.•·])\1{2,}$")  # "-----", "=====": a rule between pieces
PAGE_OF_RE = re.compile(r"^page \d+ (?:of|/) \d+$", re.IGNORECASE)
# "Home | News | Business | Sport": menu entries on one line, split by pipes, bullets or wide gaps.
MENU_SEPARATORS = re.compile(r"\s*[|•·]\s*|\s{3,}")
MENU_MIN_ITEMS = 2
MENU_ITEM_WORDS = 3
NUMBER_RE = re.compile(r"^[\d.,\s]{1,12}$")
IMAGE_RE = re.compile(r"!\[[^\]]{0,200}\]\([^)]{0,500}\)")


def phrase_reason(text: str) -> str | None:
    """The furniture reason of a whole line that is a known template phrase, else None."""
    core = text.strip(_STRIP)
    if not core:
        return "other" if text.strip() else None
    if core.split(None, 1)[0].lower() not in PHRASE_FIRST_WORDS:
        return None  # (the whole key of a long line costs more than this look at its first word)
    return LINE_PHRASES.get(" ".join(core.lower().split()))


def line_reason(text: str) -> str | None:
    """The furniture reason of a whole line from its phrase or shape, else None.

    Each shape test runs only when a cheap look at the line allows it (most lines are not furniture).
    """
    reason = phrase_reason(text)
    if reason:
        return reason
    stripped = text.strip()
    first = stripped[:1]
    if not first.isalnum() and (SYMBOLS_RE.match(stripped) or RULE_RE.match(stripped)):
        return "other"
    if first in "Pp" and PAGE_OF_RE.match(stripped):
        return "pagination"
    if _menu_line(stripped):
        return "navigation"
    if first == "#" and HASHTAGS_RE.match(stripped):
        return "hashtags"
    return _long_shape(stripped) if len(stripped) < 300 else None


def _long_shape(stripped: str) -> str | None:
    low = stripped.lower()
    if ("©" in low or "(c)" in low or "opyright" in low or "rights reserved" in low) and COPYRIGHT_RE.search(stripped):
        return "copyright"
    if "." in stripped and FILE_NAME_RE.match(stripped) and len(stripped.split()) <= 8:
        return "attachment"
    if "![" in stripped and IMAGE_RE.fullmatch(stripped):
        return "caption"
    if len(stripped) < 200 and any(w in low for w in CREDIT_WORDS) and _caption_at_start(stripped):
        return "caption"
    return None


def _menu_line(text: str) -> bool:
    """Several short capitalised entries split by "|", "•" or wide gaps, with no sentence punctuation."""
    if len(text) > 200 or text[-1:] in ".!?" or not ("|" in text or "•" in text or "·" in text or "   " in text):
        return False
    items = [i for i in MENU_SEPARATORS.split(text) if i]
    if len(items) <= MENU_MIN_ITEMS and not (len(items) == MENU_MIN_ITEMS and all(phrase_reason(i) for i in items)):
        return False
    return all(len(i.split()) <= MENU_ITEM_WORDS and i[:1].isupper() for i in items)


def _caption_at_start(text: str) -> bool:
    """A photo credit that is the whole line (not a credit ending a caption sentence)."""
    m = CAPTION_RE.search(text)
    return m is not None and (m.start() == 0 or len(text.split()) <= 12)


# A credit is short: only this much of a line's end is searched for one.
CREDIT_TAIL = 160
# Every caption pattern holds one of these words.
CREDIT_WORDS = (
    "photo",
    "image",
    "picture",
    "credit",
    "source",
    "caption",
    "getty",
    "reuters",
    "illustration",
    "graphic",
)


def caption_credit(text: str) -> int | None:
    """Where a photo credit ending a longer line starts ("... visit. Photo by AP"), else None."""
    cut = max(0, len(text) - CREDIT_TAIL)
    tail = text[cut:].lower()
    if not any(w in tail for w in CREDIT_WORDS):
        return None
    m = CAPTION_RE.search(text, cut)
    if m is None or (m.start() > cut and m.end() < len(text.rstrip()) - 1):
        return None
    return m.start()


def inline_matches(line: str) -> list[tuple[int, int, InlinePhrase]]:
    """Inline furniture phrases of a line, leftmost-longest and not overlapping: (start, end, phrase)."""
    low = line.lower()
    if ":" not in low and "?" not in low and not any(w in low for w in INLINE_WORDS):
        return []
    if len(low) != len(line):  # a few characters change length when lower-cased
        return [(m.start(), m.end(), INLINE_BY_PHRASE[m.group(0).lower()]) for m in INLINE_RE.finditer(line)]
    found = _ending_at(low, ":") + _ending_at(low, "?")
    for phrase in INLINE_UNMARKED:  # str.find: far faster than one pattern of many alternatives
        i = low.find(phrase.phrase)
        while i >= 0:
            found.append((i, i + len(phrase.phrase), phrase))
            i = low.find(phrase.phrase, i + 1)
    found.sort(key=lambda f: (f[0], -f[1]))
    out: list[tuple[int, int, InlinePhrase]] = []
    for f in found:
        if not out or f[0] >= out[-1][1]:
            out.append(f)
    return out


def _ending_at(low: str, mark: str) -> list[tuple[int, int, InlinePhrase]]:
    """Phrases that end with ``mark`` ("read more:", "did you know?"), found from the marks of the line:
    each mark is looked up with the three characters before it (one look-up, not one scan per phrase)."""
    found: list[tuple[int, int, InlinePhrase]] = []
    i = low.find(mark)
    while i >= 0:
        for phrase in INLINE_BY_ENDING.get(low[i - 3 : i + 1] if i >= 3 else "", ()):
            if low.endswith(phrase.phrase, 0, i + 1):
                found.append((i + 1 - len(phrase.phrase), i + 1, phrase))
        i = low.find(mark, i + 1)
    return found


# Phrases that end with ":" or "?" by their last four characters ("tip:"), and the others.
INLINE_BY_ENDING: dict[str, tuple[InlinePhrase, ...]] = {}
for _p in INLINE:
    if _p.phrase.endswith((":", "?")):
        INLINE_BY_ENDING[_p.phrase[-4:]] = (*INLINE_BY_ENDING.get(_p.phrase[-4:], ()), _p)
INLINE_UNMARKED = tuple(p for p in INLINE if not p.phrase.endswith((":", "?")))
assert all(len(p.phrase) >= 4 and ":" not in p.phrase[:-1] and "?" not in p.phrase[:-1] for p in INLINE)


# A reader prompt is one short sentence or line; longer text that matches is story text quoting someone.
PROMPT_MAX_WORDS = 40
# Every reader-prompt pattern contains one of these: a cheap test before the regular expressions.
QUOTES = ('"', "“", "”", "``", "''")
PROMPT_CUES = ("you", "comment", "join the", "tell us", "let us know")


def is_reader_prompt(sentence: str) -> bool:
    """A sentence that asks the reader for a reaction ("Share your thoughts ...")."""
    low = sentence.lower()
    if not any(cue in low for cue in PROMPT_CUES) or len(sentence.split()) > PROMPT_MAX_WORDS:
        return False
    if any(q in sentence for q in QUOTES):
        return False  # a quoted question is someone in the story speaking, not the site asking
    return READER_PROMPT_RE.search(sentence) is not None
