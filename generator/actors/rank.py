"""Salience and key actors: who the brief is about.

A score per entity from its mentions (a mention inside someone's title counts little), how early it
first appears, whether the headline and the lead name it, and how often it stands in a dated
sentence. Key actors are the entities the text returns to, or puts up front, or cites as its source.
"""

from __future__ import annotations

import itertools
import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from ..model import Article, Span
from .gazetteer import fold, gazetteer
from .mentions import Mention
from .merge import Cluster

IN_ROLE_WEIGHT = 0.3  # "U.S." in "U.S. President Trump" is about Trump, not the state
TITLE_BONUS = 2.0  # named in the headline
LEAD_BONUS = 1.0  # per mention in the lead (first sentences), at most LEAD_MAX
LEAD_SENTENCES = 1
LEAD_MAX = 2
EARLY_BONUS = 1.5  # times (1 - relative position of the first mention)
DATED_BONUS = 0.3  # per mention in a sentence with a date
ROLE_BONUS = 0.5  # the text says who the person is
MEDIA_BONUS = 3.0  # an organisation cited as a source ("according to Reuters") is a key actor
CITE_WINDOW = 60  # characters before a name where a citing phrase may stand
LINKED_SHARE = 0.5  # a capital or state body passes half its score to its state
PLACE_WEIGHT = 0.6  # a place is more often a setting than an actor
MIN_KEY_MENTIONS = 2.0  # weighted mentions that make an entity key without other evidence
MAX_KEY = 14
MIN_KEY = 5
LIST_GAP = re.compile(r",\s+(?:and\s+)?(?:the\s+)?|\s+(?:and|or)\s+(?:the\s+)?")
DATED = re.compile(
    r"\b(1[89]\d\d|20\d\d)\b|\b(January|February|March|April|May|June|July|August|September|October|"
    r"November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
)


@dataclass(frozen=True, slots=True)
class Scored:
    cluster: Cluster
    name: str
    score: float
    key_able: bool  # enough evidence to be a key actor
    linked: bool = False  # stands for a state of the brief: never key itself


def _in_text(forms: set[str], text: str) -> bool:
    t = _padded_words(fold(text))
    return any(_padded_words(f) in t for f in forms if f)


@lru_cache(maxsize=1 << 12)
def _padded_words(text: str) -> str:
    """ " a b c ": the words of folded text, to find one phrase in another at word bounds (one headline
    is tested against every entity of its article: cached)."""
    return f" {' '.join(re.findall(r'[a-z0-9]+', text))} "


def score(c: Cluster, name: str, article: Article, spans: Sequence[Span], listed: frozenset[Span]) -> Scored:
    """``spans``: the lead's end and the dated sentences; ``listed``: mentions standing in a list."""
    lead_end, dated = spans[0].end, spans[1:]
    body_len = max(len(article.body), 1)
    weights = [
        (IN_ROLE_WEIGHT if m.in_role else 1.0) * (PLACE_WEIGHT if m.type == "place" else 1.0) for m in c.mentions
    ]
    forms = {fold(m.span.text) for m in c.mentions if not m.in_role} | {fold(name)}
    if c.type == "person":
        forms.add(fold(name.split()[-1]))
    in_title = _in_text(forms, " ".join(filter(None, [article.title, article.subtitle])))
    lead = min(LEAD_MAX, sum(1 for m in c.mentions if m.span.start < lead_end and not m.in_role))
    first = min((m.span.start for m in c.mentions if not m.in_role), default=body_len)
    in_dated = sum(1 for m in c.mentions if _inside(m.span.start, dated))
    has_role = any(m.role for m in c.mentions)
    media = c.type == "organization" and any(cited(article.body, m.span) for m in c.mentions)
    total = (
        sum(weights)
        + TITLE_BONUS * in_title
        + LEAD_BONUS * lead
        + EARLY_BONUS * (1 - first / body_len) * (first < body_len)
        + DATED_BONUS * in_dated
        + ROLE_BONUS * has_role
        + MEDIA_BONUS * media
    )
    alone = [m for m in c.mentions if m.known and not m.in_role and m.span not in listed]
    known = bool(alone) and c.type == "country"
    key_able = sum(weights) >= MIN_KEY_MENTIONS or in_title or lead > 0 or media or known or has_role
    key_able = key_able and not any(m.region for m in c.mentions)
    return Scored(c, name, total, key_able)


def _inside(offset: int, spans: Sequence[Span]) -> bool:
    """Is ``offset`` inside one of ``spans`` (sorted, not overlapping: sentences)?"""
    n = bisect_right([s.start for s in spans], offset) - 1
    return n >= 0 and spans[n].start <= offset < spans[n].end


def in_lists(body: str, mentions: list[Mention]) -> frozenset[Span]:
    """Spans of states named in a list ("France, the United Kingdom, and Germany"): enumerated, not actors."""
    states = sorted((m.span for m in mentions if m.type == "country" and not m.in_role), key=lambda s: s.start)
    out: set[Span] = set()
    for a, b in itertools.pairwise(states):
        if LIST_GAP.fullmatch(body[a.end : b.start]):
            out.update((a, b))
    return frozenset(out)


def cited(body: str, span: Span) -> bool:
    """Is the name cited as a source: "according to X", "reports from X", "X reported"?"""
    words = gazetteer().words
    pattern, longest = _cue_before(words["source_cues_before"])
    # a citing phrase ends at most three words (and "the") before the name: only the last words matter
    before = " ".join(re.findall(r"[a-z]+", fold(body[max(0, span.start - CITE_WINDOW) : span.start]))[-longest - 4 :])
    after = re.findall(r"[a-z]+", fold(body[span.end : span.end + 20]))
    if after and after[0] in words["source_cues_after"]:
        return True
    return pattern.search(before) is not None


@lru_cache(maxsize=1)
def _cue_before(cues: frozenset[str]) -> tuple[re.Pattern[str], int]:
    """One pattern for every citing phrase, up to three words before the name ("according to the BBC"),
    and the words of the longest phrase."""
    alternatives = "|".join(re.escape(c) for c in sorted(cues))
    return re.compile(rf"(?:{alternatives})( the)?( \w+){{0,3}}$"), max(len(c.split()) for c in cues)


def lead_end(sentences: tuple[Span, ...]) -> int:
    return sentences[min(LEAD_SENTENCES, len(sentences)) - 1].end if sentences else 0


def dated_sentences(body: str, sentences: tuple[Span, ...]) -> list[Span]:
    """The sentences naming a year, month or weekday (the body is searched once)."""
    hits = [(m.start(), m.end()) for m in DATED.finditer(body)]
    starts = [a for a, _ in hits]
    out: list[Span] = []
    for s in sentences:
        n = bisect_left(starts, s.start)
        if n < len(hits) and hits[n][1] <= s.end:
            out.append(s)
    return out


def pass_to_states(scored: list[Scored]) -> list[Scored]:
    """Capitals and state bodies standing for a state present in the brief: their score to the state."""
    states = {s.name: n for n, s in enumerate(scored) if s.cluster.type == "country"}
    out = list(scored)
    for n, s in enumerate(scored):
        link = next((m.link for m in s.cluster.mentions if m.link), None)
        if link in states:
            k = states[link]
            t = out[k]
            out[k] = Scored(t.cluster, t.name, t.score + LINKED_SHARE * s.score, t.key_able or s.key_able)
            out[n] = Scored(s.cluster, s.name, s.score, False, linked=True)
    return out


def key_flags(scored: list[Scored]) -> list[bool]:
    """Key actors: the best-scored entities with enough evidence, between MIN_KEY and MAX_KEY."""
    order = sorted(range(len(scored)), key=lambda n: -scored[n].score)
    able = [n for n in order if scored[n].key_able][:MAX_KEY]
    if len(able) < MIN_KEY:
        able += [n for n in order if n not in able and not scored[n].linked][: MIN_KEY - len(able)]
    flags = [False] * len(scored)
    for n in able:
        flags[n] = True
    return flags
