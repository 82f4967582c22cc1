"""The pipeline, top to bottom: read -> clean -> split -> analyse -> merge across the collection.

Pure stages between the two I/O edges (``read_source`` here, the writer in ``build``). A source
that fails becomes a ``Diagnostic`` and the others go on.

Every stage is looked up by name in this module (or in ``analyse``) at call time, so
``briefsite bench`` can time each stage without the stages knowing about it.
"""

from __future__ import annotations

import dataclasses
import traceback
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from .actors.across import merge_across
from .analyse import analyse
from .caveats.collection import collection_caveats
from .clean import clean
from .model import Article, Brief, Diagnostic, Source
from .read import SourceError, read_source
from .slug import unique_slugs
from .split import split

# Called once a source is read and once it is analysed: (what is happening, the source's path).
Progress = Callable[[str, str], None]
# Where an assumed publication date came from, shown to readers beside the date.
ASSUMED_ORIGIN = "assumed (--published)"


@dataclass(frozen=True, slots=True)
class SourceResult:
    """What became of one input file: its articles' briefs, or the error that stopped it."""

    path: str
    source: Source | None
    briefs: tuple[Brief, ...]
    diagnostics: tuple[Diagnostic, ...]

    @property
    def error(self) -> str | None:
        errors = [d.message for d in self.diagnostics if d.severity == "error"]
        return "; ".join(errors) if errors else None


@dataclass(frozen=True, slots=True)
class _Read:
    """A source after reading, cleaning and splitting, before its articles get final ids."""

    path: str
    source: Source | None
    articles: tuple[Article, ...]
    diagnostics: tuple[Diagnostic, ...]


def articles_of(source: Source) -> tuple[Article, ...]:
    """The articles of one source (clean, then split)."""
    return split(clean(source))


def run(
    paths: Iterable[tuple[Path, str]],
    progress: Progress | None = None,
    published: str | None = None,
) -> tuple[SourceResult, ...]:
    """Read and analyse every source; article ids are made unique across the collection.

    ``published`` is the publication date to assume for articles that state none (front
    matter and dates the page states still win).
    """
    read = [_read_one(path, shown, published, progress) for path, shown in paths]
    analysed = tuple(_analyse_one(r, progress) for r in name_articles(read))
    try:
        return link_collection(analysed)
    except Exception as e:  # a bug in a collection-wide step: keep every brief, unlinked, and say so
        diag = _internal("(collection)", e)
        warn = dataclasses.replace(diag, severity="warning", message=f"collection step skipped: {diag.message}")
        return tuple(
            dataclasses.replace(r, diagnostics=(*r.diagnostics, dataclasses.replace(warn, path=r.path)))
            for r in analysed
        )


def _read_one(path: Path, shown: str, published: str | None, progress: Progress | None) -> _Read:
    try:
        source = read_source(path, shown)
    except SourceError as e:
        return _Read(shown, None, (), (Diagnostic(shown, "read", str(e)),))
    finally:
        if progress:
            progress("read", shown)
    try:
        articles = articles_of(source)
    except Exception as e:  # a bug in one stage must not cost the other sources their briefs
        return _Read(shown, source, (), (_internal(shown, e),))
    if published:
        articles = tuple(assume_published(a, published) for a in articles)
    diags: tuple[Diagnostic, ...] = ()
    if not articles:
        diags = (Diagnostic(shown, "clean.empty", "no article text found (only page furniture or empty)"),)
    return _Read(shown, source, articles, diags)


def assume_published(article: Article, published: str) -> Article:
    """Give an article that states no publication date the one the user told us to assume."""
    if article.published:
        return article
    return dataclasses.replace(article, published=published, published_origin=ASSUMED_ORIGIN)


def name_articles(read: list[_Read]) -> list[_Read]:
    """Make article ids unique across the collection and tell each article its siblings."""
    ids = iter(unique_slugs([a.id for r in read for a in r.articles]))
    out: list[_Read] = []
    for r in read:
        renamed = [dataclasses.replace(a, id=next(ids)) for a in r.articles]
        every = tuple(a.id for a in renamed)
        final = tuple(
            dataclasses.replace(a, siblings=tuple(s for s in every if s != a.id) if len(renamed) > 1 else ())
            for a in renamed
        )
        out.append(dataclasses.replace(r, articles=final))
    return out


def _analyse_one(r: _Read, progress: Progress | None) -> SourceResult:
    try:
        briefs = tuple(analyse(a) for a in r.articles)
        diags = r.diagnostics
    except Exception as e:  # as in _read_one: report the bug against this source, go on
        briefs, diags = (), (*r.diagnostics, _internal(r.path, e))
    if progress:
        progress("analyse", r.path)
    return SourceResult(r.path, r.source, briefs, diags)


def _internal(path: str, e: Exception) -> Diagnostic:
    frame = traceback.extract_tb(e.__traceback__)[-1] if e.__traceback__ else None
    where = f" at {Path(frame.filename).name}:{frame.lineno}" if frame else ""
    return Diagnostic(path, "internal", f"internal error (a briefsite bug{where}): {type(e).__name__}: {e}")


def link_collection(results: tuple[SourceResult, ...]) -> tuple[SourceResult, ...]:
    """Collection-wide steps on all briefs at once: merge actors, then collection caveats."""
    briefs = collection_caveats(merge_across([b for r in results for b in r.briefs]))
    it = iter(briefs)
    return tuple(dataclasses.replace(r, briefs=tuple(next(it) for _ in r.briefs)) for r in results)
