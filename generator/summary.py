"""Extractive summary: sentences chosen for what they carry, shown in reading order.

Each sentence of the body gets a linear score from cheap, language-general signals of news
summary-worthiness (weights in ``WEIGHTS``, each with why):

- centrality: how often the sentence's content words recur elsewhere in the body (the words the
  piece keeps coming back to are what it is about), both summed and per word;
- the headline: content words shared with the title;
- actors: mentions of named people, organisations and places;
- paragraph openers and figures: news paragraphs open with their point; numbers carry facts.

Long sentences are discounted (log of the length) so the summary stays dense per word.
Headings, questions, reader prompts, captions, table rows and near-duplicates are never chosen.
Scoring is linear in the body length: hundreds of articles per second.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass

from .model import Actor, Article, DatedFact, Span

# 3-5 sentences is what a reader scans; 4 is the best trade-off for the length-matched ROUGE
# comparison with the lead (measured on bbc-news-dev: 3 and 5 score slightly lower).
MAX_SENTENCES = 4
# Pieces shorter than this many eligible sentences get half of them (rounded up): a summary of a
# five-sentence piece that keeps four is the piece.
SHORT_PIECE = 2 * MAX_SENTENCES
# A sentence shorter than this is a fragment, label or interjection, not a summary sentence.
MIN_WORDS = 6
# Two sentences sharing this share of the shorter one's content words say the same thing (wire copy repeats
# the lead further down; scraped pages repeat standfirsts).
NEAR_DUPLICATE = 0.7


@dataclass(frozen=True, slots=True)
class Weights:
    """Weights of the sentence score; fitted on half of bbc-news-dev, checked on the other half."""

    recurrence: float = 1.0  # sum over content words of (count in body - 1): centrality
    recurrence_per_word: float = 24.0  # the same per distinct content word: density, not length
    title: float = 2.0  # content words shared with the headline
    actor: float = 2.0  # mentions of named actors (kept small: the actor finder's recall varies)
    first: float = 0.0  # the opening sentence gets the paragraph-opener bonus, nothing more: not position alone
    quote: float = 1.0  # quoted speech carries the claims of a news piece
    paragraph_opener: float = 2.0  # news paragraphs open with their point
    log_length: float = -4.0  # long sentences cost words a reader must read
    figure: float = 2.0  # numbers carry the facts


WEIGHTS = Weights()

WORD = re.compile(r"\w+")
# English function words and words every news story uses (said, year, people): they say nothing
# about what a piece is about, so they do not count towards centrality or headline overlap.
_STOP_TEXT = """a about after against all also an and any are as at be been before being between both but by can
    could did do does during each few for from further had has have having he her here hers him his how i
    if in into is it its itself just last may me more most mr mrs ms my new no nor not now of off on once
    one only or other our out over own people said same say says she should so some such than that the
    their them then there these they this those through to too two under until up very was we were what
    when where which while who whom why will with would year years you your"""
STOP_WORDS = frozenset(_STOP_TEXT.split())
QUOTE = re.compile(r"[\"\u201c\u201d]")
FIGURE = re.compile(r"\d")
# Lines a page addresses to its reader rather than report: prompts, calls to action, FAQ stubs.
READER_PROMPT = re.compile(
    r"^(?:click|tap|read (?:more|also|next)|subscribe|sign up|follow us|share (?:this|on)|"
    r"what do you think|tell us|let us know|join the|don't miss|see also|related|pro tip|did you know|"
    r"frequently asked|faq|keywords?|tags?|seo|photo|image|video|watch|listen)\b",
    re.IGNORECASE,
)
# Table rows, bullets of keyword lists and image placeholders are not prose.
NOT_PROSE = re.compile(r"\|.*\||^\s*[*#>]|!\[|^\s*-\s")


def summarise(
    article: Article,
    sentences: tuple[Span, ...],
    actors: tuple[Actor, ...],
    facts: tuple[DatedFact, ...],
) -> tuple[Span, ...]:
    """The best-scoring eligible sentences (no near-duplicates), in reading order."""
    del facts  # dated facts are already carried by the figure and actor signals
    eligible = [i for i, s in enumerate(sentences) if _eligible(s, article)]
    if not eligible:
        return ()
    words = [_content_words(s.text) for s in sentences]
    recurrence = Counter(w for i in eligible for w in words[i])
    title = set(_content_words(article.title or ""))
    mentions = sorted(m.start for a in actors for m in (*a.mentions, *a.references))
    scores = {i: _score(i, sentences[i], words[i], recurrence, title, mentions, article.body) for i in eligible}
    limit = MAX_SENTENCES if len(eligible) >= SHORT_PIECE else max(1, math.ceil(len(eligible) / 2))
    chosen: list[int] = []
    for i in sorted(eligible, key=lambda i: (-scores[i], i)):
        if len(chosen) == limit:
            break
        if not any(_near_duplicate(words[i], words[j]) for j in chosen):
            chosen.append(i)
    return tuple(sentences[i] for i in sorted(chosen))


def _eligible(sentence: Span, article: Article) -> bool:
    text = sentence.text
    if len(text.split()) < MIN_WORDS or text.rstrip("\"'\u201d\u2019)").endswith(("?", ":")):
        return False
    if READER_PROMPT.match(text.lstrip("-*# ")) or NOT_PROSE.search(text):
        return False
    return not any(h.start < sentence.end and sentence.start < h.end for h in article.headings)


def _content_words(text: str) -> list[str]:
    return [w for w in WORD.findall(text.lower()) if w not in STOP_WORDS]


def _score(
    index: int,
    sentence: Span,
    words: list[str],
    recurrence: Counter[str],
    title: set[str],
    mentions: list[int],
    body: str,
) -> float:
    w = WEIGHTS
    distinct = set(words)
    central = sum(recurrence[x] - 1 for x in distinct)
    opener = sentence.start == 0 or body[max(0, sentence.start - 2) : sentence.start] == "\n\n"
    return (
        w.recurrence * central
        + w.recurrence_per_word * central / max(1, len(distinct))
        + w.title * len(distinct & title)
        + w.actor * sum(1 for p in mentions if sentence.start <= p < sentence.end)
        + w.first * (index == 0)
        + w.quote * bool(QUOTE.search(sentence.text))
        + w.paragraph_opener * opener
        + w.log_length * math.log(len(sentence.text.split()))
        + w.figure * bool(FIGURE.search(sentence.text))
    )


def _near_duplicate(a: list[str], b: list[str]) -> bool:
    sa, sb = set(a), set(b)
    return bool(sa and sb) and len(sa & sb) / min(len(sa), len(sb)) >= NEAR_DUPLICATE
