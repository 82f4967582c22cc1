"""Caveats from what the page says about itself: metadata, furniture, repairs, boundaries, titles."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from functools import cache

from ..model import Article, Block, Caveat, Span, TemporalExpression
from .cues import cues
from .evidence import closing, in_context, opening, spans, whole_words
from .text import MAX_EVIDENCE, ends_mid_sentence, machine_text

# Repairs that show the text itself was damaged (all of model.RepairKind).
DAMAGE_LABELS = {
    "mojibake": "garbled characters",
    "glued-heading": "headings glued to the text",
    "missing-space": "missing spaces after punctuation",
    "lost-dash": "dashes lost as '?'",
    "lowercase-name": "lower-cased proper names",
}
# Furniture reasons (generator/data/furniture.yml) in words a reader knows.
RESIDUE_LABELS = {
    "navigation": "menus",
    "share": "share buttons",
    "toc": "a contents list",
    "reader-prompt": "reader prompts",
    "seo": "SEO notes",
    "faq": "FAQ stubs",
    "callout": "call-out boxes",
    "pagination": "page numbers",
    "ad": "adverts",
    "hashtags": "hashtags",
}
# Furniture that names who published a piece: where only the outlet is named, no byline is.
BYLINE_PLACES = ("copyright", "meta", "caption")


def missing_date(article: Article, dates: Sequence[TemporalExpression]) -> Caveat | None:
    """No publication date and no 'today, <full date>' that would give the writing date.

    Evidence: the relative dates that hinge on the missing date (guessed from context, or left
    unresolved: 'recent', 'the 13th'), else the opening, where a dateline would stand.
    """
    if article.published or cues().dated_deixis.search(article.body):
        return None
    hinged = _distinct(d.span for d in dates if _hinges_on_date(d))[:MAX_EVIDENCE]
    if hinged:
        shown = " and ".join(f"'{s.text}'" for s in hinged[:2])
        why = f"so time references that depend on it, such as {shown}, cannot be pinned down"
    elif article.published_implied:
        why = f"so when it was written is only implied by its content ({article.published_implied})"
    else:
        why = "so it cannot be told how current its report is"
    return Caveat(
        "missing-date",
        f"The source states no publication date, {why}.",
        evidence=tuple(in_context(article.body, s) for s in hinged) or spans(opening(article.body)),
    )


def missing_author(article: Article) -> Caveat | None:
    """No byline. Evidence: a line naming only the outlet (a copyright line), and the opening, where a byline stands."""
    if article.author:
        return None
    outlet = article.publisher
    named = [b for b in article.furniture if outlet and b.reason in BYLINE_PLACES and outlet in b.text][:1]
    who = f" (only the outlet, {outlet}, is named)" if outlet else ""
    return Caveat(
        "missing-author",
        f"No byline names the writer, so their standing and stake cannot be checked{who}.",
        evidence=spans(opening(article.body)) + _block_spans(named),
    )


def multiple_articles(article: Article) -> Caveat | None:
    """The source holds other pieces. Evidence: this piece's first and last words, where the split was made."""
    if not article.siblings:
        return None
    return Caveat(
        "multiple-articles",
        f"The source file holds {len(article.siblings) + 1} separate pieces and this is number {article.index}, "
        "so check that it starts and ends where quoted.",
        evidence=spans(opening(article.body), closing(article.body)),
        related=article.siblings,
    )


def boilerplate_residue(article: Article, sentences: Sequence[Span]) -> Caveat | None:
    """Page furniture (menus, prompts, SEO notes, FAQ stubs...) in or around this piece, removed or left in."""
    blocks = [b for b in _own_furniture(article) if b.reason in cues().residue_furniture]
    left = [s for s in sentences if cues().residue_text.search(s.text)]
    if left:
        return Caveat(
            "boilerplate-residue",
            "Page furniture (reader prompts, FAQ or newsletter calls) is still in the text, so skip it when reading.",
            evidence=tuple(left[:MAX_EVIDENCE]) + _block_spans(blocks),
        )
    if not blocks:
        return None
    reasons = ", ".join(sorted({RESIDUE_LABELS.get(b.reason, b.reason) for b in blocks}))
    return Caveat(
        "boilerplate-residue",
        f"Page furniture ({reasons}) was mixed into the text and has been removed, so check nothing else slipped in.",
        evidence=_block_spans(blocks),
    )


def machine_generated(article: Article, sentences: Sequence[Span]) -> Caveat | None:
    """SEO scaffolding, AI-writing notes or spinner phrases: signs of automatic writing."""
    blocks = [b for b in _own_furniture(article) if b.reason in cues().machine_furniture]
    notes = [b for b in blocks if cues().machine_notes.search(b.text)] or blocks
    texts = machine_text(sentences)
    if not notes and not texts:
        return None
    return Caveat(
        "machine-generated",
        "The text shows signs of automatic writing (SEO notes, keyword lists or synonym-swapped phrases), "
        "so its facts need checking.",
        evidence=texts[:MAX_EVIDENCE] + _block_spans(notes),
    )


def truncated(article: Article) -> Caveat | None:
    """Cut off: no headline, text that stops mid-sentence, or a contents list naming absent sections."""
    end = ends_mid_sentence(article.body)
    absent = _absent_sections(article)
    if article.title and end is None and not absent:
        return None
    parts = [
        "it has no headline" if not article.title else "",
        "it stops mid-sentence" if end else "",
        f"its contents list names {_count(len(absent), 'section')} the text lacks" if absent else "",
    ]
    said = [p for p in parts if p]
    return Caveat(
        "truncated",
        f"The text looks cut from a larger page ({' and '.join(said)}), so parts of it may be missing.",
        evidence=spans(None if article.title else opening(article.body), end)
        + (_block_spans(absent) or spans(closing(article.body) if absent else None)),
    )


def encoding_damage(article: Article) -> Caveat | None:
    if not article.repairs:
        return None
    kinds = sorted({r.kind for r in article.repairs})
    what = ", ".join(DAMAGE_LABELS[k] for k in kinds)
    found = spans(*(whole_words(article.body, f) for r in article.repairs if (f := _find(article.body, r.after))))
    found = found[:MAX_EVIDENCE]
    return Caveat(
        "encoding-damage",
        f"The source text was damaged ({what}) and has been repaired, but some words may still be wrong.",
        evidence=found,
    )


def title_clashes(body: str, other: str) -> list[tuple[Span, Span]]:
    """Pairs (former-title mention in ``body``, current-title mention in ``other``) of one surname."""
    former, current = _title_patterns()
    out: list[tuple[Span, Span]] = []
    now = {m.group("name").split()[-1]: m for m in current.finditer(other)}
    for m in former.finditer(body):
        hit = now.get(m.group("name").split()[-1])
        if hit and hit.group("title") == m.group("title"):
            out.append((Span(m.start(), m.end(), m.group(0)), Span(hit.start(), hit.end(), hit.group(0))))
    return out


@cache
def _title_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    titles = cues().titles
    name = r"(?P<name>(?:[A-Z][\w'\u2019-]+ ){0,2}[A-Z][\w'\u2019-]+)"
    former = re.compile(rf"\b[Ff]ormer (?:U\.S\. |US )?(?P<title>{titles}) {name}")
    current = re.compile(rf"(?<![Ff]ormer )(?<![Ff]ormer U\.S\. )(?<!-)\b(?P<title>{titles}) {name}")
    return former, current


def _distinct(found: Iterable[Span]) -> tuple[Span, ...]:
    """The spans with a text not seen before (case aside), in body order."""
    seen: set[str] = set()
    out: list[Span] = []
    for s in found:
        if s.text.casefold() not in seen:
            seen.add(s.text.casefold())
            out.append(s)
    return tuple(out)


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"


def _hinges_on_date(d: TemporalExpression) -> bool:
    """A date guessed from context, or one that needs the writing date to resolve ('recent', 'the 13th')."""
    return d.inferred or "X" in d.value or d.value == "PAST_REF"


def _own_furniture(article: Article) -> list[Block]:
    """Furniture of this piece: all of it for a one-piece file or the first piece (a file's leading furniture
    is its first piece's), else what lies at or after its start line (what precedes is the previous piece's)."""
    if not article.siblings or article.index == 1:
        return list(article.furniture)
    return [b for b in article.furniture if b.line >= article.line]


def _absent_sections(article: Article) -> list[Block]:
    """Contents-list entries that name no heading or line of the body."""
    body = _fold(article.body)
    label = cues().toc_label
    entries = [b for b in _own_furniture(article) if b.reason == "toc" and not label.match(b.text.strip())]
    return [b for b in entries if _fold(b.text) not in body and _fold(b.text) != _fold(article.title or "")]


def _fold(text: str) -> str:
    return " ".join(re.sub(r"^\W*\d*[.)]?\s*", "", text).lower().split())


def _block_spans(blocks: Sequence[Block]) -> tuple[Span, ...]:
    return tuple(
        Span(b.start, b.start + len(b.raw or b.text), b.raw or b.text, scope="source")
        for b in blocks[:MAX_EVIDENCE]
        if b.start >= 0
    )


def _find(body: str, text: str) -> Span | None:
    at = body.find(text) if text else -1
    return Span(at, at + len(text), text) if at >= 0 else None
