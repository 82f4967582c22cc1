"""The pipeline: one source's failure stays its own, ids are unique, --published fills gaps only."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator import pipeline
from generator.model import Article
from generator.pipeline import ASSUMED_ORIGIN, run

ARTICLE = (
    "Ministers meet in Oslo to discuss the border\n\n"
    "The foreign ministers of the two countries met in Oslo on Monday to discuss the disputed border.\n\n"
    "Officials said the talks would continue next week, after a first round that ended without an agreement.\n"
)


def sources(tmp_path: Path, *texts: str) -> list[tuple[Path, str]]:
    out = []
    for i, text in enumerate(texts):
        path = tmp_path / f"s{i}.txt"
        path.write_text(text, encoding="utf-8")
        out.append((path, path.name))
    return out


def test_a_stage_that_crashes_on_one_source_spares_the_others(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    real = pipeline.analyse

    def flaky(article: Article) -> object:
        if article.source_name == "s0.txt":
            raise ValueError("boom")
        return real(article)

    monkeypatch.setattr(pipeline, "analyse", flaky)
    bad, good = run(sources(tmp_path, ARTICLE, ARTICLE))
    assert bad.briefs == () and good.briefs
    assert bad.error is not None and bad.error.startswith("internal error (a briefsite bug at test_pipeline.py:")
    assert bad.error.endswith("ValueError: boom")
    assert [d.code for d in bad.diagnostics] == ["internal"]


def test_the_same_title_twice_gets_two_ids(tmp_path: Path) -> None:
    results = run(sources(tmp_path, ARTICLE, ARTICLE))
    ids = [b.article.id for r in results for b in r.briefs]
    assert len(ids) == 2 and ids[1] == f"{ids[0]}-2"


def test_published_fills_only_what_the_source_does_not_state(tmp_path: Path) -> None:
    dated = "---\npublished: 2024-03-05\n---\n" + ARTICLE
    plain, stated = run(sources(tmp_path, ARTICLE, dated), published="2025-10-16")
    a, b = plain.briefs[0].article, stated.briefs[0].article
    assert (a.published, a.published_origin) == ("2025-10-16", ASSUMED_ORIGIN)
    assert b.published == "2024-03-05" and b.published_origin != ASSUMED_ORIGIN


def test_progress_hears_of_every_source_twice(tmp_path: Path) -> None:
    heard: list[tuple[str, str]] = []
    run(sources(tmp_path, ARTICLE, "x"), progress=lambda step, path: heard.append((step, path)))
    assert heard == [("read", "s0.txt"), ("read", "s1.txt"), ("analyse", "s0.txt"), ("analyse", "s1.txt")]


def test_an_empty_source_is_an_error_of_its_own(tmp_path: Path) -> None:
    empty, full = run(sources(tmp_path, "\n\n", ARTICLE))
    assert empty.error == "no article text found (only page furniture or empty)"
    assert full.error is None


def test_a_collection_step_that_crashes_keeps_every_brief(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(briefs: object) -> object:
        raise RuntimeError("merge failed")

    monkeypatch.setattr(pipeline, "merge_across", broken)
    results = run(sources(tmp_path, ARTICLE, ARTICLE))
    assert all(r.briefs and r.error is None for r in results)
    [warning] = results[0].diagnostics
    assert (warning.path, warning.severity, warning.code) == ("s0.txt", "warning", "internal")
    assert warning.message.startswith("collection step skipped: internal error (a briefsite bug at test_pipeline.py:")
