"""Find and normalise temporal expressions: explicit calendar dates and years."""

from __future__ import annotations

import re

from ..model import Span, TemporalExpression

MONTHS = {
    m: i + 1
    for i, m in enumerate(
        [
            "january",
            "february",
            "march",
            "april",
            "may",
            "june",
            "july",
            "august",
            "september",
            "october",
            "november",
            "december",
        ]
    )
}
MONTH_RE = "|".join(MONTHS)
FULL_DATE = re.compile(rf"\b({MONTH_RE})\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(\d{{4}})\b", re.I)
MONTH_YEAR = re.compile(rf"\b({MONTH_RE})\s+(\d{{4}})\b", re.I)
ISO = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")
YEAR = re.compile(r"(?<![\d$€£.,])\b(1[89]\d\d|20\d\d)\b(?![\d%,.]\d)")


def tag_dates(body: str, anchor: str | None) -> tuple[TemporalExpression, ...]:
    """Every explicit date and year in the body, in order; later patterns never overlap earlier ones."""
    found: list[TemporalExpression] = []
    taken: list[tuple[int, int]] = []

    def add(m: re.Match[str], value: str) -> None:
        if any(m.start() < e and s < m.end() for s, e in taken):
            return
        taken.append((m.start(), m.end()))
        found.append(TemporalExpression(Span(m.start(), m.end(), m.group(0)), "DATE", value, anchor))

    for m in FULL_DATE.finditer(body):
        add(m, f"{m.group(3)}-{MONTHS[m.group(1).lower()]:02d}-{int(m.group(2)):02d}")
    for m in ISO.finditer(body):
        add(m, m.group(0))
    for m in MONTH_YEAR.finditer(body):
        add(m, f"{m.group(2)}-{MONTHS[m.group(1).lower()]:02d}")
    for m in YEAR.finditer(body):
        add(m, m.group(1))
    return tuple(sorted(found, key=lambda t: t.span.start))
