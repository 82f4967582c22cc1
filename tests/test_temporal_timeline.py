"""The timeline: one entry per event across briefs, every source listed, conflicting dates flagged."""

from __future__ import annotations

import dataclasses
import random
import time

from hypothesis import given, settings
from hypothesis import strategies as st

from generator.model import Article, Brief, DatedFact, Span
from generator.temporal.timeline import (
    DateConflict,
    FactRef,
    Group,
    actor_timeline,
    brief_conflicts,
    build_timeline,
    choose,
    compatible,
    content_words,
    group_facts,
)


def brief(bid: str, *facts: DatedFact) -> Brief:
    body = " ".join(f.text for f in facts)
    article = Article(
        id=bid, source_path=f"{bid}.txt", source_name=f"{bid}.txt", source_sha256="0" * 64, index=1, title=None,
        subtitle=None, published=None, published_implied=None, published_origin=None, author=None, publisher=None,
        kind="news", tags=(), url=None, body=body, paragraphs=(Span(0, len(body), body),),
    )  # fmt: skip
    return Brief(article=article, summary=(), actors=(), dates=(), facts=facts, caveats=())


def fact(date: str, text: str, *actors: str) -> DatedFact:
    return DatedFact(date=date, text=text, evidence=Span(0, len(text), text), actors=actors)


MINSK_A = fact("2014", "The Minsk agreements were signed in Belarus to end the fighting in Donbas", "ukraine")
MINSK_B = fact("2015", "The Minsk agreements were signed in Belarus to end the fighting in Donbas")
BERLIN_A = fact("2025-12-14", "Zelensky met American envoys in Berlin for peace talks", "zelensky")
BERLIN_B = fact("2025-12", "Zelensky met American envoys in Berlin for peace talks on Sunday")
OTHER = fact("2025-12-14", "The central bank raised interest rates again")


def test_same_event_from_two_sources_is_one_entry_listing_both() -> None:
    timeline = build_timeline([brief("a", BERLIN_A, OTHER), brief("b", BERLIN_B)])
    berlin = [e for e in timeline if "Berlin" in e.text]
    assert len(berlin) == 1
    assert [r.brief_id for r in berlin[0].refs] == ["a", "b"]
    assert berlin[0].date == "2025-12-14"  # the finest of the compatible dates
    assert len(timeline) == 2


def test_different_dates_for_the_same_event_are_one_entry_flagged_for_both_briefs() -> None:
    timeline = build_timeline([brief("a", MINSK_A), brief("b", MINSK_B)])
    assert [(e.date, e.conflicting_dates, [r.brief_id for r in e.refs]) for e in timeline] == [
        ("2014", ("2015",), ["a", "b"])
    ]
    (ca,) = brief_conflicts(timeline, "a")
    assert (ca.fact, ca.other_dates, ca.other_briefs) == (MINSK_A, ("2015",), ("b",))
    (cb,) = brief_conflicts(timeline, "b")
    assert (cb.fact, cb.other_dates, cb.other_briefs) == (MINSK_B, ("2014",), ("a",))


def test_the_date_most_sources_give_is_the_entry_date() -> None:
    third = fact("2015", "The Minsk agreements were signed in Belarus to end the fighting in Donbas region")
    (entry,) = build_timeline([brief("a", MINSK_A), brief("b", MINSK_B), brief("c", third)])
    assert (entry.date, entry.conflicting_dates) == ("2015", ("2014",))
    assert [c.other_briefs for c in brief_conflicts([entry], "a")] == [("b", "c")]
    assert brief_conflicts([entry], "c") == (DateConflict(third, ("2014",), ("a",)),)


def test_one_source_repeating_itself_is_not_a_conflict() -> None:
    timeline = build_timeline([brief("a", MINSK_A, MINSK_B)])
    assert all(not e.conflicting_dates for e in timeline)


def test_entries_are_in_date_order_and_order_of_briefs_does_not_matter() -> None:
    briefs = [brief("a", BERLIN_A, MINSK_A), brief("b", OTHER, BERLIN_B), brief("c", MINSK_B)]
    one, two = build_timeline(briefs), build_timeline(briefs[::-1])
    assert one == two
    assert [e.date for e in one] == sorted(e.date for e in one)


def test_actor_timeline_keeps_the_actors_events() -> None:
    timeline = build_timeline([brief("a", BERLIN_A, MINSK_A, OTHER)])
    assert [e.date for e in actor_timeline(timeline, "zelensky")] == ["2025-12-14"]


def test_compatible_dates_contain_or_overlap() -> None:
    assert compatible("2025-12", "2025-12-14") and compatible("2017/2021", "2018-05")
    assert not compatible("2014", "2015") and not compatible("2025-10-16", "2025-10-17")


# Two reports of one phone call, written for this test: different outlets, wording and dates.
CALL_A = (
    "Chancellor Olaf Berger and Prime Minister Anna Lindqvist held a phone call on Thursday to discuss the border "
    "dispute, officials said.\n\nTrade ministers will meet next month."
)
CALL_B = (
    "Olaf Berger and Anna Lindqvist held a long phone call on October 17 about the border dispute, according to a "
    "statement.\n\nBerger and Lindqvist signed a fisheries agreement in Oslo on October 2."
)


def analysed(bid: str, body: str, published: str) -> Brief:
    from generator.analyse import analyse

    return analyse(dataclasses.replace(brief(bid).article, body=body, paragraphs=(Span(0, len(body), body),),
                                       published=published))  # fmt: skip


def test_same_event_dated_differently_by_two_briefs_is_one_entry_and_a_conflict_of_each() -> None:
    a, b = analysed("a", CALL_A, "2025-10-17"), analysed("b", CALL_B, "2025-10-20")
    timeline = build_timeline([a, b])
    (call,) = [e for e in timeline if "phone call" in e.text]
    assert (call.date, call.conflicting_dates, [r.brief_id for r in call.refs]) == (
        "2025-10-16", ("2025-10-17",), ["a", "b"]
    )  # fmt: skip
    assert [(c.other_dates, c.other_briefs) for c in brief_conflicts(timeline, "a")] == [(("2025-10-17",), ("b",))]
    assert [(c.other_dates, c.other_briefs) for c in brief_conflicts(timeline, "b")] == [(("2025-10-16",), ("a",))]
    (oslo,) = [e for e in timeline if "Oslo" in e.text]  # same two actors, another event
    assert oslo.conflicting_dates == () and [r.brief_id for r in oslo.refs] == ["b"]


def brute_force_groups(refs: list[FactRef]) -> list[list[FactRef]]:
    """The grouping by comparing each fact with every group: what the indexed grouping must equal."""
    groups: list[Group] = []
    for ref in refs:
        words, actors = content_words(ref.fact.text), frozenset(ref.fact.actors)
        target = choose(ref, words, actors, list(enumerate(groups)))
        if target is None:
            groups.append(Group([ref], words, actors))
        else:
            groups[target].refs.append(ref)
    return [g.refs for g in groups]


def test_a_recurring_event_meets_the_report_that_agrees_with_its_date() -> None:
    march = fact("2025-03", "The central bank raised interest rates by a quarter point")
    june = fact("2025-06", "The central bank raised interest rates by a quarter point again")
    other_june = fact("2025-06", "The central bank raised interest rates by a quarter point")
    timeline = build_timeline([brief("a", march, june), brief("b", other_june)])
    assert [(e.date, [r.brief_id for r in e.refs], e.conflicting_dates) for e in timeline] == [
        ("2025-03", ["a"], ()),
        ("2025-06", ["a", "b"], ()),
    ]


VOCAB = ["alpha", "bravo", "charlie", "delta", "echo", "foxtrot", "golf", "hotel", "india", "juliet", "kilo", "lima"]


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.sampled_from(["a", "b", "c"]),
            st.sampled_from(["2014", "2015", "2015-03", "2015-03-02"]),
            st.lists(st.sampled_from(VOCAB), min_size=1, max_size=8),
            st.lists(st.sampled_from(["x", "y", "z"]), max_size=3, unique=True),
        ),
        max_size=25,
    )
)
def test_indexed_grouping_equals_comparing_every_pair(rows: list[tuple[str, str, list[str], list[str]]]) -> None:
    refs = [FactRef(bid, fact(date, " ".join(words), *actors)) for bid, date, words, actors in rows]
    refs.sort(key=lambda r: (r.fact.date, r.brief_id, r.fact.evidence.start))
    assert [g.refs for g in group_facts(refs)] == brute_force_groups(refs)


def synthetic_briefs(n_briefs: int, per_brief: int, seed: int) -> list[Brief]:
    """Briefs of news-like statements: Zipf-distributed words (a few very common), some events retold."""
    rng = random.Random(seed)
    vocab = ["".join(chr(97 + int(d)) for d in f"{i:04d}") for i in range(3000)]  # letters only
    weights = [1 / (i + 1) for i in range(len(vocab))]
    events = [rng.choices(vocab, weights, k=12) for _ in range(n_briefs * per_brief // 2)]
    out = []
    for b in range(n_briefs):
        facts = []
        for _ in range(per_brief):
            words = rng.choice(events) if rng.random() < 0.3 else rng.choices(vocab, weights, k=12)
            day = f"2025-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
            facts.append(fact(day, " ".join(words)))
        out.append(brief(f"b{b:03d}", *facts))
    return out


def test_two_thousand_facts_link_in_well_under_a_second() -> None:
    briefs = synthetic_briefs(200, 10, seed=7)
    start = time.perf_counter()
    timeline = build_timeline(briefs)
    elapsed = time.perf_counter() - start
    assert sum(len(e.refs) for e in timeline) == 2000
    assert any(len(e.refs) > 1 for e in timeline) and any(e.conflicting_dates for e in timeline)
    assert elapsed < 0.5, f"{elapsed:.2f} s"


def test_indexed_grouping_equals_comparing_every_pair_on_a_larger_random_collection() -> None:
    rng = random.Random(3)
    vocab = [a + b for a in "bcdfg" for b in ("ar", "en", "ix", "op", "um", "yl")]
    refs = [
        FactRef(
            rng.choice("abcd"),
            fact(rng.choice(["2014", "2015", "2015-03", "2015-03-02"]), " ".join(rng.sample(vocab, rng.randint(3, 9))),
                 *rng.sample(["x", "y", "z", "w"], rng.randint(0, 3))),
        )
        for _ in range(400)
    ]  # fmt: skip
    refs.sort(key=lambda r: (r.fact.date, r.brief_id, r.fact.evidence.start))
    assert [g.refs for g in group_facts(refs)] == brute_force_groups(refs)
