"""Golden files: the briefs generated from the demo sources in sources/, compared byte for byte.

When the output changes on purpose (an analyser or a template improved), regenerate and review
the diff:

    BRIEFSITE_UPDATE_GOLDEN=1 .venv/bin/pytest tests/test_site_golden.py

That rewrites tests/golden/briefs/ and brings the committed briefs/ in line (through the writer,
so hand-written and hand-edited pages in briefs/ are kept).
"""

from __future__ import annotations

import difflib
import os
import shutil
from pathlib import Path

from click.testing import CliRunner

from generator.cli import main
from generator.render import GENERATOR
from generator.writer import split_page

ROOT = Path(__file__).resolve().parents[1]
GOLDEN = ROOT / "tests" / "golden" / "briefs"
UPDATE = os.environ.get("BRIEFSITE_UPDATE_GOLDEN") == "1"


def tree(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def generated(folder: Path) -> dict[str, bytes]:
    """Only the pages briefsite generated (hand-written pages may sit beside them)."""
    return {
        p: b
        for p, b in tree(folder).items()
        if p.endswith(".md") and split_page(b.decode("utf-8"))[0].get("generated") == GENERATOR
    }


def generate(out: Path) -> None:
    result = CliRunner().invoke(main, ["generate", "--sources", str(ROOT / "sources"), "--briefs", str(out)])
    assert result.exit_code == 0, result.output


def first_difference(path: str, expected: bytes, actual: bytes) -> str:
    diff = difflib.unified_diff(
        expected.decode("utf-8").splitlines(), actual.decode("utf-8").splitlines(), "golden", "generated", lineterm=""
    )
    return f"{path} differs from the golden file:\n" + "\n".join(list(diff)[:40])


def test_demo_briefs_match_golden_files(tmp_path: Path) -> None:
    generate(tmp_path / "briefs")
    actual = tree(tmp_path / "briefs")
    if UPDATE:
        shutil.rmtree(GOLDEN, ignore_errors=True)
        shutil.copytree(tmp_path / "briefs", GOLDEN)
        generate(ROOT / "briefs")
    expected = tree(GOLDEN)
    assert sorted(actual) == sorted(expected), "pages added or removed; see the update command in this file"
    for path in sorted(expected):
        assert actual[path] == expected[path], first_difference(path, expected[path], actual[path])


def test_committed_briefs_are_the_golden_files() -> None:
    """briefs/ in the repo is what the demo sources generate (regenerated with the golden files)."""
    assert generated(ROOT / "briefs") == generated(GOLDEN)
