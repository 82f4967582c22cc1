"""The kind of a piece (generator/kind.py) on small texts written for the tests, and on the sample sources."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from generator.clean import clean
from generator.kind import KindCues, decide
from generator.model import Source
from generator.read import read_source, split_front_matter
from generator.split import split

CASES = yaml.safe_load((Path(__file__).parent / "cases" / "clean" / "kinds.yml").read_text(encoding="utf-8"))
SHARED = Path(__file__).parents[1] / ".." / "shared"


def _source(text: str) -> Source:
    front, body, offset = split_front_matter(text)
    return Source(
        path="case.txt",
        name="case.txt",
        sha256="0" * 64,
        format="txt",
        text=body,
        front_matter=front,
        line_offset=offset,
    )


@pytest.mark.parametrize("case", CASES, ids=[c["name"] for c in CASES])
def test_kind_case(case: dict[str, Any]) -> None:
    articles = split(clean(_source(case["text"])))
    assert [a.kind for a in articles] == [case["kind"]]


def _cues(**over: Any) -> KindCues:
    base: dict[str, Any] = dict(
        words=400,
        report=0.0,
        opinion=0.0,
        explainer=0.0,
        argument=0.0,
        background_share=0.0,
        explainer_share=0.0,
        reporting_lead=False,
    )
    base.update(over)
    return KindCues(**base)


def test_background_beside_a_report_is_mixed_but_not_without_the_report() -> None:
    assert decide(_cues(reporting_lead=True, report=1.0, background_share=0.5), None, False, 0) == "mixed"
    assert decide(_cues(report=1.0, background_share=0.5), None, False, 0) == "news"


def test_a_reference_list_makes_a_paper_analysis() -> None:
    assert decide(_cues(report=1.0, argument=0.5), None, False, 3) == "analysis"
    assert decide(_cues(opinion=5.0), None, False, 3) == "analysis"
    assert decide(_cues(report=1.0, argument=0.5), None, False, 0) == "news"


def test_explainer_title_wins_over_reporting() -> None:
    assert decide(_cues(report=2.0), "Explained: the new rail timetable", False, 0) == "explainer"


@pytest.mark.skipif(not (SHARED / "gold").is_dir(), reason="needs ../shared/gold")
def test_sample_sources_get_the_gold_kinds() -> None:
    """The kinds careful annotators gave the sample pieces (not scored by score_gold.py, but shown to readers)."""
    for gold_path in sorted((SHARED / "gold").glob("*.yml")):
        gold = yaml.safe_load(gold_path.read_text(encoding="utf-8"))
        src = SHARED / "sources" / (gold_path.stem + ".txt")
        got = [a.kind for a in split(clean(read_source(src, str(src))))]
        want = [a["kind"] for a in (gold["articles"] if isinstance(gold, dict) else gold)]
        assert got == want, gold_path.name
