"""Classify the lines of a page dump: running text, headings, metadata lines, furniture."""

from __future__ import annotations

import re

from ..model import Block, BlockKind

SENTENCE_END = re.compile(r"[.!?\"'\u201d\u2019)]\s*$")
WORDS = re.compile(r"[A-Za-z\u00c0-\u024f']+")
META_LINE = re.compile(r"^(published|updated|upload date|posted|by|keywords|tags)\b", re.I)


def classify_lines(lines: list[tuple[str, int, int]]) -> list[Block]:
    """Give each non-empty line a kind from its length and punctuation."""
    blocks: list[Block] = []
    for raw, line, start in lines:
        text = " ".join(raw.split())
        if not text:
            continue
        blocks.append(Block(text=text, kind=_kind(text), line=line, start=start, raw=raw))
    return blocks


def _kind(text: str) -> BlockKind:
    words = WORDS.findall(text)
    if META_LINE.match(text) or text.startswith("#"):
        return "meta"
    if len(words) >= 12 and SENTENCE_END.search(text):
        return "paragraph"
    if len(words) >= 4:
        return "heading"
    return "boilerplate"
