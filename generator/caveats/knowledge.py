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

ACRONYM = re.compile(r"\(([A-Z]{2,6})\)")
WINDOW = 120  # characters before "(ACRONYM)" where its spelt-out name stands
# Words sharing their first five letters (and about their length) are spelling variants, not two names.
SAME_STEM = 5


def wrong_expansions(body: str) -> Caveat | None:
    """The first spelt-out name that misses the known name of its acronym by one word."""
    table = gazetteer().acronyms
    for a in ACRONYM.finditer(body):
        entry = table.get(a.group(1))
        if entry is None or entry.type != "organization":
            continue
        known = fold(entry.name).split()
        words = body[max(0, a.start() - WINDOW) : a.start()].split()[-len(known) :]
        given = [fold(w) for w in words]
        if len(given) != len(known) or given == known:
            continue
        if sum(not _same_word(a, b) for a, b in zip(given, known, strict=True)) == 1 and given[0] == known[0]:
            first = body.rfind(words[0], 0, a.start())
            return Caveat(
                "factual-doubt",
                f"'{' '.join(words)}' is not the name {a.group(1)} stands for ({entry.name}), "
                "so other facts of the piece deserve a check too.",
                evidence=(Span(first, a.end(), body[first : a.end()]),),
            )
    return None


def _same_word(a: str, b: str) -> bool:
    """Equal, or spelling variants of one word ("organisation", "organization"; "defence", "defense")."""
    return a[:SAME_STEM] == b[:SAME_STEM] and abs(len(a) - len(b)) <= 1
