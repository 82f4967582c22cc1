"""The JSON contract of ``briefsite extract`` (schema ``briefsite.extract/1``).

Described for consumers by ``schema/extract.schema.json`` (tests validate real output against
it) and in ``../shared/eval/README.md``. Every key is always present, ``null`` where unknown;
optional keys (``scope``, ``inferred``, ``related``) appear only when they say something.
"""

from __future__ import annotations

from typing import Any

from .model import Actor, Brief, Caveat, DatedFact, Span, TemporalExpression
from .pipeline import SourceResult

SCHEMA = "briefsite.extract/1"
Json = dict[str, Any]


def to_json(results: tuple[SourceResult, ...]) -> Json:
    """The whole document: one entry per source, in the order given."""
    return {"schema": SCHEMA, "sources": [source_json(r) for r in results]}


def source_json(r: SourceResult) -> Json:
    return {
        "path": r.path,
        "sha256": r.source.sha256 if r.source else None,
        "error": r.error,
        "articles": [brief_json(b) for b in r.briefs],
    }


def brief_json(b: Brief) -> Json:
    a = b.article
    names = {x.key: x.name for x in b.actors}
    return {
        "id": a.id,
        "title": a.title,
        "subtitle": a.subtitle,
        "published": a.published,
        "published_implied": a.published_implied,
        "author": a.author,
        "publisher": a.publisher,
        "kind": a.kind,
        "tags": list(a.tags),
        "url": a.url,
        "body": a.body,
        "footnotes": list(a.footnotes),
        "summary": [span_json(s) for s in b.summary],
        "actors": [actor_json(x) for x in b.actors],
        "dates": [date_json(t) for t in b.dates],
        "facts": [fact_json(f, names) for f in b.facts],
        "caveats": [caveat_json(c) for c in b.caveats],
    }


def span_json(s: Span) -> Json:
    out: Json = {"text": s.text, "start": s.start, "end": s.end}
    if s.scope != "body":
        out["scope"] = s.scope
    return out


def actor_json(x: Actor) -> Json:
    return {
        "name": x.name,
        "type": x.type,
        "role": x.role,
        "key": x.key_actor,
        "salience": x.salience,
        "aliases": list(x.aliases),
        "mentions": [span_json(m) for m in x.mentions],
        "references": [span_json(m) for m in x.references],
    }


def date_json(t: TemporalExpression) -> Json:
    out = span_json(t.span)
    out.update({"type": t.type, "value": t.value})
    if t.inferred:
        out["inferred"] = True
    return out


def fact_json(f: DatedFact, names: dict[str, str]) -> Json:
    """``actors`` are the canonical names of the brief's actors; a key that names none is left out."""
    canonical = set(names.values())
    actors = list(dict.fromkeys(names.get(k, k) for k in f.actors if k in names or k in canonical))
    out: Json = {"date": f.date, "text": f.text, "evidence": span_json(f.evidence), "actors": actors}
    if f.inferred:
        out["inferred"] = True
    return out


def caveat_json(c: Caveat) -> Json:
    out: Json = {"kind": c.kind, "message": c.message, "evidence": [span_json(s) for s in c.evidence]}
    if c.related:
        out["related"] = list(c.related)
    return out
