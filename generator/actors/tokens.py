"""Words of a body with their offsets, and the capitalised runs that may be names.

A token knows whether it opens a sentence (capitals there prove nothing) and whether it stands in a
"shaky" line: an all-capitals or title-case heading, where every word is capitalised and only names
already known count.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from ..model import Span

# A word: an initialism with dots ("U.S."), or letters with inner apostrophes and hyphens.
TOKEN = re.compile(r"(?:[A-Za-z]\.){2,}|[^\W\d_][\w'’\u2010\u2011-]*[\w]|[^\W\d_]")
POSSESSIVE = re.compile(r"['’]s?$")
# The apostrophe of a plural possessive ("Dockworkers' Union"): the word pattern leaves it outside the word.
PLURAL_POSSESSIVE = re.compile(r"['’](?=\s)")
# Abbreviations written with a full stop inside a name or a title ("Mr. Smith", "St. Petersburg").
ABBREVIATED = frozenset(
    [
        "Mr",
        "Mrs",
        "Ms",
        "Dr",
        "Prof",
        "Gen",
        "Sen",
        "Rep",
        "Gov",
        "Lt",
        "Col",
        "Capt",
        "Sgt",
        "Adm",
        "Maj",
        "Rev",
        "St",
        "Jr",
        "Sr",
        "Pres",
        "Amb",
        "Cmdr",
        "Fr",
        "Mt",
        "Ft",
        "Supt",
        "Insp",
        "Det",
        "Cpl",
        "Pvt",
        "Hon",
    ]
)
HYPHENS = re.compile("[-\u2010\u2011]")
NAME_AFTER = re.compile(r" [A-Z][a-z]")
POSSESSIVE_GAP = re.compile(r"['’]s? ")
# Where one written word holds two: a hyphen between capitalised words ("Russia-Ukraine", "Trump-Putin"),
# or a capital glued to a lower-case word ("TalksHungarian": a lost line break after a heading), or a
# name and the participle that makes it an adjective ("Amsterdam-based OneStat": two names, not one).
SPLIT_AT = re.compile(
    r"(?<=[a-zA-Z.]{2})[-\u2010\u2011](?=[A-Z])|(?<=[a-z]{3})(?=[A-Z][a-z]{2})"
    r"|(?<=[a-z])[-\u2010\u2011](?=(?:based|born|led|backed|owned|run|controlled|made|listed|registered|"
    r"headquartered|funded|linked|allied|aligned|bound)$)"
)
# Words allowed inside a multi-word name between capitalised words ("Council on Foreign Relations").
CONNECTORS = frozenset(
    ["of", "the", "and", "for", "on", "de", "del", "da", "di", "du", "von", "van", "der", "den", "es", "el", "al", "la"]
)
# A line is a heading, not prose, when it is short, has no full stop at its end and most of its
# longer words are capitalised (title case) or it is all capitals.
HEADING_MAX_WORDS = 12
SENTENCE_END = re.compile(r"[a-z][.!?] +[A-Z]")
HEADING_CAPITALISED = 0.75
LONG_WORD = 4


class Token(NamedTuple):
    """A word of the body (a named tuple: a body has thousands, and they are built and read in hot loops)."""

    start: int
    end: int
    text: str
    possessive: bool  # a possessive ending was cut off: a name ends here
    initial: bool  # first word of a sentence or line
    shaky: bool  # inside a heading-like or all-capitals line
    cap: bool  # starts with a capital

    @property
    def upper(self) -> bool:
        letters = [c for c in self.text if c.isalpha()]
        return len(letters) >= 2 and all(c.isupper() for c in letters)

    def span(self) -> Span:
        return Span(self.start, self.end, self.text)


def _shaky_lines(body: str) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    pos = 0
    for line in body.split("\n"):
        words = line.split()
        long = [w for w in words if len(w) >= LONG_WORD and w[0].isalpha()]
        caps = sum(w[0].isupper() for w in long)
        upper = bool(long) and all(w.isupper() for w in long)
        title = 0 < len(words) <= HEADING_MAX_WORDS and bool(long) and caps / len(long) >= HEADING_CAPITALISED
        prose = line.rstrip().endswith((".", ":", ";", ",")) or SENTENCE_END.search(line) is not None
        if upper or (title and not prose):
            out.append((pos, pos + len(line)))
        pos += len(line) + 1
    return out


def _starts(body: str, sentences: tuple[Span, ...]) -> set[int]:
    """Offsets where a sentence or a line begins (after any opening quote or bullet)."""
    starts = {s.start for s in sentences}
    starts.add(0)
    starts.update(m.end() for m in re.finditer(r"\n", body))
    return {_skip_openers(body, s) for s in starts}


def _skip_openers(body: str, i: int) -> int:
    while i < len(body) and (body[i].isspace() or body[i] in "\"“‘'([-–—*•#"):
        i += 1
    return i


def _pieces(text: str, keep: frozenset[str]) -> list[tuple[int, int, bool]]:
    """Split "Russia-Ukraine" and glued "TalksHungarian" into words: (start, end, glued) in ``text``."""
    if len(text) < 4 or (HYPHENS.search(text) is None and (text[1:].islower() or text.isupper())):
        return [(0, len(text), False)]  # the common case: nothing to split
    if re.sub("[\u2010\u2011]", "-", text.lower()) in keep:
        return [(0, len(text), False)]
    out: list[tuple[int, int, bool]] = []
    last, glued = 0, False
    for m in SPLIT_AT.finditer(text):
        out.append((last, m.start(), glued))
        glued = m.group(0) == ""
        last = m.end()
    out.append((last, len(text), glued))
    return out


def _first_name(body: str, m: re.Match[str], pieces: list[tuple[int, int, bool]], known: frozenset[str]) -> bool:
    """ "Jean-Claude Trichet": capitalised pieces no gazetteer knows, a capitalised word after them."""
    word = m.group(0)
    if not NAME_AFTER.match(body, m.end()) or any(glued for _, _, glued in pieces):
        return False
    return all(word[a].isupper() and word[a:b].lower() not in known for a, b, _ in pieces)


def tokenize(
    body: str, sentences: tuple[Span, ...], keep: frozenset[str] = frozenset(), known: frozenset[str] = frozenset()
) -> tuple[Token, ...]:
    """Every word of the body, possessives cut off, with its context flags; ``keep``: hyphenated
    words never split ("secretary-general"); ``known``: folded names that a hyphen may join."""
    starts = _starts(body, sentences)
    shaky = bytearray(len(body) + 1)  # 1 at every offset of a heading-like line
    for a, b in _shaky_lines(body):
        shaky[a:b] = b"\x01" * (b - a)
    out: list[Token] = []
    for m in TOKEN.finditer(body):
        word, start = m.group(0), m.start()
        in_shaky = shaky[start] == 1
        if word.isalpha() and (len(word) < 4 or word[1:].islower() or word.isupper()):  # one plain word
            owner = PLURAL_POSSESSIVE.match(body, m.end()) is not None and word.endswith("s")
            out.append(Token(start, m.end(), word, owner, start in starts, in_shaky, word[0].isupper()))
            continue
        pieces = _pieces(word, keep)
        if len(pieces) > 1 and _first_name(body, m, pieces, known):
            pieces = [(0, len(word), False)]
        for a, b, glued in pieces:
            text, at = word[a:b], start + a
            cut = POSSESSIVE.search(text) if len(text) > 2 else None
            if cut:
                text = text[: cut.start()]
            plural = at + len(text) == m.end() and text.endswith("s") and PLURAL_POSSESSIVE.match(body, m.end())
            if text:
                initial = glued or at in starts
                out.append(Token(at, at + len(text), text, bool(cut or plural), initial, in_shaky, text[0].isupper()))
    return tuple(out)


def adjacent(body: str, a: Token, b: Token, loose: bool = False) -> bool:
    """``b`` follows ``a`` after exactly one space, nothing else: both may be in one name.
    ``loose``: a possessive may stand between ("Democratic People's Republic of Korea")."""
    if a.possessive:
        return loose and bool(POSSESSIVE_GAP.fullmatch(body, a.end, b.start))
    if b.start == a.end + 2 and body[a.end : b.start] == ". " and b.cap:
        return (len(a.text) == 1 and a.text.isupper()) or a.text in ABBREVIATED  # "George W. Bush", "Mr. Smith"
    return b.start == a.end + 1 and body[a.end] in " \u00a0"


def joined(body: str, tokens: tuple[Token, ...] | list[Token], loose: bool = False) -> bool:
    """Every token follows the one before it after a single space."""
    return all(adjacent(body, tokens[n - 1], tokens[n], loose) for n in range(1, len(tokens)))
