"""Measure the pipeline: time and peak memory of the whole run and of each stage.

Stages are timed by wrapping the names ``pipeline`` and ``analyse`` call them by, for the
length of a measurement only, so no stage carries timing code and a stage that is renamed
just drops out of the table (its time then shows as "other"). Timings are the best of
``repeat`` runs after a first (cold) run that also pays for loading gazetteers; peak memory
comes from separate runs under ``tracemalloc`` (which slows Python down several times).
"""

from __future__ import annotations

import importlib
import resource
import sys
import time
import tracemalloc
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from . import pipeline
from .link import link
from .pipeline import Progress, SourceResult
from .render import render_site

# (label, module, name): the stages in pipeline order, as the pipeline looks them up.
STAGES: tuple[tuple[str, str, str], ...] = (
    ("read", "generator.pipeline", "read_source"),
    ("clean", "generator.pipeline", "clean"),
    ("split", "generator.pipeline", "split"),
    ("sentences", "generator.analyse", "split_sentences"),
    ("dates", "generator.analyse", "tag_dates"),
    ("actors", "generator.analyse", "find_actors"),
    ("facts", "generator.analyse", "extract_facts"),
    ("summary", "generator.analyse", "summarise"),
    ("caveats", "generator.analyse", "article_caveats"),
    ("collection link", "generator.pipeline", "link_collection"),
)
SITE_STAGES = ("site index", "render")  # after the pipeline, as `briefsite build` runs them
MB = 1024 * 1024
RUNS_BEYOND_REPEAT = 3  # the cold run and the two runs under tracemalloc


@dataclass(frozen=True, slots=True)
class StageFigure:
    """One stage: its best total time over the runs and its peak extra memory in one run."""

    label: str
    calls: int
    seconds: float
    peak_bytes: int
    note: str = ""


@dataclass(frozen=True, slots=True)
class BenchReport:
    sources: int
    articles: int
    input_bytes: int
    repeat: int
    cold_seconds: float
    seconds: float  # the whole pipeline, best run
    peak_bytes: int  # the whole pipeline under tracemalloc
    stages: tuple[StageFigure, ...]
    max_rss_bytes: int  # of the process, from getrusage


Files = list[tuple[Path, str]]
Record = Callable[[str, float, int], None]


def measure(files: Files, repeat: int, progress: Progress | None = None) -> BenchReport:
    """Run the pipeline (and the site renderer) ``1 + repeat`` times, then twice under tracemalloc
    (``RUNS_BEYOND_REPEAT`` runs besides the repeats)."""
    cold, results = _timed_run(files, {}, progress)
    best: dict[str, tuple[int, float]] = {}
    best_total = float("inf")
    for _ in range(repeat):
        times: dict[str, tuple[int, float]] = {}
        total, results = _timed_run(files, times, progress)
        best_total = min(best_total, total)
        for label, (calls, secs) in times.items():
            if label not in best or secs < best[label][1]:
                best[label] = (calls, secs)
    peaks, notes = _traced_stages(files, progress)
    return BenchReport(
        sources=len(files),
        articles=sum(len(r.briefs) for r in results),
        input_bytes=sum(p.stat().st_size for p, _ in files if p.is_file()),
        repeat=repeat,
        cold_seconds=cold,
        seconds=best_total,
        peak_bytes=_traced_pipeline(files, progress),
        stages=tuple(
            StageFigure(label, *best.get(label, (0, 0.0)), peaks.get(label, 0), notes.get(label, ""))
            for label in (*(s[0] for s in STAGES), *SITE_STAGES)
        ),
        max_rss_bytes=_max_rss(),
    )


def _timed_run(
    files: Files, times: dict[str, tuple[int, float]], progress: Progress | None
) -> tuple[float, tuple[SourceResult, ...]]:
    def record(label: str, seconds: float, peak: int) -> None:
        calls, total = times.get(label, (0, 0.0))
        times[label] = (calls + 1, total + seconds)

    with instrumented(record, trace=False):
        start = time.perf_counter()
        results = pipeline.run(files, progress)
        total = time.perf_counter() - start
    _site(results, record, trace=False)
    return total, results


def _traced_stages(files: Files, progress: Progress | None) -> tuple[dict[str, int], dict[str, str]]:
    peaks: dict[str, int] = {}

    def record(label: str, seconds: float, peak: int) -> None:
        peaks[label] = max(peaks.get(label, 0), peak)

    tracemalloc.start()
    try:
        with instrumented(record, trace=True):
            results = pipeline.run(files, progress)
        notes = _site(results, record, trace=True)
    finally:
        tracemalloc.stop()
    return peaks, notes


def _traced_pipeline(files: Files, progress: Progress | None) -> int:
    tracemalloc.start()
    try:
        pipeline.run(files, progress)
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def _site(results: tuple[SourceResult, ...], record: Record, trace: bool) -> dict[str, str]:
    """Link and render the site as `build` does; a renderer that fails is noted, not fatal."""
    briefs = [b for r in results for b in r.briefs]
    try:
        index = _call("site index", record, trace, link, briefs, sum(1 for r in results if r.briefs))
        _call("render", record, trace, render_site, index)
    except Exception as e:  # the bench must still report the pipeline
        return {"render": f"failed: {type(e).__name__}: {e}"[:120]}
    return {}


def _call(label: str, record: Record, trace: bool, fn: Callable[..., Any], *args: Any) -> Any:
    base = 0
    if trace:
        base = tracemalloc.get_traced_memory()[0]
        tracemalloc.reset_peak()
    start = time.perf_counter()
    try:
        return fn(*args)
    finally:
        seconds = time.perf_counter() - start
        record(label, seconds, tracemalloc.get_traced_memory()[1] - base if trace else 0)


@contextmanager
def instrumented(record: Record, trace: bool) -> Iterator[None]:
    """Replace each stage by a wrapper that reports its time (and peak memory when tracing)."""
    replaced: list[tuple[Any, str, Any]] = []
    for label, module_name, name in STAGES:
        module = importlib.import_module(module_name)
        fn = getattr(module, name, None)
        if fn is None:
            continue
        replaced.append((module, name, fn))
        setattr(module, name, _wrap(label, fn, record, trace))
    try:
        yield
    finally:
        for module, name, fn in reversed(replaced):
            setattr(module, name, fn)


def _wrap(label: str, fn: Callable[..., Any], record: Record, trace: bool) -> Callable[..., Any]:
    def timed(*args: Any, **kwargs: Any) -> Any:
        return _call(label, record, trace, lambda: fn(*args, **kwargs))

    return timed


def _max_rss() -> int:
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return rss if sys.platform == "darwin" else rss * 1024  # bytes on macOS, KiB on Linux


def format_report(r: BenchReport) -> str:
    """The report as a plain-text table."""
    lines = [
        f"briefsite bench: {r.sources} sources ({r.input_bytes / 1024:.1f} KiB), {r.articles} articles; "
        f"best of {r.repeat} runs after a cold run of {r.cold_seconds:.2f} s",
        f"{'stage':<16} {'calls':>6} {'time ms':>9} {'share':>7} {'ms/source':>10} {'KiB/s':>9} {'peak MiB':>9}",
    ]
    inside = [s for s in r.stages if s.label not in SITE_STAGES]
    after = [s for s in r.stages if s.label in SITE_STAGES]
    for s in (*inside, _other(r), StageFigure("pipeline", r.sources, r.seconds, r.peak_bytes), *after):
        if s.calls == 0 and not s.note:
            continue
        lines.append(_row(s, r) + (f"  {s.note}" if s.note else ""))
    rate = r.sources / r.seconds if r.seconds else 0.0
    lines.append(f"throughput: {rate:.1f} sources/s, {r.articles / r.seconds if r.seconds else 0.0:.1f} articles/s")
    lines.append(f"process peak RSS: {r.max_rss_bytes / MB:.1f} MiB (resource.getrusage)")
    return "\n".join(lines) + "\n"


def _row(s: StageFigure, r: BenchReport) -> str:
    share = 100 * s.seconds / r.seconds if r.seconds else 0.0
    per_source = 1000 * s.seconds / r.sources if r.sources else 0.0
    speed = r.input_bytes / 1024 / s.seconds if s.seconds else 0.0
    return (
        f"{s.label:<16} {s.calls:>6} {1000 * s.seconds:>9.1f} {share:>6.1f}% {per_source:>10.2f} "
        f"{speed:>9.0f} {s.peak_bytes / MB:>9.2f}"
    )


def _other(r: BenchReport) -> StageFigure:
    """Pipeline time spent outside the named stages (ids, analysis glue, renamed stages)."""
    pipeline_labels = {s[0] for s in STAGES}
    inside = sum(s.seconds for s in r.stages if s.label in pipeline_labels)
    return StageFigure("(other)", 1, max(0.0, r.seconds - inside), 0)
