"""The sample sources of ../shared/sources against their gold (read at run time, never copied)."""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path
from typing import Any

import pytest
import yaml

from generator.clean import clean
from generator.model import Article
from generator.read import read_source
from generator.split import split

SHARED = Path(__file__).resolve().parents[1] / ".." / "shared"
GOLD = sorted((SHARED / "gold").glob("*.yml")) if (SHARED / "gold").is_dir() else []
WORD = re.compile(r"\w+")

pytestmark = pytest.mark.skipif(not GOLD, reason="../shared/gold is not available")


def norm(text: str | None) -> str:
    """Lower-case words only, dashes and quotes unified: the scorer's notion of the same text."""
    text = unicodedata.normalize("NFKC", text or "").replace("\u2019", "'")
    return " ".join(WORD.findall(text.lower()))


def load(gold_path: Path) -> tuple[dict[str, Any], tuple[Article, ...]]:
    gold = yaml.safe_load(gold_path.read_text(encoding="utf-8"))
    return gold, split(clean(read_source(SHARED / "sources" / gold["source"])))


@pytest.mark.parametrize("gold_path", GOLD, ids=[p.stem[:3] for p in GOLD])
def test_articles_and_boundaries(gold_path: Path) -> None:
    gold, articles = load(gold_path)
    assert len(articles) == len(gold["articles"])
    for g, a in zip(gold["articles"], articles, strict=True):
        body = norm(a.body)
        start, end = norm(g["starts_with"]), norm(g["ends_with"])
        assert start in body[: len(start) + 400], f"{g['id']}: body does not start at the gold start"
        assert end in body[-(len(end) + 400) :], f"{g['id']}: body does not end at the gold end"


@pytest.mark.parametrize("gold_path", GOLD, ids=[p.stem[:3] for p in GOLD])
def test_no_furniture_left(gold_path: Path) -> None:
    gold, articles = load(gold_path)
    bodies = " ".join(norm(a.body) for a in articles)
    for g in gold["articles"]:
        for fragment in g.get("boilerplate") or []:
            if norm(fragment):  # "![]()" has no words to look for
                assert norm(fragment) not in bodies, fragment


@pytest.mark.parametrize("gold_path", GOLD, ids=[p.stem[:3] for p in GOLD])
def test_metadata(gold_path: Path) -> None:
    gold, articles = load(gold_path)
    for g, a in zip(gold["articles"], articles, strict=True):
        titles = {norm(t) for t in [g["title"], *(g.get("alt_titles") or [])] if t}
        assert norm(a.title) in titles or (g["title"] is None and a.title is None), g["id"]
        assert a.published == (str(g["published"]) if g["published"] else None), g["id"]
        assert norm(a.author) == norm(g["author"]), g["id"]


REASONS = {
    "navigation",
    "share",
    "toc",
    "reader-prompt",
    "seo",
    "keywords",
    "faq",
    "callout",
    "caption",
    "copyright",
    "attachment",
    "pagination",
    "ad",
    "hashtags",
    "footnotes-heading",
    "repeated",
    "other",
}


@pytest.mark.parametrize("gold_path", GOLD, ids=[p.stem[:3] for p in GOLD])
def test_furniture_reasons_from_the_fixed_vocabulary(gold_path: Path) -> None:
    gold = yaml.safe_load(gold_path.read_text(encoding="utf-8"))
    doc = clean(read_source(SHARED / "sources" / gold["source"]))
    reasons = {b.reason for b in doc.blocks if b.kind == "boilerplate"}
    assert reasons <= REASONS, reasons - REASONS
    for article in split(doc):
        assert all(b.kind == "boilerplate" for b in article.furniture)
