"""Source lines of an HTML page's text blocks, so diagnostics and caveat evidence can point at the page.

trafilatura returns the main text without positions. Each block's first words are looked up in the raw
HTML, in reading order, allowing tags, entities and line breaks between the words ("Unions <a>called</a>
off"); a block whose words cannot be found (text changed by entity decoding, or assembled from several
elements) keeps the line of the block before it, or line 1 when none was found yet.
"""

from __future__ import annotations

import re
from bisect import bisect_left

# The first words of a block that are looked up: enough to be unique on a page, few enough to stay inside
# one element.
LOOKUP_WORDS = 5
# Fewer words are tried when the first ones are not found (text changed between them): this many ...
MIN_LOOKUP_WORDS = 2
# ... and the words looked up must hold this many letters ("Home" alone is everywhere on a page).
MIN_LOOKUP_CHARS = 8
# Between two words of the text the HTML may hold white space, punctuation, tags and entities (a word
# with an encoded character, "don&#8217;t", is two words here).
GAP = r"(?:[^\w<&]|<[^<>]{0,300}>|&[#\w]{1,10};)+"
WORD = re.compile(r"\w+")
BODY = re.compile(r"<body\b", re.IGNORECASE)


def html_lines(html: str, texts: list[str], line_offset: int = 0) -> list[int]:
    """The 1-based source line of each text's first words in ``html`` (in reading order)."""
    newlines = [m.start() for m in re.finditer("\n", html)]
    out: list[int] = []
    body = BODY.search(html)
    pos = start = body.start() if body else 0  # the headline is in <title> and meta tags too
    line = 1 + line_offset
    for text in texts:
        found = _find(html, text, pos)
        if found is None and pos > start:
            found = _find(html, text, start)  # out of order (a caption moved after its paragraph, say)
        if found is not None:
            pos = max(pos, found)
            line = bisect_left(newlines, found) + 1 + line_offset
        out.append(line)
    return out


def _find(html: str, text: str, pos: int) -> int | None:
    """Where the first words of ``text`` start in ``html`` at or after ``pos``, or None.

    At most two searches: all the first words, then only the first ``MIN_LOOKUP_WORDS`` of them (a page
    where nothing is found costs a few scans per block, not one per word count).
    """
    words = WORD.findall(text, 0, 400)[:LOOKUP_WORDS]
    if len(words) < MIN_LOOKUP_WORDS or len("".join(words)) < MIN_LOOKUP_CHARS:
        if len(words) == 1 and len(words[0]) >= MIN_LOOKUP_CHARS:
            i = html.find(words[0], pos)
            return i if i >= 0 else None
        return None
    for n in dict.fromkeys((len(words), MIN_LOOKUP_WORDS)):
        m = re.compile(GAP.join(words[:n])).search(html, pos)  # words are \w+: nothing to escape
        if m is not None:
            return m.start()
    return None
