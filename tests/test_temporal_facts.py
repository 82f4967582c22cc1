"""Dated facts: readable cases in cases/temporal/facts.yml, and invariants on the real sample sources."""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Any

import pytest
import yaml

from generator.analyse import analyse
from generator.model import Actor, Article, Span
from generator.pipeline import articles_of
from generator.read import read_source
from generator.sentences import split_sentences
from generator.temporal import extract_facts, tag_dates
from generator.temporal.factdate import fact_date
from tests.factories import make_article

CASES: list[dict[str, Any]] = yaml.safe_load(
    (Path(__file__).parent / "cases" / "temporal" / "facts.yml").read_text("utf-8")
)


def article(body: str, published: str | None, implied: str | None = None) -> Article:
    return make_article(
        body, id="a", source_path="a.txt", source_name="a.txt", source_sha256="0" * 64,
        published=published, published_implied=implied, paragraphs=(Span(0, len(body), body),),
    )  # fmt: skip


def facts_of(body: str, published: str | None, actors: tuple[Actor, ...] = ()) -> list[tuple[str, str]]:
    art = article(body, published)
    dates = tag_dates(body, published)
    return [(f.date, f.evidence.text) for f in extract_facts(art, split_sentences(body), dates, actors)]


@pytest.mark.parametrize("case", CASES, ids=[c["name"] for c in CASES])
def test_case(case: dict[str, Any]) -> None:
    got = facts_of(case["body"], str(case["published"]))
    for date, evidence in case["facts"]:
        assert any(d == str(date) and evidence in ev for d, ev in got), f"{date} {evidence!r} not in {got}"
    for text in case.get("not", []):
        assert not any(text in ev for _, ev in got), f"{text!r} became a fact: {got}"


def test_facts_are_sorted_by_date_and_carry_actors_in_their_evidence() -> None:
    body = "NATO met in 2023. Kyiv applied in 2014."
    kyiv = Actor(key="kyiv", name="Kyiv", type="place", role=None, mentions=(Span(18, 22, "Kyiv"),))
    art = article(body, "2025-01-01")
    facts = extract_facts(art, split_sentences(body), tag_dates(body, "2025-01-01"), (kyiv,))
    assert [(f.date, f.actors) for f in facts] == [("2014", ("kyiv",)), ("2023", ())]


def test_an_undated_text_gives_inferred_facts() -> None:
    body = "The summit opened on October 16, 2025. A visit followed on October 17th."
    art = article(body, None)
    facts = extract_facts(art, split_sentences(body), tag_dates(body, None), ())
    assert [(f.date, f.inferred) for f in facts] == [("2025-10-16", False), ("2025-10-17", True)]


def test_facts_of_the_sample_sources_are_verbatim_and_ordered(shared_sources: list[Path]) -> None:
    for path in shared_sources:
        for art in articles_of(read_source(path)):
            brief = analyse(art)
            assert [f.date for f in brief.facts] == sorted(f.date for f in brief.facts)
            for f in brief.facts:
                assert art.body[f.evidence.start : f.evidence.end] == f.evidence.text
                assert f.date[:1].isdigit(), f


@pytest.mark.parametrize(
    ("value", "date"),
    [
        ("2025-XX-XX", "2025"),
        ("2025-W43", "2025-10-20/2025-10-26"),
        ("2024-Q3", "2024-07/2024-09"),
        ("199", "1990/1999"),
        ("2025-10-17T14:00", "2025-10-17"),
    ],
)
def test_timex_values_become_fact_dates(value: str, date: str) -> None:
    assert fact_date(value) == date


def test_a_vague_claim_is_dated_by_the_report_its_footnote_cites() -> None:
    body = "The minister has been very vocal lately about sending aid.[6] The weather was fine.[7]"
    notes = ("[6] Smith, Ann. “Aid debate.” Daily Post, November 7, 2024. https://example.org/a", "[7] Ibid., 2023.")
    art = dataclasses.replace(article(body, None), footnotes=notes)
    facts = extract_facts(art, split_sentences(body), tag_dates(body, None, footnotes=notes), ())
    assert [(f.date, f.inferred, f.evidence.text[:12]) for f in facts] == [("2024-11", True, "The minister")]


def test_fact_extraction_stays_linear_on_a_long_body() -> None:
    """Dates, periods and actor mentions are looked up by offset: a 6,000-sentence body with as many dates
    and an actor named in every sentence links in a fraction of a second (it took seconds when every
    sentence scanned every date and mention)."""
    import time

    sentence = "The committee met in March 2024 and Ms Novak said the plan was ready. "
    body = sentence * 6000
    step = len(sentence)
    novak = Actor(
        key="novak", name="Novak", type="person", role=None,
        mentions=tuple(Span(i * step + 39, i * step + 44, "Novak") for i in range(6000)),
    )  # fmt: skip
    art = article(body, "2025-01-01")
    sentences, dates = split_sentences(body), tag_dates(body, "2025-01-01")
    started = time.process_time()
    facts = extract_facts(art, sentences, dates, (novak,))
    elapsed = time.process_time() - started
    assert len(facts) == 6000 and all(f.actors == ("novak",) for f in facts)
    assert elapsed < 1.0, f"{elapsed:.2f} s of CPU for 6,000 sentences"
