"""Main-text extraction on news HTML against gold article bodies: briefsite vs trafilatura alone.

For every ``NAME.html`` (or ``NAME.html.gz``) under a folder with a gold body: ``NAME.txt`` or ``NAME.json``
(holding ``articleBody``/``body``/``text``) beside it, or an entry ``NAME`` in a ``ground-truth.json`` at the
folder's top (the article-extraction-benchmark layout: ``html/NAME.html.gz``), the token 4-shingle precision,
recall and F1 (lower-cased ``\\w+`` tokens, a Counter of 4-grams: the measure of the shared gold scorer)
of (a) ``trafilatura.extract`` with its default settings and (b) briefsite's article bodies (clean and
split of the page, every article's body joined), then the means. A gold JSON may also name the page's
``title``, ``published`` (or ``date``), ``author`` and ``publisher`` (or ``site``); those are compared
with what briefsite read (``--meta``).

Run: ``.venv/bin/python -m generator.htmlbench FOLDER [--meta] [--show NAME]``; the benchmark's checkout can
be given as FOLDER as it is.
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import re
import sys
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import trafilatura

from .model import Article, Source
from .pipeline import articles_of
from .read import decode

WORD = re.compile(r"\w+")
SHINGLE = 4
# Keys a gold JSON may hold the body under (article-extraction-benchmark: ``articleBody``).
BODY_KEYS = ("articleBody", "body", "text")
# Metadata a gold JSON may state: (our Article field, the gold keys that may hold it).
META_KEYS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("title", ("title", "headline")),
    ("published", ("published", "date", "datePublished")),
    ("author", ("author", "byline")),
    ("publisher", ("publisher", "site", "siteName")),
)


@dataclass(frozen=True, slots=True)
class PRF:
    precision: float
    recall: float
    f1: float


@dataclass(frozen=True, slots=True)
class PageScore:
    name: str
    trafilatura: PRF
    ours: PRF
    meta: tuple[tuple[str, str | None, str | None], ...]  # (field, gold, ours) for fields the gold states


def shingles(text: str) -> Counter[tuple[str, ...]]:
    t = WORD.findall(text.lower())
    return Counter(tuple(t[i : i + SHINGLE]) for i in range(max(len(t) - SHINGLE + 1, 1))) if t else Counter()


def shingle_prf(pred: str, gold: str) -> PRF:
    """Token 4-shingle precision/recall/F1 of ``pred`` against ``gold`` (the shared scorer's measure)."""
    p, g = shingles(pred), shingles(gold)
    if not p and not g:
        return PRF(1.0, 1.0, 1.0)
    tp = sum((p & g).values())
    prec, rec = tp / max(sum(p.values()), 1), tp / max(sum(g.values()), 1)
    return PRF(prec, rec, 2 * prec * rec / (prec + rec) if prec + rec else 0.0)


def gold_of(html_path: Path, shared: dict[str, object] | None = None) -> tuple[str, dict[str, object]] | None:
    """The gold body of a page and its gold metadata (empty for a .txt gold), or None: from NAME.json or
    NAME.txt beside it, else from the folder's ground-truth.json (``shared``)."""
    name = page_name(html_path)
    txt, js = html_path.with_name(name + ".txt"), html_path.with_name(name + ".json")
    entry = json.loads(js.read_text(encoding="utf-8")) if js.is_file() else (shared or {}).get(name)
    if isinstance(entry, dict):
        body = next((entry[k] for k in BODY_KEYS if isinstance(entry.get(k), str)), None)
        if body is not None:
            return body, entry
    if txt.is_file():
        return txt.read_text(encoding="utf-8"), {}
    return None


def page_name(path: Path) -> str:
    return path.name.removesuffix(".gz").removesuffix(".html")


def read_page(path: Path) -> Source:
    """A page as an HTML source (gzip-compressed pages are decompressed)."""
    data = path.read_bytes()
    html = decode(gzip.decompress(data) if path.suffix == ".gz" else data)
    return Source(str(path), path.name, hashlib.sha256(data).hexdigest(), "html", html)


def our_body(articles: Sequence[Article]) -> str:
    return "\n\n".join(a.body for a in articles)


def score_page(name: str, html: str, articles: Sequence[Article], gold: str, gold_meta: dict[str, object]) -> PageScore:
    baseline = trafilatura.extract(html) or ""
    first = articles[0] if articles else None
    meta = []
    for field, keys in META_KEYS:
        stated = next((str(gold_meta[k]) for k in keys if gold_meta.get(k)), None)
        if stated is not None:
            meta.append((field, stated, getattr(first, field) if first else None))
    return PageScore(name, shingle_prf(baseline, gold), shingle_prf(our_body(articles), gold), tuple(meta))


def mean(values: Sequence[float]) -> float:
    return sum(values) / len(values) if values else 0.0


def format_table(scores: Sequence[PageScore], with_meta: bool) -> str:
    head = f"{'page':<28} {'trafilatura P/R/F1':>22}   {'briefsite P/R/F1':>22}   dF1"
    lines = [head, "-" * len(head)]
    for s in scores:
        t, o = s.trafilatura, s.ours
        lines.append(
            f"{s.name[:28]:<28} {t.precision:6.3f} {t.recall:6.3f} {t.f1:6.3f}   "
            f"{o.precision:6.3f} {o.recall:6.3f} {o.f1:6.3f}   {o.f1 - t.f1:+.3f}"
        )
        if with_meta:
            lines.extend(f"    {field:<10} {_mark(g, v)} gold={g!r} ours={v!r}" for field, g, v in s.meta)
    ts, os_ = [s.trafilatura for s in scores], [s.ours for s in scores]
    lines.append("-" * len(head))
    lines.append(
        f"{'mean (' + str(len(scores)) + ' pages)':<28} "
        + " ".join(f"{mean([getattr(x, k) for x in ts]):6.3f}" for k in ("precision", "recall", "f1"))
        + "   "
        + " ".join(f"{mean([getattr(x, k) for x in os_]):6.3f}" for k in ("precision", "recall", "f1"))
        + f"   {mean([o.f1 - t.f1 for o, t in zip(os_, ts, strict=True)]):+.3f}"
    )
    return "\n".join(lines)


def _mark(gold: str | None, ours: str | None) -> str:
    if ours is None:
        return "-"
    g, o = (gold or "").casefold(), ours.casefold()
    return "=" if g == o or (len(g) >= 10 and g[:10] == o[:10]) else "x"


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m generator.htmlbench", description=__doc__.split("\n\n")[0])
    parser.add_argument("folder", type=Path, help="NAME.html pages with NAME.txt or NAME.json gold bodies")
    parser.add_argument("--meta", action="store_true", help="also compare title, date, author, site with the gold")
    parser.add_argument("--show", metavar="NAME", help="print both extractions of one page")
    args = parser.parse_args(argv)
    shared_file = args.folder / "ground-truth.json"
    shared = json.loads(shared_file.read_text(encoding="utf-8")) if shared_file.is_file() else None
    pages = sorted([*args.folder.rglob("*.html"), *args.folder.rglob("*.html.gz")])
    scores = []
    for path in pages:
        found = gold_of(path, shared)
        if found is None:
            continue
        source = read_page(path)
        articles = articles_of(source)
        scores.append(score_page(page_name(path), source.text, articles, *found))
        if args.show == page_name(path):
            print("== trafilatura ==\n" + (trafilatura.extract(source.text) or ""))
            print("== briefsite ==\n" + our_body(articles) + "\n")
    if not scores:
        print(
            f"no NAME.html with a gold body (NAME.txt, NAME.json, ground-truth.json) in {args.folder}", file=sys.stderr
        )
        return 2
    print(format_table(scores, args.meta))
    return 0


if __name__ == "__main__":
    sys.exit(main())
