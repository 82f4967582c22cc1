"""The one escaping filter: text from a source becomes inert Markdown.

Everything a source says (titles, sentences, names, quotes, file names) reaches a page through
``md``. The result renders, under Python-Markdown with the site's extensions, as exactly the
input text with its whitespace collapsed: no HTML, no links, no emphasis, no headings, no
template syntax. Our own vocabulary (caveat kinds, dates we computed, links between pages) is
written by the templates and not escaped.

``Untrusted`` marks source text in the view models; the renderer refuses to print one that did
not go through ``md`` (see ``generator.render``).
"""

from __future__ import annotations

import html
import re

# Backslash escapes Python-Markdown honours (markdown.Markdown.ESCAPED_CHARS with the tables
# extension). '.', '-', '+', '!', '(' and ')' only matter at the start of a line or after
# '[' / ']', so they are escaped where they could start a block, which keeps diffs readable.
# '#' is escaped everywhere: a trailing '#' would be read as the closing of an ATX heading.
INLINE_SPECIALS = frozenset("\\`*_{}|#")
# Characters HTML would read as markup, and brackets (an escaped "\]:" still ends a reference
# definition inside link text): written as entities, which Markdown leaves as text.
HTML_ENTITIES = {"<": "&lt;", ">": "&gt;", "&": "&amp;", "[": "&#91;", "]": "&#93;"}
# A block marker at the start of a value: list '-', '+', '*', ordered list '1.',
# setext underline '=' (not backslash-escapable, so written as an entity), admonition '!!!'.
BLOCK_START = re.compile(r"^(?:([+\-!])|(=)|(\d+)(\.))")
# Two or more spaces or any line break: collapsed so a value never starts a new block.
WHITESPACE = re.compile(r"\s+")
# Control characters that are not whitespace (Python-Markdown uses STX/ETX as internal
# placeholders): dropped.
CONTROL = {c: None for c in [*range(0x20), *range(0x7F, 0xA0)] if not chr(c).isspace()}


class Untrusted(str):
    """Text that came from a source; must pass through ``md`` before it reaches a page."""

    __slots__ = ()


def md(text: str | None) -> str:
    """Escape ``text`` for inline use in Markdown (table cells, list items, paragraphs, headings)."""
    if text is None:
        return ""
    flat = _flat(str(text))
    out = "".join(HTML_ENTITIES.get(c) or ("\\" + c if c in INLINE_SPECIALS else c) for c in flat)
    return BLOCK_START.sub(_escape_block_start, out, count=1)


def _escape_block_start(m: re.Match[str]) -> str:
    if m.group(1):
        return "\\" + m.group(1)
    if m.group(2):
        return "&#61;"
    return f"{m.group(3)}\\{m.group(4)}"


def attr(text: str | None) -> str:
    """Escape ``text`` for a YAML front-matter title: HTML-escaped, because the theme prints it raw."""
    return html.escape(_flat(text or ""), quote=False)


def _flat(text: str) -> str:
    """One line: control characters dropped, runs of whitespace made one space, ends trimmed."""
    return WHITESPACE.sub(" ", text.translate(CONTROL)).strip()
