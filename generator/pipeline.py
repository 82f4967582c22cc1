"""The pipeline, top to bottom: read -> clean -> split -> analyse -> merge across the collection.

Pure stages between the two I/O edges (``read_source`` here, the writer in ``build``). A source
that fails becomes a ``Diagnostic`` and the others go on.
"""

from __future__ import annotations

import dataclasses
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

Progress = Callable[[str], None]


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


def articles_of(source: Source) -> tuple[Article, ...]:
    """The articles of one source (clean, then split)."""
    return split(clean(source))


def run(paths: Iterable[tuple[Path, str]], progress: Progress | None = None) -> tuple[SourceResult, ...]:
    """Read and analyse every source; article ids are made unique across the collection."""
    read: list[tuple[str, Source | None, tuple[Article, ...], tuple[Diagnostic, ...]]] = []
    source: Source | None
    for path, shown in paths:
        if progress:
            progress(shown)
        try:
            source = read_source(path, shown)
        except SourceError as e:
            read.append((shown, None, (), (Diagnostic(shown, "read", str(e)),)))
            continue
        articles = articles_of(source)
        diags: tuple[Diagnostic, ...] = ()
        if not articles:
            diags = (Diagnostic(shown, "clean.empty", "no article text found (only page furniture or empty)"),)
        read.append((shown, source, articles, diags))
    ids = iter(unique_slugs([a.id for _, _, arts, _ in read for a in arts]))
    results: list[SourceResult] = []
    for shown, source, articles, diags in read:
        renamed = [dataclasses.replace(a, id=next(ids)) for a in articles]
        siblings = tuple(a.id for a in renamed)
        final = [
            dataclasses.replace(a, siblings=tuple(s for s in siblings if s != a.id) if len(renamed) > 1 else ())
            for a in renamed
        ]
        results.append(SourceResult(shown, source, tuple(analyse(a) for a in final), diags))
    return link_collection(tuple(results))


def link_collection(results: tuple[SourceResult, ...]) -> tuple[SourceResult, ...]:
    """Collection-wide steps on all briefs at once: merge actors, then collection caveats."""
    briefs = collection_caveats(merge_across([b for r in results for b in r.briefs]))
    it = iter(briefs)
    return tuple(dataclasses.replace(r, briefs=tuple(next(it) for _ in r.briefs)) for r in results)
