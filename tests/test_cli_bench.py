"""``briefsite bench``: every stage is measured and the report has its rows."""

from __future__ import annotations

import importlib
import json
from pathlib import Path
from typing import Any

from generator.bench import SITE_STAGES, STAGES

ARTICLE = (
    "Ministers meet in Oslo to discuss the border\n\n"
    "The foreign ministers of the two countries met in Oslo on Monday, 3 March 2025, to discuss the border.\n\n"
    "Officials said the talks would continue next week, after a first round that ended without an agreement.\n"
)


def test_every_stage_the_bench_names_exists() -> None:
    for label, module, name in STAGES:
        assert callable(getattr(importlib.import_module(module), name, None)), f"bench stage {label}: {module}.{name}"


def test_the_bench_reports_every_stage(cli: Any, tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    ran = cli("bench", tmp_path, "--repeat", "1")
    assert ran.code == 0, ran.err
    rows = {line.split("  ")[0].strip() for line in ran.out.splitlines()[2:]}
    assert {label for label, _, _ in STAGES} | {"pipeline", *SITE_STAGES} <= rows
    assert "sources/s" in ran.out and "peak RSS" in ran.out


def test_the_bench_json_has_the_figures(cli: Any, tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    figures = json.loads(cli("bench", tmp_path, "--repeat", "1", "--json").out)
    assert figures["sources"] == 1 and figures["articles"] == 1
    assert figures["seconds"] > 0 and figures["peak_bytes"] > 0 and figures["max_rss_bytes"] > 0
    assert [s["label"] for s in figures["stages"]] == [*(s[0] for s in STAGES), *SITE_STAGES]


def test_a_missing_path_is_a_usage_error(cli: Any, tmp_path: Path) -> None:
    assert cli("bench", tmp_path / "nowhere").code == 2
