"""Classify the units of a page: running text, headings, lists, tables, metadata lines, furniture.

First each unit on its own (phrase, shape, punctuation), then passes over the whole page that need
context: tables of contents, SEO-note lists, footnote sections, lines repeated in the file, menu-like
runs of short title-case lines, reader questions and the links after "Prev"/"Next".
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from ..model import Block, BlockKind
from .furniture import NUMBER_RE, is_reader_prompt, line_reason, phrase_reason
from .segment import META_PREFIX_RE
from .sentences import looks_like_title

WORDS = re.compile(r"[^\W_][\w’'\-‑]*")
BULLET = re.compile(r"^\s*(?:[-*•·–]\s+|\d{1,2}[.)]\s+)+")
NUMBERED = re.compile(r"^\s*(?:[-*•]\s*)?\d{1,2}[.)]\s+")
FOOTNOTE = re.compile(r"^\s*(?:\[\d{1,3}\]|\d{1,3}\.\s+[A-Z][^.]{1,80}[.,]\s+[“\"].+)")
_NAME = r"[A-Z][\w.'’\-]+(?:\s+(?:[A-Z][\w.'’\-]+|de|der|del|di|du|la|le|van|von|da|al|bin))*"
# "By Jane Roe", "By Jane Roe and John Doe, Reuters", "By JANE ROE | Staff writer"
BYLINE = re.compile(
    rf"^\s*(?i:by|written by|words by|story by|reporting by)\s+({_NAME}(?:\s*(?:,|and|&)\s*{_NAME})*)"
    r"(?:\s*(?:[|·•–—-]|\bfor\b)\s*[^.!?]{0,60})?\s*$"
)
DATE_ONLY = re.compile(
    r"^\s*(?:\d{4}[-./]\d{1,2}[-./]\d{1,2}|\d{1,2} [A-Z][a-z]+\.? \d{4}|[A-Z][a-z]+\.? \d{1,2},? \d{4})"
    r"(?:[ T,]+\d{1,2}:\d{2}(?::\d{2})?)?\s*$"
)
DATE_LABEL = re.compile(r"^\s*(?:upload(?:ed)? date|date|published|posted|updated|release date)\s*:?\s*$", re.I)
# A dateline alone on its line: "NAIROBI, Kenya (AP) _", "JOHANNESBURG, August 7 (Xinhua) --". It is story text.
DATELINE_LINE = re.compile(
    r"^[A-Z][A-Za-z.'’\- ]{1,40}(?:, [A-Z][A-Za-z.'’\- ]{1,30})?(?:,? [A-Z][a-z]+\.? \d{1,2})?"
    r"\s*(?:\([A-Za-z .\-]{1,30}\))?\s*(?:_|--|–|—)\s*$"
)
MD_HEADING = re.compile(r"^#{1,6}\s+(.+?)(?:\s+#+)?\s*$")  # "## Background": a Markdown heading
TABLE_SEPARATOR = re.compile(r"^\s*\|?\s*:?-{2,}")
SENTENCE_END = re.compile(r"[.!?:][\"'”’)\]]*\s*$")
# A paragraph needs this many words when it ends like a sentence, or this many without.
PARAGRAPH_MIN_WORDS = 6
PARAGRAPH_UNPUNCTUATED_WORDS = 25
# Menus: at least this many short lines in a row, each at most this many words.
NAV_RUN = 4
NAV_MAX_WORDS = 7
# A line repeated in the file is furniture when it is at most this long.
REPEAT_MAX_WORDS = 10
BIO_RE = re.compile(r"^[A-Z][\w.'’\-]+(?:\s+[A-Z][\w.'’\-]+){0,3} (?:is|was|has been|serves as) (?:a|an|the)\b")
END_OF_ARTICLE_REASONS = ("faq", "reader-prompt")


@dataclass(frozen=True, slots=True)
class Unit:
    """A unit of raw text before classification: from a line, or from a cut flattened line."""

    raw: str
    line: int
    start: int
    hint: str  # "line", "text", "heading", "list", "furniture", "meta"
    reason: str = ""


def classify(units: list[Unit], menus: bool = True) -> list[Block]:
    """Classify every unit, then run the passes that need the whole page (``menus``: look for site menus)."""
    blocks = [_block(u) for u in units]
    for step in (_tocs, _seo_lists, _footnotes, _tables, _repeated, _menus, _numbers, _questions, _after_pagination):
        if menus or step not in (_repeated, _menus):
            blocks = step(blocks)
    return _masthead(blocks)


def word_count(text: str) -> int:
    """Words of a block's text (normalised in ``_block``: single spaces, none at the ends)."""
    return text.count(" ") + 1 if text else 0


def _as(b: Block, kind: BlockKind, reason: str | None = None) -> Block:
    """The block with another kind (and reason): a direct call, several times faster than dataclasses.replace."""
    return Block(b.text, kind, b.line, b.start, b.raw, b.reason if reason is None else reason)


def _block(u: Unit) -> Block:
    text = " ".join(u.raw.split())
    kind, reason = _kind(text, u)
    if kind == "list":
        text = BULLET.sub("", text) or text
    elif reason == "markdown":
        text = MD_HEADING.sub(r"\1", text)
    return Block(text=text, kind=kind, line=u.line, start=u.start, raw=u.raw, reason=reason)


def _kind(text: str, u: Unit) -> tuple[BlockKind, str]:
    if u.hint == "furniture":
        return "boilerplate", u.reason
    if u.hint == "meta":
        return "meta", u.reason
    if u.hint == "heading":
        return "heading", u.reason
    if u.hint == "list":
        return "list", ""
    if u.hint == "text":
        reason = phrase_reason(text)
        if reason:
            return "boilerplate", reason
        return ("paragraph", "") if word_count(text) > 2 or text.endswith(".") else ("heading", "short")
    return _line_kind(text)


# A line this long is running text unless it opens like a table row, list item or footnote (a fast path:
# no phrase, caption or copyright line is this long).
LONG_LINE = 300


def _line_kind(text: str) -> tuple[BlockKind, str]:
    if text.startswith("#") and MD_HEADING.match(text):
        return "heading", "markdown"
    if len(text) > LONG_LINE and text[0].isalpha() and not FOOTNOTE.match(text):
        return "paragraph", ""
    reason = line_reason(text)
    if reason:
        return "boilerplate", reason
    shaped = _meta_shape(text) or _list_shape(text)
    if shaped:
        return shaped
    if is_reader_prompt(text):
        return "boilerplate", "reader-prompt"
    n = word_count(text)
    if text.endswith("?") and n <= 40:
        return "heading", "question"  # a section heading ("Why does it matter?") or a question to the reader
    if (n >= PARAGRAPH_MIN_WORDS and SENTENCE_END.search(text)) or n >= PARAGRAPH_UNPUNCTUATED_WORDS:
        return "paragraph", ""
    return "heading", ""


# Words that open a metadata line ("Published: ...", "Upload Date"), lower-cased, first four letters.
META_OPENERS = ("publ", "upda", "post", "last", "firs", "uplo", "date", "rele")


def _meta_shape(text: str) -> tuple[BlockKind, str] | None:
    """A date, "Published:" or byline line; a dateline alone on its line."""
    head = text[:4].lower()
    if head in META_OPENERS:
        if META_PREFIX_RE.fullmatch(text):
            return "meta", "published"
        if DATE_LABEL.match(text):
            return "meta", "date-label"
    if text[:1].isalnum() and len(text) <= 40 and DATE_ONLY.match(text):
        return "meta", "date"
    if text[:2].lower() in ("by", "wr", "wo", "st", "re") and BYLINE.match(text):
        return "meta", "byline"
    if text.endswith(("_", "--", "–", "—")) and DATELINE_LINE.match(text):
        return "paragraph", "dateline"
    return None


def _list_shape(text: str) -> tuple[BlockKind, str] | None:
    """A table row, a footnote, a bare number or a list item, told by the line's first character."""
    first = text[:1]
    if first == "|":
        return ("boilerplate", "other") if TABLE_SEPARATOR.match(text) else ("table", "")
    if first == "[" or first.isdigit():
        if FOOTNOTE.match(text):
            return "footnote", ""
        if NUMBER_RE.match(text):
            return "heading", "number"
    if (first in "-*•·–" or first.isdigit()) and BULLET.match(text):
        return "list", ""
    return None


def norm_key(text: str) -> str:
    """A comparison key: numbering and punctuation gone, lower-case."""
    return " ".join(WORDS.findall(NUMBERED.sub("", BULLET.sub("", text)).lower()))


def toc_entries(blocks: list[Block]) -> frozenset[str]:
    """Keys of every table-of-contents entry of the page."""
    return frozenset(norm_key(b.text) for b in blocks if b.kind == "boilerplate" and b.reason == "toc")


def _tocs(blocks: list[Block]) -> list[Block]:
    """Entries after a "Table of Contents" label; a numbered list of titles before the first paragraph."""
    out = list(blocks)
    for i, b in enumerate(out):
        if not (b.kind == "boilerplate" and b.reason == "toc"):
            continue
        j = i + 1
        while j < len(out) and out[j].kind in ("list", "heading") and len(out[j].text.split()) <= 30:
            if not NUMBERED.match(out[j].raw) and out[j].kind != "list":
                break
            out[j] = _as(out[j], "boilerplate", "toc")
            j += 1
    first_para = next((i for i, b in enumerate(out) if b.kind == "paragraph"), len(out))
    i = first_para - 1
    while i >= 0 and out[i].kind == "list" and NUMBERED.match(out[i].raw) and looks_like_title(out[i].text, 1, 20):
        out[i] = _as(out[i], "boilerplate", "toc")
        i -= 1
    return out


def _seo_lists(blocks: list[Block]) -> list[Block]:
    """The list after an "SEO Notes:" label is part of the notes."""
    out = list(blocks)
    for i, b in enumerate(out):
        if b.kind == "boilerplate" and b.reason in ("seo", "keywords") and b.text.rstrip().endswith(":"):
            j = i + 1
            while j < len(out) and out[j].kind == "list":
                out[j] = _as(out[j], "boilerplate", b.reason)
                j += 1
    return out


def _footnotes(blocks: list[Block]) -> list[Block]:
    """Entries after a "Footnotes"/"References" heading; an author's bio line after them."""
    out = list(blocks)
    seen = False
    for i, b in enumerate(out):
        if b.kind == "boilerplate" and b.reason == "footnotes-heading":
            seen = True
        elif seen and b.kind in ("list", "paragraph") and FOOTNOTE.match(b.raw):
            out[i] = _as(b, "footnote")
        elif seen and b.kind == "paragraph" and BIO_RE.match(b.text) and len(b.text.split()) <= 80:
            out[i] = _as(b, "meta", "bio")
        elif b.kind == "heading":
            seen = False  # a new section or article ends the notes
    return out


def _tables(blocks: list[Block]) -> list[Block]:
    """A table's header row (the row before a |---| separator) is layout, not text."""
    out = list(blocks)
    for i in range(len(out) - 1):
        nxt = out[i + 1]
        if out[i].kind == "table" and nxt.kind == "boilerplate" and TABLE_SEPARATOR.match(nxt.text):
            out[i] = _as(out[i], "boilerplate", "other")
    return out


def _repeated(blocks: list[Block]) -> list[Block]:
    """Short lines the file repeats (menus printed twice, a category label) are furniture."""
    toc = toc_entries(blocks)
    keys = [norm_key(b.text) if _short(b) and b.reason != "glued" else "" for b in blocks]
    counts = Counter(k for k in keys if k)
    return [
        _as(b, "boilerplate", "repeated") if k and counts[k] >= 2 and k not in toc else b
        for b, k in zip(blocks, keys, strict=True)
    ]


def _short(b: Block) -> bool:
    return b.kind in ("heading", "list", "paragraph") and word_count(b.text) <= REPEAT_MAX_WORDS


def _menus(blocks: list[Block]) -> list[Block]:
    """Runs of short title-case lines without sentence punctuation: site menus."""
    out = list(blocks)
    items = [_menu_item(b) for b in blocks]  # (a block is re-kinded only after the scan has passed it)
    i = 0
    while i < len(out):
        j, shorts = i, 0
        while j < len(out) and (items[j] or _in_menu_furniture(out[j])):
            shorts += items[j]
            j += 1
        if shorts >= NAV_RUN or (j - i >= NAV_RUN and shorts >= 2):
            j = _headline_after_menu(out, i, j)
            for k in range(i, j):
                if out[k].kind != "boilerplate" or out[k].reason == "repeated":
                    out[k] = _as(out[k], "boilerplate", "navigation")
        i = max(j, i + 1)
    return out


# Fixtures and rankings ("Brentford v Southampton", "1 Roger Federer") are lists of names, not menus.
NOT_MENU = re.compile(r"\d|\bv\b|\bvs\b")


# A menu entry is a few words; a longer last line just before the byline or text is the headline.
HEADLINE_MIN_WORDS = 4


def _headline_after_menu(blocks: list[Block], i: int, j: int) -> int:
    """End of a menu run, leaving out a headline that closes it (followed by a byline, date or text)."""
    last = blocks[j - 1]
    after = blocks[j] if j < len(blocks) else None
    if (
        j - 1 > i
        and _menu_item(last)
        and len(last.text.split()) >= HEADLINE_MIN_WORDS
        and after is not None
        and after.kind in ("meta", "paragraph")
    ):
        return j - 1
    return j


def _menu_item(b: Block) -> bool:
    if b.kind not in ("heading", "list") or b.reason in ("glued", "question"):
        return False
    return word_count(b.text) <= NAV_MAX_WORDS and not NOT_MENU.search(b.text) and not SENTENCE_END.search(b.text)


def _in_menu_furniture(b: Block) -> bool:
    return (
        b.kind == "boilerplate" and b.reason in ("navigation", "repeated", "other", "share")
    ) or b.reason == "number"


def _numbers(blocks: list[Block]) -> list[Block]:
    """A bare number next to furniture is a counter ("Hits" / "15493"); elsewhere it is text."""
    out = list(blocks)
    for i, b in enumerate(out):
        if b.reason != "number" or b.kind != "heading":
            continue
        near = [out[j] for j in (i - 1, i + 1) if 0 <= j < len(out)]
        if any(n.kind == "boilerplate" for n in near):
            out[i] = _as(b, "boilerplate", "other")
    return out


def _questions(blocks: list[Block]) -> list[Block]:
    """A question line after an FAQ heading or a reader prompt, or just before a new headline, asks the reader."""
    toc = toc_entries(blocks)
    out = list(blocks)
    for i, b in enumerate(out):
        if not (b.kind == "heading" and b.reason == "question") or norm_key(b.text) in toc:
            continue
        prev = out[i - 1] if i else None
        nxt = out[i + 1] if i + 1 < len(out) else None
        after_prompt = prev is not None and prev.kind == "boilerplate" and prev.reason in END_OF_ARTICLE_REASONS
        before_headline = nxt is not None and nxt.kind == "heading" and norm_key(nxt.text) not in toc
        if after_prompt or before_headline:
            out[i] = _as(b, "boilerplate", "reader-prompt")
    return out


# "Read more: <title>", "Related: <title>": a link line that carries its own title, so the line after it is
# not that title (it is often the next subheading of the article).
LABELLED_LINK = re.compile(r"^\W*(?:read more|related|see also|also read|more)\W*:\s*\S+\s+\S+", re.IGNORECASE)


def _after_pagination(blocks: list[Block]) -> list[Block]:
    """The title of the previous or next post printed after "Prev"/"Next"."""
    out = list(blocks)
    for i in range(1, len(out)):
        prev, b = out[i - 1], out[i]  # prev may itself be a link title just marked: a list of them
        linked = (
            prev.kind == "boilerplate"
            and prev.reason == "pagination"
            and len(prev.text.split()) <= 12
            and not LABELLED_LINK.match(prev.text)
        )
        if not linked or b.kind not in ("heading", "paragraph") or word_count(b.text) > 20:
            continue
        if not SENTENCE_END.search(b.text) or b.text.endswith(("...", "…")):  # a link title
            out[i] = _as(b, "boilerplate", "pagination")
    return out


def _masthead(blocks: list[Block]) -> list[Block]:
    """A short all-capitals first line followed by a headline is the site's name."""
    rest = [b for b in blocks[1:] if b.kind != "boilerplate"]
    if not blocks or not rest:
        return blocks
    first, nxt = blocks[0], rest[0]
    letters = [c for c in first.text if c.isalpha()]
    if (
        first.kind == "heading"
        and len(first.text.split()) <= 5
        and letters
        and all(c.isupper() for c in letters)
        and nxt.kind == "heading"
    ):
        return [_as(first, "meta", "masthead"), *blocks[1:]]
    return blocks
