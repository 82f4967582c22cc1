"""What each page shows, decided in Python: the templates only format these values.

Text that came from a source is wrapped in ``Untrusted``; the template must pass it through the
``md`` filter. Links are relative ``.md`` paths computed from the ``SiteIndex``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from ..escape import Untrusted
from ..link import ActorEntry, SiteIndex, TopicEntry, date_range, most_mentioned, newest
from ..model import Brief, Caveat, CaveatKind
from ..slug import slugify

View = dict[str, Any]

NEWEST_BRIEFS = 10  # the home page lists this many of the latest briefs
TOP_ACTORS = 15  # ... and this many of the most-mentioned actors
# Admonition type per caveat kind: doubts about the content are "danger", gaps in what the page
# tells us are "info", everything else a reader should weigh is "warning".
ADMONITION: dict[CaveatKind, str] = {
    "factual-doubt": "danger",
    "internal-inconsistency": "danger",
    "missing-date": "info",
    "missing-author": "info",
    "multiple-articles": "info",
    "translated": "info",
}


@dataclass(frozen=True, slots=True)
class Link:
    """A link to another page; ``text`` is source text unless we wrote it."""

    text: Untrusted
    href: str


def u(text: str | None) -> Untrusted | None:
    return None if text is None else Untrusted(text)


def title_of(b: Brief) -> Untrusted:
    """The headline, or where the article comes from when it has none."""
    a = b.article
    return Untrusted(a.title or f"Untitled article {a.index} of {a.source_name}")


def brief_link(index: SiteIndex, here: str, brief_id: str) -> Link:
    return Link(title_of(index.brief(brief_id)), index.href(here, "brief", brief_id))


def caveat_label(kind: CaveatKind) -> str:
    return kind.replace("-", " ").capitalize()


def brief_view(index: SiteIndex, b: Brief) -> View:
    here = index.path("brief", b.article.id)
    a = b.article
    return {
        "title": title_of(b),
        "subtitle": u(a.subtitle),
        "meta": _meta(b),
        "url": u(a.url),
        "summary": tuple(Untrusted(s.text) for s in b.summary),
        "key_actors": tuple(_actor_item(index, here, x.key, x.name, x.type, x.role) for x in b.actors if x.key_actor),
        "other_actors": tuple(
            Link(Untrusted(x.name), index.href(here, "actor", x.key)) for x in b.actors if not x.key_actor
        ),
        "facts": tuple(_fact_row(f.date, f.inferred, f.text, f.evidence.text) for f in b.facts),
        "caveats": tuple(_caveat(index, here, c) for c in b.caveats),
        "tags": tuple(Link(Untrusted(t), index.href(here, "topic", s)) for t, s in _tag_slugs(index, a.tags)),
        "siblings": tuple(brief_link(index, here, s) for s in a.siblings),
        "footnotes": tuple(Untrusted(f) for f in a.footnotes),
    }


def _meta(b: Brief) -> tuple[tuple[str, Untrusted], ...]:
    a = b.article
    if a.published:
        published = a.published + (f" ({a.published_origin})" if a.published_origin else "")
    elif a.published_implied:
        published = f"not stated (implied {a.published_implied})"
    else:
        published = "not stated"
    rows = (
        ("Publisher", a.publisher or "not stated"),
        ("Author", a.author or "not stated"),
        ("Published", published),
        ("Source", a.source_path if len(a.siblings) == 0 else f"{a.source_path}, article {a.index}"),
        ("Kind", a.kind),
    )
    return tuple((label, Untrusted(value)) for label, value in rows)


def _actor_item(index: SiteIndex, here: str, key: str, name: str, kind: str, role: str | None) -> View:
    return {"link": Link(Untrusted(name), index.href(here, "actor", key)), "type": kind, "role": u(role)}


def _fact_row(date: str, inferred: bool, text: str, evidence: str) -> View:
    """A fact and its evidence; evidence identical to the fact is not repeated (None)."""
    quoted = None if " ".join(evidence.split()) == " ".join(text.split()) else Untrusted(evidence)
    return {"date": date, "inferred": inferred, "text": Untrusted(text), "evidence": quoted}


def _caveat(index: SiteIndex, here: str, c: Caveat) -> View:
    return {
        "admonition": ADMONITION.get(c.kind, "warning"),
        "label": caveat_label(c.kind),
        "message": Untrusted(c.message),
        "evidence": tuple(Untrusted(s.text) for s in c.evidence if s.text.strip()),
        "related": tuple(brief_link(index, here, r) for r in c.related if r in index.by_id),
    }


def _tag_slugs(index: SiteIndex, tags: Sequence[str]) -> tuple[tuple[str, str], ...]:
    """Each tag of a brief with its topic's slug, once per topic, in the brief's order."""
    out: dict[str, str] = {}
    for tag in tags:
        slug = slugify(tag)
        if ("topic", slug) in index.paths and slug not in out:
            out[slug] = tag
    return tuple((tag, slug) for slug, tag in out.items())


def actor_view(index: SiteIndex, entry: ActorEntry) -> View:
    here = index.path("actor", entry.key)
    return {
        "name": Untrusted(entry.name),
        "type": entry.type,
        "aliases": tuple(Untrusted(x) for x in entry.aliases),
        "roles": tuple(Untrusted(r) for r in entry.roles),
        "appearances": tuple(
            {
                "brief": brief_link(index, here, ap.brief_id),
                "name": Untrusted(ap.name) if ap.name != entry.name else None,  # only another name
                "role": u(ap.role),
                "mentions": ap.mentions,
                "key_actor": ap.key_actor,
            }
            for ap in entry.appearances
        ),
        "facts": tuple(
            {
                **_fact_row(f.fact.date, f.fact.inferred, f.fact.text, f.fact.evidence.text),
                "brief": brief_link(index, here, f.brief_id),
            }
            for f in entry.facts
        ),
    }


def topic_view(index: SiteIndex, entry: TopicEntry) -> View:
    here = index.path("topic", entry.slug)
    members = [index.brief(i) for i in entry.brief_ids]
    return {"name": Untrusted(entry.name), "briefs": tuple(_brief_row(index, here, i) for i in _newest_first(members))}


def _brief_row(index: SiteIndex, here: str, brief_id: str) -> View:
    b = index.brief(brief_id)
    return {
        "link": brief_link(index, here, brief_id),
        "published": b.article.published or "",
        "publisher": u(b.article.publisher) or Untrusted(""),
        "kind": b.article.kind,
        "caveats": len(b.caveats),
    }


def briefs_index_view(index: SiteIndex) -> View:
    here = index.path("briefs", "")
    return {"briefs": tuple(_brief_row(index, here, i) for i in _newest_first(index.briefs))}


def _newest_first(briefs: Sequence[Brief]) -> tuple[str, ...]:
    """Brief ids, dated briefs newest first, then the undated ones by id."""
    undated = tuple(b.article.id for b in briefs if not b.article.published)
    return tuple(b.article.id for b in newest(briefs, len(briefs))) + undated


def actors_index_view(index: SiteIndex) -> View:
    here = index.path("actors", "")
    groups: dict[str, list[View]] = {}
    for a in sorted(index.actors, key=lambda a: (a.name.casefold(), a.key)):
        row = {"link": Link(Untrusted(a.name), index.href(here, "actor", a.key)), "briefs": len(a.appearances)}
        groups.setdefault(a.type, []).append(row)
    order = ("person", "organization", "country", "place", "group")
    return {"groups": tuple((t, tuple(groups[t])) for t in order if t in groups)}


def topics_index_view(index: SiteIndex) -> View:
    here = index.path("topics", "")
    rows = tuple(
        {"link": Link(Untrusted(t.name), index.href(here, "topic", t.slug)), "briefs": len(t.brief_ids)}
        for t in sorted(index.topics, key=lambda t: (t.name.casefold(), t.slug))
    )
    return {"topics": rows}


def timeline_view(index: SiteIndex) -> View:
    here = index.path("timeline", "")
    years: dict[str, list[View]] = {}
    for e in index.timeline:
        row = {
            "date": e.date,
            "text": Untrusted(e.text),
            "inferred": all(r.fact.inferred for r in e.refs),
            "briefs": tuple(brief_link(index, here, r.brief_id) for r in e.refs),
            "conflicting": e.conflicting_dates,
        }
        years.setdefault(e.date[:4], []).append(row)
    return {"years": tuple((y, tuple(rows)) for y, rows in years.items())}


def home_view(index: SiteIndex) -> View:
    here = index.path("home", "")
    published = date_range(b.article.published for b in index.briefs if b.article.published)
    facts = date_range(e.date for e in index.timeline)
    return {
        "sources": index.sources,
        "briefs": len(index.briefs),
        "actors": len(index.actors),
        "topics": len(index.topics),
        "facts": len(index.timeline),
        "published": published,
        "fact_range": facts,
        "undated": sum(1 for b in index.briefs if not b.article.published),
        "newest": tuple(_brief_row(index, here, b.article.id) for b in newest(index.briefs, NEWEST_BRIEFS)),
        "top_actors": tuple(
            {
                "link": Link(Untrusted(a.name), index.href(here, "actor", a.key)),
                "type": a.type,
                "briefs": len(a.appearances),
                "mentions": a.mentions,
            }
            for a in most_mentioned(index.actors, TOP_ACTORS)
        ),
        "caveats": tuple((caveat_label(k), n) for k, n in index.caveat_counts()),
        "links": {k: index.href(here, k, "") for k in ("timeline", "briefs", "actors", "topics")},
    }
