"""Shared fixtures: the repo, the shared evaluation material beside it, and a CLI runner."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from generator.cli import main

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO / ".." / "shared"


@pytest.fixture(scope="session")
def repo() -> Path:
    return REPO


@pytest.fixture(scope="session")
def shared() -> Path:
    """../shared (sources, gold, corpora, scorers). Its absence is a failure, never a skip: CI has it."""
    needed = [SHARED / "sources", SHARED / "eval" / "score_gold.py", SHARED / "corpora"]
    missing = [str(p) for p in needed if not p.exists()]
    if missing:
        pytest.fail(f"../shared is incomplete next to the repo; missing: {', '.join(missing)}", pytrace=False)
    return SHARED.resolve()


@pytest.fixture(scope="session")
def shared_sources(shared: Path) -> list[Path]:
    files = sorted((shared / "sources").glob("*.txt"))
    assert files, "no sources in ../shared/sources"
    return files


@dataclass(frozen=True)
class Ran:
    """What a CLI run printed and returned."""

    code: int
    out: str
    err: str

    def json(self) -> Any:
        return json.loads(self.out)


@pytest.fixture()
def cli() -> Any:
    """Run ``briefsite ARGS...`` in-process; stdout and stderr kept apart."""

    def invoke(*args: str | Path) -> Ran:
        result = CliRunner().invoke(main, [str(a) for a in args], catch_exceptions=False)
        return Ran(result.exit_code, result.stdout, result.stderr)

    return invoke


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--raise-floors",
        action="store_true",
        help="test_quality: raise floors (lower ceilings) in tests/quality_floors.yml to the measured figures",
    )
