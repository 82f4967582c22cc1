"""What kind of piece an article is: news, analysis, opinion, explainer, or mixed.

A small rule classifier over general cues of news writing (rates per 100 words of the opening of the
body, shares of words of the whole body):

- **report** cues: reporting verbs ("said", "told", "announced", "according to"), a dateline. News.
- **opinion** cues: first person outside quotations ("I", "we", "our"), prescriptive verbs
  ("should", "must", "ought to") and opinion markers ("I believe", "we need", "in my view").
- **explainer** cues: "what is", "how does", "explained", "here's what we know", and sections headed by
  a question, "Background", "Context", "Timeline", "FAQ" ... (background material).
- **argument** cues: forecasts and reasoning without first person ("could", "would", "likely",
  "implications", "however", "analysts").

Decision, first match wins:

1. ``mixed``: the lead reports (a dateline or reporting verbs) and a large share of the words lie in
   background, timeline, FAQ or list material: a report stitched to generated explainer matter.
2. ``explainer``: the title asks or explains ("What is ...", "... explained"), or most words are in
   explainer sections, or explainer phrases are frequent.
3. ``analysis`` when the piece has a reference list: a paper, even when it argues.
4. ``opinion``: first person and prescription outside quotations are frequent, and much more frequent
   than reporting cues (an interview is full of "I" and "we" inside quotation marks).
5. ``news``: a dateline, or reporting cues (verbs, weekdays, quotation marks) at least ``NEWS_RATE`` and
   not outnumbered by argument cues.
6. ``analysis``: argument cues at least ``ANALYSIS_RATE``; else news (short reports
   of results and events often carry no reporting verb).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import repeat

from .model import ArticleKind, Block

# Reporting verbs and attributions: the vocabulary of a report (counted lower-cased, as whole words).
REPORT_WORDS = (
    "said",
    "says",
    "told",
    "announced",
    "stated",
    "stating",
    "confirmed",
    "reported",
    "added",
    "noted",
    "warned",
    "stressed",
    "emphasized",
    "emphasised",
    "insisted",
    "urged",
    "denied",
    "reportedly",
    "according",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    # a report tells when it happened ("on Tuesday"); an essay seldom names the weekday
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
    "yesterday",
)
# Quotation marks: a report quotes people; every two marks count as one reporting cue.
QUOTE_MARKS = ('"', "“", "”")
# First person as the writer speaks (counted case-sensitively outside quotations: "US" is not "us").
FIRST_PERSON = ("I", "me", "my", "My", "we", "We", "our", "Our", "us", "ours", "myself", "ourselves")
# Prescription: the writer says what ought to happen ("Should ..." opening a sentence is a condition).
PRESCRIPTIVE = ("should", "must", "ought")
# Phrases that mark an argued opinion; each counts as much as ``MARKER_WEIGHT`` single cues.
OPINION_MARKERS = (
    "i believe",
    "i think",
    "in my view",
    "in our view",
    "in my opinion",
    "we need",
    "we must",
    "we should",
    "let us ",
    "let's ",
    "it is time",
    "it's time",
    "i would argue",
    "i argue",
)
MARKER_WEIGHT = 3
# Phrases of an explainer (counted lower-cased in the body and the title).
EXPLAINER_PHRASES = (
    "what is ",
    "what are ",
    "how does ",
    "how do ",
    "why does ",
    "why do ",
    "explained",
    "explainer",
    "here's what",
    "here is what",
    "what we know",
    "what you need to know",
    "what to know",
    "frequently asked",
    "key facts",
    "q&a",
    "at a glance",
)
# Headings of background material ("Understanding the Context", "Key Timeline & Data", "FAQ").
EXPLAINER_HEADING = re.compile(
    r"\b(?:context|background|timeline|explained|explainer|faq|glossary|key facts|at a glance|by the numbers|"
    r"what is|what are|how does|how do|why does|why do|what we know|what to know|q&a|data|history)\b",
    re.IGNORECASE,
)
# A heading longer than this is a line of the story, not a section title.
EXPLAINER_HEADING_MAX_WORDS = 12
# A short question heading opens an explainer section ("What happens next?", "Who is Jane Roe?"); a long
# question line is someone in the story asking.
QUESTION_HEADING = re.compile(
    r"^(?:what|why|how|who|when|where|which|is|are|can|could|will|would|does|do|should)\b[^?]{0,80}\?$", re.IGNORECASE
)
# Forecast and reasoning: the vocabulary of analysis.
ARGUMENT_WORDS = (
    "could",
    "would",
    "might",
    "may",
    "likely",
    "unlikely",
    "potential",
    "potentially",
    "implications",
    "suggests",
    "suggest",
    "however",
    "therefore",
    "thus",
    "consequently",
    "scenario",
    "scenarios",
    "risk",
    "risks",
    "analysts",
    "expected",
    "strategic",
    "whether",
    "However",  # (lower-case only otherwise: "May" is a month)
)
QUOTED = re.compile(r"“[^”]{0,600}”|\"[^\"\n]{0,600}\"")
# Rates per 100 words.
NEWS_RATE = 0.5  # one reporting verb per 200 words makes a report ...
NEWS_OVER_ARGUMENT = 0.5  # ... unless argument cues outnumber them more than two to one
OPINION_RATE = 1.5
OPINION_OVER_REPORT = 3  # first person in a piece full of quotations is the people quoted, not the writer
ANALYSIS_RATE = 1.0
EXPLAINER_RATE = 0.4
# Cue rates are measured on the opening of the body, this many characters (about 1,000 words): a stable
# rate, at a cost that does not grow with long pieces. Shares of sections are measured on the whole body.
SAMPLE_CHARS = 6000
# Shares of the body's words.
MIXED_SHARE = 0.4  # background/list material beside a reporting lead
EXPLAINER_SHARE = 0.6  # explainer sections that make the whole piece an explainer
# A lead reports when its first words hold this many reporting verbs.
LEAD_WORDS = 150
LEAD_REPORT_MIN = 1


@dataclass(frozen=True, slots=True)
class KindCues:
    """The measures the decision reads (rates per 100 words, shares of words), kept for tests and diagnostics."""

    words: int
    report: float
    opinion: float
    explainer: float
    argument: float
    background_share: float
    explainer_share: float
    reporting_lead: bool


def kind_of(blocks: Sequence[Block], title: str | None, dateline: bool, footnotes: int) -> ArticleKind:
    """The kind of an article from its body blocks (headings, paragraphs, lists, tables) and title."""
    return decide(measure(blocks, title, dateline), title, dateline, footnotes)


def decide(c: KindCues, title: str | None, dateline: bool, footnotes: int) -> ArticleKind:
    if c.reporting_lead and c.background_share >= MIXED_SHARE:
        return "mixed"
    low_title = (title or "").lower()
    if any(p in low_title for p in EXPLAINER_PHRASES) or c.explainer_share >= EXPLAINER_SHARE:
        return "explainer"
    if c.explainer >= EXPLAINER_RATE and c.report < NEWS_RATE:
        return "explainer"
    if footnotes:
        return "analysis"  # a piece with a reference list is a paper, even when it argues
    if c.opinion >= OPINION_RATE and c.opinion >= OPINION_OVER_REPORT * c.report:
        return "opinion"
    if dateline or (c.report >= NEWS_RATE and c.report >= NEWS_OVER_ARGUMENT * c.argument):
        return "news"
    if c.argument >= ANALYSIS_RATE:
        return "analysis"
    return "news"  # short reports of results and events often carry no reporting verb at all


def measure(blocks: Sequence[Block], title: str | None, dateline: bool) -> KindCues:
    body = "\n".join(b.text for b in blocks)[:SAMPLE_CHARS]
    counts = Counter(body.split())  # raw tokens: a cue is looked up with the punctuation it may carry
    words = max(sum(counts.values()), 1)
    quoted = " ".join(QUOTED.findall(body))
    in_quotes = Counter(quoted.split()) if quoted else Counter()
    low = body.lower()
    unquoted_low = QUOTED.sub(" ", body).lower() if quoted else low
    first_person = _count(counts, FIRST_PERSON) - _count(in_quotes, FIRST_PERSON)
    prescriptive = _count(counts, PRESCRIPTIVE) - _count(in_quotes, PRESCRIPTIVE)
    markers = _phrase_count(unquoted_low, counts, OPINION_MARKERS)
    explainer = _phrase_count(low, counts, EXPLAINER_PHRASES)
    quotes = sum(body.count(q) for q in QUOTE_MARKS) / 2
    background, in_explainer, total = _background_words(blocks)
    rate = 100 / words
    return KindCues(
        words=words,
        report=(_count(counts, REPORT_WORDS, both_cases=True) + quotes) * rate,
        opinion=(first_person + prescriptive + MARKER_WEIGHT * markers) * rate,
        explainer=explainer * rate,
        argument=_count(counts, ARGUMENT_WORDS) * rate,
        background_share=background / total,
        explainer_share=in_explainer / total,
        reporting_lead=dateline or _reporting_lead(blocks),
    )


# Punctuation that may follow a word in running text ("said," "said." "could:").
TRAILING = ("", ",", ".", ";", ":", "”", '"', "?", "!", ")")


def _count(counts: Counter[str], cues: tuple[str, ...], both_cases: bool = False) -> int:
    """Occurrences of the cue words among raw tokens, whatever punctuation follows them."""
    return sum(map(counts.get, _forms(cues, both_cases), repeat(0)))


def _phrase_count(low: str, counts: Counter[str], phrases: tuple[str, ...]) -> int:
    """Occurrences of the phrases in a lower-cased text; none are looked for when no phrase's longest word is
    among the text's words (a count reads the whole text)."""
    if not _count(counts, _key_words(phrases), both_cases=True):
        return 0
    return sum(low.count(p) for p in phrases)


@lru_cache(maxsize=8)
def _key_words(phrases: tuple[str, ...]) -> tuple[str, ...]:
    """The longest word of each phrase: a phrase can only be in a text that has its longest word."""
    return tuple(dict.fromkeys(max(p.split(), key=len) for p in phrases))


@lru_cache(maxsize=32)
def _forms(cues: tuple[str, ...], both_cases: bool) -> tuple[str, ...]:
    """Every token a cue may stand as: with each trailing mark, and capitalised when ``both_cases``."""
    words = (*cues, *(c.capitalize() for c in cues)) if both_cases else cues
    return tuple(dict.fromkeys(w + t for w in words for t in TRAILING))


def _background_words(blocks: Sequence[Block]) -> tuple[int, int, int]:
    """Words in background material (explainer sections, list items, table rows), in explainer sections, and
    in all text blocks."""
    background = in_explainer = total = 0
    explaining = False
    for b in blocks:
        if b.kind == "heading":
            short = b.text.count(" ") < EXPLAINER_HEADING_MAX_WORDS
            explaining = short and (EXPLAINER_HEADING.search(b.text) or QUESTION_HEADING.match(b.text)) is not None
            continue
        n = b.text.count(" ") + 1
        total += n
        if explaining:
            in_explainer += n
        if explaining or b.kind in ("list", "table"):
            background += n
    return background, in_explainer, max(total, 1)


def _reporting_lead(blocks: Sequence[Block]) -> bool:
    """The first paragraphs (up to ``LEAD_WORDS`` words) hold a reporting verb."""
    lead: list[str] = []
    n = 0
    for b in blocks:
        if b.kind != "paragraph":
            continue
        lead.append(b.text)
        n += b.text.count(" ") + 1
        if n >= LEAD_WORDS:
            break
    forms = frozenset(_forms(REPORT_WORDS, True))
    return sum(w in forms for w in " ".join(lead).split()) >= LEAD_REPORT_MIN
