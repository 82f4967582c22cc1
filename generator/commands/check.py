"""``briefsite check``: validate a briefs folder and print ``file:line: problem`` lines."""

from __future__ import annotations

import hashlib
import sys
from functools import cache
from pathlib import Path

import click

from ..validate import Page, Problem, SourceHash, check_pages


@click.command()
@click.option(
    "--briefs",
    type=click.Path(exists=True, file_okay=False, path_type=Path),
    default="briefs",
    show_default=True,
    help="The folder of brief pages (the MkDocs docs folder) to check.",
)
@click.option(
    "--sources",
    type=click.Path(file_okay=False, path_type=Path),
    default="sources",
    show_default=True,
    help="The folder the generated brief pages name their sources relative to.",
)
def check(briefs: Path, sources: Path) -> None:
    """Check the pages of the briefs folder: front matter, internal links, evidence, sources.

    Prints one `file:line: problem` line per problem on stdout and a count on stderr.
    Exit status: 0 no problems, 1 problems found, 2 usage error.

    \b
    Example:
      briefsite check --briefs briefs --sources sources
    """
    pages, unreadable = read_pages(briefs)
    files = frozenset(p.relative_to(briefs).as_posix() for p in briefs.rglob("*") if p.is_file())
    problems = (*unreadable, *check_pages(pages, files, source_hasher(sources)))
    for problem in problems:
        click.echo(f"{briefs.as_posix().rstrip('/')}/{problem}")
    count = f"{len(problems)} problem{'' if len(problems) == 1 else 's'}"
    click.echo(f"checked {len(pages) + len(unreadable)} pages in {briefs}: {count}", err=True)
    sys.exit(1 if problems else 0)


def read_pages(briefs: Path) -> tuple[list[Page], list[Problem]]:
    """Every Markdown page under the folder, sorted by path; pages that cannot be read as problems."""
    pages: list[Page] = []
    unreadable: list[Problem] = []
    for path in sorted(briefs.rglob("*.md")):
        rel = path.relative_to(briefs).as_posix()
        try:
            pages.append(Page(rel, path.read_text(encoding="utf-8")))
        except (OSError, UnicodeDecodeError) as e:
            unreadable.append(Problem(rel, 1, f"cannot read the page: {e}"))
    return pages, unreadable


def source_hasher(sources: Path) -> SourceHash:
    """Hash sources on demand, each once."""

    @cache
    def source_hash(rel: str) -> str | None:
        try:
            return hashlib.sha256((sources / rel).read_bytes()).hexdigest()
        except OSError:
            return None

    return source_hash
