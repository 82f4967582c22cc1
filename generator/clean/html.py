"""HTML to text lines plus the metadata the page states about itself."""

from __future__ import annotations

from bs4 import BeautifulSoup

from ..model import PageMeta

DROP_TAGS = ("script", "style", "noscript", "template", "svg", "nav", "footer", "header", "form", "aside")
BLOCK_TAGS = ("h1", "h2", "h3", "h4", "h5", "h6", "p", "li", "blockquote", "figcaption", "pre", "td", "th", "dd", "dt")


def html_to_lines(html: str) -> tuple[list[str], PageMeta]:
    """Visible text of the page's main part, one block element a line."""
    soup = BeautifulSoup(html, "html.parser")
    meta = PageMeta(
        title=_meta(soup, "og:title") or (soup.title.get_text(" ", strip=True) if soup.title else None),
        published=(_meta(soup, "article:published_time") or "")[:10] or None,
        author=_meta(soup, "author"),
        publisher=_meta(soup, "og:site_name"),
        url=_meta(soup, "og:url"),
    )
    for tag in soup(DROP_TAGS):
        tag.decompose()
    root = soup.find("article") or soup.find("main") or soup.body or soup
    lines: list[str] = []
    for el in root.find_all(BLOCK_TAGS):
        if el.find(BLOCK_TAGS):
            continue
        text = " ".join(el.get_text(" ", strip=True).split())
        if text:
            lines.append(text)
    return lines, meta


def _meta(soup: BeautifulSoup, name: str) -> str | None:
    tag = soup.find("meta", attrs={"property": name}) or soup.find("meta", attrs={"name": name})
    if tag is None:
        return None
    content = tag.get("content")
    return " ".join(str(content).split()) or None if content else None
