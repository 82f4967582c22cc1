"""Guard every gain: the three scorers of ../shared/eval against the floors in quality_floors.yml.

The scorers run as subprocesses, exactly as a developer runs them, on the gold sources, the
TimeBank/AQUAINT corpus and the BBC dev corpus (``limits`` in the floors file; 0 = whole
corpus). All three start at once so the suite uses both cores. ../shared missing is a failure.
"""

from __future__ import annotations

import json
import re
import shlex
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

import pytest
import yaml

FLOORS_FILE = Path(__file__).with_name("quality_floors.yml")
FLOORS: dict[str, Any] = yaml.safe_load(FLOORS_FILE.read_text(encoding="utf-8"))
EXTRACT = f"{shlex.quote(sys.executable)} -m generator extract --format json"
TIMEOUT = 900  # seconds for one scorer; the whole suite must stay under ~5 minutes
SUMMARY_LINE = re.compile(r"^(\w+): (.*)$")


def figure(value: object) -> float:
    """A scorer value as a number: "5/11" is a ratio, numbers are themselves."""
    if isinstance(value, str) and "/" in value:
        done, total = value.split("/")
        return int(done) / int(total) if int(total) else 0.0
    return float(str(value))


def summary_line(stdout: str, prefix: str) -> dict[str, float]:
    """The scorer's last line ``prefix: key=value ...`` as numbers."""
    last = stdout.strip().splitlines()[-1]
    m = SUMMARY_LINE.match(last)
    assert m and m.group(1) == prefix, f"no '{prefix}:' summary line; got {last!r}"
    return {k: figure(v) for k, v in (item.split("=", 1) for item in m.group(2).split())}


@pytest.fixture(scope="module")
def measured(shared: Path, repo: Path) -> dict[str, dict[str, float]]:
    """Every figure of the three scorers, run side by side."""
    eval_dir = shared / "eval"
    limits = FLOORS.get("limits", {})
    corpora = {
        "timeml": ["score_timeml.py", "--cmd", EXTRACT, str(shared / "corpora" / "timebank-aquaint")],
        "summary": ["score_summary.py", "--cmd", EXTRACT, str(shared / "corpora" / "bbc-news-dev")],
    }
    running = {}
    for name, (script, *args) in corpora.items():
        limit = ["--limit", str(limits[name])] if limits.get(name) else []
        cmd = [sys.executable, str(eval_dir / script), *args, *limit]
        running[name] = subprocess.Popen(cmd, cwd=repo, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    figures = {"gold": gold_figures(shared, repo)}
    for name, proc in running.items():
        out, err = proc.communicate(timeout=TIMEOUT)
        assert proc.returncode == 0, f"{name} scorer failed: {err[-2000:]}"
        figures[name] = summary_line(out, name)
    return figures


def gold_figures(shared: Path, repo: Path) -> dict[str, float]:
    sources = sorted(str(p) for p in (shared / "sources").glob("*.txt"))
    extracted = subprocess.run(
        [*shlex.split(EXTRACT), *sources], cwd=repo, capture_output=True, text=True, timeout=TIMEOUT, check=False
    )
    assert extracted.stdout.strip(), f"extract printed nothing: {extracted.stderr[-2000:]}"
    with tempfile.NamedTemporaryFile("w", suffix=".json", encoding="utf-8", delete=False) as f:
        f.write(extracted.stdout)
    try:
        scored = subprocess.run(
            [sys.executable, str(shared / "eval" / "score_gold.py"), f.name, "--json"],
            capture_output=True,
            text=True,
            timeout=TIMEOUT,
            check=False,
        )
    finally:
        Path(f.name).unlink()
    assert scored.returncode == 0, scored.stderr[-2000:]
    return {k: figure(v) for k, v in json.loads(scored.stdout).items()}


def pinned(kind: str) -> list[tuple[str, str, float]]:
    return [
        (c, m, float(v)) for c in ("gold", "timeml", "summary") for m, v in (FLOORS.get(kind, {}).get(c) or {}).items()
    ]


@pytest.mark.parametrize(("corpus", "metric", "floor"), pinned("floors"))
def test_figure_stays_at_or_above_its_floor(
    measured: dict[str, dict[str, float]], corpus: str, metric: str, floor: float
) -> None:
    assert metric in measured[corpus], f"{corpus} scorer no longer reports {metric}"
    value = measured[corpus][metric]
    assert value >= floor - 1e-9, f"{corpus} {metric} = {value:.4f} fell below its floor {floor}"


@pytest.mark.parametrize(("corpus", "metric", "ceiling"), pinned("ceilings"))
def test_figure_stays_at_or_below_its_ceiling(
    measured: dict[str, dict[str, float]], corpus: str, metric: str, ceiling: float
) -> None:
    assert metric in measured[corpus], f"{corpus} scorer no longer reports {metric}"
    value = measured[corpus][metric]
    assert value <= ceiling + 1e-9, f"{corpus} {metric} = {value:.4f} rose above its ceiling {ceiling}"


def ratchet(text: str, measured: dict[str, dict[str, float]]) -> str:
    """The floors file with every floor raised (and ceiling lowered) to the measured figure where
    that is better; never the other way. Comments and layout are kept line for line."""
    out: list[str] = []
    section = corpus = ""
    for line in text.split("\n"):
        m = re.match(r"^(\s*)([\w]+):\s*([-\d.]+)?(\s*#.*)?$", line)
        if m and not m.group(1):
            section = m.group(2)
        elif m and len(m.group(1)) == 2:
            corpus = m.group(2)
        if m and m.group(3) and len(m.group(1)) == 4 and section in ("floors", "ceilings"):
            old, new = float(m.group(3)), measured.get(corpus, {}).get(m.group(2))
            better = new is not None and (new > old if section == "floors" else new < old)
            if better:
                line = f"{m.group(1)}{m.group(2)}: {new:g}{m.group(4) or ''}"
        out.append(line)
    return "\n".join(out)


def test_raise_floors(measured: dict[str, dict[str, float]], request: pytest.FixtureRequest) -> None:
    """With --raise-floors: write the measured figures into quality_floors.yml where they are better."""
    if not request.config.getoption("--raise-floors"):
        return
    text = FLOORS_FILE.read_text(encoding="utf-8")
    FLOORS_FILE.write_text(ratchet(text, measured), encoding="utf-8")


def test_ratchet_only_moves_floors_up_and_ceilings_down() -> None:
    text = "floors:\n  gold:\n    a: 0.5  # why\n    b: 0.5\nceilings:\n  gold:\n    c: 2\n    d: 2\n"
    got = ratchet(text, {"gold": {"a": 0.6, "b": 0.4, "c": 1, "d": 3}})
    assert got == "floors:\n  gold:\n    a: 0.6  # why\n    b: 0.5\nceilings:\n  gold:\n    c: 1\n    d: 2\n"


def test_every_reported_figure_is_pinned(measured: dict[str, dict[str, float]]) -> None:
    """A new metric gets a floor (or a ceiling) the day it appears, so no figure goes unguarded."""
    guarded = {(c, m) for c, m, _ in pinned("floors") + pinned("ceilings")}
    ignored = {(c, m) for c, ms in (FLOORS.get("unguarded") or {}).items() for m in ms}
    missing = sorted((c, m) for c, figs in measured.items() for m in figs if (c, m) not in guarded | ignored)
    assert missing == []
