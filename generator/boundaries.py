"""Find where the articles of one page start: several scraped pieces often share one file.

A new article starts at a headline followed by a table of contents, at a headline after a reader
question or FAQ stub, and at a dateline ("Kyiv –") or "Published:" line once the current article
already has text. A piece with too little text to be an article stays with its neighbour.
"""

from __future__ import annotations

import itertools
import re

from .clean.lines import norm_key, toc_entries
from .model import Block

# "Kyiv – ", "Washington D.C. – ", "Berlin, Germany – December 14, 2025 – ", "NAIROBI, Kenya (AP) _"
# "GDAŃSK, Oct 16 (Baltic Wire) - ": with an agency in brackets a plain hyphen is a dateline too.
DATELINE = re.compile(
    r"^(?:[A-Z][\w.’'\-]+\.?)(?:[ ,]+[A-Z][\w.’'\-]+\.?){0,3}(?:,? [A-Z][a-z]{2,8}\.? \d{1,2})?"
    r"(?:\s*\([A-Z][\w ]{0,25}\)\s+-|\s+(?:[–—_]|--))\s+(?=[A-Z0-9])"
)
RULE = re.compile(r"^\s*([-=_*~#.•·])\1{2,}\s*$")
# An article must have this many words of running text before a new one may start (a dateline
# paragraph followed by the piece's own headline and contents box is not yet a whole article) ...
MIN_ARTICLE_WORDS = 100
# ... unless the break is explicit (a rule line or a reader question before a new headline): then this many.
MIN_ARTICLE_WORDS_AFTER_BREAK = 30
# A new piece needs this many words to stand on its own; less is a stub that stays with its neighbour.
MIN_PIECE_WORDS = 30
# Furniture that closes an article: what follows it is a new piece.
CLOSING_REASONS = ("reader-prompt", "faq", "ad", "hashtags", "copyright", "share", "pagination")
TEXT_KINDS = ("paragraph", "list", "table")


def article_starts(blocks: tuple[Block, ...]) -> list[int]:
    """Indices of the blocks where articles start; the first is always 0."""
    toc = toc_entries(list(blocks))
    counts = [b.text.count(" ") + 1 if b.kind in TEXT_KINDS else 0 for b in blocks]
    starts = [0]
    words = 0
    for i in range(len(blocks)):
        if i > 0 and words >= MIN_ARTICLE_WORDS_AFTER_BREAK:
            strength = _starts_here(blocks, i, toc)
            if strength == "break" or (strength == "cue" and words >= MIN_ARTICLE_WORDS):
                starts.append(_head_start(blocks, i))
                words = 0
        words += counts[i]
    return _merge_stubs(counts, sorted(set(starts)))


def _starts_here(blocks: tuple[Block, ...], i: int, toc: frozenset[str]) -> str:
    """How surely a new article starts at block ``i``: "break" (explicit), "cue" (likely) or ""."""
    b = blocks[i]
    if b.kind == "heading" and norm_key(b.text) not in toc:
        nxt = blocks[i + 1] if i + 1 < len(blocks) else None
        if nxt is not None and nxt.kind == "boilerplate" and nxt.reason == "toc":
            return "cue"
        prev = _previous_non_meta(blocks, i)
        new_line = prev is not None and prev.line != b.line  # inline prompts inside an article do not close it
        closing = (
            prev is not None
            and prev.kind == "boilerplate"
            and (prev.reason in CLOSING_REASONS or RULE.match(prev.text) is not None)
        )
        if new_line and closing and _text_follows(blocks, i):
            return "break"
    if b.kind == "meta" and b.reason == "published":
        return "cue"
    if b.kind != "paragraph" or DATELINE.match(b.text) is None:
        return ""
    prev = _previous_non_meta(blocks, i)  # a dateline after running text is a dash in a sentence
    return "cue" if prev is None or prev.kind != "paragraph" else ""


def _previous_non_meta(blocks: tuple[Block, ...], i: int) -> Block | None:
    j = i - 1
    while j >= 0 and blocks[j].kind == "meta":
        j -= 1
    return blocks[j] if j >= 0 else None


def _text_follows(blocks: tuple[Block, ...], i: int) -> bool:
    """A headline is followed by running text within a few blocks (not by more furniture)."""
    return any(b.kind in TEXT_KINDS for b in blocks[i + 1 : i + 5])


def _head_start(blocks: tuple[Block, ...], i: int) -> int:
    """Move a start back over the headline, images and metadata lines just before it."""
    kinds = ("meta",) if blocks[i].kind == "heading" else ("meta", "heading")
    j = i
    while j > 0:
        prev = blocks[j - 1]
        if not (prev.kind in kinds or (prev.kind == "boilerplate" and prev.reason in ("caption", "toc"))):
            break
        j -= 1
    return j


def _merge_stubs(counts: list[int], starts: list[int]) -> list[int]:
    """Drop starts that would leave a piece with too little text to be an article."""
    kept: list[int] = []
    bounds = [*starts, len(counts)]
    for s, e in itertools.pairwise(bounds):
        if kept and (sum(counts[s:e]) < MIN_PIECE_WORDS or sum(counts[kept[-1] : s]) < MIN_PIECE_WORDS):
            continue
        kept.append(s)
    return kept
