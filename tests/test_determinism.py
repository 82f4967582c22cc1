"""Byte-identical output: two runs, sources copied in another order, another PYTHONHASHSEED."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from click.testing import CliRunner

from generator.cli import main

ROOT = Path(__file__).resolve().parents[1]


def corpus(shared: Path) -> list[Path]:
    return sorted((ROOT / "sources").iterdir()) + sorted((shared / "sources").glob("*.txt"))


def copy_in_order(files: list[Path], folder: Path) -> Path:
    """Copy files one by one, so the folder's directory order follows ``files``."""
    folder.mkdir(parents=True)
    for f in files:
        target = folder / ("shared_" + f.name if "shared" in f.parts else f.name)
        shutil.copyfile(f, target)
    return folder


def generate(sources: Path, briefs: Path, seed: str) -> None:
    env = {**os.environ, "PYTHONHASHSEED": seed}
    cmd = [sys.executable, "-m", "generator", "generate", "--sources", str(sources), "--briefs", str(briefs)]
    done = subprocess.run(cmd, env=env, capture_output=True, text=True, cwd=ROOT, check=False)
    assert done.returncode == 0, done.stderr


def tree(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def test_shuffled_order_and_hash_seed_give_identical_bytes(shared: Path, tmp_path: Path) -> None:
    files = corpus(shared)
    forward = copy_in_order(files, tmp_path / "one" / "sources")
    backward = copy_in_order(list(reversed(files[1::2] + files[::2])), tmp_path / "two" / "sources")
    generate(forward, tmp_path / "one" / "briefs", "0")
    generate(backward, tmp_path / "two" / "briefs", "4242")
    one, two = tree(tmp_path / "one" / "briefs"), tree(tmp_path / "two" / "briefs")
    assert len(one) > 10
    assert sorted(one) == sorted(two)
    assert [p for p in one if one[p] != two[p]] == []


def test_a_second_run_changes_nothing(tmp_path: Path) -> None:
    args = ["generate", "--sources", str(ROOT / "sources"), "--briefs", str(tmp_path / "briefs")]
    assert CliRunner().invoke(main, args).exit_code == 0
    before = {p: (p.stat().st_mtime_ns, p.read_bytes()) for p in (tmp_path / "briefs").rglob("*.md")}
    second = CliRunner().invoke(main, args)
    assert second.exit_code == 0
    assert " 0 written," in second.output
    assert {p: (p.stat().st_mtime_ns, p.read_bytes()) for p in (tmp_path / "briefs").rglob("*.md")} == before


def test_output_is_utf8_lf_with_final_newline(tmp_path: Path) -> None:
    args = ["generate", "--sources", str(ROOT / "sources"), "--briefs", str(tmp_path / "briefs")]
    assert CliRunner().invoke(main, args).exit_code == 0
    for path, data in tree(tmp_path / "briefs").items():
        text = data.decode("utf-8")
        assert "\r" not in text and text.endswith("\n") and not text.endswith("\n\n"), path
