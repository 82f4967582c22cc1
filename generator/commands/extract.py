"""``briefsite extract``: structured briefs of some files on stdout (JSON or Markdown).

stdout carries only the document; every diagnostic goes to stderr as ``path: code: message``.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import sys
from pathlib import Path

import click

from ..contract import to_json
from ..link import link
from ..pipeline import SourceResult, run
from ..read import source_files
from ..render import render_site
from .progress import progress_bar

PARTIAL_DATE = re.compile(r"^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$")


def published_option(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    """Validate --published: YYYY, YYYY-MM or YYYY-MM-DD."""
    if value is None:
        return None
    if not PARTIAL_DATE.match(value) or (len(value) == 10 and not _is_day(value)):
        raise click.BadParameter(f"{value!r} is not YYYY, YYYY-MM or YYYY-MM-DD")
    return value


def _is_day(value: str) -> bool:
    try:
        dt.date.fromisoformat(value)
    except ValueError:
        return False
    return True


@click.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["json", "markdown"]),
    default="json",
    show_default=True,
    help="json: the briefsite.extract/1 contract (schema/extract.schema.json); markdown: the brief pages.",
)
@click.option(
    "--published",
    metavar="YYYY-MM-DD",
    callback=published_option,
    help="Publication date to assume for sources that state none (front matter and stated dates win).",
)
def extract(paths: tuple[Path, ...], fmt: str, published: str | None) -> None:
    """Print the structured briefs of PATHS (.txt, .md, .html files or folders of them) on stdout.

    A source that cannot be read gets an "error" entry and a line on stderr; the others are
    still extracted. Exit status: 0 all sources extracted, 1 some source failed, 2 usage error.

    \b
    Example:
      briefsite extract --format json sources/*.txt > briefs.json
      briefsite extract --published 2025-10-16 --format markdown note.txt
    """
    files = source_files(paths)
    with progress_bar(len(files), "extracting") as tick:
        results = run(files, progress=tick, published=published)
    for r in results:
        for d in r.diagnostics:
            click.echo(str(d), err=True)
    text = to_markdown(results) if fmt == "markdown" else to_json_text(results)
    try:
        sys.stdout.flush()
        sys.stdout.buffer.write(text.encode("utf-8", errors="replace"))  # UTF-8 whatever the locale says
        sys.stdout.buffer.flush()
    except BrokenPipeError:  # `briefsite extract ... | head`: the reader has all it wanted
        sys.stderr.close()
    sys.exit(1 if any(r.error for r in results) else 0)


def to_json_text(results: tuple[SourceResult, ...]) -> str:
    """The JSON document, UTF-8 characters as they are, one trailing newline."""
    return json.dumps(to_json(results), ensure_ascii=False, indent=1) + "\n"


def to_markdown(results: tuple[SourceResult, ...]) -> str:
    """The brief pages the site would carry (front matter and all), in the order of the sources.

    Links between pages are relative to the site's docs folder, as `briefsite generate` writes them.
    """
    briefs = [b for r in results for b in r.briefs]
    index = link(briefs, sources=sum(1 for r in results if r.briefs))
    pages = {p.path: p.text for p in render_site(index) if p.page == "brief"}
    return "\n".join(pages[index.path("brief", b.article.id)] for b in briefs)
