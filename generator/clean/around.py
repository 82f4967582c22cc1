"""What trafilatura keeps around an article's text that is not its text: a standfirst above it, section labels
above the headline, and the teasers of other stories after it.

Each step takes and returns (hint, text) units; a unit it recognises gets a "kind:reason" hint ("meta:standfirst",
"furniture:kicker", "furniture:related") that ``clean`` turns into a metadata or furniture block.
"""

from __future__ import annotations

import itertools
import re

from bs4 import BeautifulSoup, Tag

# A standfirst (dek) repeats the page's description above the article, outside the element that holds the
# article's paragraphs; it is metadata, and article-body gold leaves it out. (A lede paragraph that the site
# also uses as its description sits inside that element and stays text.)
STANDFIRST_HINT = "meta:standfirst"
DESCRIPTION_META = ("og:description", "description", "twitter:description")
# How many of the following paragraphs locate the article's element.
BODY_SAMPLE = 40
TOKENS = re.compile(r"\w+")


def standfirst(units: list[tuple[str, str]], soup: BeautifulSoup, descriptions: list[str]) -> list[tuple[str, str]]:
    """The units with a leading standfirst marked as metadata (``descriptions``: the page's meta descriptions)."""
    first = next((i for i, (hint, _) in enumerate(units) if hint == "line"), None)
    if first is None or not _describes(units[first][1], descriptions):
        return units
    elements = _paragraph_elements(soup)
    dek = elements.get(_key(units[first][1]))
    keys = (_key(text) for hint, text in units[first + 1 : first + BODY_SAMPLE] if hint == "line")
    body = [elements[k] for k in keys if k in elements]
    container = _common_ancestor(body) if len(body) >= 2 else None
    if dek is None or container is None or any(p is container for p in dek.parents):
        return units
    return [*units[:first], (STANDFIRST_HINT, units[first][1]), *units[first + 1 :]]


def _key(text: str) -> str:
    return " ".join(TOKENS.findall(text.casefold()))


def _describes(text: str, descriptions: list[str]) -> bool:
    """Whether a paragraph is the page's own description (meta description, og:description)."""
    key = _key(text)
    if len(key) < 40:
        return False
    for found in descriptions:
        stated = _key(found)
        if stated == key or (len(stated) >= 40 and key.startswith(stated[:80])):
            return True
    return False


def _paragraph_elements(soup: BeautifulSoup) -> dict[str, Tag]:
    out: dict[str, Tag] = {}
    for el in soup.find_all("p"):
        if isinstance(el, Tag):
            out.setdefault(_key(el.get_text(" ")), el)
    return out


def _common_ancestor(elements: list[Tag]) -> Tag | None:
    """The deepest element that holds all of ``elements`` (compared by identity: bs4 compares tags by content)."""
    for candidate in elements[0].parents:
        if all(any(p is candidate for p in el.parents) for el in elements[1:]):
            return candidate
    return None


# A section label or breadcrumb trafilatura keeps above the headline ("Tech", "World / Africa"): at most
# this many words, with no digit (a date) and not a byline, and only when the headline follows them.
KICKER_MAX_WORDS = 4
KICKER_HINT = "furniture:kicker"
NOT_KICKER = re.compile(r"\d|^by\b", re.IGNORECASE)


def kickers(units: list[tuple[str, str]], headline: str | None) -> list[tuple[str, str]]:
    """The units with the short labels above the page's headline marked as furniture."""
    if not headline:
        return units
    key = _key(headline)
    at = next((i for i, (_, text) in enumerate(units) if _key(text) == key), 0)
    above = units[:at]
    if above and all(len(t.split()) <= KICKER_MAX_WORDS and not NOT_KICKER.search(t) for _, t in above):
        return [(KICKER_HINT, t) for _, t in above] + units[at:]
    return units


# A heading that opens the teasers of other stories after an article ("Other Opinion Columns", "More from
# Business", "Most read", "You may also like", "Read next"): an opener and a word naming what follows, in at
# most RELATED_HEAD_MAX_WORDS words (a subheading such as "More rain on the way" names no stories).
RELATED_OPENER = re.compile(
    r"^(?:other|more|related|latest|top|recommended|popular|trending|most|further|also|read|you (?:may|might)"
    r"|editor'?s'?)\b",
    re.IGNORECASE,
)
RELATED_NOUN = re.compile(
    r"\b(?:stories|story|articles|news|columns|posts|reads?|reading|headlines|coverage|videos|links|picks|from"
    r"|like|next|viewed|popular|shared|related|recommended|trending)\b",
    re.IGNORECASE,
)
RELATED_HEAD_MAX_WORDS = 5
# A teaser is a linked headline with at most a short standfirst; an article's own text runs longer or has
# several paragraphs under one heading.
TEASER_MAX_WORDS = 45
# The hint of furniture units, with the reason after the colon.
RELATED_HINT = "furniture:related"


def related_tail(units: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """The units with the teasers of other stories after the article marked as furniture: a related-stories
    heading after some text, followed to the end only by short headlines, each with at most one short
    standfirst (trafilatura keeps teasers whose standfirst is not a link)."""
    for i, (hint, text) in enumerate(units):
        if hint == "heading" and i and _opens_related(text) and _teasers(units[i + 1 :]):
            return units[:i] + [(RELATED_HINT, t) for _, t in units[i:]]
    return units


def _opens_related(text: str) -> bool:
    opener = RELATED_OPENER.match(text)
    return opener is not None and len(text.split()) <= RELATED_HEAD_MAX_WORDS and bool(RELATED_NOUN.search(text))


def _teasers(units: list[tuple[str, str]]) -> bool:
    headings = sum(hint == "heading" for hint, _ in units)
    if headings < 2 or any(len(text.split()) > TEASER_MAX_WORDS for _, text in units):
        return False
    return not any(a[0] == b[0] == "line" for a, b in itertools.pairwise(units))
