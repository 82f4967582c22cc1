"""Key actors of one article: mentions -> entities -> salience -> ``Actor``s, key actors first."""

from __future__ import annotations

from collections import Counter

from ..model import Actor, Article, Span
from ..slug import slugify
from .gazetteer import fold
from .mentions import Mention
from .merge import Cluster, canonical_name, cluster, join_split_names
from .rank import Scored, dated_sentences, in_lists, key_flags, lead_end, pass_to_states, score
from .resolve import read_mentions
from .spacy_adapter import entity_hints


def find_actors(article: Article, sentences: tuple[Span, ...]) -> tuple[Actor, ...]:
    """Every entity the body names, typed and merged; key actors first, then by salience."""
    hints = entity_hints(article.body)
    mentions = join_split_names(article.body, read_mentions(article.body, sentences, hints))
    clusters = cluster(mentions)
    spans = (Span(0, lead_end(sentences), ""), *dated_sentences(article.body, sentences))
    listed = in_lists(article.body, mentions)
    scored = pass_to_states([score(c, _name(c), article, spans, listed) for c in clusters])
    flags = key_flags(scored)
    top = max((s.score for s in scored), default=1.0) or 1.0
    linked = _linked(scored)
    actors = [
        _actor(s, round(s.score / top, 3), flag, linked.get(s.name, ())) for s, flag in zip(scored, flags, strict=True)
    ]
    actors.sort(key=lambda a: (not a.key_actor, -a.salience, min(m.start for m in (*a.mentions, *a.references))))
    return tuple(actors)


def _roles(c: Cluster) -> tuple[str, ...]:
    seen: dict[str, None] = {}
    for m in c.mentions:
        if m.role and fold(m.role) not in {fold(r) for r in seen}:
            seen[m.role] = None
    return tuple(seen)


def _linked(scored: list[Scored]) -> dict[str, tuple[str, ...]]:
    """State name -> the capitals and state bodies standing for it in this body ("Moscow", "Kremlin")."""
    out: dict[str, list[str]] = {}
    for s in scored:
        if s.linked:
            link = next(m.link for m in s.cluster.mentions if m.link)
            out.setdefault(str(link), []).append(s.name)
    return {k: tuple(v) for k, v in out.items()}


def _name(c: Cluster) -> str:
    """A group is named as this text names it most: by its phrases ("European leaders"; the root "Europe"
    then an alias) when they outnumber the bare region name. Its phrases are no entity spans, so the
    name is what a reader (and a scorer) matches it by."""
    if c.type != "group":
        return canonical_name(c)
    bare = [m for m in c.mentions if fold(m.span.text) == fold(m.name)]
    pool = [m for m in c.mentions if m not in bare] if len(bare) * 2 < len(c.mentions) else bare
    forms = Counter(m.span.text for m in pool)
    first = {m.span.text: -m.span.start for m in reversed(pool)}
    return max(forms, key=lambda f: (forms[f], f[0].isupper(), first[f]))


def _is_entity(c: Cluster, m: Mention) -> bool:
    """Is the mention a named-entity span (person, organisation or place in NER gold)? A demonym or
    group phrase ("Russian forces", "European leaders") and any mention of a group only refer to one."""
    return c.type != "group" and not m.reference


def _actor(s: Scored, salience: float, key: bool, linked: tuple[str, ...]) -> Actor:
    """``linked``: names of the capitals and bodies that stand for this state, listed as its aliases."""
    c = s.cluster
    roles = _roles(c)
    forms = {m.span.text for m in c.mentions} | {m.name for m in c.mentions if c.type == "group"} | set(linked)
    aliases = sorted((f for f in forms if fold(f) != fold(s.name)), key=lambda a: (fold(a), a))
    return Actor(
        key=slugify(s.name),
        name=s.name,
        type=c.type,
        role=max(roles, key=lambda r: (len(r.split()), -roles.index(r))) if roles else None,
        roles=roles,
        aliases=tuple(aliases),
        mentions=tuple(m.span for m in c.mentions if _is_entity(c, m)),
        references=tuple(m.span for m in c.mentions if not _is_entity(c, m)),
        salience=salience,
        key_actor=key,
    )
