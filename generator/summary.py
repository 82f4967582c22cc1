"""Extractive summary: sentences chosen for what they carry, shown in reading order.

Each sentence of the body gets a linear score from language-general signals of what a piece is about
(weights in ``WEIGHTS``, each with why):

- recurrence: how often the sentence's content words recur elsewhere in the body (the words the piece
  keeps coming back to are what it is about), summed, per word, and weighted by how informative each word
  is in general English (a recurring "minister" says more than a recurring "week");
- centroid similarity: cosine between the sentence and the rest of the body, words weighted by that
  informativeness (the TF-IDF centroid of extractive summarisers, with the document frequencies taken from
  a general-English frequency table, ``wordfreq``, so nothing is fitted to one corpus's vocabulary);
- the headline: content words shared with the title.

Style cues (quotes, figures, actor mentions, paragraph openers, position, a length discount) were dropped:
cross-validated across topics they added nothing, and they depend on a house style an unseen corpus need
not share.
The summary takes about a third of a piece's sentences, 3 to 5 (fewer for very short pieces).
Headings, questions, reader prompts, captions, table rows and near-duplicates are never chosen.
Scoring is linear in the body length: hundreds of articles per second.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

from .model import Actor, Article, DatedFact, Span

# 3-5 sentences is what a reader scans. Within that range the summary takes SUMMARY_SHARE of the eligible
# sentences: a long piece needs more to cover it. Measured on bbc-news-dev, fitted on three topics and
# checked on the other two (all ten splits): a share of 0.3 beats a fixed 4 on ROUGE-1/2 against the
# same-length Lead (cross-validated ratios 1.245/1.459 against 1.240/1.441), fixed 3 loses on all three.
MIN_SENTENCES = 3
MAX_SENTENCES = 5
SUMMARY_SHARE = 0.3
# A sentence shorter than this is a fragment, label or interjection, not a summary sentence.
MIN_WORDS = 6
# Two sentences sharing this share of the shorter one's content words say the same thing (wire copy repeats
# the lead further down; scraped pages repeat standfirsts).
NEAR_DUPLICATE = 0.7
# Zipf frequency (log10 per billion words) above which a word carries no information: "the" is 7.7, so
# every word gets a positive weight, names and words unknown to the table the most (8).
INFORMATION_CEILING = 8.0


@dataclass(frozen=True, slots=True)
class Weights:
    """Weights of the sentence score: fitted by coordinate search on bbc-news-dev topics, then rounded.

    Cross-validated (fit on 3 topics, test on the other 2, all ten splits): ROUGE-1/2/L against the same-length
    Lead 1.251/1.468/1.269 on the held-out topics (worst split 1.229/1.421/1.223), where the earlier score with
    style cues and a fixed 4 sentences, refitted the same way, gave 1.223/1.412/1.244 (worst 1.209/1.384/1.186).
    The fitted weights stay close across splits (centroid 40-160, mostly 80; title 2 in 7 of 10).
    """

    recurrence: float = 1.5  # sum over content words of (count in body - 1): centrality
    recurrence_per_word: float = 16.0  # the same per distinct content word: density, not length
    informative_recurrence: float = 0.15  # the sum again, each word weighted by its information
    centroid: float = 80.0  # cosine with the rest of the body (a cosine is at most 1: a large weight)
    title: float = 2.0  # content words shared with the headline


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
    del actors, facts  # cross-validated, actor mentions added nothing to the body's own words
    eligible = [i for i, s in enumerate(sentences) if _eligible(s, article)]
    if not eligible:
        return ()
    words = {i: _content_words(sentences[i].text) for i in eligible}
    recurrence = Counter(w for i in eligible for w in words[i])
    centroid = {w: n * _information(w) for w, n in recurrence.items()}
    body = _Body(
        recurrence, centroid, sum(c * c for c in centroid.values()), frozenset(_content_words(article.title or ""))
    )
    scores = {i: _score(words[i], body) for i in eligible}
    limit = summary_length(len(eligible))
    chosen: list[int] = []
    for i in sorted(eligible, key=lambda i: (-scores[i], i)):
        if len(chosen) == limit:
            break
        if not any(_near_duplicate(words[i], words[j]) for j in chosen):
            chosen.append(i)
    return tuple(sentences[i] for i in sorted(chosen))


def summary_length(eligible: int) -> int:
    """How many sentences a piece of this many eligible sentences gets: a third, 3-5, at most half."""
    share = math.floor(SUMMARY_SHARE * eligible + 0.5)
    return min(math.ceil(eligible / 2), max(MIN_SENTENCES, min(MAX_SENTENCES, share)))


def _eligible(sentence: Span, article: Article) -> bool:
    text = sentence.text
    if len(text.split()) < MIN_WORDS or text.rstrip("\"'\u201d\u2019)").endswith(("?", ":")):
        return False
    if READER_PROMPT.match(text.lstrip("-*# ")) or NOT_PROSE.search(text):
        return False
    return not any(h.start < sentence.end and sentence.start < h.end for h in article.headings)


def _content_words(text: str) -> list[str]:
    return [w for w in WORD.findall(text.lower()) if w not in STOP_WORDS]


@lru_cache(maxsize=65536)
def _information(word: str) -> float:
    """How much a word says in general English: the frequency table's inverse document frequency."""
    from wordfreq import zipf_frequency  # a large table, loaded on the first summary

    return max(0.0, INFORMATION_CEILING - zipf_frequency(word, "en"))


@dataclass(frozen=True, slots=True)
class _Body:
    """What every sentence is scored against: the body's word counts, its centroid and the headline."""

    recurrence: Counter[str]
    centroid: dict[str, float]  # content word -> count x information
    centroid_norm2: float
    title: frozenset[str]


def _score(words: list[str], body: _Body) -> float:
    w = WEIGHTS
    distinct = set(words)
    central = sum(body.recurrence[x] - 1 for x in distinct)
    informative = sum((body.recurrence[x] - 1) * _information(x) for x in distinct)
    return (
        w.recurrence * central
        + w.recurrence_per_word * central / max(1, len(distinct))
        + w.informative_recurrence * informative
        + w.centroid * _centroid_cosine(Counter(words), body)
        + w.title * len(distinct & body.title)
    )


def _centroid_cosine(counts: Counter[str], body: _Body) -> float:
    """Cosine between a sentence and the rest of the body (the centroid less the sentence itself)."""
    vector = {x: n * _information(x) for x, n in counts.items()}
    dot = sum(v * body.centroid[x] for x, v in vector.items())
    own = sum(v * v for v in vector.values())
    rest_dot = dot - own
    rest_norm2 = body.centroid_norm2 - 2 * dot + own
    if own <= 0 or rest_norm2 <= 0 or rest_dot <= 0:
        return 0.0
    return rest_dot / math.sqrt(own * rest_norm2)


def _near_duplicate(a: list[str], b: list[str]) -> bool:
    sa, sb = set(a), set(b)
    return bool(sa and sb) and len(sa & sb) / min(len(sa), len(sb)) >= NEAR_DUPLICATE
