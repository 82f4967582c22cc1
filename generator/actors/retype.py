"""Second thoughts once a whole body is read: a town named like a person, a city that is a club.

A gazetteer reads "Kennedy" and "George" as towns and "Portsmouth" as a city; the rest of the text
may say otherwise. A word that is part of a person's full name in this body is that person (or their
namesake), and a city that plays, is managed or has strikers is a sports club. Every mention of that
name in the body changes with it, so one entity keeps one type.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import replace

from .gazetteer import Gazetteer, fold
from .mentions import NAMESAKE_MAX_POPULATION, Mention
from .tokens import Token


def retype(body: str, tokens: tuple[Token, ...], found: list[Mention], gaz: Gazetteer) -> list[Mention]:
    """``found`` with towns named like this body's people made persons and cities that play made clubs."""
    parts = {fold(w) for m in found if m.type == "person" for w in _name_parts(m.span.text)}
    clubs = _club_names(body, tokens, found, gaz)
    out: list[Mention] = []
    for m in found:
        key = fold(m.span.text)
        if key in clubs:
            out.append(replace(m, name=m.span.text, type="organization", link=None, known=False))
        elif key in parts and _namesake_town(m, gaz):
            out.append(replace(m, name=m.span.text, type="person", link=None, known=False))
        else:
            out.append(m)
    return out


def _name_parts(text: str) -> tuple[str, ...]:
    words = text.split()
    return (words[0], words[-1])


def _namesake_town(m: Mention, gaz: Gazetteer) -> bool:
    if m.type != "place" or " " in m.span.text:
        return False
    entry = gaz.lookup(m.span.text)
    return entry is not None and 0 < entry.population < NAMESAKE_MAX_POPULATION


def _club_names(body: str, tokens: tuple[Token, ...], found: list[Mention], gaz: Gazetteer) -> frozenset[str]:
    """Folded city names that a sports word follows ("Portsmouth boss") or a result verb joins ("beat")."""
    after, verbs = gaz.words["club_cues_after"], gaz.words["club_verbs"]
    # only cities: a country or region named in sport is a national side, a place in NER gold
    cities = [m for m in found if m.type == "place" and getattr(gaz.lookup(m.span.text), "population", 0) > 0]
    starts = [t.start for t in tokens] if cities else []
    out: set[str] = set()
    for m in cities:
        first = bisect_left(starts, m.span.start)
        if first == len(tokens) or tokens[first].start != m.span.start:
            continue
        last = bisect_left(starts, m.span.end) - 1
        nxt = fold(tokens[last + 1].text) if last + 1 < len(tokens) else ""
        prev = fold(tokens[first - 1].text) if first > 0 else ""
        if nxt in after or nxt in verbs or prev in verbs:
            out.add(fold(m.span.text))
    return frozenset(out)
