"""Group a document's blocks into articles and give each its metadata.

An article is a piece of the page (``boundaries``): its head (headline, standfirst, byline, date
lines) comes before its first paragraph; its body runs from there to its end, without furniture,
metadata lines and footnotes. Front matter wins over HTML metadata, which wins over the text.
"""

from __future__ import annotations

import itertools
from pathlib import PurePath

from .boundaries import DATELINE, article_starts
from .kind import kind_of
from .metadata import Head, implied_date, publisher_of, read_head, tags_of
from .model import Article, Block, Document, Span
from .slug import slugify

BODY_KINDS = ("paragraph", "heading", "list", "table")


def split(document: Document) -> tuple[Article, ...]:
    """The articles of a document, in order; () when it holds no article text."""
    blocks = document.blocks
    starts = article_starts(blocks)
    bounds = [*starts, len(blocks)]
    articles: list[Article] = []
    for s, e in itertools.pairwise(bounds):
        article = _article(document, s, e, len(articles) + 1, single=len(starts) == 1)
        if article is not None:
            articles.append(article)
    return tuple(articles)


def _article(document: Document, s: int, e: int, index: int, single: bool) -> Article | None:
    blocks = document.blocks
    part = list(blocks[s:e])
    first = next((i for i, b in enumerate(part) if b.kind == "paragraph"), None)
    if first is None:
        first = next((i for i, b in enumerate(part) if b.kind in ("list", "table")), None)
    if first is None:
        return None
    body_blocks = _body_blocks(part[first:])
    if not body_blocks:
        return None
    head = read_head(part[:first], part[first].text)
    src, fm, meta = document.source, document.source.front_matter, document.meta
    given_title = fm.title or (meta.title if single else None)
    body_blocks = _leftover_head(part[:first], head, given_title) + body_blocks
    body, paragraphs, headings = _join(body_blocks)
    furniture = _furniture(blocks, s, e)
    footnotes = tuple(b.text for b in part if b.kind == "footnote")
    title = given_title or head.title
    published = fm.published or (meta.published if single else None) or head.published
    lines = {b.line for b in part}
    return Article(
        id=slugify(title) if title else f"{slugify(PurePath(src.name).stem)}-{index}",
        source_path=src.path,
        source_name=src.name,
        source_sha256=src.sha256,
        index=index,
        title=title,
        subtitle=head.subtitle,
        published=published,
        published_implied=None if published else implied_date(body),
        published_origin=_origin(document, single, head),
        author=fm.author or (meta.author if single else None) or head.author,
        publisher=fm.publisher or meta.publisher or publisher_of(furniture, list(blocks)),
        kind=kind_of(body_blocks, title, DATELINE.match(body_blocks[0].text) is not None, len(footnotes)),
        tags=fm.tags or meta.tags or tags_of(furniture),
        url=fm.url or meta.url,
        body=body,
        paragraphs=paragraphs,
        headings=headings,
        footnotes=footnotes,
        furniture=furniture,
        repairs=tuple(r for r in document.repairs if r.line in lines),
        line=body_blocks[0].line,
    )


def _origin(document: Document, single: bool, head: Head) -> str | None:
    if document.source.front_matter.published:
        return "front matter"
    if single and document.meta.published:
        return "page metadata"
    return head.published_origin


def _leftover_head(head_blocks: list[Block], head: Head, given_title: str | None) -> list[Block]:
    """Lines before the first paragraph that are not the headline, standfirst or byline: story text."""
    used = {head.subtitle, head.author}
    if given_title is None or _same_title(given_title, head.title):
        used.add(head.title)
    return [b for b in head_blocks if b.kind in BODY_KINDS and b.text not in used]


def _same_title(a: str, b: str | None) -> bool:
    ta, tb = set(a.lower().split()), set((b or "").lower().split())
    return bool(ta and tb) and len(ta & tb) >= 0.6 * max(len(ta), len(tb))


def _body_blocks(part: list[Block]) -> list[Block]:
    """The article text: up to a footnotes heading; short lines after the text and its closing furniture
    ("Advertisement", then "Related articles" and their titles) are not text."""
    out: list[tuple[Block, bool]] = []  # (block, comes after furniture that follows the text)
    closed = False
    for b in part:
        if b.kind == "boilerplate" and b.reason == "footnotes-heading":
            break
        if b.kind == "boilerplate" and out:
            closed = True
        elif b.kind in ("paragraph", "list", "table"):
            closed = False
            out.append((b, False))
        elif b.kind == "heading":
            out.append((b, closed))
    while out and out[-1][0].kind == "heading" and (out[-1][1] or out[-1][0].reason == "glued"):
        out.pop()  # link titles after the closing furniture, or the headline of a piece cut off after it
    return [b for b, _ in out]


def _furniture(blocks: tuple[Block, ...], s: int, e: int) -> tuple[Block, ...]:
    """Boilerplate inside the article's extent and the run of it just before."""
    j = s
    while j > 0 and blocks[j - 1].kind == "boilerplate":
        j -= 1
    return tuple(b for b in blocks[j:e] if b.kind == "boilerplate")


def _join(blocks: list[Block]) -> tuple[str, tuple[Span, ...], tuple[Span, ...]]:
    parts: list[str] = []
    paragraphs: list[Span] = []
    headings: list[Span] = []
    pos = 0
    for b in blocks:
        if parts:
            pos += 2
        span = Span(pos, pos + len(b.text), b.text)
        (headings if b.kind == "heading" else paragraphs).append(span)
        parts.append(b.text)
        pos += len(b.text)
    return "\n\n".join(parts), tuple(paragraphs), tuple(headings)
