"""A progress bar on stderr for long runs; silent when stderr is not a terminal (pipes, CI, tests)."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager

import click

from ..pipeline import Progress

# Fewer sources than this finish before a bar would be worth drawing.
MIN_SOURCES = 10


@contextmanager
def progress_bar(sources: int, label: str) -> Iterator[Progress]:
    """Yield a pipeline ``Progress`` callback; each source is read once and analysed once."""
    if sources < MIN_SOURCES or not sys.stderr.isatty():
        yield _silent
        return
    with click.progressbar(
        length=2 * sources, label=label, file=sys.stderr, show_pos=True, item_show_func=_shown
    ) as bar:

        def tick(step: str, path: str) -> None:
            bar.update(1, f"{step} {path}")

        yield tick


def _shown(item: str | None) -> str | None:
    return item


def _silent(step: str, path: str) -> None:
    """Nothing to show."""
