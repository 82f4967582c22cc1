"""Every caveat cites evidence, and every evidence span is verbatim where it says it is.

Run over the sample sources, the repository's demo sources and small texts written here (a wire
file of two pieces, an undated and unsigned page, an HTML page whose blocks have no source
offsets), because caveats about what is missing (a date, a byline, a headline) have no words of
their own and are the easiest to leave bare.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.caveats.evidence import closing, in_context, opening, whole_words
from generator.model import Brief, Span
from generator.pipeline import SourceResult, run

WIRE = """\
HARBOUR WIRE ROUNDUP
----------------------------------------
Harbour workers walk out over pay
PORTVILLE, Oct 6 (Harbour Wire) - Dock workers stopped loading ships on Monday after pay talks broke down.
About 2,000 workers joined the strike, and lorries queued on the ring road for most of the day.
The port authority declined to comment on the dispute.
----------------------------------------
Ferry line adds sailings during strike
PORTVILLE, Oct 7 (Harbour Wire) - A ferry operator will add four sailings a day while the strike lasts.
Its chief executive told reporters that bookings for freight had doubled since the walkout began on Monday.
Recent disruption has pushed freight onto the ferries, and the operator expects demand to stay high until the
----------------------------------------
"""

UNDATED = """\
Recent meetings between the two delegations ended without a deal, and the next round has no date yet.

On Tuesday the negotiators met again in the capital, but neither side gave ground on the border question.

The talks will resume once both governments have consulted their parliaments about the draft and
"""

HTML = """\
<html><head><title>Council approves budget</title></head><body>
<nav><a href="/">Home</a> <a href="/news">News</a></nav>
<article><h1>Council approves budget</h1>
<p>The city council approved the new budget on Tuesday after a long debate in the chamber.</p>
<p>Spending on schools will rise by 4%, and the council will hire 120 more teachers over three years.</p>
<p>Recent protests over class sizes pushed the council to act, and councillors said the plan would be reviewed in</p>
</article></body></html>
"""


def results_of(paths: list[Path]) -> tuple[SourceResult, ...]:
    return run([(p, p.name) for p in paths])


def problems(results: tuple[SourceResult, ...]) -> list[str]:
    """Each caveat without evidence, and each span whose text is not what its offsets point at."""
    out: list[str] = []
    for r in results:
        assert r.source is not None, r.diagnostics
        for b in r.briefs:
            for c in b.caveats:
                if not c.evidence:
                    out.append(f"{b.article.id}: {c.kind}: no evidence")
                out += [f"{b.article.id}: {c.kind}: {e}" for e in c.evidence if not _verbatim(b, r.source.text, e)]
    return out


def _verbatim(b: Brief, source_text: str, e: Span) -> bool:
    text = b.article.body if e.scope == "body" else source_text
    return 0 <= e.start < e.end <= len(text) and text[e.start : e.end] == e.text and bool(e.text.strip())


@pytest.fixture(scope="module")
def written(tmp_path_factory: pytest.TempPathFactory) -> tuple[SourceResult, ...]:
    folder = tmp_path_factory.mktemp("caveat-evidence")
    for name, text in (("wire.txt", WIRE), ("undated.txt", UNDATED), ("page.html", HTML)):
        (folder / name).write_text(text, encoding="utf-8")
    return results_of(sorted(folder.iterdir()))


def test_every_caveat_of_the_sample_sources_has_verbatim_evidence(shared_sources: list[Path]) -> None:
    results = results_of(shared_sources)
    assert sum(len(b.caveats) for r in results for b in r.briefs) > 20
    assert problems(results) == []


def test_every_caveat_of_the_demo_sources_has_verbatim_evidence(repo: Path) -> None:
    results = results_of(sorted(p for p in (repo / "sources").iterdir() if p.is_file()))
    assert problems(results) == []


def test_every_caveat_of_written_texts_has_verbatim_evidence(written: tuple[SourceResult, ...]) -> None:
    kinds = {c.kind for r in written for b in r.briefs for c in b.caveats}
    assert {"missing-date", "missing-author", "truncated", "multiple-articles"} <= kinds
    assert problems(written) == []


def test_missing_date_cites_the_undated_expressions(written: tuple[SourceResult, ...]) -> None:
    [undated] = [b for r in written for b in r.briefs if r.path == "undated.txt"]
    [caveat] = [c for c in undated.caveats if c.kind == "missing-date"]
    quoted = [e.text for e in caveat.evidence]
    assert any(q.startswith("Recent meetings") for q in quoted), quoted
    assert any("Tuesday" in q for q in quoted), quoted


def test_multiple_articles_cites_where_each_piece_starts_and_ends(written: tuple[SourceResult, ...]) -> None:
    pieces = [b for r in written for b in r.briefs if r.path == "wire.txt"]
    assert len(pieces) == 2
    for b in pieces:
        [caveat] = [c for c in b.caveats if c.kind == "multiple-articles"]
        first, last = caveat.evidence
        assert b.article.body.startswith(first.text) and b.article.body.rstrip().endswith(last.text)
        assert f"number {b.article.index}" in caveat.message


def test_opening_and_closing_are_whole_words_of_one_line() -> None:
    body = (
        "  First line of a body that goes on for quite a while, "
        "longer than any quote of evidence should ever be on a page.\n\nLast line."
    )
    first, last = opening(body), closing(body)
    assert first is not None and last is not None
    assert first.text == body[first.start : first.end] and "\n" not in first.text
    assert body[first.end] == " " and len(first.text) <= 100
    assert last.text == "Last line."
    assert opening("  \n ") is None and closing("") is None


def test_context_and_whole_words_stay_verbatim() -> None:
    body = "It was agreed. The recent capture of the town changed the plan, officials said.\nNext line."
    at = body.index("recent")
    wide = in_context(body, Span(at, at + len("recent"), "recent"))
    assert wide.text == "The recent capture of the"
    part = body.index("ptur")
    assert whole_words(body, Span(part, part + 4, "ptur")).text == "capture"
