"""Actors across briefs: one key per entity, the fullest name, aliases gathered, facts remapped."""

from __future__ import annotations

import dataclasses

from generator.actors import find_actors
from generator.actors.across import merge_across
from generator.model import Brief, DatedFact, Span
from generator.sentences import split_sentences
from tests.test_actors import article


def brief(body: str, facts: tuple[DatedFact, ...] = ()) -> Brief:
    actors = find_actors(article(body), split_sentences(body))
    return Brief(article=article(body), summary=(), actors=actors, dates=(), facts=facts, caveats=())


def names(b: Brief) -> dict[str, str]:
    return {a.name: a.key for a in b.actors}


def test_surname_only_brief_joins_the_full_name() -> None:
    a = brief("Prime Minister Ada Okonjo met reporters. Okonjo said the port would open.")
    b = brief("Okonjo spoke in Lagos. Critics said Okonjo was wrong, and Okonjo replied.")
    merged = merge_across([a, b])
    assert names(merged[0])["Ada Okonjo"] == names(merged[1])["Ada Okonjo"] == "ada-okonjo"
    okonjo = next(x for x in merged[1].actors if x.key == "ada-okonjo")
    assert "Okonjo" in okonjo.aliases


def test_spelling_variants_and_acronyms_meet() -> None:
    a = brief(
        "Ukrainian President Volodymyr Zelenskyy spoke. Zelenskyy left for the North Atlantic Treaty Organization."
    )
    b = brief("President Volodymyr Zelensky met NATO officials. Zelensky said NATO would help.")
    merged = merge_across([a, b])
    keys = [{x.key for x in m.actors} for m in merged]
    assert "volodymyr-zelenskyy" in keys[0] & keys[1] or "volodymyr-zelensky" in keys[0] & keys[1]
    assert "north-atlantic-treaty-organization" in keys[0] & keys[1]


def test_different_people_stay_apart() -> None:
    a = brief("Anna Lindqvist said the plan was sound. Anna Lindqvist left.")
    b = brief("Erik Lindqvist said the plan was poor. Erik Lindqvist stayed.")
    merged = merge_across([a, b])
    assert set(names(merged[0])) == {"Anna Lindqvist"}
    assert set(names(merged[1])) == {"Erik Lindqvist"}


def test_fact_keys_follow_the_merge() -> None:
    body = "Mrs Okonjo said on Monday the port would open. Okonjo left."
    b = brief(body)
    old = next(a.key for a in b.actors if a.type == "person")
    fact = DatedFact(date="2025-01-06", text="x", evidence=Span(0, 10, body[0:10]), actors=(old,))
    b = dataclasses.replace(b, facts=(fact,))
    full = brief("Prime Minister Ada Okonjo met reporters. Okonjo said the port would open.")
    merged = merge_across([b, full])
    assert merged[0].facts[0].actors == ("ada-okonjo",)
    assert {a.key for a in merged[0].actors} >= {"ada-okonjo"}


def test_merge_is_order_independent_in_names() -> None:
    a = brief("Prime Minister Ada Okonjo met reporters. Okonjo said the port would open.")
    b = brief("Okonjo spoke in Lagos. Critics said Okonjo was wrong, and Okonjo replied.")
    one = merge_across([a, b])
    two = merge_across([b, a])
    assert {x.key: x.name for m in one for x in m.actors} == {x.key: x.name for m in two for x in m.actors}


def test_merge_scales_with_the_collection() -> None:
    """Thousands of people across hundreds of briefs: indexed by surname, never compared all to all."""
    import time

    from generator.model import Actor

    span = Span(0, 1, "x")

    def word(n: int) -> str:  # a distinct letters-only name for each number
        syllables = ["ba", "ke", "di", "mo", "lu", "ra", "se", "to", "vu", "ne"]
        return "".join(syllables[int(d)] for d in f"{n:04d}").capitalize()

    people = [
        Actor(key=f"p{n}", name=f"Ann {word(n)}son", type="person", role=None, mentions=(span,)) for n in range(4000)
    ]
    base = brief("x")
    briefs = [dataclasses.replace(base, actors=tuple(people[n : n + 10])) for n in range(0, 4000, 10)]
    start = time.process_time()
    merged = merge_across(briefs)
    assert time.process_time() - start < 5.0
    assert len({a.key for b in merged for a in b.actors}) == 4000
