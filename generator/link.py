"""Link every brief of the collection into one ``SiteIndex``: actors, topics, timeline, pages.

A pure function of the briefs: everything is sorted by an explicit key, so the same briefs in
any order give the same index. Page paths are decided here, once, and every link the renderer
writes is computed from them.
"""

from __future__ import annotations

import functools
import posixpath
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from types import MappingProxyType

from .model import CAVEAT_KINDS, ActorType, Brief, CaveatKind
from .slug import slugify, unique_slugs
from .temporal.timeline import FactRef, TimelineEntry, build_timeline

# File stems the site uses for its own index pages: an actor, topic or brief may not take them.
RESERVED_STEMS = ("index",)
HOME = "index.md"
TIMELINE = "timeline.md"
BRIEFS_INDEX = "briefs/index.md"
ACTORS_INDEX = "actors/index.md"
TOPICS_INDEX = "topics/index.md"
# Precedence when briefs disagree on an actor's type: the more specific reading wins a tie.
TYPE_ORDER: tuple[ActorType, ...] = ("person", "organization", "country", "place", "group")


@dataclass(frozen=True, slots=True)
class Appearance:
    """An actor as one brief presents them."""

    brief_id: str
    name: str
    role: str | None
    mentions: int
    key_actor: bool


@dataclass(frozen=True, slots=True)
class ActorEntry:
    """One actor across the collection."""

    key: str
    name: str
    type: ActorType
    aliases: tuple[str, ...]
    roles: tuple[str, ...]
    appearances: tuple[Appearance, ...]  # by brief id
    facts: tuple[FactRef, ...]  # the dated facts that name the actor, by date, then brief id

    @property
    def mentions(self) -> int:
        return sum(a.mentions for a in self.appearances)


@dataclass(frozen=True, slots=True)
class TopicEntry:
    """One tag, under the slug all its spellings share."""

    slug: str
    name: str
    brief_ids: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class SiteIndex:
    """The whole collection, linked: what the renderer needs and nothing it must compute."""

    briefs: tuple[Brief, ...]  # by id
    actors: tuple[ActorEntry, ...]  # by key
    topics: tuple[TopicEntry, ...]  # by slug
    timeline: tuple[TimelineEntry, ...]
    sources: int  # sources that gave at least one brief
    paths: Mapping[tuple[str, str], str]  # (kind, key) -> page path relative to the docs dir
    by_id: Mapping[str, Brief]

    def brief(self, brief_id: str) -> Brief:
        return self.by_id[brief_id]

    def path(self, kind: str, key: str) -> str:
        return self.paths[(kind, key)]

    def href(self, from_path: str, kind: str, key: str) -> str:
        """A relative .md link from one page to another, as mkdocs --strict checks them."""
        return relative(from_path, self.paths[(kind, key)])

    def caveat_counts(self) -> tuple[tuple[CaveatKind, int], ...]:
        """How many briefs carry each caveat kind, in the model's caveat order, zeros left out."""
        counts = Counter(k for b in self.briefs for k in sorted({c.kind for c in b.caveats}))
        return tuple((k, counts[k]) for k in CAVEAT_KINDS if counts[k])


@functools.lru_cache(maxsize=65536)  # pure, and called for every link of every page
def relative(from_path: str, to_path: str) -> str:
    """The path of ``to_path`` seen from the page ``from_path`` (both relative to the docs dir)."""
    return posixpath.relpath(to_path, posixpath.dirname(from_path) or ".")


def link(briefs: Iterable[Brief], sources: int) -> SiteIndex:
    """Gather actors, topics and the timeline of every brief; give every page its path."""
    ordered = tuple(sorted(briefs, key=lambda b: b.article.id))
    actors = gather_actors(ordered)
    topics = gather_topics(ordered)
    paths: dict[tuple[str, str], str] = {
        ("home", ""): HOME,
        ("timeline", ""): TIMELINE,
        ("briefs", ""): BRIEFS_INDEX,
        ("actors", ""): ACTORS_INDEX,
        ("topics", ""): TOPICS_INDEX,
    }
    paths.update(_paths("brief", "briefs", [b.article.id for b in ordered]))
    paths.update(_paths("actor", "actors", [a.key for a in actors]))
    paths.update(_paths("topic", "topics", [t.slug for t in topics]))
    return SiteIndex(
        briefs=ordered,
        actors=actors,
        topics=topics,
        timeline=build_timeline(ordered),
        sources=len({b.article.source_path for b in ordered}),
        paths=MappingProxyType(paths),
        by_id=MappingProxyType({b.article.id: b for b in ordered}),
    )


def _paths(kind: str, folder: str, keys: Sequence[str]) -> dict[tuple[str, str], str]:
    """Stable file names: the key's slug, reserved names and collisions made unique in key order."""
    stems = unique_slugs([*RESERVED_STEMS, *(slugify(k) for k in keys)])[len(RESERVED_STEMS) :]
    return {(kind, k): f"{folder}/{s}.md" for k, s in zip(keys, stems, strict=True)}


def gather_actors(briefs: Sequence[Brief]) -> tuple[ActorEntry, ...]:
    """One entry per actor key, from every brief that names the actor."""
    seen: dict[str, list[tuple[Brief, int]]] = {}
    for b in briefs:
        for i, a in enumerate(b.actors):
            seen.setdefault(a.key, []).append((b, i))
    return tuple(_actor_entry(key, seen[key]) for key in sorted(seen))


def _actor_entry(key: str, found: list[tuple[Brief, int]]) -> ActorEntry:
    actors = [b.actors[i] for b, i in found]
    names = Counter(a.name for a in actors)
    name = sorted(names, key=lambda n: (-names[n], -len(n), n))[0]
    types = Counter(a.type for a in actors)
    kind = sorted(types, key=lambda t: (-types[t], TYPE_ORDER.index(t)))[0]
    forms = {f for a in actors for f in (a.name, *a.aliases)} - {name}
    roles = {r for a in actors for r in (*a.roles, *([a.role] if a.role else []))}
    appearances = tuple(
        Appearance(
            b.article.id,
            b.actors[i].name,
            b.actors[i].role,
            len(b.actors[i].mentions) + len(b.actors[i].references),
            b.actors[i].key_actor,
        )
        for b, i in found
    )
    facts = [FactRef(b.article.id, f) for b, _ in found for f in b.facts if key in f.actors]
    return ActorEntry(
        key=key,
        name=name,
        type=kind,
        aliases=tuple(sorted(forms, key=lambda f: (f.casefold(), f))),
        roles=tuple(sorted(roles, key=lambda r: (r.casefold(), r))),
        appearances=tuple(sorted(appearances, key=lambda a: a.brief_id)),
        facts=tuple(sorted(facts, key=lambda f: (f.fact.date, f.brief_id, f.fact.text))),
    )


def gather_topics(briefs: Sequence[Brief]) -> tuple[TopicEntry, ...]:
    """Tags that share a slug are one topic, named by their most used spelling."""
    spellings: dict[str, Counter[str]] = {}
    members: dict[str, set[str]] = {}
    for b in briefs:
        for tag in b.article.tags:
            slug = slugify(tag)
            spellings.setdefault(slug, Counter())[tag] += 1
            members.setdefault(slug, set()).add(b.article.id)
    return tuple(
        TopicEntry(
            slug=slug,
            name=sorted(spellings[slug], key=lambda t: (-spellings[slug][t], t))[0],
            brief_ids=tuple(sorted(members[slug])),
        )
        for slug in sorted(spellings)
    )


def newest(briefs: Sequence[Brief], limit: int) -> tuple[Brief, ...]:
    """Dated briefs, newest first (ties by id); undated briefs are not 'newest'."""
    dated = [b for b in briefs if b.article.published]
    return tuple(sorted(dated, key=lambda b: (_neg(b.article.published or ""), b.article.id))[:limit])


def most_mentioned(actors: Sequence[ActorEntry], limit: int) -> tuple[ActorEntry, ...]:
    """Actors named by the most briefs, then by the most mentions, then by name."""
    return tuple(sorted(actors, key=lambda a: (-len(a.appearances), -a.mentions, a.name, a.key))[:limit])


def _neg(date: str) -> tuple[int, ...]:
    """A sort key that puts later partial ISO dates first; a bare year or month goes after its days."""
    parts = [-int(p) for p in date.split("/")[0].split("-") if p.isdigit()]
    return (*parts, *[0] * (3 - len(parts)))


def date_range(values: Iterable[str]) -> tuple[str, str] | None:
    """The earliest and latest of some partial ISO dates (interval starts and ends count)."""
    points = sorted(p for v in values for p in v.split("/") if p[:4].isdigit())
    return (points[0], points[-1]) if points else None
