"""``briefsite bench``: throughput and peak memory of the pipeline and of each stage."""

from __future__ import annotations

import json
import sys
from dataclasses import asdict
from pathlib import Path

import click

from ..bench import RUNS_BEYOND_REPEAT, format_report, measure
from ..read import source_files
from .progress import progress_bar

# Where the development sources live, next to the repository; the demo sources otherwise.
DEFAULT_PATHS = (Path("../shared/sources"), Path("sources"))


@click.command()
@click.argument("paths", nargs=-1, type=click.Path(exists=True, path_type=Path))
@click.option(
    "--repeat", type=click.IntRange(1, 100), default=3, show_default=True, help="Timed runs; the best counts."
)
@click.option("--json", "as_json", is_flag=True, help="Print the figures as JSON instead of a table.")
def bench(paths: tuple[Path, ...], repeat: int, as_json: bool) -> None:
    """Time the pipeline and each stage over PATHS (files or folders) and report peak memory.

    Without PATHS: ../shared/sources if it exists, else sources. Stage times are the best of
    --repeat runs after a cold run; peak memory per stage comes from a run under tracemalloc,
    the process's peak RSS from getrusage.

    \b
    Example:
      briefsite bench ../shared/sources --repeat 5
    """
    if not paths:
        paths = tuple(p for p in DEFAULT_PATHS[:1] if p.is_dir()) or DEFAULT_PATHS[1:]
    files = source_files(paths)
    if not files:
        raise click.UsageError(f"no source files in {', '.join(map(str, paths))}")
    with progress_bar(len(files) * (repeat + RUNS_BEYOND_REPEAT), "measuring") as tick:
        report = measure(files, repeat, tick)
    if as_json:
        click.echo(json.dumps(asdict(report), indent=1))
    else:
        click.echo(format_report(report), nl=False)
    sys.exit(0)
