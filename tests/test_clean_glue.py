"""Headings glued to a lower-case word ("The Wider Implicationsthe outcome ..."): found only where the glued
token is no English word and the left part a common one (generator/clean/words.py)."""

from __future__ import annotations

import importlib

import pytest

from generator.clean import clean
from generator.clean.words import glued_function_word
from generator.model import Source

# (the package exports a function of the same name, so the module is looked up by its full name)
segment_module = importlib.import_module("generator.clean.segment")


def _doc(text: str) -> list[tuple[str, str]]:
    doc = clean(Source(path="g.txt", name="g.txt", sha256="0" * 64, format="txt", text=text))
    return [(b.kind, b.text) for b in doc.blocks]


@pytest.fixture
def cutting(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(segment_module, "CUT_LOWERCASE_GLUE", True)


LEDE = (
    "Harbour Town Council Votes On Ferry Plan\nThe council met on Tuesday to vote on the ferry plan after long talks.\n"
)


@pytest.mark.usefixtures("cutting")
def test_heading_glued_to_a_lower_case_word_is_cut_and_recorded() -> None:
    text = LEDE + "The Wider Implicationsthe outcome of the vote will shape transport on the coast for years to come.\n"
    blocks = _doc(text)
    assert ("heading", "The Wider Implications") in blocks
    assert ("paragraph", "the outcome of the vote will shape transport on the coast for years to come.") in blocks
    doc = clean(Source(path="g.txt", name="g.txt", sha256="0" * 64, format="txt", text=text))
    assert any(r.kind == "glued-heading" and "Implicationsthe" in r.before for r in doc.repairs)
    assert "".join(t for _, t in blocks).replace(" ", "") == "".join(text.split())  # no text lost


@pytest.mark.usefixtures("cutting")
@pytest.mark.parametrize(
    "line",
    [
        "Plans Unveiled For The Town Bulletin in the spring edition were welcomed by most readers of the paper.",
        "Ferry Services Run As Normal Within the harbour limits, officials said on Monday after the storm passed.",
        "Council Thanks Captain Martin the harbour master, who retires this year after forty years of service.",
    ],
)
def test_real_words_ending_in_a_function_word_stay_whole(line: str) -> None:
    assert _doc(LEDE + line + "\n")[-1] == ("paragraph", line)


def test_dictionary_test() -> None:
    assert glued_function_word("Implications", "Implicationsthe")
    assert not glued_function_word("Bullet", "Bulletin")  # a word in itself
    assert not glued_function_word("Pokrovsk", "Pokrovskthe")  # the left part is no common English word


def test_off_by_default_so_the_body_keeps_the_glue() -> None:
    text = LEDE + "The Wider Implicationsthe outcome of the vote will shape transport on the coast for years to come.\n"
    assert ("heading", "The Wider Implications") not in _doc(text)
