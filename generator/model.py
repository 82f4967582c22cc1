"""The frozen data that flows between briefsite's stages.

read -> ``Source`` -> clean -> ``Document`` -> split -> ``Article``s -> analyse -> ``Brief``s
-> link -> ``SiteIndex`` -> render -> ``RenderedPage``s -> write.

Every class is a frozen, slotted dataclass holding tuples, never lists, so a stage cannot change
what an earlier stage produced and every value can be hashed, compared and sorted.

Offsets: a ``Span`` with ``scope == "body"`` indexes its article's ``body`` (Python string
indices, end exclusive); ``scope == "source"`` indexes the decoded source text
(``Source.text``), used for evidence that lies outside the body (page furniture, boundaries).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal, get_args

SourceFormat = Literal["txt", "html", "md"]
BlockKind = Literal[
    "heading",  # a headline or section heading
    "paragraph",  # running text
    "list",  # a list item
    "table",  # a table row
    "boilerplate",  # page furniture: menus, share forms, prompts, SEO notes, ...
    "footnote",  # a footnote or reference-list entry
    "caption",  # a photo caption or credit
    "meta",  # a metadata line (byline, "Published:", "Upload Date", hashtags, ...)
]
ArticleKind = Literal["news", "analysis", "opinion", "explainer", "mixed"]
ActorType = Literal["person", "organization", "country", "place", "group"]
TimexType = Literal["DATE", "TIME", "DURATION", "SET"]
CaveatKind = Literal[
    "opinion",
    "speculative",
    "unattributed",
    "missing-date",
    "missing-author",
    "truncated",
    "multiple-articles",
    "boilerplate-residue",
    "machine-generated",
    "internal-inconsistency",
    "factual-doubt",
    "encoding-damage",
    "stale",
    "unsourced-figures",
    "translated",
]
# The kinds in the order briefs show them: derived from the Literal so the two cannot drift apart.
CAVEAT_KINDS: tuple[CaveatKind, ...] = get_args(CaveatKind)
RepairKind = Literal[
    "mojibake",  # damaged encoding fixed (ftfy)
    "glued-heading",  # "...of PokrovskTable of Contents" split into heading + text
    "missing-space",  # "war.the battle" -> "war. the battle"
    "lost-dash",  # "Russia ? Ukraine" read as a lost dash
    "lowercase-name",  # "pokrovsk" restored to "Pokrovsk" from elsewhere in the file
]


@dataclass(frozen=True, slots=True)
class Span:
    """A verbatim piece of text and where it stands."""

    start: int
    end: int
    text: str
    scope: Literal["body", "source"] = "body"


@dataclass(frozen=True, slots=True)
class FrontMatter:
    """Values an analyst gave in a YAML front-matter block; they win over extraction."""

    title: str | None = None
    published: str | None = None  # YYYY, YYYY-MM or YYYY-MM-DD
    author: str | None = None
    publisher: str | None = None
    url: str | None = None
    tags: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Source:
    """One input file, decoded. ``text`` excludes the front-matter block."""

    path: str  # as given by the user
    name: str  # file name
    sha256: str  # of the file's bytes
    format: SourceFormat
    text: str
    front_matter: FrontMatter = field(default_factory=FrontMatter)
    line_offset: int = 0  # lines taken by front matter, to report source line numbers


@dataclass(frozen=True, slots=True)
class Block:
    """One line-level unit of a cleaned page: a heading, a paragraph, a piece of furniture..."""

    text: str  # repaired text
    kind: BlockKind
    line: int  # 1-based line in the source file where the block starts
    start: int = -1  # offset of the block's raw text in Source.text, -1 if unknown (HTML)
    raw: str = ""  # the text before repair
    reason: str = ""  # why the block got its kind (for boilerplate and meta), for diagnostics


@dataclass(frozen=True, slots=True)
class Repair:
    """A character-level repair of the source text: recorded so a caveat can cite it."""

    kind: RepairKind
    before: str
    after: str
    line: int


@dataclass(frozen=True, slots=True)
class PageMeta:
    """Metadata a page states about itself (HTML meta tags, JSON-LD, front matter)."""

    title: str | None = None
    published: str | None = None
    author: str | None = None
    publisher: str | None = None
    url: str | None = None
    tags: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Document:
    """A cleaned source: every line classified, nothing thrown away."""

    source: Source
    blocks: tuple[Block, ...]
    repairs: tuple[Repair, ...] = ()
    meta: PageMeta = field(default_factory=PageMeta)


@dataclass(frozen=True, slots=True)
class Article:
    """One article of a source: its metadata and its cleaned body."""

    id: str  # stable slug, unique across the collection
    source_path: str
    source_name: str
    source_sha256: str
    index: int  # 1-based position of the article in its source
    title: str | None
    subtitle: str | None
    published: str | None  # YYYY, YYYY-MM or YYYY-MM-DD: only when the text states it
    published_implied: str | None  # a date the text implies (as-of date, "today", ...)
    published_origin: str | None  # where ``published`` came from, for readers
    author: str | None
    publisher: str | None
    kind: ArticleKind
    tags: tuple[str, ...]
    url: str | None
    body: str  # cleaned text, paragraphs separated by blank lines
    paragraphs: tuple[Span, ...]  # spans of the body's paragraphs
    headings: tuple[Span, ...] = ()  # section headings inside the body (not the title)
    footnotes: tuple[str, ...] = ()  # cited sources, kept apart from the body
    furniture: tuple[Block, ...] = ()  # boilerplate found in or around this article
    repairs: tuple[Repair, ...] = ()  # repairs applied to this article's text
    siblings: tuple[str, ...] = ()  # ids of the other articles in the same source
    line: int = 1  # source line where the article starts


@dataclass(frozen=True, slots=True)
class TemporalExpression:
    """A TIMEX3: a temporal expression of the body, typed and normalised."""

    span: Span
    type: TimexType
    value: str  # TIMEX3 value: 2025-10-16, 2025-10, 2025, 2025-W43, 2025-Q3, P3Y, PRESENT_REF, ...
    anchor: str | None = None  # the date a relative expression was resolved against
    inferred: bool = False  # the year or anchor had to be inferred (no publication date)


@dataclass(frozen=True, slots=True)
class Actor:
    """A person, organisation, country, place or group, with its mentions in one body."""

    key: str  # slug of the canonical name; identity across briefs
    name: str  # canonical name: the fullest common form
    type: ActorType
    role: str | None  # the most specific role the text gives
    roles: tuple[str, ...] = ()  # every role the text gives
    aliases: tuple[str, ...] = ()  # other surface forms, deduplicated, sorted
    mentions: tuple[Span, ...] = ()  # in reading order
    # Spans that refer to the actor but are no named-entity span ("Russian forces", "European leaders").
    references: tuple[Span, ...] = ()
    salience: float = 0.0  # 0..1
    key_actor: bool = False


@dataclass(frozen=True, slots=True)
class DatedFact:
    """A claim of the body tied to a date."""

    date: str  # YYYY, YYYY-MM, YYYY-MM-DD or an interval start/end
    text: str  # the fact as one readable sentence
    evidence: Span
    actors: tuple[str, ...] = ()  # actor keys
    inferred: bool = False  # the date rests on an inferred year or anchor


@dataclass(frozen=True, slots=True)
class Caveat:
    """Something a careful reader should be warned about, with what triggered it."""

    kind: CaveatKind
    message: str
    evidence: tuple[Span, ...] = ()
    related: tuple[str, ...] = ()  # ids of other briefs the caveat points to


@dataclass(frozen=True, slots=True)
class Brief:
    """Everything briefsite knows about one article."""

    article: Article
    summary: tuple[Span, ...]
    actors: tuple[Actor, ...]  # key actors first, by salience
    dates: tuple[TemporalExpression, ...]  # in body order
    facts: tuple[DatedFact, ...]  # sorted by date
    caveats: tuple[Caveat, ...]  # in CAVEAT_KINDS order


@dataclass(frozen=True, slots=True)
class Diagnostic:
    """A problem found while processing, reported as ``path:line: code: message``."""

    path: str
    code: str  # stable, e.g. "read.undecodable", "clean.empty"
    message: str
    line: int | None = None
    severity: Literal["error", "warning"] = "error"

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else self.path
        return f"{where}: {self.code}: {self.message}"
