"""Clean a source into classified blocks: the article text, its metadata lines and its furniture.

Nothing is thrown away: furniture is kept as ``boilerplate`` blocks so caveats can cite it. Each
block keeps its source line and the offset of its raw text in ``Source.text`` (-1 for HTML); its
``text`` is the repaired text.

Stages: lines (hard-wrapped paragraphs joined, ``wrap``) -> units (flattened lines cut: glued headings,
inline boxes, keyword lists, ``segment``) -> classified blocks (``lines``, with the phrase data of
``furniture``) -> repaired text (``repair``). HTML enters at the units: trafilatura's main text
(``html``), each paragraph cut like a dump's line, on the source line of its element (``locate``).
"""

from __future__ import annotations

from ..model import Block, Document, PageMeta, Repair, Source
from .html import html_units
from .lines import Unit, classify
from .locate import html_lines
from .repair import name_case_map, repair_line, restore_names
from .segment import CamelNames, segment
from .wrap import unwrap

# Kinds whose text is article text and is repaired (furniture keeps its raw form for diagnostics).
REPAIRED_KINDS = ("paragraph", "heading", "list", "table", "caption")


def clean(source: Source) -> Document:
    """Turn a source into a ``Document`` of classified, repaired blocks."""
    if source.format == "html":
        pairs, meta, extracted = html_units(source.text)
        units = _html_units(pairs, html_lines(source.text, [text for _, text in pairs], source.line_offset))
        # trafilatura has already taken the menus away: short list items it kept are article text
        blocks = classify(units, menus=not extracted)
    else:
        meta = PageMeta()
        blocks = classify(text_units(source.text, source.line_offset))
    blocks, repairs = _repair(blocks, source.text if source.format != "html" else "")
    return Document(source=source, blocks=tuple(blocks), repairs=tuple(repairs), meta=meta)


def text_units(text: str, line_offset: int = 0) -> list[Unit]:
    """Every non-blank line of a text dump, cut into units where it was flattened; hard-wrapped
    paragraphs are joined back into one unit first."""
    units: list[Unit] = []
    names = CamelNames(text)
    for line, number, pos in unwrap(text.split("\n"), line_offset):
        for u in segment(line, names):
            raw = line[u.start : u.end]
            lead = len(raw) - len(raw.lstrip())
            raw = raw.strip()
            if raw:
                at = u.start + lead
                line_no = number + line.count("\n", 0, at) if "\n" in line else number
                units.append(Unit(raw, line_no, pos + at, u.kind, u.reason))
    return units


def _html_units(pairs: list[tuple[str, str]], lines: list[int]) -> list[Unit]:
    """The main text's elements as units (on the source line of their element, ``locate``); a paragraph is
    cut like a dump's line (inline furniture, glue)."""
    names = CamelNames("\n".join(text for _, text in pairs))
    units: list[Unit] = []
    for (hint, text), line in zip(pairs, lines, strict=True):
        if hint != "line":
            kind, _, reason = hint.partition(":")  # "furniture:related": a hint and its reason
            units.append(Unit(text, line, -1, kind, reason))
            continue
        for u in segment(text, names):
            raw = text[u.start : u.end].strip()
            if raw:
                units.append(Unit(raw, line, -1, u.kind, u.reason))
    return units


def _repair(blocks: list[Block], page: str = "") -> tuple[list[Block], list[Repair]]:
    repairs: list[Repair] = []
    fixed: list[Block] = []
    for b in blocks:
        if b.kind in REPAIRED_KINDS:
            text, found = repair_line(b.text, b.line)
            if found:
                repairs.extend(found)
                b = Block(text, b.kind, b.line, b.start, b.raw, b.reason)  # (faster than replace)
        if b.reason == "glued":
            repairs.append(Repair("glued-heading", _glue_context(page, b), b.text, b.line))
        fixed.append(b)
    names = name_case_map(b.text for b in fixed if b.kind in REPAIRED_KINDS)
    out: list[Block] = []
    for b in fixed:
        if b.kind in REPAIRED_KINDS and names:
            text, found = restore_names(b.text, names, b.line)
            if found:
                repairs.extend(found)
                b = Block(text, b.kind, b.line, b.start, b.raw, b.reason)  # (faster than replace)
        out.append(b)
    return out, repairs


# How much of the text after a glued heading a repair quotes: enough to show the glue.
GLUE_CONTEXT = 24


def _glue_context(text: str, b: Block) -> str:
    """The heading as it stood in the source, glued to the start of what follows."""
    if b.start < 0 or not text:
        return b.raw
    end = b.start + len(b.raw)
    stop = text.find("\n", end)
    stop = min(stop if stop >= 0 else len(text), end + GLUE_CONTEXT)
    return text[b.start : stop]


__all__ = ["Block", "clean", "text_units"]
