"""Linking briefs into a SiteIndex: actors and topics across briefs, stable page paths, order-free.

``brief()`` builds small hand-made briefs; test_render and test_writer import it.
"""

from __future__ import annotations

import random

from generator.link import date_range, link, most_mentioned, newest, relative
from generator.model import Actor, Article, Brief, Caveat, DatedFact, Span


def actor(name: str, key: str | None = None, kind: str = "person", role: str | None = None, n: int = 1) -> Actor:
    spans = tuple(Span(i * 10, i * 10 + len(name), name) for i in range(n))
    return Actor(
        key=key or name.lower().replace(" ", "-"),
        name=name,
        type=kind,  # type: ignore[arg-type]
        role=role,
        roles=(role,) if role else (),
        mentions=spans,
        key_actor=True,
    )


def brief(
    bid: str,
    title: str | None = "A title",
    published: str | None = None,
    source: str | None = None,
    actors: tuple[Actor, ...] = (),
    facts: tuple[DatedFact, ...] = (),
    tags: tuple[str, ...] = (),
    caveats: tuple[Caveat, ...] = (),
) -> Brief:
    article = Article(
        id=bid,
        source_path=source or f"{bid}.txt",
        source_name=source or f"{bid}.txt",
        source_sha256="0" * 64,
        index=1,
        title=title,
        subtitle=None,
        published=published,
        published_implied=None,
        published_origin=None,
        author=None,
        publisher=None,
        kind="news",
        tags=tags,
        url=None,
        body="Body.",
        paragraphs=(Span(0, 5, "Body."),),
    )
    return Brief(article=article, summary=(), actors=actors, dates=(), facts=facts, caveats=caveats)


def fact(date: str, text: str, *actors: str) -> DatedFact:
    return DatedFact(date=date, text=text, evidence=Span(0, len(text), text), actors=actors)


def sample() -> list[Brief]:
    return [
        brief(
            "b",
            published="2025-10-16",
            actors=(actor("Anna Rybak", role="minister", n=2), actor("Poland", kind="country")),
            facts=(fact("2025-10-15", "Talks were held.", "anna-rybak"),),
            tags=("Ports", "Labour"),
        ),
        brief(
            "a",
            published="2025-10-14",
            actors=(actor("Rybak", key="anna-rybak", role="infrastructure minister"),),
            facts=(fact("2025-10-14", "The strike began.", "anna-rybak"), fact("2019-09", "Last strike.")),
            tags=("ports",),
        ),
        brief("c", title=None, actors=(actor("Index", kind="group"),), tags=("Index",)),
    ]


def test_actor_gathers_every_brief_and_fact() -> None:
    index = link(sample(), sources=3)
    rybak = next(a for a in index.actors if a.key == "anna-rybak")
    assert rybak.name == "Anna Rybak"
    assert rybak.aliases == ("Rybak",)
    assert rybak.roles == ("infrastructure minister", "minister")
    assert [ap.brief_id for ap in rybak.appearances] == ["a", "b"]
    assert [f.fact.date for f in rybak.facts] == ["2025-10-14", "2025-10-15"]
    assert rybak.mentions == 3


def test_topics_merge_by_slug_and_keep_the_common_spelling() -> None:
    index = link(sample(), sources=3)
    topics = {t.slug: t for t in index.topics}
    assert sorted(topics) == ["index", "labour", "ports"]
    assert topics["ports"].brief_ids == ("a", "b")
    assert topics["ports"].name in {"Ports", "ports"}


def test_reserved_and_colliding_names_get_unique_paths() -> None:
    index = link(sample(), sources=3)
    assert index.path("actor", "index") == "actors/index-2.md"
    assert index.path("topic", "index") == "topics/index-2.md"
    assert index.path("actors", "") == "actors/index.md"
    assert len(set(index.paths.values())) == len(index.paths)


def test_links_are_relative_md_paths() -> None:
    index = link(sample(), sources=3)
    assert index.href("briefs/a.md", "actor", "anna-rybak") == "../actors/anna-rybak.md"
    assert index.href("index.md", "brief", "a") == "briefs/a.md"
    assert index.href("timeline.md", "home", "") == "index.md"
    assert relative("actors/x.md", "actors/y.md") == "y.md"


def test_input_order_does_not_matter() -> None:
    briefs = sample()
    first = link(briefs, sources=3)
    for seed in range(5):
        random.Random(seed).shuffle(briefs)
        assert link(briefs, sources=3) == first


def test_timeline_holds_every_fact_in_date_order() -> None:
    index = link(sample(), sources=3)
    assert [e.date for e in index.timeline] == ["2019-09", "2025-10-14", "2025-10-15"]


def test_newest_most_mentioned_and_ranges() -> None:
    index = link(sample(), sources=3)
    assert [b.article.id for b in newest(index.briefs, 5)] == ["b", "a"]
    assert most_mentioned(index.actors, 1)[0].key == "anna-rybak"
    assert date_range(["2025-10-16", "2017/2021", "2025"]) == ("2017", "2025-10-16")
    assert date_range([]) is None


def test_caveat_counts_count_briefs_not_caveats() -> None:
    two = (Caveat("opinion", "x"), Caveat("opinion", "y"), Caveat("missing-date", "z"))
    index = link([brief("a", caveats=two), brief("b", caveats=(Caveat("opinion", "x"),))], sources=2)
    assert index.caveat_counts() == (("opinion", 2), ("missing-date", 1))
