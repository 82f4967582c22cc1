"""Metadata of one article from its own blocks: title, standfirst, date, author, publisher, tags (the kind: ``kind``).

Only what the text states: a date comes from a "Published:"/"Upload Date" line or a dated dateline,
never from the clock or from dates in the story. Front matter and HTML metadata win when present
(the caller merges them).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass

from .clean.lines import BYLINE
from .clean.sentences import STOP_WORDS
from .model import Block

MONTHS = {
    m: i + 1
    for i, names in enumerate(
        [
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ]
    )
    for m in names
}
ISO = re.compile(r"\b(\d{4})[-./](\d{1,2})[-./](\d{1,2})\b")
MDY = re.compile(r"\b([A-Z][a-z]{2,8})\.? (\d{1,2})(?:st|nd|rd|th)?,? (\d{4})\b")
DMY = re.compile(r"\b(\d{1,2}) ([A-Z][a-z]{2,8})\.? (\d{4})\b")
# "Berlin, Germany – December 14, 2025 – In a ...": the date between the place and the story.
DATELINE_DATE = re.compile(r"^[A-Z][^–—\n]{1,60}?\s[–—-]\s(?P<date>[^–—]{6,30}?)\s[–—-]\s")
NAME_LINE = re.compile(r"^[A-Z][A-Za-z'’\-]+\.?(?:\s+[A-Z][A-Za-z'’\-]+\.?){1,3}$")
COPYRIGHT_CLEAN = re.compile(
    r"©|\(c\)|copyright|all rights reserved\.?|(?:redistribution|reproduction|republication)[^.]*\.?"
    r"|\b\d{4}\b|\([^)]*\)|\S+\.(?:com|kr|org|net)\S*",
    re.I,
)
ORG_WORDS = re.compile(
    r"\b(Institute|Centre|Center|University|News|Times|Post|Journal|Agency|Council|Foundation|Association|Daily|"
    r"Herald|Tribune|Press|Media|Review|Magazine|Gazette|Broadcasting|Network|Forum)\b"
)
KEYWORDS_LINE = re.compile(r"^\s*(?:keywords|tags)\s*:\s*(.+?)\.?\s*$", re.I)


@dataclass(frozen=True, slots=True)
class Head:
    """What the blocks before an article's text say about it."""

    title: str | None
    subtitle: str | None
    author: str | None
    published: str | None
    published_origin: str | None


def read_head(head: list[Block], first_paragraph: str) -> Head:
    """Title, standfirst, author and date from the head blocks and the first paragraph's dateline."""
    first = next((b for b in head if b.kind == "heading"), None)
    headings = [b for b in head if b.kind == "heading" and (b is first or not _is_name(b.text))]
    title = headings[0].text if headings else None
    subtitle = _subtitle(head, headings)
    author = _author(head, headings[0] if headings else None)
    published, origin = _published(head, first_paragraph)
    return Head(title, subtitle, author, published, origin)


def _subtitle(head: list[Block], headings: list[Block]) -> str | None:
    if headings:
        i = head.index(headings[0])
        for b in head[i + 1 :]:
            if b.kind == "heading" and b.reason not in ("glued", "question") and not _is_name(b.text):
                return b.text  # (a question after the headline is the story's first line, not a standfirst)
            if b.kind not in ("meta",):
                return None
        return None
    lone = [b for b in head if b.kind in ("list", "paragraph")]
    return lone[0].text if len(lone) == 1 else None


def _is_name(text: str) -> bool:
    if len(text) > 40 or not NAME_LINE.match(text):
        return False
    return not any(w.lower().strip(".") in STOP_WORDS for w in text.split())


def _author(head: list[Block], title: Block | None) -> str | None:
    for b in head:
        m = BYLINE.match(b.text) if b.kind == "meta" and b.reason == "byline" else None
        if m:
            return _byline_names(m.group(1))
    if title is None:
        return None  # a bare name line counts as a byline only under a headline
    for b in head[head.index(title) + 1 :]:
        if b.kind == "heading" and _is_name(b.text):
            return b.text
    return None


def _byline_names(text: str) -> str:
    """The people of a byline: "Jane Roe, Reuters" -> "Jane Roe" (a one-word part is an agency or place)."""
    parts = [p.strip() for p in text.split(",")]
    people = [p for p in parts if len(p.split()) >= 2] or parts[:1]
    return ", ".join(people)


def _published(head: list[Block], first_paragraph: str) -> tuple[str | None, str | None]:
    for i, b in enumerate(head):
        if b.kind != "meta":
            continue
        if b.reason == "published":
            return parse_date(b.text), "publication line"
        if b.reason == "date-label" and i + 1 < len(head) and head[i + 1].reason == "date":
            return parse_date(head[i + 1].text), f"'{b.text}' line"
    m = DATELINE_DATE.match(first_paragraph)
    if m:
        found = parse_date(m.group("date"))
        if found:
            return found, "dateline"
    dates = [b for b in head if b.kind == "meta" and b.reason == "date"]
    if len(dates) == 1:
        return parse_date(dates[0].text), "date line"
    return None, None


def parse_date(text: str) -> str | None:
    """The first full date in ``text`` as YYYY-MM-DD, or None."""
    m = ISO.search(text)
    if m:
        y, mo, d = int(m.group(1)), int(m.group(2)), int(m.group(3))
        return _iso(y, mo, d)
    m = MDY.search(text)
    if m and m.group(1).lower() in MONTHS:
        return _iso(int(m.group(3)), MONTHS[m.group(1).lower()], int(m.group(2)))
    m = DMY.search(text)
    if m and m.group(2).lower() in MONTHS:
        return _iso(int(m.group(3)), MONTHS[m.group(2).lower()], int(m.group(1)))
    return None


def _iso(y: int, m: int, d: int) -> str | None:
    if 1900 <= y <= 2100 and 1 <= m <= 12 and 1 <= d <= 31:
        return f"{y:04d}-{m:02d}-{d:02d}"
    return None


# "announced yesterday, October 16th, 2025" / "As of November 6th, 2025": the text implies its own date.
IMPLIED = re.compile(
    r"\b(today|yesterday|tomorrow|as of)\s*,?\s+(?:on\s+)?([A-Z][a-z]{2,8})\.? (\d{1,2})(?:st|nd|rd|th)?,? (\d{4})\b",
    re.IGNORECASE,
)
IMPLIED_OFFSET = {"today": 0, "as of": 0, "yesterday": 1, "tomorrow": -1}
# Only the opening of a text speaks of its own day.
IMPLIED_WINDOW = 3000


def implied_date(body: str) -> str | None:
    """The date the opening of a text implies ("yesterday, October 16th, 2025" -> 2025-10-17)."""
    opening = body[:IMPLIED_WINDOW].lower()
    if not any(w in opening for w in IMPLIED_OFFSET):
        return None  # a plain test first: the pattern is slow to scan
    m = IMPLIED.search(body, 0, IMPLIED_WINDOW)
    if m is None or m.group(2).lower() not in MONTHS:
        return None
    day = _iso(int(m.group(4)), MONTHS[m.group(2).lower()], int(m.group(3)))
    if day is None:
        return None
    try:
        found = dt.date.fromisoformat(day) + dt.timedelta(days=IMPLIED_OFFSET[m.group(1).lower()])
    except ValueError:
        return None
    return found.isoformat()


def publisher_of(furniture: Sequence[Block], page: Sequence[Block]) -> str | None:
    """From a copyright line, a masthead, or an organisation's name atop the site menu."""
    for b in (*furniture, *page):  # the page's copyright line speaks for every piece on it
        if b.kind == "boilerplate" and b.reason == "copyright":
            name = " ".join(COPYRIGHT_CLEAN.sub(" ", b.text).split()).strip(" .,|-")
            if 2 <= len(name) <= 80:
                return name
    for b in page[:10]:
        if b.kind == "meta" and b.reason == "masthead":
            return b.text.title()
        if b.kind == "boilerplate" and len(b.text.split()) >= 3 and ORG_WORDS.search(b.text):
            return b.text
    return None


def tags_of(furniture: Sequence[Block]) -> tuple[str, ...]:
    """Hashtags and "Keywords:" lists, in order, without repeats."""
    tags: list[str] = []
    for b in furniture:
        if b.reason == "hashtags":
            tags.extend(t.lstrip("#") for t in b.text.split() if t.startswith("#"))
        m = KEYWORDS_LINE.match(b.text) if b.reason == "keywords" else None
        if m:
            tags.extend(t.strip(" *.") for t in m.group(1).split(","))
    seen: dict[str, None] = {}
    for t in tags:
        if t and t.lower() not in (k.lower() for k in seen):
            seen[t] = None
    return tuple(seen)
