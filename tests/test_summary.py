"""Extractive summary: YAML cases of small texts, and invariants on the sample sources."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import given
from hypothesis import strategies as st

from generator.model import Article, Span
from generator.pipeline import articles_of
from generator.read import read_source
from generator.sentences import split_sentences
from generator.summary import MAX_SENTENCES, MIN_SENTENCES, summarise, summary_length
from tests.factories import make_article

CASES: list[dict[str, Any]] = yaml.safe_load(
    (Path(__file__).parent / "cases" / "summary" / "choices.yml").read_text(encoding="utf-8")
)


def article(body: str, title: str | None = None, headings: tuple[Span, ...] = ()) -> Article:
    return make_article(body, title=title, headings=headings)


def summary_of(body: str, title: str | None = None, headings: tuple[Span, ...] = ()) -> tuple[Span, ...]:
    return summarise(article(body, title, headings), split_sentences(body), (), ())


@pytest.mark.parametrize("case", CASES, ids=[c["name"] for c in CASES])
def test_case(case: dict[str, Any]) -> None:
    got = [s.text for s in summary_of(case["body"], case.get("title"))]
    assert got
    for want in case.get("must", []):
        assert want in got, got
    for never in case.get("must_not", []):
        assert never not in got, got
    assert len(got) <= case.get("max", MAX_SENTENCES)
    assert sum(1 for s in case.get("exclusive", []) if s in got) <= 1, got


def test_spans_are_verbatim_and_in_reading_order() -> None:
    body = "\n\n".join(c["body"] for c in CASES)
    got = summary_of(body, "Wheat harvest and ferry terminal")
    assert got
    assert all(body[s.start : s.end] == s.text for s in got)
    assert [s.start for s in got] == sorted(s.start for s in got)
    assert len(got) == MAX_SENTENCES


def test_a_heading_is_never_chosen() -> None:
    heading = "Drought cuts the wheat harvest of the farmers by a third"
    body = f"{heading}\n\n" + CASES[1]["body"]
    got = summary_of(body, "Drought cuts wheat harvest", (Span(0, len(heading), heading),))
    assert heading not in [s.text for s in got]


def test_a_short_piece_gets_a_short_summary() -> None:
    body = "The mayor resigned on Monday after a vote of no confidence.\n\nShe had led the city council for six years."
    assert len(summary_of(body, "Mayor resigns")) == 1


def test_an_empty_body_has_no_summary() -> None:
    assert summary_of("", "Nothing") == ()


def test_sample_sources_give_three_to_five_verbatim_sentences(shared_sources: list[Path]) -> None:
    for path in shared_sources:
        for art in articles_of(read_source(path, path.name)):
            sentences = split_sentences(art.body)
            got = summarise(art, sentences, (), ())
            if len(sentences) >= 12:
                assert 3 <= len(got) <= 5, (path.name, art.title)
            for s in got:
                assert art.body[s.start : s.end] == s.text
                assert not s.text.endswith("?")


@given(st.integers(min_value=1, max_value=400))
def test_summary_length_is_three_to_five_and_at_most_half(eligible: int) -> None:
    n = summary_length(eligible)
    assert 1 <= n <= min(MAX_SENTENCES, -(-eligible // 2))
    if eligible >= 2 * MIN_SENTENCES:
        assert n >= MIN_SENTENCES
    assert summary_length(eligible + 1) >= n


def _numbered_piece(count: int) -> str:
    """Sentences with no content word in common: none is a near-duplicate of another."""
    return "\n\n".join(" ".join(["The", *(f"w{i}x{j}" for j in range(7))]) + "." for i in range(count))


@pytest.mark.parametrize(("count", "want"), [(9, 3), (13, 4), (24, 5)])
def test_a_longer_piece_gets_a_longer_summary(count: int, want: int) -> None:
    assert len(summary_of(_numbered_piece(count), "Flood water reaches homes")) == want


def test_the_sentence_on_the_pieces_subject_beats_common_words() -> None:
    body = (
        "The regulator fined the refinery for benzene leaks into the estuary.\n\n"
        "Officials said on Monday that the day had been a long day for everyone there.\n\n"
        "Benzene from the refinery was found in estuary fish, the regulator said.\n\n"
        "It was a long day and people said the day would be long again the next day.\n\n"
        "The refinery said it would stop the benzene leaks by sealing old estuary pipes.\n\n"
        "Fishermen on the estuary want the refinery to pay for the benzene clean-up."
    )
    got = [s.text for s in summary_of(body, "Refinery fined")]
    assert not any("long day" in s for s in got), got
