"""Group a document's blocks into articles and give each its metadata."""

from __future__ import annotations

from .model import Article, Block, Document, Span
from .slug import slugify


def split(document: Document) -> tuple[Article, ...]:
    """One article per document: the first heading is its title, the paragraphs its body."""
    src = document.source
    fm = src.front_matter
    blocks = document.blocks
    first_para = next((i for i, b in enumerate(blocks) if b.kind == "paragraph"), None)
    if first_para is None:
        return ()
    heading = next((b for b in reversed(blocks[:first_para]) if b.kind == "heading"), None)
    body_blocks = [b for b in blocks[first_para:] if b.kind in ("paragraph", "heading", "list")]
    while body_blocks and body_blocks[-1].kind != "paragraph":
        body_blocks.pop()
    body, paragraphs, headings = _join(body_blocks)
    title = fm.title or document.meta.title or (heading.text if heading else None)
    return (
        Article(
            id=slugify(title or src.name.rsplit(".", 1)[0]),
            source_path=src.path,
            source_name=src.name,
            source_sha256=src.sha256,
            index=1,
            title=title,
            subtitle=None,
            published=fm.published or document.meta.published,
            published_implied=None,
            published_origin="front matter" if fm.published else None,
            author=fm.author or document.meta.author,
            publisher=fm.publisher or document.meta.publisher,
            kind="news",
            tags=fm.tags or document.meta.tags,
            url=fm.url or document.meta.url,
            body=body,
            paragraphs=paragraphs,
            headings=headings,
            furniture=tuple(b for b in blocks if b.kind == "boilerplate"),
            repairs=document.repairs,
            line=body_blocks[0].line if body_blocks else 1,
        ),
    )


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
