"""Page dumps written for the tests (tests/cases/clean/dumps.yml): what the body keeps and drops."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from generator.clean import clean
from generator.model import Source
from generator.read import split_front_matter
from generator.split import split

CASES = yaml.safe_load((Path(__file__).parent / "cases" / "clean" / "dumps.yml").read_text(encoding="utf-8"))


def source_of(text: str, name: str = "case.txt") -> Source:
    front, body, offset = split_front_matter(text)
    return Source(
        path=name, name=name, sha256="0" * 64, format="txt", text=body, front_matter=front, line_offset=offset
    )


@pytest.mark.parametrize("case", CASES, ids=[c["name"] for c in CASES])
def test_dump_case(case: dict[str, Any]) -> None:
    doc = clean(source_of(case["text"]))
    articles = split(doc)
    assert len(articles) == case["articles"]
    bodies = "\n\n".join(a.body for a in articles)
    for phrase in case.get("keep", []):
        assert phrase in bodies, f"lost: {phrase!r}"
    for phrase in case.get("drop", []):
        assert phrase not in bodies, f"left in the body: {phrase!r}"
    if not articles:
        return
    first = articles[0]
    for key in ("title", "author", "published", "published_implied", "subtitle", "publisher"):
        if key in case:
            assert getattr(first, key) == case[key], key
    if "titles" in case:
        assert [a.title for a in articles] == case["titles"]
    if "published_each" in case:
        assert [a.published for a in articles] == case["published_each"]
    if "paragraphs" in case:
        assert len(first.paragraphs) == case["paragraphs"]
    if "footnotes" in case:
        assert len(first.footnotes) == case["footnotes"]
    kinds = {r.kind for r in doc.repairs}
    for kind in case.get("repairs", []):
        assert kind in kinds, f"repair not recorded: {kind}"


def test_spans_index_the_body() -> None:
    """Paragraph and heading spans are verbatim pieces of the body."""
    for case in CASES:
        for a in split(clean(source_of(case["text"]))):
            for span in (*a.paragraphs, *a.headings):
                assert a.body[span.start : span.end] == span.text


def test_front_matter_wins() -> None:
    text = "---\ntitle: Given Title\npublished: 2020-01-02\nauthor: A. Writer\n---\nOther Headline\n" + (
        "The committee met on Monday and agreed the plan after a long debate about costs and timing.\n"
    )
    (article,) = split(clean(source_of(text)))
    assert (article.title, article.published, article.author) == ("Given Title", "2020-01-02", "A. Writer")
    assert article.published_origin == "front matter"
    assert "Other Headline" in article.body  # the text's own headline is not the given title: keep it


def test_siblings_are_left_to_the_pipeline() -> None:
    case = next(c for c in CASES if c["articles"] == 2)
    articles = split(clean(source_of(case["text"])))
    assert [a.index for a in articles] == [1, 2]
    assert all(a.siblings == () for a in articles)
    assert articles[0].id != articles[1].id


def test_glued_heading_repair_quotes_the_glue() -> None:
    text = "Costs Keep RisingThe price of bread rose again in March, the statistics office said on Monday.\n"
    doc = clean(source_of(text))
    (repair,) = [r for r in doc.repairs if r.kind == "glued-heading"]
    assert repair.before.startswith("Costs Keep RisingThe price")
    assert repair.after == "Costs Keep Rising"
    assert [b.kind for b in doc.blocks] == ["heading", "paragraph"]


@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("By Jane Roe", "Jane Roe"),
        ("By Jane Roe, Reuters", "Jane Roe"),
        ("By Jane Roe and John Doe", "Jane Roe and John Doe"),
        ("Written by Ana de Souza for The Daily", "Ana de Souza"),
        ("By Ursula von der Leyen | Guest column", "Ursula von der Leyen"),
    ],
)
def test_bylines(line: str, author: str) -> None:
    text = f"Council Backs Plan\n{line}\nThe council backed the plan on Monday after a long debate about costs.\n"
    (article,) = split(clean(source_of(text)))
    assert article.author == author
    assert line not in article.body


def test_by_in_a_sentence_is_no_byline() -> None:
    text = "Council Backs Plan\nby the way\nThe council backed the plan on Monday after a long debate about costs.\n"
    (article,) = split(clean(source_of(text)))
    assert article.author is None


def test_furniture_phrases_are_plain_strings() -> None:
    """A YAML pitfall: an unquoted "like this:" is a mapping, and the phrase silently disappears."""
    data = yaml.safe_load((Path(__file__).parents[1] / "generator" / "data" / "furniture.yml").read_text("utf-8"))
    for reason, phrases in data["lines"].items():
        assert all(isinstance(p, str) for p in phrases), reason
