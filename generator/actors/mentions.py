"""Mentions: the names in a body, each with a type, found by rules over capitalised runs.

A cascade per run of capitalised words, left to right: a known name (gazetteer or an acronym the
text defines), a title followed by a person's name, an organisation by its head word, a place by
its suffix; whatever is left is an unknown name that ``resolve`` types once the whole body is read.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from functools import cached_property

from ..model import ActorType, Span
from .gazetteer import BARE_CITY_POPULATION, Entry, Gazetteer, first_words, fold
from .tokens import CONNECTORS, Token, adjacent, joined

MAX_PERSON_WORDS = 4
# A city below this population may be the surname of a person named before it; capitals and states never.
NAMESAKE_MAX_POPULATION = 10**7
# Tokens a known name may have beyond its words: a hyphen splits a word in two ("Russia-Ukraine").
SPLIT_SLACK = 2
MAX_ORG_WORDS = 8
# Capitalised words before a title that name its brief ("Digital Affairs Minister"): more is a name list.
MAX_PORTFOLIO_WORDS = 2
SHORT_NAME = 3  # a place name this short ("Van", "Ufa") needs a place cue
# Organisation heads written as abbreviations: their full stop belongs to the name.
ABBREVIATED_HEADS = frozenset(["Corp", "Inc", "Ltd", "Co", "Cos", "Bros", "Assn", "Dept"])
# Words that join an organisation's head word to its complement ("Court of Human Rights").
HEAD_LINKS = frozenset(["of", "for", "on"])
# Lower-case company suffixes that end a capitalised run ("Harland Foods plc").
LOWER_SUFFIXES = frozenset(["plc"])


@dataclass(frozen=True, slots=True)
class Mention:
    """One reported name: its exact span, the entity it names, and what the text says around it."""

    span: Span
    name: str  # canonical name if known, else the surface form
    type: ActorType
    role: str | None = None
    link: str | None = None  # the state a capital or state body stands for
    in_role: bool = False  # part of someone's title ("U.S." in "U.S. President Trump")
    media: bool = False
    region: bool = False  # a broad region (never key)
    known: bool = False  # from the gazetteer or a definition in the text
    reference: bool = False  # refers to the entity but is no name of it ("Russian forces")


@dataclass(frozen=True, slots=True)
class Unknown:
    """A capitalised run no rule could type yet."""

    tokens: tuple[Token, ...]
    role: str | None  # a title right before it makes it a person
    article: bool = False  # "the" stands right before it: a thing or a body, not a person


def run_span(body: str, tokens: tuple[Token, ...] | list[Token]) -> Span:
    return Span(tokens[0].start, tokens[-1].end, body[tokens[0].start : tokens[-1].end])


def chunks(body: str, tokens: tuple[Token, ...]) -> list[tuple[int, int]]:
    """Index ranges of maximal runs of capitalised words (connectors allowed between them)."""
    out: list[tuple[int, int]] = []
    i = 0
    while i < len(tokens):
        if not tokens[i].cap:
            i += 1
            continue
        j = i + 1
        while j < len(tokens) and adjacent(body, tokens[j - 1], tokens[j], loose=True):
            if tokens[j].cap or tokens[j].text in LOWER_SUFFIXES:
                j += 1
            elif tokens[j].text in CONNECTORS and j + 1 < len(tokens) and tokens[j + 1].cap:
                if not adjacent(body, tokens[j], tokens[j + 1]):
                    break
                j += 2
            else:
                break
        out.append((i, j))
        i = j
    return out


@dataclass(eq=False)
class ChunkParser:
    """Parses one body's capitalised runs; ``local`` holds the acronyms the text itself defines."""

    body: str
    tokens: tuple[Token, ...]
    gaz: Gazetteer
    local: dict[str, Entry]
    mentions: list[Mention]
    unknowns: list[Unknown]
    # (start, end) -> the longest known name there: asked again and again while a run is parsed
    found: dict[tuple[int, int], tuple[int, Entry | None]] = field(default_factory=dict)

    def lookup(self, i: int, j: int) -> Entry | None:
        if not joined(self.body, self.tokens[i:j], loose=True):
            return None
        text = " ".join(self.body[self.tokens[i].start : self.tokens[j - 1].end].split())
        entry = self.local.get(text) or self.local.get(fold(text)) or self.gaz.lookup(text)
        return None if entry is not None and not entry.name else entry

    def known(self, i: int, end: int, emit: bool = True) -> int:
        """End of the longest known name starting at token ``i`` (``i`` if none)."""
        if (i, end) not in self.found:
            self.found[(i, end)] = self._longest(i, end)
        j, entry = self.found[(i, end)]
        if emit and entry is not None:
            self.emit(i, j, entry)
        return j

    def _longest(self, i: int, end: int) -> tuple[int, Entry | None]:
        word = self.tokens[i].text
        longest = max(self.gaz.longest_from(word), self.local_firsts.get(word, 0), self.local_firsts.get(fold(word), 0))
        for j in range(min(end, i + longest + SPLIT_SLACK), i, -1) if longest else ():
            entry = self.lookup(i, j)
            if entry is not None and self._plausible(entry, i, j):
                return j, entry
        return i, None

    def _plausible(self, entry: Entry, i: int, j: int) -> bool:
        """Small towns count only where the text once puts a place cue before them ("in Avdiivka")."""
        if entry.type != "place" or entry.population == 0:
            return True
        if j - i == 1 and (fold(self.tokens[i].text) in self.lower_words or len(self.tokens[i].text) <= SHORT_NAME):
            return entry.name in self.cued  # "Male", "Van": the word is also a common word or particle
        if self.tokens[i].initial and j - i == 1 and entry.population < 10**7:
            return False
        return entry.population >= BARE_CITY_POPULATION or entry.name in self.cued

    @cached_property
    def local_firsts(self) -> dict[str, int]:
        """First words of the names this text defines (acronyms and their expansions), folded and not."""
        return first_words([*self.local, *(fold(k) for k in self.local)])

    @cached_property
    def lower_words(self) -> frozenset[str]:
        return frozenset(t.text for t in self.tokens if t.text.islower())

    @cached_property
    def cued(self) -> frozenset[str]:
        """Names that follow a place cue somewhere in the body."""
        cues = self.gaz.words["place_cues"]
        out: set[str] = set()
        for n in [n for n, t in enumerate(self.tokens) if t.cap and n >= 2]:
            z, a, b = self.tokens[n - 2], self.tokens[n - 1], self.tokens[n]
            if a.text in cues or f"{fold(z.text)} {a.text}" in cues:
                entry = self.gaz.lookup(b.text)
                if entry is not None:
                    out.add(entry.name)
        return frozenset(out)

    def emit(self, i: int, j: int, entry: Entry) -> None:
        span = run_span(self.body, self.tokens[i:j])
        self.mentions.append(
            Mention(span, entry.name, entry.type, link=entry.link, media=entry.media, region=entry.region, known=True)
        )

    def title(self, i: int, end: int) -> int:
        """End of a title phrase starting at ``i`` ("Secretary of Defense", "Former President")."""
        j = i
        while j < end:
            k = self._title_at(j, end)
            if k == j:
                break
            j = k
        return j

    def _title_at(self, i: int, end: int) -> int:
        if i >= end or fold(self.tokens[i].text) not in self.gaz.titles:
            return i
        words = [fold(t.text) for t in self.tokens[i : min(end, i + 6)]]
        for title in self.gaz.titles[words[0]]:
            n = len(title.split())
            if " ".join(words[:n]) == title and self.lookup(i, i + n) is None:
                return i + n
        return i

    def role_start(self, i: int, titled: bool) -> int:
        """Extend a title back over lower-case title words and a state, body or demonym before it;
        ``titled``: a title word already stands at ``i``, else one must be found before it."""
        start, portfolio = i, 0
        while i > 0 and adjacent(self.body, self.tokens[i - 1], self.tokens[i]):
            word = fold(self.tokens[i - 1].text)
            if word in self.gaz.words["titles"]:
                titled, i = True, i - 1
            elif word in self.gaz.words["title_modifiers"]:
                i -= 1
            elif titled and (word in self.gaz.demonyms or word in self.gaz.group_roots):
                return i - 1
            elif titled and portfolio < MAX_PORTFOLIO_WORDS and self._portfolio_word(i - 1):
                portfolio, i = portfolio + 1, i - 1
            else:
                break
        if not titled:
            return start
        return self._before_role(i) if i > 0 else i

    def _portfolio_word(self, n: int) -> bool:
        """A capitalised word before a title that names its brief ("Infrastructure Minister"), no known name."""
        tok = self.tokens[n]
        return self._name_word(n) and not tok.initial and not tok.possessive and self.lookup(n, n + 1) is None

    def _before_role(self, i: int) -> int:
        """Start of the state or body named right before a title ("United States President")."""
        prev = self.tokens[i - 1]
        for m in self.mentions[-2:]:
            if m.span.end == prev.end and m.type in ("country", "organization"):
                while i > 0 and self.tokens[i - 1].start >= m.span.start:
                    i -= 1
        return i

    def parse(self, i: int, end: int) -> None:
        if end == i + 1 and fold(self.tokens[i].text) in self.gaz.words["not_names"] and self.known(i, end, False) == i:
            return  # the common case: a capitalised word that opens a sentence ("The", "But") and names nothing
        while i < end:
            # in a heading only known names count
            j = max(self.known(i, end), i + 1) if self.tokens[i].shaky else self.org(i, end)
            if j == i:
                j = self.titled(self._after_demonym(i, end), end)
            if j == i:
                j = self.rest(i, end)
            i = max(j, i + 1)

    def _after_demonym(self, i: int, end: int) -> int:
        """Skip a demonym that opens a title ("Hungarian Prime Minister"): the role takes it back."""
        if fold(self.tokens[i].text) not in self.gaz.phrase_firsts:
            return i
        for n in (2, 1):
            words = " ".join(fold(t.text) for t in self.tokens[i : i + n])
            if i + n < end and words in self.gaz.demonyms and self.title(i + n, end) > i + n:
                return i + n
        return i

    def org(self, i: int, end: int) -> int:
        """An organisation named by its head word ("Council on Foreign Relations", "Blackpool Hotel
        Association") or its first words ("Ministry of ..."), emitted; a known name it outgrows yields."""
        k = self._org_end(i, end)
        if k == i:
            return self.known(i, end)
        if self.known(i, end, emit=False) >= k:
            return self.known(i, end)
        span = run_span(self.body, self.tokens[i:k])
        if self.tokens[k - 1].text in ABBREVIATED_HEADS and self.body[span.end : span.end + 1] == ".":
            span = Span(span.start, span.end + 1, span.text + ".")  # "Jayark Corp.": the stop is part of it
        self.mentions.append(Mention(span, " ".join(span.text.split()), "organization"))
        return k

    def _org_end(self, i: int, end: int) -> int:
        first = self.tokens[i]
        if fold(first.text) in self.gaz.words["not_names"] or first.text in CONNECTORS:
            return i
        for k in range(min(end, i + MAX_ORG_WORDS), i + 1, -1):
            if self.tokens[k - 1].text not in self.gaz.org_heads:
                continue
            words = [t.text for t in self.tokens[i:k]]
            if words[-1] in self.gaz.org_heads and self._clean_org(words) and self._org_joined(i, k):
                return self._of_tail(k, end)
        if fold(first.text) in self.gaz.words["org_starts"] and i + 1 < end:
            k = i + 1
            while k < end and self.tokens[k].cap and adjacent(self.body, self.tokens[k - 1], self.tokens[k]):
                k += 1
            return k
        if self._possessive_of(i, end) or (
            first.text in self.gaz.org_prefixes and i + 2 < end and self.tokens[i + 1].text in HEAD_LINKS
        ):
            k = i + 2
            while k < end and self.tokens[k].cap and adjacent(self.body, self.tokens[k - 1], self.tokens[k]):
                k += 1
            return k
        return i

    def _possessive_of(self, i: int, end: int) -> bool:
        """ "Lloyd's of London": a possessive right before "of" is only grammatical inside a name."""
        first = self.tokens[i]
        return (
            i + 2 < end
            and self.body[first.end : first.end + 3] in ("'s ", "’s ")
            and self.tokens[i + 1].text == "of"
            and self.lookup(i, i + 1) is None
        )

    def _org_joined(self, i: int, k: int) -> bool:
        """The words ``i:k`` follow one another; a possessive may stand inside when the head is a members'
        body: a plural one anywhere ("Baltic Dockworkers' Union"), a singular one only right before the
        head ("People's Party"), and never after a known name ("Russia's Central Bank")."""
        if joined(self.body, self.tokens[i:k]):
            return True
        if fold(self.tokens[k - 1].text) not in self.gaz.words["possessive_org_heads"]:
            return False
        for n in range(i, k - 1):
            tok = self.tokens[n]
            if not adjacent(self.body, tok, self.tokens[n + 1], loose=tok.possessive):
                return False
            plural = self.body[tok.end : tok.end + 2] in ("' ", "’ ")
            if tok.possessive and (self.lookup(n, n + 1) is not None or not (plural or n + 2 == k)):
                return False
        return True

    def _of_tail(self, k: int, end: int) -> int:
        """A head word's complement is part of the name ("European Court of Human Rights", "Institute
        for Fiscal Studies"): "of", "for" or "on" and the capitalised words after it."""
        if k + 1 < end and self.tokens[k].text in HEAD_LINKS and joined(self.body, self.tokens[k - 1 : k + 2]):
            j = k + 1
            while j < end and self._name_word(j) and adjacent(self.body, self.tokens[j - 1], self.tokens[j]):
                j += 1
            return j if j > k + 1 else k
        return k

    def _clean_org(self, words: list[str]) -> bool:
        if "and" in words and "of" not in words[: words.index("and")]:
            return False
        return not any(fold(w) in self.gaz.words["titles"] for w in words[:-1])

    def titled(self, i: int, end: int) -> int:
        """A title and the person's name after it; the title (with what precedes it) is the role."""
        j = self.title(i, end)
        if j == i:
            return i
        k = j
        while k < end and k - j < MAX_PERSON_WORDS and self._name_word(k):
            k += 1
        if k == j:
            return j
        if all(fold(t.text) in self.gaz.words["title_modifiers"] for t in self.tokens[i:j]):
            return i  # "The Current Situation": a modifier alone is no title
        start = self.role_start(i, titled=True)
        role: str | None = self.body[self.tokens[start].start : self.tokens[j - 1].end]
        if all(fold(t.text) in self.gaz.words["courtesy_titles"] for t in self.tokens[start:j]):
            role = None  # "Mr", "Prof": a form of address, not a role
        self._mark_in_role(self.tokens[start].start, self.tokens[j - 1].end)
        name = run_span(self.body, self.tokens[j:k])
        self.mentions.append(Mention(name, name.text, "person", role=role))
        return k

    def _unknown_at(self, i: int, k: int, end: int) -> bool:
        """No known name starts at ``k``, or only a city named like a surname after a first name ("Charles
        Kennedy", "Abraham Lincoln": the run goes on, and ``retype`` reads the town as the person)."""
        j = self.known(k, end, emit=False)
        if j == k:
            return True
        entry = self.found[(k, end)][1]
        return (
            k > i
            and j == k + 1
            and entry is not None
            and entry.type == "place"
            and entry.link is None
            and (0 < entry.population < NAMESAKE_MAX_POPULATION)
        )

    def _name_word(self, k: int) -> bool:
        tok = self.tokens[k]
        return tok.cap and tok.text not in CONNECTORS and fold(tok.text) not in self.gaz.words["not_names"]

    def _mark_in_role(self, start: int, end: int) -> None:
        for n, m in enumerate(self.mentions):
            if start <= m.span.start and m.span.end <= end:
                self.mentions[n] = replace(m, in_role=True)

    def rest(self, i: int, end: int) -> int:
        """A run of capitalised words no rule knows: kept for ``resolve``. A nationality before it is no
        part of it ("Slovakian Daniela Hantuchova"); a run ending in an event word is an event ("World Cup")."""
        if fold(self.tokens[i].text) in self.gaz.demonyms and i + 1 < end and self._name_word(i + 1):
            return i + 1
        k = i
        while k < end and self._name_word(k) and self._unknown_at(i, k, end) and self.title(k, end) == k:
            k += 1
            if self.tokens[k - 1].possessive:
                break
        if k == i or fold(self.tokens[k - 1].text) in self.gaz.words["event_heads"]:
            return k
        run = self.tokens[i:k]
        start = self.role_start(i, titled=False)
        role = self.body[self.tokens[start].start : self.tokens[i - 1].end] if start < i else None
        if role:
            self._mark_in_role(self.tokens[start].start, self.tokens[i - 1].end)
        before = self.tokens[i - 1] if i else None
        article = before is not None and before.text in ("the", "The") and adjacent(self.body, before, run[0])
        self.unknowns.append(Unknown(run, role, article))
        return k
