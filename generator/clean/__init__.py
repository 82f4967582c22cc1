"""Clean a source into classified blocks: the article text, its metadata lines and its furniture.

Nothing is thrown away: furniture is kept as ``boilerplate`` blocks so caveats can cite it.
"""

from __future__ import annotations

from ..model import Block, Document, PageMeta, Source
from .html import html_to_lines
from .lines import classify_lines


def clean(source: Source) -> Document:
    """Turn a source into a ``Document`` of classified blocks."""
    if source.format == "html":
        lines, meta = html_to_lines(source.text)
        blocks = classify_lines([(text, 0, -1) for text in lines])
    else:
        meta = PageMeta()
        blocks = classify_lines(_numbered_lines(source))
    return Document(source=source, blocks=tuple(blocks), meta=meta)


def _numbered_lines(source: Source) -> list[tuple[str, int, int]]:
    out: list[tuple[str, int, int]] = []
    pos = 0
    for i, line in enumerate(source.text.split("\n")):
        out.append((line, i + 1 + source.line_offset, pos))
        pos += len(line) + 1
    return out


__all__ = ["Block", "clean"]
