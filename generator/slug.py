"""The one slug function: identity of briefs, actors and topics, and their file names."""

from __future__ import annotations

import re
import unicodedata

MAX_LEN = 80


def slugify(text: str) -> str:
    """ASCII, lower-case, words joined by '-', at most 80 characters, never empty."""
    norm = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii").lower()
    words = re.findall(r"[a-z0-9]+", norm)
    slug = ""
    for w in words:
        nxt = f"{slug}-{w}" if slug else w
        if len(nxt) > MAX_LEN:
            break
        slug = nxt
    return slug or "untitled"


def unique_slugs(wanted: list[str]) -> list[str]:
    """Make slugs unique in order: the second 'x' becomes 'x-2', and so on."""
    seen: dict[str, int] = {}
    taken = set(wanted)
    out: list[str] = []
    for s in wanted:
        n = seen.get(s, 0) + 1
        seen[s] = n
        cand = s if n == 1 else f"{s}-{n}"
        while n > 1 and cand in taken:
            n += 1
            cand = f"{s}-{n}"
        seen[s] = n
        taken.add(cand)
        out.append(cand)
    return out
