"""HTML pages written for the tests: main text, metadata, and no worse than trafilatura alone."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import trafilatura
import yaml

from generator.clean import clean
from generator.clean.locate import html_lines
from generator.model import Source
from generator.split import split

HERE = Path(__file__).parent / "cases" / "clean" / "html"
PAGES = yaml.safe_load((HERE / "pages.yml").read_text(encoding="utf-8"))


def source(html: str, name: str = "page.html") -> Source:
    return Source(path=name, name=name, sha256="0" * 64, format="html", text=html)


def score(text: str, page: dict[str, Any]) -> int:
    """Kept article phrases minus furniture phrases left in."""
    return sum(p in text for p in page["keep"]) - sum(p in text for p in page["drop"])


@pytest.mark.parametrize("page", PAGES, ids=[p["file"] for p in PAGES])
def test_main_text_and_metadata(page: dict[str, Any]) -> None:
    (article,) = split(clean(source((HERE / page["file"]).read_text(encoding="utf-8"))))
    for phrase in page["keep"]:
        assert phrase in article.body, f"lost: {phrase!r}"
    for phrase in page["drop"]:
        assert phrase not in article.body, f"furniture left: {phrase!r}"
    for key in ("title", "published", "author", "publisher"):
        if key in page:
            assert getattr(article, key) == page[key], key
    if "tags" in page:
        assert list(article.tags) == page["tags"]
    assert all(b.start == -1 for b in article.furniture)


@pytest.mark.parametrize("page", PAGES, ids=[p["file"] for p in PAGES])
def test_at_least_as_good_as_trafilatura_alone(page: dict[str, Any]) -> None:
    html = (HERE / page["file"]).read_text(encoding="utf-8")
    (article,) = split(clean(source(html)))
    baseline = trafilatura.extract(html) or ""
    assert score(article.body, page) >= score(baseline, page)


def test_html_without_a_body_has_no_article() -> None:
    assert split(clean(source("<html><head><title>Only a title</title></head></html>"))) == ()


def test_page_of_only_a_menu_has_no_article() -> None:
    html = "<html><body><ul><li><a href='/'>Home</a></li><li><a href='/n'>News</a></li></ul></body></html>"
    assert split(clean(source(html))) == ()


@pytest.mark.parametrize("page", PAGES, ids=[p["file"] for p in PAGES])
def test_blocks_carry_the_line_of_their_element(page: dict[str, Any]) -> None:
    html = (HERE / page["file"]).read_text(encoding="utf-8")
    lines = html.split("\n")
    blocks = clean(source(html)).blocks
    assert blocks
    for b in blocks:
        assert b.text.split()[0] in lines[b.line - 1], (b.line, b.text)
    assert len({b.line for b in blocks}) > 1 or len(lines) == 1


def test_lines_found_across_tags_and_entities() -> None:
    html = "<html><head><title>Ferry link approved</title></head>\n<body>\n<h1>Ferry link approved</h1>\n" + (
        "<p>The council <a href='/x'>approved</a> the plan, and islanders&#8217; groups welcomed it.</p>\n"
    )
    texts = ["Ferry link approved", "The council approved the plan, and islanders’ groups welcomed it."]
    assert html_lines(html, texts) == [3, 4]
    assert html_lines(html, ["Nothing like this is on the page"]) == [1]
