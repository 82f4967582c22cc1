"""The command line: a thin layer over the pipeline. Exit 0 ok, 1 a source failed, 2 usage."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from . import __version__
from .contract import to_json
from .pipeline import run


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="briefsite")
def main() -> None:
    """Turn collected sources (page dumps, HTML, Markdown) into briefs and a static site."""


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--format", "fmt", type=click.Choice(["json", "markdown"]), default="json", show_default=True)
def extract(paths: tuple[Path, ...], fmt: str) -> None:
    """Print the structured briefs of PATHS on stdout.

    \b
    Example:
      briefsite extract --format json sources/*.txt > briefs.json
    """
    results = run([(p, str(p)) for p in paths])
    for r in results:
        for d in r.diagnostics:
            click.echo(str(d), err=True)
    json.dump(to_json(results), sys.stdout, ensure_ascii=False, indent=1)
    sys.stdout.write("\n")
    sys.exit(1 if any(r.error for r in results) else 0)
