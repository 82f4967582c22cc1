"""HTML: the main text by trafilatura, the page's own metadata from meta tags, JSON-LD and <time>.

trafilatura finds the article among menus, footers and sidebars; its XML output keeps headings,
list items and table rows apart, and those become the same units a text dump gives, so the same
clean-up runs on them. When trafilatura finds nothing, the visible text of <article>/<main>/<body>
is used instead.
"""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import replace
from typing import Any

import trafilatura
from bs4 import BeautifulSoup, Tag
from htmldate import find_date

from ..model import PageMeta
from .around import DESCRIPTION_META, kickers, related_tail, standfirst

DROP_TAGS = ("script", "style", "noscript", "template", "svg", "nav", "footer", "header", "form", "aside")
BLOCK_TAGS = ("h1", "h2", "h3", "h4", "h5", "h6", "p", "li", "blockquote", "figcaption", "pre", "td", "th", "dd", "dt")
DATE_META = (
    "article:published_time",
    "og:published_time",
    "datePublished",
    "date",
    "pubdate",
    "publishdate",
    "publish-date",
    "dc.date.issued",
    "dc.date",
    "sailthru.date",
    "parsely-pub-date",
)
ISO_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
TITLE_SUFFIX = re.compile(r"\s+[|\-–—:]\s+[^|\-–—:]{2,60}$")
# JSON-LD types that describe the article, best first (``_json_ld`` takes the best the page has).
ARTICLE_TYPES = (
    "NewsArticle",
    "Article",
    "ReportageNewsArticle",
    "AnalysisNewsArticle",
    "OpinionNewsArticle",
    "BlogPosting",
    "Report",
    "ScholarlyArticle",
    "WebPage",
)


def html_units(html: str) -> tuple[list[tuple[str, str]], PageMeta, bool]:
    """(hint, text) pairs of the main content in reading order, the page's metadata, and whether
    trafilatura found the content (else menus may still be among the units)."""
    soup = BeautifulSoup(html, "html.parser")
    meta = page_meta(soup)
    if meta.published is None:
        meta = replace(meta, published=_markup_date(html))
    units = _trafilatura_units(html)
    if units:
        descriptions = [d for d in (_meta(soup, name) for name in DESCRIPTION_META) if d]
        return related_tail(standfirst(kickers(units, meta.title), soup, descriptions)), meta, True
    return _fallback_units(soup), meta, False


# htmldate reads dates from markup (time elements, date classes, the URL) without scanning the text, and
# with a fixed upper bound instead of today's date (no clock: the same page gives the same date).
MARKUP_DATE_CONFIG: dict[str, Any] = {"extensive_search": False, "original_date": True, "max_date": "2100-01-01"}


def _markup_date(html: str) -> str | None:
    """The publication date from the page's markup when no meta tag, JSON-LD or <time> states it."""
    try:
        found = find_date(html, **MARKUP_DATE_CONFIG)
    except Exception:  # htmldate raises on some malformed pages; the page then has no date
        return None
    return _date(found)


def _trafilatura_units(html: str) -> list[tuple[str, str]]:
    try:
        xml = trafilatura.extract(
            html, output_format="xml", include_comments=False, include_tables=True, include_images=False
        )
    except Exception:  # trafilatura raises on some malformed pages; the fallback reads them
        return []
    if not xml:
        return []
    try:
        root = ET.fromstring(xml)
    except ET.ParseError:
        return []
    main = root.find("main")
    return list(_walk(main)) if main is not None else []


def _walk(el: Any) -> Iterator[tuple[str, str]]:
    for child in el:
        tag = child.tag
        text = " ".join("".join(child.itertext()).split())
        if tag == "head":
            yield "heading", text
        elif tag in ("list",):
            for item in child.iter("item"):
                yield "list", " ".join("".join(item.itertext()).split())
        elif tag == "table":
            for row in child.iter("row"):
                cells = [" ".join("".join(c.itertext()).split()) for c in row]
                yield "line", "| " + " | ".join(c for c in cells if c) + " |"
        elif text:
            yield "line", text


def _fallback_units(soup: BeautifulSoup) -> list[tuple[str, str]]:
    for tag in soup(DROP_TAGS):
        tag.decompose()
    root = soup.find("article") or soup.find("main") or soup.body
    if root is None:
        return []
    out: list[tuple[str, str]] = []
    for el in root.find_all(BLOCK_TAGS):
        if not isinstance(el, Tag) or el.find(BLOCK_TAGS):
            continue
        text = " ".join(el.get_text(" ", strip=True).split())
        if text:
            out.append(("heading" if el.name and el.name[0] == "h" else "line", text))
    return out


def page_meta(soup: BeautifulSoup) -> PageMeta:
    """Title, date, author, site name, URL and keywords the page states about itself."""
    ld = _json_ld(soup)
    h1 = _h1(soup)
    title = _headline(_meta(soup, "og:title") or _str(ld.get("headline")) or h1 or _title_tag(soup), h1)
    published = _date(ld.get("datePublished")) or _date_meta(soup) or _time_tag(soup)
    publisher = _meta(soup, "og:site_name") or _ld_name(ld.get("publisher"))
    authors = (_ld_name(ld.get("author")), _meta(soup, "author"), _meta(soup, "article:author"))
    author = next((a for a in authors if a and _personal(a, publisher)), None) or _labelled_author(soup)
    keywords = _meta(soup, "keywords") or _str(ld.get("keywords"))
    tags = tuple(t.strip() for t in (keywords or "").split(",") if t.strip())
    url = _meta(soup, "og:url") or _canonical(soup)
    return PageMeta(title=title, published=published, author=author, publisher=publisher, url=url, tags=tags)


# What separates a headline from the site name or date a page appends to it ("... | DW | 19.01.2020").
TITLE_SEPARATORS = "|-–—:·•"
# An author field naming a web address ("Deutsche Welle (www.dw.com)") names the site, not a person.
WEB_ADDRESS = re.compile(r"https?:|www\.|\w\.(?:com|org|net|co|de|fr|uk|au)\b", re.IGNORECASE)


def _headline(title: str | None, h1: str | None) -> str | None:
    """The title without what the page appends to it: the page's <h1> when the title is the <h1> followed by
    a separator and more ("Berlin confronts ... | DW | 19.01.2020")."""
    if not title or not h1 or len(h1) >= len(title):
        return title
    if _fold(title).startswith(_fold(h1)) and title[len(h1) :].lstrip()[:1] in TITLE_SEPARATORS:
        return h1
    return title


def _fold(text: str) -> str:
    return " ".join(text.casefold().replace("′", "'").replace("’", "'").split())


def _personal(author: str, publisher: str | None) -> bool:
    """Whether an author field may name a person: not a web address, not the site's own name."""
    if WEB_ADDRESS.search(author):
        return False
    return publisher is None or _fold(author) != _fold(publisher)


# A labelled author field in the page's markup ("<li><strong>Author</strong> Ben Knight</li>"): the label,
# then two to four capitalised words and nothing else.
AUTHOR_FIELD = re.compile(r"^(?i:author|authors|written by|reporter)\s*:?\s+((?:[A-Z][\w.'’\-]+ ?){2,4})$")
AUTHOR_FIELD_TAGS = ("li", "p", "span", "div", "dd")


def _labelled_author(soup: BeautifulSoup) -> str | None:
    for el in soup.find_all(AUTHOR_FIELD_TAGS):
        if not isinstance(el, Tag) or el.find(AUTHOR_FIELD_TAGS):
            continue
        m = AUTHOR_FIELD.match(" ".join(el.get_text(" ").split()))
        if m:
            return m.group(1).strip()
    return None


def _json_ld(soup: BeautifulSoup) -> dict[str, Any]:
    """The most article-like JSON-LD object of the page (flattening @graph and lists): a NewsArticle before
    the WebPage that holds it (an @graph often lists the page first, without author or headline); the first
    one of the best type."""
    best: tuple[int, dict[str, Any]] | None = None
    for script in soup.find_all("script", attrs={"type": "application/ld+json"}):
        try:
            data = json.loads(script.get_text() or "null")
        except (json.JSONDecodeError, TypeError):
            continue
        for obj in _ld_objects(data):
            kind = obj.get("@type")
            kinds = kind if isinstance(kind, list) else [kind]
            rank = min((ARTICLE_TYPES.index(k) for k in kinds if k in ARTICLE_TYPES), default=len(ARTICLE_TYPES))
            if rank < len(ARTICLE_TYPES) and (best is None or rank < best[0]):
                best = (rank, obj)
    return best[1] if best else {}


def _ld_objects(data: Any) -> Iterator[dict[str, Any]]:
    if isinstance(data, list):
        for item in data:
            yield from _ld_objects(item)
    elif isinstance(data, dict):
        yield data
        if "@graph" in data:
            yield from _ld_objects(data["@graph"])


def _ld_name(value: Any) -> str | None:
    if isinstance(value, list):
        names = [n for n in (_ld_name(v) for v in value) if n]
        return ", ".join(names) if names else None
    if isinstance(value, dict):
        return _str(value.get("name"))
    return _str(value)


def _str(value: Any) -> str | None:
    if isinstance(value, list):
        value = ", ".join(str(v) for v in value)
    if not isinstance(value, str):
        return None
    return " ".join(value.split()) or None


def _date(value: Any) -> str | None:
    m = ISO_DATE.search(value) if isinstance(value, str) else None
    return f"{m.group(1)}-{m.group(2)}-{m.group(3)}" if m else None


def _date_meta(soup: BeautifulSoup) -> str | None:
    for name in DATE_META:
        found = _date(_meta(soup, name) or _itemprop(soup, name))
        if found:
            return found
    return None


def _time_tag(soup: BeautifulSoup) -> str | None:
    tag = soup.select_one("article time[datetime]") or soup.select_one("time[datetime]")
    return _date(tag.get("datetime")) if tag is not None else None


def _meta(soup: BeautifulSoup, name: str) -> str | None:
    tag = soup.find("meta", attrs={"property": name}) or soup.find("meta", attrs={"name": name})
    if not isinstance(tag, Tag):
        return None
    return _str(tag.get("content"))


def _itemprop(soup: BeautifulSoup, name: str) -> str | None:
    tag = soup.select_one(f'[itemprop="{name}"]')
    if tag is None:
        return None
    return _str(tag.get("content") or tag.get("datetime") or tag.get_text(" ", strip=True))


def _h1(soup: BeautifulSoup) -> str | None:
    tag = soup.find("h1")
    return _str(tag.get_text(" ", strip=True)) if isinstance(tag, Tag) else None


def _title_tag(soup: BeautifulSoup) -> str | None:
    if soup.title is None:
        return None
    text = _str(soup.title.get_text(" ", strip=True))
    return TITLE_SUFFIX.sub("", text) if text else None


def _canonical(soup: BeautifulSoup) -> str | None:
    tag = soup.find("link", attrs={"rel": "canonical"})
    return _str(tag.get("href")) if isinstance(tag, Tag) else None
