"""``briefsite generate``, ``build`` and ``serve``: sources -> briefs/ -> site/.

Read every source, link the collection, render every page, and only then write (the writer is
the only code that touches the briefs folder). ``build`` then runs ``mkdocs build --strict``.
Exit status: 0 all good, 1 a source or the site build failed, 2 usage error.
"""

from __future__ import annotations

import logging
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import click

from ..link import link
from ..model import Diagnostic
from ..pipeline import run
from ..read import FORMATS
from ..render import render_site
from ..writer import WriteError, WriteReport, write_pages
from .progress import progress_bar

WATCH_SECONDS = 1.0  # how often `serve` looks for changed sources: quick enough for a preview

SOURCES = click.option(
    "--sources",
    type=click.Path(exists=True, file_okay=False, path_type=Path),
    default="sources",
    show_default=True,
    help="Folder of sources (.txt, .html, .htm, .md), read recursively; other files are skipped with a warning.",
)
BRIEFS = click.option(
    "--briefs",
    type=click.Path(file_okay=False, path_type=Path),
    default="briefs",
    show_default=True,
    help="Folder of the generated Markdown (the site's docs_dir); hand-written and hand-edited pages are kept.",
)
CONFIG = click.option(
    "--config",
    "config_file",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    default="mkdocs.yml",
    show_default=True,
    help="The MkDocs configuration; its docs_dir is replaced by --briefs.",
)


@dataclass(frozen=True, slots=True)
class Generated:
    """What ``generate`` did: for the summary line and the exit status."""

    sources: int
    failed: int
    briefs: int
    report: WriteReport


def collect(folder: Path) -> tuple[list[tuple[Path, str]], list[Diagnostic]]:
    """Source files under ``folder`` by relative path, and a warning for every other file."""
    found: list[tuple[Path, str]] = []
    skipped: list[Diagnostic] = []
    known = ", ".join(sorted(FORMATS))
    for path in sorted(folder.rglob("*"), key=lambda p: p.relative_to(folder).as_posix()):
        rel = path.relative_to(folder).as_posix()
        if any(part.startswith(".") for part in rel.split("/")) or path.is_dir():
            continue
        if path.suffix.lower() in FORMATS:
            found.append((path, rel))
        else:
            msg = f"skipped: not a source (briefsite reads {known})"
            skipped.append(Diagnostic(str(folder / rel), "generate.skipped", msg, severity="warning"))
    return found, skipped


def separate(sources: Path, briefs: Path) -> None:
    """Sources and briefs must not nest: briefs would be read back as sources, or sources published raw."""
    s, b = sources.resolve(), briefs.resolve()
    if s == b or s in b.parents or b in s.parents:
        raise click.UsageError(
            f"--sources {sources} and --briefs {briefs} must be separate folders, neither inside the other"
        )


def generate_site(sources: Path, briefs: Path) -> Generated:
    """Read, link and render everything, then write; diagnostics go to stderr as they are known."""
    separate(sources, briefs)
    files, skipped = collect(sources)
    for d in skipped:
        click.echo(str(d), err=True)
    with progress_bar(len(files), "generating") as tick:
        results = run(files, progress=tick)
    for r in results:
        for d in r.diagnostics:
            click.echo(f"{sources / d.path}{':' + str(d.line) if d.line else ''}: {d.code}: {d.message}", err=True)
    index = link([b for r in results for b in r.briefs], sources=sum(1 for r in results if r.briefs))
    pages = render_site(index)
    failed = [r.path for r in results if r.error]
    try:
        report = write_pages(briefs, pages, keep_sources=failed)
    except WriteError as e:
        raise click.ClickException(str(e)) from None
    for msg in report.messages(str(briefs)):
        click.echo(msg, err=True)
    return Generated(len(results), len(failed), len(index.briefs), report)


def _summary(g: Generated, briefs: Path) -> str:
    r = g.report
    return (
        f"briefsite: {g.sources} sources ({g.failed} failed), {g.briefs} briefs -> {briefs}: "
        f"{len(r.written)} written, {len(r.unchanged)} unchanged, {len(r.removed)} removed, "
        f"{len(r.kept_edited) + len(r.kept_hand_written)} kept"
    )


@click.command()
@SOURCES
@BRIEFS
def generate(sources: Path, briefs: Path) -> None:
    """Turn the sources into Markdown briefs in the briefs folder (no site build).

    A source that fails is reported with its path and reason; the others are still written.
    Pages a person edited or wrote are never overwritten. Exit status: 0 ok, 1 a source failed.

    \b
    Example:
      briefsite generate --sources sources --briefs briefs
    """
    g = generate_site(sources, briefs)
    click.echo(_summary(g, briefs), err=True)
    sys.exit(1 if g.failed else 0)


@click.command()
@SOURCES
@BRIEFS
@click.option(
    "--site",
    type=click.Path(file_okay=False, path_type=Path),
    default="site",
    show_default=True,
    help="Folder the static site is built into (replaced on each build).",
)
@CONFIG
def build(sources: Path, briefs: Path, site: Path, config_file: Path) -> None:
    """Generate the briefs, then build the static site with `mkdocs build --strict`.

    Exit status: 0 ok, 1 a source failed or the site has warnings (broken links, ...).

    \b
    Example:
      briefsite build --sources sources --briefs briefs --site site
    """
    g = generate_site(sources, briefs)
    click.echo(_summary(g, briefs), err=True)
    ok = mkdocs_build(config_file, briefs, site)
    sys.exit(0 if ok and not g.failed else 1)


def mkdocs_build(config_file: Path, briefs: Path, site: Path) -> bool:
    """``mkdocs build --strict`` with our docs and site folders; False if it failed."""
    from mkdocs.commands.build import build as run_build
    from mkdocs.config import load_config
    from mkdocs.exceptions import MkDocsException

    with mkdocs_logging():
        try:
            cfg = load_config(
                config_file=str(config_file),
                docs_dir=str(briefs.resolve()),
                site_dir=str(site.resolve()),
                strict=True,
            )
            run_build(cfg)
        except MkDocsException as e:
            click.echo(f"briefsite: site build failed: {e}", err=True)
            return False
    return True


@contextmanager
def mkdocs_logging() -> Iterator[None]:
    """Show MkDocs' messages (warnings included) on stderr, as its own command line does."""
    logger = logging.getLogger("mkdocs")
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("%(levelname)-8s-  %(message)s"))
    handler.setLevel(logging.INFO)
    old = logger.level
    logger.addHandler(handler)
    logger.setLevel(logging.INFO)
    try:
        yield
    finally:
        logger.removeHandler(handler)
        logger.setLevel(old)


@click.command()
@SOURCES
@BRIEFS
@CONFIG
@click.option("--dev-addr", metavar="IP:PORT", default="127.0.0.1:8000", show_default=True, help="Where to serve.")
def serve(sources: Path, briefs: Path, config_file: Path, dev_addr: str) -> None:
    """Generate the briefs and preview the site with live reload.

    A changed, added or removed source regenerates the briefs (checked every second); a changed
    page in the briefs folder reloads the browser.

    \b
    Example:
      briefsite serve --sources sources --dev-addr 127.0.0.1:8000
    """
    from mkdocs.commands.serve import serve as run_serve

    seen = _snapshot(sources)  # before generating, so a change made meanwhile is not missed
    g = generate_site(sources, briefs)
    click.echo(_summary(g, briefs), err=True)
    stop = threading.Event()
    watcher = threading.Thread(target=_regenerate_on_change, args=(sources, briefs, stop, seen), daemon=True)
    watcher.start()
    try:
        with mkdocs_logging():
            run_serve(config_file=str(config_file), docs_dir=str(briefs.resolve()), dev_addr=dev_addr)
    finally:
        stop.set()


Snapshot = tuple[tuple[str, int, int], ...]


def _snapshot(sources: Path) -> Snapshot:
    """What a change of the sources would change: names, sizes, modification times."""
    files = sorted(p for p in sources.rglob("*") if p.is_file())
    return tuple((p.as_posix(), p.stat().st_size, p.stat().st_mtime_ns) for p in files)


def _regenerate_on_change(sources: Path, briefs: Path, stop: threading.Event, seen: Snapshot) -> None:
    """Until ``stop``: regenerate whenever the sources differ from ``seen``."""
    while not stop.wait(WATCH_SECONDS):
        try:
            now = _snapshot(sources)
        except OSError:  # a file went away while we looked: look again next time
            continue
        if now != seen:
            seen = now
            try:
                click.echo(_summary(generate_site(sources, briefs), briefs), err=True)
            except (click.ClickException, OSError) as e:
                message = e.format_message() if isinstance(e, click.ClickException) else str(e)
                click.echo(f"briefsite: not regenerated: {message}", err=True)
