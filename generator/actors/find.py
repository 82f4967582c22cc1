"""Find actors from capitalised name sequences; countries from pycountry."""

from __future__ import annotations

import re
from collections import defaultdict

import pycountry

from ..model import Actor, ActorType, Article, Span
from ..slug import slugify

NAME = re.compile(r"\b[A-Z][a-z]+(?:\s+[A-Z][a-z]+)*\b|\b[A-Z]{2,6}\b")
STOP = frozenset(
    [
        "The",
        "A",
        "An",
        "This",
        "That",
        "These",
        "Those",
        "In",
        "On",
        "At",
        "For",
        "But",
        "And",
        "Or",
        "If",
        "As",
        "It",
        "Its",
        "He",
        "She",
        "They",
        "We",
        "I",
        "However",
        "While",
        "When",
        "After",
        "Before",
        "Since",
        "During",
        "Although",
        "Despite",
    ]
)
COUNTRIES = {c.name: c.name for c in pycountry.countries}
KEY_ACTORS = 8


def find_actors(article: Article, sentences: tuple[Span, ...]) -> tuple[Actor, ...]:
    """Group capitalised names by surface form; the most frequent are key actors."""
    body = article.body
    groups: dict[str, list[Span]] = defaultdict(list)
    for m in NAME.finditer(body):
        words = m.group(0).split()
        while words and words[0] in STOP:
            words = words[1:]
        if not words:
            continue
        text = " ".join(words)
        start = m.end() - len(text)
        groups[text].append(Span(start, m.end(), text))
    ranked = sorted(groups.items(), key=lambda kv: (-len(kv[1]), kv[1][0].start))
    actors: list[Actor] = []
    top = max((len(v) for v in groups.values()), default=1)
    for i, (name, spans) in enumerate(ranked):
        if len(spans) < 2:
            continue
        kind: ActorType = "country" if name in COUNTRIES else "organization" if name.isupper() else "person"
        actors.append(
            Actor(
                key=slugify(name),
                name=name,
                type=kind,
                role=None,
                mentions=tuple(spans),
                salience=round(len(spans) / top, 3),
                key_actor=i < KEY_ACTORS,
            )
        )
    return tuple(actors)
