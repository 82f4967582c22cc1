"""The sentence splitter: readable cases in sentences_cases.yml and properties of the spans."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import given
from hypothesis import strategies as st

from generator.sentences import split_sentences

CASES: list[dict[str, Any]] = yaml.safe_load(Path(__file__).with_name("sentences_cases.yml").read_text("utf-8"))


@pytest.mark.parametrize("case", CASES, ids=[c["name"] for c in CASES])
def test_case(case: dict[str, Any]) -> None:
    assert [s.text for s in split_sentences(case["text"])] == case["sentences"]


TOKENS = [*"aAbZ 0.!?\"')(\n\t,", "Mr.", "U.S.", " The ", "\u201d", "Jan.", "\n\n", "No. "]
PROSE = st.sampled_from(TOKENS)


@given(st.lists(PROSE, max_size=30).map("".join))
def test_spans_are_ordered_stripped_slices_of_the_body(body: str) -> None:
    spans = split_sentences(body)
    end = 0
    for s in spans:
        assert body[s.start : s.end] == s.text
        assert s.text == s.text.strip() and s.text
        assert s.start >= end
        end = s.end


@given(st.lists(PROSE, max_size=30).map("".join))
def test_no_text_is_lost(body: str) -> None:
    """Everything that is not white space is in exactly one sentence."""
    covered = "".join(s.text for s in split_sentences(body))
    assert "".join(covered.split()) == "".join(body.split())
