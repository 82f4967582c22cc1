"""Merge actors across briefs: one key per real entity, so actor pages gather every brief.

Each brief names its actors as its own text does: "Trump" in one, "Donald Trump" in another,
"Zelensky" here and "Zelenskyy" there, an acronym defined in one source and bare in the next.
Entities are joined when they share a name or alias (same type), and people by surname with
compatible first names. Each entity then takes the fullest common form as its name, every other
form as an alias, and one key; the facts' actor keys are remapped to match.
"""

from __future__ import annotations

import dataclasses
from collections import Counter
from collections.abc import Sequence

from ..model import Actor, ActorType, Brief
from ..slug import slugify
from .gazetteer import fold
from .merge import compatible, skeleton

Ref = tuple[int, int]  # (brief index, actor index)
Entity = tuple[str, str, ActorType, tuple[str, ...]]  # key, name, type, aliases


class _Union:
    """Union-find over actor references; the smallest reference is the root (deterministic)."""

    def __init__(self) -> None:
        self.parent: dict[Ref, Ref] = {}

    def find(self, r: Ref) -> Ref:
        while self.parent.get(r, r) != r:
            r = self.parent[r]
        return r

    def join(self, a: Ref, b: Ref) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


def _words(name: str) -> list[str]:
    return name.split()


def _join_by_form(actors: dict[Ref, Actor], uf: _Union) -> None:
    """Same type and a shared name or alias ("NATO" / "North Atlantic Treaty Organization")."""
    owner: dict[tuple[str, str], Ref] = {}
    for ref in sorted(actors):
        a = actors[ref]
        if a.type == "person":
            continue
        for form in (a.name, *a.aliases):
            k = (a.type, fold(form))
            if k in owner:
                uf.join(owner[k], ref)
            else:
                owner[k] = ref


def _join_people(actors: dict[Ref, Actor], uf: _Union) -> None:
    """Full names with the same surname and compatible first names; a lone surname goes to the
    most mentioned full name it fits."""
    people = sorted((r for r in actors if actors[r].type == "person"), key=lambda r: (-len(_words(actors[r].name)), r))
    full: dict[str, list[Ref]] = {}  # surname skeleton -> entities seen so far
    for ref in people:
        words = _words(actors[ref].name)
        seen = full.setdefault(skeleton(words[-1]), [])
        fits = [f for f in seen if compatible(words, _words(actors[f].name))]
        if len(words) > 1:
            if fits:
                uf.join(fits[0], ref)
            else:
                seen.append(ref)
        elif fits:
            best = max(fits, key=lambda f: (len(actors[f].mentions) + len(actors[f].references), -f[0], -f[1]))
            uf.join(best, ref)
        else:
            seen.append(ref)


def _canonical(members: list[Actor]) -> str:
    """The fullest common form: most words, then the form most briefs use, then well-cased."""
    names = Counter(m.name for m in members)
    return max(names, key=lambda n: (len(n.split()), names[n], n.istitle() or n.isupper(), n))


def _entity(members: list[Actor]) -> tuple[str, ActorType, tuple[str, ...]]:
    """(name, type, aliases) of one entity."""
    name = _canonical(members)
    types = Counter[ActorType]()
    for m in members:
        types[m.type] += len(m.mentions) + len(m.references) or 1
    kind = max(types, key=lambda t: (types[t], t))
    forms = {f for m in members for f in (m.name, *m.aliases) if fold(f) != fold(name)}
    return name, kind, tuple(sorted(forms, key=lambda f: (fold(f), f)))


def merge_across(briefs: Sequence[Brief]) -> tuple[Brief, ...]:
    """Return the briefs with actor key/name/aliases unified across the collection."""
    actors = {(b, n): a for b, brief in enumerate(briefs) for n, a in enumerate(brief.actors)}
    uf = _Union()
    _join_by_form(actors, uf)
    _join_people(actors, uf)
    groups: dict[Ref, list[Ref]] = {}
    for ref in sorted(actors):
        groups.setdefault(uf.find(ref), []).append(ref)
    entity: dict[Ref, Entity] = {}
    taken: dict[str, Ref] = {}
    for root in sorted(groups):
        name, kind, aliases = _entity([actors[r] for r in groups[root]])
        key = slugify(name)
        if key in taken:
            key = f"{key}-{slugify(kind)}"
        taken[key] = root
        for ref in groups[root]:
            entity[ref] = (key, name, kind, aliases)
    return tuple(_rewrite(b, brief, entity) for b, brief in enumerate(briefs))


def _rewrite(b: int, brief: Brief, entity: dict[Ref, Entity]) -> Brief:
    """One brief's actors renamed (two actors of one entity merged) and its facts' keys remapped."""
    merged: dict[str, Actor] = {}
    remap: dict[str, str] = {}
    for n, a in enumerate(brief.actors):
        key, name, kind, aliases = entity[(b, n)]
        remap[a.key] = key
        own = a.name if a.type == kind == "group" else name  # a group keeps the phrase its text uses
        new = dataclasses.replace(a, key=key, name=own, type=kind, aliases=aliases)
        merged[key] = _combine(merged[key], new) if key in merged else new
    facts = tuple(
        dataclasses.replace(f, actors=tuple(dict.fromkeys(remap.get(k, k) for k in f.actors))) for f in brief.facts
    )
    return dataclasses.replace(brief, actors=tuple(merged.values()), facts=facts)


def _combine(a: Actor, b: Actor) -> Actor:
    mentions = tuple(sorted({*a.mentions, *b.mentions}, key=lambda s: (s.start, s.end)))
    references = tuple(sorted({*a.references, *b.references}, key=lambda s: (s.start, s.end)))
    roles = tuple(dict.fromkeys((*a.roles, *b.roles)))
    return dataclasses.replace(
        a,
        mentions=mentions,
        references=references,
        roles=roles,
        role=a.role or b.role,
        salience=max(a.salience, b.salience),
        key_actor=a.key_actor or b.key_actor,
    )
