"""factual-doubt across sources: two sources state the same thing with different figures.

A figure claim is a number with the word it counts ("500,000 troops", "$3 trillion", "40%") and the
content words of its sentence. Two claims of different sources are the same statement when their
sentences share most content words (``SAME_STATEMENT``) and the figure counts the same thing; when
their numbers then differ by more than ``TOLERANCE``, one of the sources is wrong (or out of date).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from ..model import Brief, Caveat, Span
from ..sentences import split_sentences

FIGURE = re.compile(
    r"(?P<cur>[$€£¥₩])?\s?(?P<num>\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)\s?"
    r"(?P<scale>billion|million|trillion|bn|m\b|%|per ?cent)?\s*(?P<unit>[a-z]+)?",
    re.IGNORECASE,
)
SCALE = {"billion": 1e9, "bn": 1e9, "million": 1e6, "m": 1e6, "trillion": 1e12}
WORD = re.compile(r"[^\W\d_]{3,}")
_STOP_TEXT = "the and for with that this from have has had was were are its their than about into over"
STOP = frozenset(_STOP_TEXT.split())
# share of content words (Jaccard) two sentences need to state the same thing: at 0.5, successive
# reports in one template ("film X took $Ym at the box office", week after week) still matched
SAME_STATEMENT = 0.6
MIN_SHARED = 4  # and at least this many shared content words
TOLERANCE = 0.1  # rounding: "about 500,000" and "520,000" do not contradict each other
YEAR = re.compile(r"^(?:1[89]|20)\d\d$")


@dataclass(frozen=True, slots=True)
class Claim:
    brief: str
    source: str
    value: float
    unit: str
    words: frozenset[str]
    span: Span


def claims_of(b: Brief) -> list[Claim]:
    out: list[Claim] = []
    for s in split_sentences(b.article.body):
        words = frozenset(w for w in WORD.findall(s.text.lower()) if w not in STOP)
        for m in FIGURE.finditer(s.text):
            unit = _unit(m)
            if unit is None or YEAR.match(m.group("num")):
                continue
            value = float(m.group("num").replace(",", "")) * SCALE.get((m.group("scale") or "").lower(), 1.0)
            out.append(Claim(b.article.id, b.article.source_path, value, unit, words - {unit}, s))
    return out


def figure_doubts(briefs: Sequence[Brief]) -> dict[str, Caveat]:
    """For each brief id, a factual-doubt caveat when another source states one of its figures differently."""
    claims = [c for b in briefs for c in claims_of(b)]
    by_unit: dict[str, list[Claim]] = {}
    for c in claims:
        by_unit.setdefault(c.unit, []).append(c)
    out: dict[str, Caveat] = {}
    for group in by_unit.values():
        for i, a in enumerate(group):
            for b in group[i + 1 :]:
                if a.source != b.source and _same_statement(a, b) and _differ(a.value, b.value):
                    for mine, other in ((a, b), (b, a)):
                        out.setdefault(mine.brief, _caveat(mine, other))
    return out


def _unit(m: re.Match[str]) -> str | None:
    if m.group("cur"):
        return m.group("cur")
    scale = (m.group("scale") or "").lower()
    if scale in ("%", "per cent", "percent"):
        return "%"
    unit = (m.group("unit") or "").lower()
    return unit if unit.endswith("s") and len(unit) > 3 else None


def _same_statement(a: Claim, b: Claim) -> bool:
    shared = len(a.words & b.words)
    return shared >= MIN_SHARED and shared / max(len(a.words | b.words), 1) >= SAME_STATEMENT


def _differ(x: float, y: float) -> bool:
    return abs(x - y) > TOLERANCE * max(abs(x), abs(y))


def _caveat(mine: Claim, other: Claim) -> Caveat:
    return Caveat(
        "factual-doubt",
        f"Another source in the collection gives {_shown(other)} where this piece gives {_shown(mine)} "
        "for the same statement.",
        evidence=(mine.span,),
        related=(other.brief,),
    )


def _shown(c: Claim) -> str:
    return (
        f"{c.value:,.0f}{c.unit}"
        if c.unit == "%"
        else f"{c.unit}{c.value:,.0f}"
        if len(c.unit) == 1
        else (f"{c.value:,.0f} {c.unit}")
    )
