"""internal-inconsistency from deictic dates: "today, October 17th" and "yesterday, October 17th" in one
piece (or against its publication date) cannot both be right."""

from __future__ import annotations

from datetime import date, timedelta

from ..model import Article, Caveat, Span
from .cues import cues

MONTHS = (
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
)
OFFSET = {"today": 0, "yesterday": 1, "tomorrow": -1}  # days from the stated date to the writing day
# A piece filed across midnight or time zones may be a day off its publication date.
PUBLISHED_TOLERANCE_DAYS = 1


def deixis_clash(article: Article) -> Caveat | None:
    """Deictic days that imply different writing days, or a writing day off the publication date."""
    published = _day(article.published)
    implied = _implied_days(article.body, published.year if published else None)
    days = sorted({d for d, _ in implied})
    if len(days) > 1:
        spans = tuple(next(s for d, s in implied if d == day) for day in days[:2])
        return Caveat(
            "internal-inconsistency",
            f"Its relative dates disagree on the day it was written ({days[0]} and {days[1]}).",
            evidence=spans,
        )
    if published and days and abs((days[0] - published).days) > PUBLISHED_TOLERANCE_DAYS:
        return Caveat(
            "internal-inconsistency",
            f"Its relative dates imply it was written on {days[0]}, but it is dated {published}.",
            evidence=(implied[0][1],),
        )
    return None


def _implied_days(body: str, fallback_year: int | None) -> list[tuple[date, Span]]:
    out: list[tuple[date, Span]] = []
    for m in cues().deixis_date.finditer(body):
        year = int(m.group("year")) if m.group("year") else fallback_year
        if year is None:
            continue
        try:
            stated = date(year, MONTHS.index(m.group("month").lower()) + 1, int(m.group("day")))
        except ValueError:
            continue
        out.append((stated + timedelta(days=OFFSET[m.group("word").lower()]), Span(m.start(), m.end(), m.group(0))))
    return out


def _day(value: str | None) -> date | None:
    if not value or len(value) != len("YYYY-MM-DD"):
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        return None
