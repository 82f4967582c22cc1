"""Mentions that are not capitalised runs: demonym phrases, groups, and acronyms the text defines.

"Ukrainian forces" names Ukraine acting; "European leaders" and "NATO member states" are groups; a
definition such as "the North Atlantic Treaty Organization (NATO)" ties an acronym to its name.
"""

from __future__ import annotations

import re

from .gazetteer import Entry, Gazetteer, fold
from .mentions import Mention, run_span
from .tokens import CONNECTORS, Token, adjacent, joined

# "Full Name (ACR)": an acronym in brackets right after the name it abbreviates.
ACRONYM_DEF = re.compile(r"\s\((?:the\s)?([A-Z][A-Za-z.&-]{1,9})\)")
MAX_EXPANSION_WORDS = 9
# Marks an acronym the text defines as a term, not a name: never reported.
TERM = Entry("", "group")
KNOWN_SLACK = 1  # words of a known acronym's name that may be garbled


def _words_at(body: str, tokens: tuple[Token, ...], i: int, n: int) -> str | None:
    if i + n > len(tokens) or not joined(body, tokens[i : i + n]):
        return None
    return fold(" ".join(t.text for t in tokens[i : i + n]))


def _phrase_end(body: str, tokens: tuple[Token, ...], i: int, nouns: frozenset[str]) -> int:
    """End index of a noun of ``nouns`` (one or two words) right after token ``i - 1``, else ``i``."""
    if i >= len(tokens) or not adjacent(body, tokens[i - 1], tokens[i]):
        return i
    for n in (2, 1):
        if _words_at(body, tokens, i, n) in nouns:
            return i + n
    return i


def demonym_phrases(body: str, tokens: tuple[Token, ...], gaz: Gazetteer) -> list[Mention]:
    """ "Russian forces" -> Russia; "European leaders" -> group Europe; "Baltic states" -> group."""
    out: list[Mention] = []
    agents, groups = gaz.words["state_agents"], gaz.words["group_nouns"]
    i = 0
    while i < len(tokens):
        found = False
        for n in (2, 1) if tokens[i].cap and fold(tokens[i].text) in gaz.phrase_firsts else ():
            word = _words_at(body, tokens, i, n)
            if word is None:
                continue
            state, root = gaz.demonyms.get(word), gaz.group_roots.get(word)
            k = _phrase_end(body, tokens, i + n, agents) if state else i + n
            if state and k > i + n:
                out.append(Mention(run_span(body, tokens[i:k]), state, "country", known=True, reference=True))
            elif root and (k := _phrase_end(body, tokens, i + n, groups)) > i + n:
                out.append(Mention(run_span(body, tokens[i:k]), root, "group", known=True, reference=True))
            else:
                continue
            i, found = k, True
            break
        i += 0 if found else 1
    return out


def _initials_match(words: list[str], letters: str, slack: int = 0) -> bool:
    """Do the words' initials spell the acronym? Connectors may count or not ("Republic of Korea");
    ``slack`` words may be wrong (a known acronym with a garbled name: "Treaty Association (NATO)")."""
    if not letters:
        return not words
    if not words:
        return False
    head, rest = words[0], words[1:]
    if head[0].upper() == letters[0] and _initials_match(rest, letters[1:], slack):
        return True
    if slack and _initials_match(rest, letters[1:], slack - 1):
        return True
    return head.lower() in CONNECTORS and _initials_match(rest, letters, slack)


def _expansion(body: str, tokens: tuple[Token, ...], end: int, acronym: str, slack: int) -> tuple[int, int] | None:
    """Token range of the words before offset ``end`` whose initials spell ``acronym``."""
    last = max((n for n, t in enumerate(tokens) if t.end <= end), default=-1)
    if last < 0 or body[tokens[last].end : end].strip():
        return None
    letters = "".join(c for c in acronym if c.isupper())
    for first in range(last, max(last - MAX_EXPANSION_WORDS, -1), -1):
        if first < last and not adjacent(body, tokens[first], tokens[first + 1], loose=True):
            break
        words = [t.text for t in tokens[first : last + 1]]
        if words[0][0].isupper() and _initials_match(words, letters, slack):
            return first, last + 1
    return None


def definitions(body: str, tokens: tuple[Token, ...], gaz: Gazetteer) -> tuple[dict[str, Entry], list[Mention]]:
    """Acronyms the text defines: lookup entries for both forms, and the expansion mentions. A defined
    term that is no organisation maps to ``None`` in the returned table's ``TERM`` entries."""
    local: dict[str, Entry] = {}
    found: list[Mention] = []
    for m in ACRONYM_DEF.finditer(body):
        acronym = m.group(1)
        rng = _expansion(body, tokens, m.start(), acronym, KNOWN_SLACK if gaz.lookup(acronym) else 0)
        if rng is None:
            continue
        span = run_span(body, tokens[rng[0] : rng[1]])
        entry = gaz.lookup(acronym) or gaz.lookup(span.text)
        if entry is None and span.text.split()[-1] not in gaz.org_heads:
            local[acronym] = local[fold(span.text)] = TERM  # a defined term ("Electronic Warfare (EW)")
            continue
        entry = entry or Entry(span.text, "organization")
        local[acronym] = entry
        local[fold(span.text)] = entry
        found.append(Mention(span, entry.name, entry.type, link=entry.link, media=entry.media, known=True))
    return local, found
