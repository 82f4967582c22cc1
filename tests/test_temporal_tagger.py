"""The temporal tagger: readable cases in cases/temporal/tagger.yml and properties of its output."""

from __future__ import annotations

import datetime as dt
import time
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from generator.temporal import tag_dates
from generator.temporal.anchor import parse_point

CASES: list[dict[str, Any]] = yaml.safe_load(
    (Path(__file__).parent / "cases" / "temporal" / "tagger.yml").read_text("utf-8")
)


def anchor_of(case: dict[str, Any]) -> str | None:
    return str(case["anchor"]) if case["anchor"] else None


@pytest.mark.parametrize("case", CASES, ids=[c["name"] for c in CASES])
def test_case(case: dict[str, Any]) -> None:
    got: dict[str, list[tuple[str, str]]] = {}
    for t in tag_dates(case["text"], anchor_of(case)):
        got.setdefault(t.span.text, []).append((t.type, t.value))
    for text, kind, value in case["found"]:  # a text tagged twice ("a day" as a rate and as a span) has both
        assert (kind, str(value)) in got.get(text, []), f"{text!r}: got {got.get(text)} in {got}"
    for text in case.get("not", []):
        assert not any(text.lower() in k.lower() for k in got), f"{text!r} tagged: {got}"
    for text in case.get("not_exact", []):  # case-sensitive: "Noon" the name, while "noon" is a time
        assert text not in got, f"{text!r} tagged: {got}"


@pytest.mark.parametrize("case", [c for c in CASES if "inferred" in c], ids=lambda c: c["name"])
def test_inferred_marks_dates_resting_on_an_inferred_anchor(case: dict[str, Any]) -> None:
    tags = tag_dates(case["text"], anchor_of(case))
    assert sorted(t.span.text for t in tags if t.inferred) == sorted(case["inferred"])


def test_implied_date_anchors_an_undated_text_and_marks_it_inferred() -> None:
    (t,) = tag_dates("The call took place yesterday.", None, implied="2025-10-17")
    assert (t.value, t.inferred, t.anchor) == ("2025-10-16", True, "2025-10-17")


def test_footnote_dates_anchor_an_undated_text() -> None:
    tags = tag_dates("The agreement was reached in October.", None, footnotes=("CNN, December 3, 2024.",))
    assert [(t.value, t.inferred) for t in tags] == [("2024-10", True)]


def test_daily_is_a_set_as_adverb_and_adjective_but_not_as_a_papers_label() -> None:
    text = "Crowds gather daily outside the court. Their daily rallies grew, the party daily Granma said."
    tags = tag_dates(text, "2024-01-28")
    assert [(t.span.start, t.type, t.value) for t in tags] == [
        (text.index("daily"), "SET", "P1D"),
        (text.index("daily rallies"), "SET", "P1D"),
    ]


def test_a_year_earlier_is_the_year_ago_quarter_after_a_quarterly_figure_the_year_after_a_nine_month_one() -> None:
    text = (
        "In the third quarter, net rose to $87 million from $58 million a year earlier. For the first nine months,"
        " net fell to $254 million from $263 million a year earlier."
    )
    assert [(t.span.text, t.value) for t in tag_dates(text, "2023-10-26")] == [
        ("the third quarter", "2023-Q3"),
        ("a year earlier", "2022-Q3"),
        ("the first nine months", "P9M"),
        ("a year earlier", "2022"),
    ]


def test_a_holiday_that_qualifies_a_noun_or_names_a_song_is_not_a_date() -> None:
    text = "A formula for the ultimate Christmas single was revealed. Wham's Last Christmas sold well."
    assert tag_dates(text, "2005-03-01") == ()


def test_a_year_ago_period_counts_from_the_last_finished_quarter_not_a_forecast_one() -> None:
    text = (
        "Net fell in the third quarter, and losses may last into the fourth quarter and through the third quarter"
        " of 2024. In the year-ago period, net was $101 million."
    )
    tags = {t.span.text: t.value for t in tag_dates(text, "2023-10-26")}
    assert tags["the year-ago period"] == "2022-Q3"


@pytest.mark.parametrize(
    "text",
    ["Profit for the quarter ended June 32 rose.", "Scores on April 0 and 5 were low.", "The deadline is Sept. 31."],
)
def test_impossible_days_are_no_dates_and_no_crash(text: str) -> None:
    for t in tag_dates(text, "2025-10-17"):  # raised ValueError before
        if len(t.value) == 10:
            dt.date.fromisoformat(t.value)  # a day value is a real day


def test_long_runs_of_spaces_after_a_trigger_stay_linear() -> None:
    """20,000 spaces after "the quarter" or "5 p.m." took tens of seconds with nested optional blanks."""
    started = time.perf_counter()
    for head in ("Profit in the quarter", "at 5 p.m.", "in March", "on April 24 and"):
        tag_dates(head + " " * 20_000 + "x", "2025-10-17")
    assert time.perf_counter() - started < 2.0


def test_a_quoted_programme_title_is_not_a_date() -> None:
    text = 'Baker, speaking on the programme "This Week," said talks resume this week.'
    assert [t.span.text for t in tag_dates(text, "1990-08-13")] == ["this week"]


WORDS = st.sampled_from(
    ["the", "May", "March", "2025", "1990s", "last", "week", "ago", "two", "years", "Friday", "Dec.", "14", ",",
     "today", "p.m.", "10", "every", "Q3", "on", "the 13th", "mid-", "-", "$", "3", "quarter", "now", "\n", "é",
     "weekend", "this", "next", "hours", "decade", "century", "spring", "night", "Christmas", "GMT", "14:30", "fiscal",
     "year-ago", "the 1990s", "early", "that", "same", "day", "following", "morning", "tomorrow", "2 1/2"]
)  # fmt: skip


@settings(max_examples=150, deadline=None)
@given(st.lists(WORDS, max_size=40).map(" ".join), st.sampled_from([None, "2025-10-17", "1999-02", "2001"]))
def test_spans_are_verbatim_ordered_and_disjoint(body: str, anchor: str | None) -> None:
    end = 0
    for t in tag_dates(body, anchor):
        assert body[t.span.start : t.span.end] == t.span.text
        assert t.span.start >= end and t.span.end > t.span.start
        end = t.span.end
        assert t.type in ("DATE", "TIME", "DURATION", "SET")
        if t.type == "DATE" and t.value[:1].isdigit() and "X" not in t.value and len(t.value) >= 4:
            assert parse_point(t.value) is not None, t.value


@settings(max_examples=50, deadline=None)
@given(st.lists(WORDS, max_size=30).map(" ".join))
def test_tagging_is_deterministic(body: str) -> None:
    assert tag_dates(body, "2025-10-17") == tag_dates(body, "2025-10-17")
