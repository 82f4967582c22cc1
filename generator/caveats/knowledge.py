"""factual-doubt from a gazetteer: a known organisation's name spelt out wrongly before its acronym.

"North Atlantic Treaty Association (NATO)" is one word off the name the acronym stands for: a
writer (or a spinner) got the name wrong, so the piece's other facts deserve a check too. Only a
near miss counts (same number of words, exactly one different), so a loose gloss ("fighters of the
Islamic State (ISIS)") is not taken for an error.
"""

from __future__ import annotations

import re

from ..actors.gazetteer import fold, gazetteer
from ..model import Caveat, Span

EXPANDED = re.compile(r"((?:[\w'\u2019.-]+\s+){2,8})\(([A-Z]{2,6})\)")
SMALL_WORDS = frozenset({"of", "for", "and", "the", "on", "in", "to", "de", "du", "des", "la", "le"})


def wrong_expansions(body: str) -> Caveat | None:
    """The first spelt-out name that misses the known name of its acronym by one word."""
    table = gazetteer().acronyms
    for m in EXPANDED.finditer(body):
        entry = table.get(m.group(2))
        if entry is None or entry.type != "organization":
            continue
        known = fold(entry.name).split()
        given = fold(m.group(1)).split()[-len(known) :]
        if len(given) != len(known) or given == known:
            continue
        if sum(a != b for a, b in zip(given, known, strict=True)) == 1 and given[0] == known[0]:
            words = m.group(1).split()[-len(known) :]
            start = body.rfind(words[0], m.start(), m.end())
            return Caveat(
                "factual-doubt",
                f"'{' '.join(words)}' is not the name {m.group(2)} stands for ({entry.name}); "
                "other facts of the piece deserve a check too.",
                evidence=(Span(start, m.end(), body[start : m.end()]),),
            )
    return None
