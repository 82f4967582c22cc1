"""``briefsite extract``: structured briefs of some files on stdout."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from ..contract import to_json
from ..pipeline import run


@click.command()
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
