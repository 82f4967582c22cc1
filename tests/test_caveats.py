"""Caveats: YAML cases of small texts, page-level detectors, collection caveats, and the sample sources."""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Any

import pytest
import yaml

from generator.analyse import analyse
from generator.caveats import article_caveats
from generator.caveats.collection import collection_caveats
from generator.model import CAVEAT_KINDS, Actor, Article, Block, Brief, Repair
from generator.pipeline import run
from generator.sentences import split_sentences
from tests.factories import make_article

CASES: list[dict[str, Any]] = yaml.safe_load(
    (Path(__file__).parent / "cases" / "caveats" / "text.yml").read_text(encoding="utf-8")
)


def article(body: str, **fields: Any) -> Article:
    """A dated, signed, titled article: caveats about missing metadata stay quiet unless a test asks."""
    return make_article(body, **{"title": "A headline", "published": "2025-01-01", "author": "Jane Doe", **fields})


def kinds(a: Article) -> list[str]:
    return [c.kind for c in article_caveats(a, split_sentences(a.body), (), (), ())]


@pytest.mark.parametrize("case", CASES, ids=[c["name"] for c in CASES])
def test_case(case: dict[str, Any]) -> None:
    fields = {k: case[k] for k in ("title", "published", "author") if k in case}
    found = kinds(article(case["body"].strip(), **fields))
    for kind in case.get("must", []):
        assert kind in found, found
    for kind in case.get("must_not", []):
        assert kind not in found, found


def test_repairs_are_encoding_damage_with_evidence() -> None:
    a = article("Russia - Ukraine talks resumed, officials said.", repairs=(Repair("lost-dash", "?", "-", 1),))
    [damage] = [c for c in article_caveats(a, split_sentences(a.body), (), (), ()) if c.kind == "encoding-damage"]
    assert damage.evidence and a.body[damage.evidence[0].start : damage.evidence[0].end] == "-"


def test_furniture_is_residue_but_captions_are_not() -> None:
    prompt = Block("Share your thoughts in the comments below.", "boilerplate", 3, 120, reason="reader-prompt")
    caption = Block("Photo by a news agency", "caption", 2, 80, reason="caption")
    assert "boilerplate-residue" in kinds(article("Talks resumed, officials said.", furniture=(prompt,)))
    assert "boilerplate-residue" not in kinds(article("Talks resumed, officials said.", furniture=(caption,)))


def test_furniture_before_a_later_piece_belongs_to_the_previous_one() -> None:
    prompt = Block("Share your thoughts in the comments below.", "boilerplate", 3, 120, reason="reader-prompt")
    later = article("Talks resumed, officials said.", furniture=(prompt,), index=2, line=5, siblings=("u",))
    assert "boilerplate-residue" not in kinds(later)
    assert "multiple-articles" in kinds(later)


def test_a_contents_list_naming_absent_sections_is_truncated() -> None:
    toc = (
        Block("Table of Contents", "boilerplate", 1, 0, reason="toc"),
        Block("2. The Road Ahead", "boilerplate", 2, 20, reason="toc"),
    )
    assert "truncated" in kinds(article("Talks resumed, officials said.", furniture=toc))
    assert "truncated" not in kinds(article("The Road Ahead\n\nTalks resumed, officials said.", furniture=toc))


def test_caveats_come_in_kind_order() -> None:
    a = article("Sources said the army has 500,000 troops.", published=None, author=None)
    found = kinds(a)
    assert found == sorted(found, key=CAVEAT_KINDS.index)
    assert len(found) == len(set(found)) >= 3


def actor(key: str, type_: str = "person") -> Actor:
    return Actor(key=key, name=key, type=type_, role=None, key_actor=True)  # type: ignore[arg-type]


def brief(a: Article, *actors: Actor) -> Brief:
    return dataclasses.replace(analyse(a), actors=actors)


def test_an_older_report_on_the_same_story_is_stale() -> None:
    people = (actor("ann-lee"), actor("bob-ray"), actor("utopia", "country"))
    old = brief(article("Talks began, officials said.", id="old", published="2025-01-03"), *people)
    new = brief(article("Talks ended, officials said.", id="new", published="2025-06-01"), *people)
    week = brief(article("Talks went on, officials said.", id="week", published="2025-01-08"), *people)
    out = {b.article.id: b for b in collection_caveats([old, new, week])}
    [stale] = [c for c in out["old"].caveats if c.kind == "stale"]
    assert stale.related == ("new",)
    assert not [c for c in out["new"].caveats if c.kind == "stale"]
    assert [c.related for c in out["week"].caveats if c.kind == "stale"] == [("new",)]


def test_two_shared_countries_are_not_the_same_story() -> None:
    places = (actor("utopia", "country"), actor("arcadia", "country"))
    old = brief(article("Talks began, officials said.", id="old", published="2025-01-03"), *places)
    new = brief(article("Talks ended, officials said.", id="new", published="2025-06-01"), *places)
    assert not [c for b in collection_caveats([old, new]) for c in b.caveats if c.kind == "stale"]


def test_sibling_pieces_giving_contradicting_titles_are_inconsistent() -> None:
    one = article("Former President Ann Lee met the envoy, officials said.", id="a", siblings=("b",))
    two = article("President Ann Lee announced a summit, officials said.", id="b", siblings=("a",), index=2)
    out = collection_caveats([analyse(one), analyse(two)])
    for b, other in zip(out, ("b", "a"), strict=True):
        [c] = [c for c in b.caveats if c.kind == "internal-inconsistency"]
        assert c.related == (other,)
        assert b.article.body[c.evidence[0].start : c.evidence[0].end] == c.evidence[0].text


def test_sample_sources_caveats_are_explained_and_cited(shared_sources: list[Path]) -> None:
    results = run([(p, p.name) for p in shared_sources])
    briefs = [b for r in results for b in r.briefs]
    assert briefs
    for b in briefs:
        assert [c.kind for c in b.caveats] == sorted((c.kind for c in b.caveats), key=CAVEAT_KINDS.index)
        for c in b.caveats:
            assert c.message.endswith(".") and c.message.count(". ") == 0, c.message
            for e in c.evidence:
                if e.scope == "body":
                    assert b.article.body[e.start : e.end] == e.text, (c.kind, e)
            if c.kind in ("multiple-articles", "stale", "factual-doubt", "internal-inconsistency"):
                assert c.related or c.kind != "stale"
    assert {c.kind for b in briefs for c in b.caveats} >= {"missing-date", "encoding-damage", "multiple-articles"}


def test_another_source_giving_another_figure_raises_a_doubt() -> None:
    said = "The northern army has about {} troops stationed along the eastern border, officials said."
    one = analyse(article(said.format("500,000"), id="a", source_path="a.txt"))
    two = analyse(article(said.format("900,000"), id="b", source_path="b.txt"))
    near = analyse(article(said.format("520,000"), id="c", source_path="c.txt"))
    out = {b.article.id: b for b in collection_caveats([one, two, near])}
    assert [c.related for c in out["a"].caveats if c.kind == "factual-doubt"] == [("b",)]
    assert [c.related for c in out["b"].caveats if c.kind == "factual-doubt"] == [("a",)]
    same_file = analyse(article(said.format("900,000"), id="d", source_path="a.txt"))
    assert not [c for c in collection_caveats([one, same_file])[0].caveats if c.kind == "factual-doubt"]
