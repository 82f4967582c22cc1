"""Caveats from the words of the body: how it argues, hedges, attributes, converts and spins.

Each detector takes the article's sentences and returns one caveat (with up to ``MAX_EVIDENCE``
triggering sentences as evidence) or None.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence

from ..model import Article, Caveat, Span
from .cues import cues

MAX_EVIDENCE = 3  # enough for a reader to see the pattern; the rest is more of the same
MIN_CUT_WORDS = 12  # a shorter last line without a full stop may be a credit ("Reporting by ..."), not cut prose
TAIL_CHARS = 80  # how much of a cut-off ending to quote as evidence
QUOTED = re.compile(r"[\"\u201c\u201d]")
QUOTATION = re.compile(r'^\W*["\u201c]|["\u201d]\W*$')  # a sentence that opens or closes a quotation


def opinion(article: Article, sentences: Sequence[Span]) -> Caveat | None:
    """An argued piece: labelled opinion, or its conclusion prescribes (outside quotes)."""
    c = cues()
    tail = sentences[len(sentences) - max(1, math.ceil(len(sentences) * c.conclusion_share)) :] if sentences else []
    hits = [
        s
        for s in tail
        if c.prescription.search(s.text)
        and not c.not_prescription.search(s.text)
        and not QUOTED.search(s.text)
        and not _inside_quote(article.body, s)
    ]
    if not hits and article.kind != "opinion":
        return None
    return Caveat(
        "opinion",
        "The piece argues for a course of action rather than only reporting, so read its claims as a position.",
        evidence=tuple(hits[:MAX_EVIDENCE]),
    )


def speculative(sentences: Sequence[Span]) -> Caveat | None:
    """Built on forecasts and conditionals: a large share of sentences hedge in the piece's own voice."""
    c = cues()
    hits = [s for s in sentences if c.speculative.search(s.text) and not c.reported.search(s.text)]
    if len(hits) < c.speculative_min or len(hits) < c.speculative_share * len(sentences):
        return None
    return Caveat(
        "speculative",
        f"{len(hits)} of {len(sentences)} sentences are the writer's own forecasts or conditionals "
        "(could, would, likely...), so much of the piece is conjecture rather than reported events.",
        evidence=_spread(hits),
    )


def unattributed(sentences: Sequence[Span]) -> Caveat | None:
    """Claims resting on unnamed sources or reports (one is enough), or a reading of events that leans on
    unnamed analysts and experts (``unnamed_experts_min`` sentences: one is ordinary news colour)."""
    c = cues()
    anonymous = [s for s in sentences if c.unattributed.search(s.text)]
    experts = [s for s in sentences if c.unnamed_experts.search(s.text) and s not in anonymous]
    if anonymous:
        return Caveat(
            "unattributed",
            "Some claims rest on unnamed sources or reports, so they cannot be checked.",
            evidence=tuple(anonymous[:MAX_EVIDENCE]),
        )
    if len(experts) < c.unnamed_experts_min:
        return _unsourced_quotes(sentences)
    return Caveat(
        "unattributed",
        f"{len(experts)} sentences rest on unnamed analysts, experts or critics, so whose view they give is unknown.",
        evidence=_spread(experts),
    )


def _unsourced_quotes(sentences: Sequence[Span]) -> Caveat | None:
    """Quotations in a piece that nowhere says who said what."""
    c = cues()
    quoted = [s for s in sentences if c.quotation.search(s.text)]
    if len(quoted) < c.unsourced_quotes_min or any(c.reporting.search(s.text) for s in sentences):
        return None
    return Caveat(
        "unattributed",
        f"{len(quoted)} sentences quote someone, but the piece never says who said what, where or when, "
        "so the quotes cannot be checked.",
        evidence=_spread(quoted),
    )


def unsourced_figures(sentences: Sequence[Span]) -> Caveat | None:
    """Estimates and contested counts that nobody is said to have made (see ``figures`` in caveats.yml)."""
    hits = [s for i, s in enumerate(sentences) if _needs_source(s.text) and not _sourced(sentences, i)]
    if not hits:
        return None
    n = "1 sentence gives" if len(hits) == 1 else f"{len(hits)} sentences give"
    return Caveat(
        "unsourced-figures",
        f"{n} estimates or contested counts without saying whose they are, so they cannot be checked.",
        evidence=tuple(hits[:MAX_EVIDENCE]),
    )


def _needs_source(sentence: str) -> bool:
    """An estimate or a contested count, outside a quotation and other than a figure of record."""
    c = cues()
    return (
        c.figure.search(sentence) is not None
        and (c.estimate.search(sentence) is not None or c.contested.search(sentence) is not None)
        and not QUOTATION.search(sentence)
        and not c.record.search(sentence)
    )


def _sourced(sentences: Sequence[Span], i: int) -> bool:
    """A source in the figure's sentence, or a next sentence saying where the figures come from."""
    c = cues()
    following = sentences[i + 1].text if i + 1 < len(sentences) else ""
    return c.attribution.search(sentences[i].text) is not None or c.follow_up.search(following) is not None


def translated(article: Article, sentences: Sequence[Span]) -> Caveat | None:
    """Markers of a translated report: '(local time)', conversions into a local currency, non-Latin file names."""
    c = cues()
    hits = [s for s in sentences if c.translated_marker.search(s.text) or c.conversion.search(s.text)]
    foreign = [b for b in article.furniture if b.reason == "attachment" and _non_latin(b.text)]
    if not hits and not foreign:
        return None
    evidence = tuple(hits[:MAX_EVIDENCE]) + tuple(
        _source_span(b.start, b.raw or b.text) for b in foreign[:1] if b.start >= 0
    )
    return Caveat(
        "translated",
        "The piece looks like a translation of a foreign-language report, so wording and quotes may drift.",
        evidence=evidence,
    )


def machine_text(sentences: Sequence[Span]) -> tuple[Span, ...]:
    """Sentences with SEO/AI-writing notes or spinner-swapped phrases."""
    c = cues()
    return tuple(s for s in sentences if c.machine_notes.search(s.text) or c.spun.search(s.text))


def ends_mid_sentence(body: str) -> Span | None:
    """The end of the body when it stops mid-sentence or mid-table-row: the text was cut off."""
    last = body.rstrip()
    line_start = last.rfind("\n") + 1
    line = last[line_start:]
    if not line:
        return None
    if line.startswith("|"):
        rows = [r for r in last[:line_start].split("\n") if r.startswith("|")]
        cut = bool(rows) and rows[-1].rstrip().endswith("|") and not line.endswith("|")
    else:
        last_word = line.split()[-1]
        # prose cut off stops on a lower-case word or a comma; a credit line ends on a name
        cut = len(line.split()) >= MIN_CUT_WORDS and (
            (line[-1].isalnum() and last_word.islower()) or line[-1] in ",-\u2013\u2014"
        )
    if not cut:
        return None
    begin = max(line_start, len(last) - TAIL_CHARS)
    if begin > line_start:  # from a word boundary, so the quote starts with a whole word
        begin = last.find(" ", begin - 1, len(last) - 1) + 1 or begin
    begin += len(last[begin:]) - len(last[begin:].lstrip(" |"))
    return Span(begin, len(last), last[begin:])


def _inside_quote(body: str, sentence: Span) -> bool:
    """Whether a quotation opened earlier in the paragraph is still open where the sentence starts."""
    para = body[body.rfind("\n\n", 0, sentence.start) + 1 : sentence.start]
    return para.count('"') % 2 == 1 or para.count("\u201c") > para.count("\u201d")


def _spread(hits: Sequence[Span]) -> tuple[Span, ...]:
    """First, middle and last hit: evidence that the pattern runs through the piece."""
    if len(hits) <= MAX_EVIDENCE:
        return tuple(hits)
    return (hits[0], hits[len(hits) // 2], hits[-1])


def _non_latin(text: str) -> bool:
    return any(ch.isalpha() and ord(ch) > 0x24F for ch in text)


def _source_span(start: int, text: str) -> Span:
    return Span(start, start + len(text), text, scope="source")
