"""Evidence for caveats about what a piece lacks (a date, a byline, a headline, its neighbours).

A missing thing has no words of its own, so the evidence is where it would stand: the opening of
the body (where a headline, byline or dateline goes) or its closing words (where a cut-off text
stops, where the next piece of a file begins). Both are body spans, so they hold for every source
format, HTML included, where block offsets into the source are unknown.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable

from ..model import Caveat, Span

# Enough words for a reader to find the place in the source; a whole opening paragraph says no more.
QUOTE_CHARS = 100
CONTEXT_WORDS = 3  # words quoted after a short expression, so a reader can find it in the page
SENTENCE_END = re.compile(r"(?<=[.?!;])\s")
WORD_BEFORE = re.compile(r"\w\S*\s+$")
WORDS_AFTER = re.compile(rf"(?:\s+\S*\w\S*){{0,{CONTEXT_WORDS}}}")


def opening(body: str) -> Span | None:
    """The first line of the body, up to ``QUOTE_CHARS`` characters, cut at a word boundary."""
    start = len(body) - len(body.lstrip())
    if start == len(body):
        return None
    line_end = body.find("\n", start)
    end = len(body.rstrip()) if line_end < 0 else line_end
    if end - start > QUOTE_CHARS:
        cut = body.rfind(" ", start, start + QUOTE_CHARS)
        end = cut if cut > start else start + QUOTE_CHARS
    end = start + len(body[start:end].rstrip())
    return Span(start, end, body[start:end])


def closing(body: str) -> Span | None:
    """The last line of the body, its final ``QUOTE_CHARS`` characters at most, from a word boundary."""
    end = len(body.rstrip())
    if end == 0:
        return None
    start = body.rfind("\n", 0, end) + 1
    if end - start > QUOTE_CHARS:
        cut = body.find(" ", end - QUOTE_CHARS, end)
        start = cut + 1 if cut >= 0 else end - QUOTE_CHARS
    start += len(body[start:end]) - len(body[start:end].lstrip())
    return Span(start, end, body[start:end])


def whole_words(body: str, span: Span) -> Span:
    """The span widened to whole words ("omic assistance. By" -> "economic assistance. By"), on one line."""
    start, end = span.start, span.end
    while start > 0 and not body[start - 1].isspace():
        start -= 1
    while end < len(body) and not body[end].isspace():
        end += 1
    return Span(start, end, body[start:end], span.scope)


def in_context(body: str, span: Span) -> Span:
    """The span with the word before it and up to ``CONTEXT_WORDS`` words after it, within its line and
    sentence: a lone word ("recent") is hard to find in a page, "The recent capture of X" is not."""
    line_start = body.rfind("\n", 0, span.start) + 1
    line_end = body.find("\n", span.end)
    head = SENTENCE_END.split(body[line_start : span.start])[-1]
    tail = SENTENCE_END.split(body[span.end : len(body) if line_end < 0 else line_end])[0]
    before = WORD_BEFORE.search(head)
    after = WORDS_AFTER.match(tail)
    start = span.start - (len(head) - before.start() if before else 0)
    end = span.end + (after.end() if after else 0)
    return Span(start, end, body[start:end])


def spans(*found: Span | None) -> tuple[Span, ...]:
    """The spans given, without the missing ones and repeats, in the order given."""
    out: list[Span] = []
    for s in found:
        if s is not None and s.text.strip() and s not in out:
            out.append(s)
    return tuple(out)


def ensure_evidence(caveats: Iterable[Caveat], body: str) -> tuple[Caveat, ...]:
    """Every caveat with at least one evidence span: one a detector left bare cites the body's opening.

    A safety net, not a method: each detector chooses its own evidence first.
    """
    start = spans(opening(body))
    return tuple(c if c.evidence else dataclasses.replace(c, evidence=start) for c in caveats)
