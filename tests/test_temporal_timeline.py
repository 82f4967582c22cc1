"""The timeline: one entry per event across briefs, every source listed, conflicting dates flagged."""

from __future__ import annotations

from generator.model import Article, Brief, DatedFact, Span
from generator.temporal.timeline import actor_timeline, brief_conflicts, build_timeline, compatible


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


def test_different_dates_for_the_same_event_are_flagged_on_the_timeline_and_both_briefs() -> None:
    timeline = build_timeline([brief("a", MINSK_A), brief("b", MINSK_B)])
    assert [(e.date, e.conflicting_dates) for e in timeline] == [("2014", ("2015",)), ("2015", ("2014",))]
    (ca,) = brief_conflicts(timeline, "a")
    assert (ca.fact, ca.other_dates, ca.other_briefs) == (MINSK_A, ("2015",), ("b",))
    assert [c.other_briefs for c in brief_conflicts(timeline, "b")] == [("a",)]


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
