"""Properties of the cleaner on arbitrary text: offsets stay true, repairs invent nothing, no crash."""

from __future__ import annotations

import importlib
from collections import Counter

from hypothesis import example, given, settings
from hypothesis import strategies as st

from generator.clean import clean, furniture
from generator.clean.repair import name_case_map, repair_line, restore_names
from generator.model import Source
from generator.split import split

segment_module = importlib.import_module("generator.clean.segment")

PIECES = st.sampled_from(
    [
        "The",
        "city",
        "council",
        "Pokrovsk",
        "pokrovsk",
        "LandscapeThe",
        "war.the",
        "said,then",
        "?",
        " ? ",
        "Did You Know?",
        "Pro Tip:",
        "Table of Contents",
        "* Item",
        "Share your thoughts in the comments below.",
        "Published: 2024-01-02",
        "![]()",
        "Kyiv –",
        "#Tag",
        "© Example",
        "U.S.",
        "Photo by Someone",
        ".",
        ",",
        "\n",
        "\n\n",
        " ",
        "1.",
        "|",
        "|---|",
    ]
)
TEXTS = st.lists(PIECES, max_size=80).map(" ".join)


def source(text: str) -> Source:
    return Source(path="p.txt", name="p.txt", sha256="0" * 64, format="txt", text=text)


@settings(max_examples=150, deadline=None)
@given(TEXTS)
def test_block_offsets_point_at_their_raw_text(text: str) -> None:
    doc = clean(source(text))
    for b in doc.blocks:
        assert b.start >= 0
        assert text[b.start : b.start + len(b.raw)] == b.raw
        assert text.count("\n", 0, b.start) + 1 == b.line


@settings(max_examples=150, deadline=None)
@given(TEXTS)
def test_split_never_fails_and_spans_hold(text: str) -> None:
    for article in split(clean(source(text))):
        assert article.body.strip()
        for span in (*article.paragraphs, *article.headings):
            assert article.body[span.start : span.end] == span.text


@settings(max_examples=200, deadline=None)
@given(TEXTS)
def test_segments_cover_the_line_in_order(text: str) -> None:
    for line in text.split("\n"):
        units = segment_module.segment(line)
        pos = 0
        for u in units:
            assert pos <= u.start <= u.end <= len(line)
            pos = u.end
        covered = "".join(line[u.start : u.end] for u in units)
        assert "".join(covered.split()) == "".join(line.split())


def letters(text: str) -> Counter[str]:
    return Counter(c.lower() for c in text if c.isalnum())


@settings(max_examples=200, deadline=None)
@given(TEXTS)
def test_repairs_invent_no_letters(text: str) -> None:
    fixed, _ = repair_line(text, 1)
    assert letters(fixed) == letters(text)
    names = name_case_map([text])
    restored, _ = restore_names(fixed, names, 1)
    assert letters(restored) == letters(text)


def test_repairs_are_recorded() -> None:
    text, repairs = repair_line("It rained.the river rose ? and fell,then rose.", 3)
    assert text == "It rained. the river rose – and fell, then rose."
    assert sorted({r.kind for r in repairs}) == ["lost-dash", "missing-space"]
    assert all(r.line == 3 for r in repairs)


def test_urls_and_abbreviations_keep_their_dots() -> None:
    text, repairs = repair_line("See www.example.org/page.html and the U.S.Army, e.g.the rest.", 1)
    assert "www.example.org/page.html" in text
    assert not any("example" in r.before and r.kind == "missing-space" for r in repairs)


def test_lowercased_name_restored_only_when_the_file_capitalises_it() -> None:
    texts = [
        "Troops entered Velmor on Monday. Officials in Velmor said the mayor of Velmor left.",
        "Fighting near Velmor went on while aid reached the city of velmor late.",
        "The bank said the World Bank would lend; a bank in the city closed.",
    ]
    names = name_case_map(texts)
    assert names == {"velmor": "Velmor"}
    fixed, repairs = restore_names(texts[1], names, 2)
    assert "city of Velmor" in fixed and repairs[0].kind == "lowercase-name"


def test_mojibake_repaired_and_clean_text_untouched() -> None:
    fixed, repairs = repair_line("The ministerâ€™s statement came on Monday.", 4)
    assert fixed == "The minister’s statement came on Monday."
    assert [r.kind for r in repairs] == ["mojibake"]
    assert repair_line("Zürich and Kraków stay as they are – with “quotes”.", 1) == (
        "Zürich and Kraków stay as they are – with “quotes”.",
        [],
    )


INLINE_TEXTS = st.lists(
    st.sampled_from(
        [*(p.phrase for p in furniture.INLINE), "Read More:", "protip:", "x", ":", "?", " ", "know?", "notes"]
    ),
    max_size=30,
).map("".join)


def _inline_reference(line: str) -> list[tuple[int, int, str]]:
    """Every occurrence of every phrase, then leftmost-longest without overlaps: the plain definition."""
    low = line.lower()
    found = [
        (i, i + len(p.phrase), p.phrase)
        for p in furniture.INLINE
        for i in range(len(low))
        if low.startswith(p.phrase, i)
    ]
    found.sort(key=lambda f: (f[0], -f[1]))
    out: list[tuple[int, int, str]] = []
    for f in found:
        if not out or f[0] >= out[-1][1]:
            out.append(f)
    return out


@settings(max_examples=300, deadline=None)
@given(INLINE_TEXTS)
@example("Tip: check the map. Read more:Did you know?")
@example("protip:keywords:tags:")
def test_inline_phrases_found_as_the_plain_definition_says(line: str) -> None:
    got = [(a, b, p.phrase) for a, b, p in furniture.inline_matches(line)]
    assert got == _inline_reference(line)
