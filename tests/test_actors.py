"""Actors in one body: the YAML cases of tests/cases/actors, exact spans, ranking properties."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from generator.actors import find_actors
from generator.model import Actor, Article
from generator.sentences import split_sentences
from tests.factories import make_article

CASES: list[dict[str, Any]] = yaml.safe_load(
    (Path(__file__).parent / "cases" / "actors" / "mentions.yml").read_text(encoding="utf-8")
)


def article(body: str, title: str | None = None) -> Article:
    return make_article(body, title=title)


def actors_of(body: str) -> tuple[Actor, ...]:
    return find_actors(article(body), split_sentences(body))


def by_name(actors: tuple[Actor, ...], name: str) -> Actor:
    hits = [a for a in actors if a.name == name]
    assert hits, f"{name!r} not found; found {[(a.name, a.type) for a in actors]}"
    return hits[0]


@pytest.mark.parametrize("case", CASES, ids=[c["name"] for c in CASES])
def test_case(case: dict[str, Any]) -> None:
    found = actors_of(case["text"])
    for want in case.get("actors", []):
        got = by_name(found, want["name"])
        assert got.type == want["type"], (want["name"], got.type)
        if "role" in want:
            assert got.role == want["role"], (want["name"], got.roles)
        if "key" in want:
            assert got.key_actor == want["key"], (want["name"], got.salience)
        assert set(want.get("aliases", [])) <= set(got.aliases), (want["name"], got.aliases)
        texts = {m.text for m in got.mentions}
        missing = set(want.get("mentions", [])) - texts
        assert not missing, f"{want['name']}: mentions {sorted(missing)} not in {sorted(texts)}"
        if want.get("mentions") == []:
            assert not texts, f"{want['name']}: no entity span expected, got {sorted(texts)}"
        refs = {m.text for m in got.references}
        assert set(want.get("references", [])) <= refs, f"{want['name']}: references {sorted(refs)}"
    reported = {m.text for a in found for m in (*a.mentions, *a.references)}
    assert not set(case.get("absent", [])) & reported, sorted(set(case.get("absent", [])) & reported)
    separate = case.get("separate", [])
    assert len({by_name(found, n).key for n in separate}) == len(separate)


@pytest.mark.parametrize("case", CASES, ids=[c["name"] for c in CASES])
def test_spans_are_exact_and_unique(case: dict[str, Any]) -> None:
    body = case["text"]
    spans = [m for a in actors_of(body) for m in (*a.mentions, *a.references)]
    assert all(body[m.start : m.end] == m.text for m in spans)
    assert len({(m.start, m.end) for m in spans}) == len(spans)


def test_key_actors_come_first_by_salience() -> None:
    body = " ".join(case["text"] for case in CASES)
    found = actors_of(body)
    flags = [a.key_actor for a in found]
    assert flags == sorted(flags, reverse=True)
    keys = [a.salience for a in found if a.key_actor]
    assert keys == sorted(keys, reverse=True)
    assert 5 <= sum(flags) <= 14
    assert all(0.0 <= a.salience <= 1.0 for a in found)


def test_headline_raises_salience() -> None:
    body = "Talks went on. Anna Lindqvist said it was late. Erik Nyberg said nothing. Anna Lindqvist left."
    plain = find_actors(article(body), split_sentences(body))
    titled = find_actors(article(body, "Nyberg speaks"), split_sentences(body))
    assert plain[0].name == "Anna Lindqvist"
    assert titled[0].name == "Erik Nyberg"


def test_deterministic() -> None:
    body = CASES[0]["text"] + CASES[5]["text"]
    assert actors_of(body) == actors_of(body)


WORDS = st.sampled_from(
    [
        "the",
        "Trump",
        "said",
        "U.S.",
        "NATO",
        "Ukrainian",
        "forces",
        "President",
        "(EU)",
        "European",
        "leaders",
        "in",
        "Kyiv",
        "putin",
        "Putin",
        "'s",
        "’s",
        "-",
        ",",
        ".",
        "\n",
        "Anna",
        "Berg",
        "Council",
        "of",
        "RUSSIA",
        "Zelensky",
    ]
)


@settings(max_examples=150, deadline=None)
@given(st.lists(WORDS, max_size=40))
def test_any_text_gives_exact_spans(words: list[str]) -> None:
    body = " ".join(words)
    for a in actors_of(body):
        assert (a.mentions or a.references) and a.name and a.key
        for m in (*a.mentions, *a.references):
            assert body[m.start : m.end] == m.text
