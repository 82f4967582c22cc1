"""Read a whole body into typed mentions: parse the runs, type the unknowns, recover damaged case.

Unknown runs are typed once every rule has spoken, because the evidence may come later in the text:
a surname alone ("Kushner") is a person when the full name appears anywhere; a lower-cased "putin"
or "hungary" is a mention when the name is written properly elsewhere in the same body.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from functools import lru_cache

from ..model import ActorType, Span
from .gazetteer import Entry, Gazetteer, fold, gazetteer
from .mentions import ChunkParser, Mention, Unknown, chunks, run_span
from .merge import skeleton
from .phrases import definitions, demonym_phrases
from .retype import retype
from .spacy_adapter import Hint
from .tokens import Token, adjacent, joined, tokenize

MAX_RECOVERED_WORDS = 4
INVERTED_CUES = frozenset(["said", "says", "added", "asked", "wrote"])  # "..., said Dmitriev"
BIG_CITY = 1_000_000  # a city this big is not taken for a first name ("Victoria", "Jordan" may be)
# Endings of English common nouns and adjectives that names seldom have: a capitalised run of such
# words is a heading fragment ("Ammunition Shortages"), not a person.
NOUN_ENDINGS = (
    "tion",
    "sion",
    "ment",
    "ness",
    "ity",
    "ance",
    "ence",
    "ics",
    "ies",
    "ical",
    "ous",
    "ive",
    "ism",
    "ship",
    "ages",
    "able",
    "ible",
    "ful",
    "less",
    "ward",
    "ized",
    "ised",
    "ated",
    "ural",
    "ional",
)
OPEN_QUOTES = "\"“‘'"
CLOSE_QUOTES = "\"”’'"
# ", a special envoy", ", Poland's infrastructure minister": the words of an apposition right after a name.
APPOSITION = re.compile(r",\s+((?:a|an|the|[A-Z][\w.]*['’]s)\s+[^,;:()]{3,60}?)(?=,|[.;:](?:\s|$))")
APPOSITION_TITLE_WORDS = 4  # a title among the first words of an apposition makes it a role
MAX_ROLE_WORDS = 6  # words of a title before "Name," ("Poland's Deputy Infrastructure Minister")
COMMA_GAP = re.compile(r",\s+")


def read_mentions(body: str, sentences: tuple[Span, ...], hints: tuple[Hint, ...] = ()) -> list[Mention]:
    """Every typed mention of the body, in reading order, no two with the same span; ``hints``: the
    entities of an optional statistical pipeline (see ``spacy_adapter``)."""
    gaz = gazetteer()
    tokens = tokenize(body, sentences, gaz.hyphenated, gaz.single_words)
    local, found = definitions(body, tokens, gaz)
    found += demonym_phrases(body, tokens, gaz)
    taken = [m.span for m in found]
    inside = _covered_starts(tokens, taken)
    parser = ChunkParser(body, tokens, gaz, local, [], [])
    for i, j in chunks(body, tokens):
        while i < j and tokens[i].start in inside:
            i += 1
        parser.parse(i, j)
    found += [m for m in parser.mentions if not any(s.start <= m.span.start < s.end for s in taken)]
    terms = frozenset(fold(k) for k, v in local.items() if not v.name)
    found += resolve(body, tokens, parser.unknowns, found, terms, {(h.start, h.end): h.type for h in hints})
    found += _unclaimed(body, tokens, hints, found)
    found += recover(body, tokens, found)
    return _dedupe(retype(body, tokens, found, gaz))


def _covered_starts(tokens: tuple[Token, ...], spans: list[Span]) -> set[int]:
    """Starts of the tokens that lie inside one of ``spans``."""
    starts = [t.start for t in tokens]
    out: set[int] = set()
    for s in spans:
        out.update(t.start for t in tokens[bisect_left(starts, s.start) : bisect_left(starts, s.end)] if t.end <= s.end)
    return out


def _dedupe(found: list[Mention]) -> list[Mention]:
    seen: set[tuple[int, int]] = set()
    out: list[Mention] = []
    for m in sorted(found, key=lambda m: (m.span.start, -m.span.end)):
        if (m.span.start, m.span.end) not in seen:
            seen.add((m.span.start, m.span.end))
            out.append(m)
    return out


def resolve(
    body: str,
    tokens: tuple[Token, ...],
    unknowns: list[Unknown],
    found: list[Mention],
    terms: frozenset[str],
    hinted: dict[tuple[int, int], ActorType],
) -> list[Mention]:
    """Type the unknown runs: persons by shape, title or surname; acronyms as organisations
    (``terms``: acronyms the text defines as terms, never names; ``hinted``: statistical types by span,
    used where the rules have no title, cue or gazetteer evidence)."""
    gaz = gazetteer()
    lower = _lower_words(body)
    index = {t.start: n for n, t in enumerate(tokens)}
    persons = [u for u in unknowns if _person_shaped(u, gaz) and _name_like(tokens, index, u, lower, gaz)]
    is_person = {id(u) for u in persons}
    named = {skeleton(w) for m in found if m.type == "person" for w in _name_parts(m.span.text)}
    named |= {skeleton(w) for u in persons for w in _name_parts(" ".join(t.text for t in u.tokens))}
    out: list[Mention] = []
    local = {u: _single(body, tokens, index[u.tokens[0].start], named, gaz) for u in unknowns if len(u.tokens) == 1}
    by_word = _word_types([(fold(u.tokens[0].text), t) for u, t in local.items() if t is not None])
    for u in unknowns:
        span = run_span(body, u.tokens)
        if fold(span.text) in terms or (_quoted(body, span) and not _quoted_after_cue(body, u.tokens[0], gaz)):
            continue  # a defined term, or a quoted title of a work ("Cold Water Rising")
        role = u.role or _role_before_comma(body, tokens, index, u, gaz)
        kind: ActorType | None = "person" if id(u) in is_person or (role and not u.tokens[0].upper) else None
        if len(u.tokens) > 1 and kind is None and not u.tokens[0].shaky:
            kind = _by_head(u, gaz)
        if kind is None and u in local and not u.tokens[0].shaky:
            kind = local[u] or by_word.get(fold(span.text))
        if not u.role and (span.start, span.end) in hinted and not u.tokens[0].shaky:
            kind = hinted[(span.start, span.end)]
        if kind is not None:
            out.append(Mention(span, span.text, kind, role=role or _apposition_role(body, u.tokens[-1], gaz)))
    return out


def _unclaimed(body: str, tokens: tuple[Token, ...], hints: tuple[Hint, ...], found: list[Mention]) -> list[Mention]:
    """Statistical entities no rule saw, outside headings and clear of every mention found."""
    starts = {t.start: t for t in tokens}
    out: list[Mention] = []
    for h in hints:
        first = starts.get(h.start)
        if first is None or first.shaky or any(m.span.start < h.end and h.start < m.span.end for m in found):
            continue
        text = body[h.start : h.end]
        out.append(Mention(Span(h.start, h.end, text), text, h.type))
    return out


def _by_head(u: Unknown, gaz: Gazetteer) -> ActorType | None:
    """ "Mottram Hall" is a place by its last word, "Radio Wales" an organisation by its first."""
    if fold(u.tokens[-1].text) in gaz.words["place_suffixes"]:
        return "place"
    return "organization" if fold(u.tokens[0].text) in gaz.words["org_starts"] else None


def _word_types(evidence: list[tuple[str, ActorType]]) -> dict[str, ActorType]:
    """The type a lone word gets wherever it stands: the one its clearest contexts give most often."""
    counts: dict[str, Counter[ActorType]] = {}
    for word, kind in evidence:
        counts.setdefault(word, Counter())[kind] += 1
    return {w: c.most_common(1)[0][0] for w, c in sorted(counts.items())}


def _person_shaped(u: Unknown, gaz: Gazetteer) -> bool:
    """Two to four capitalised words, none an acronym, state, demonym, title or place word."""
    toks = u.tokens
    if not 2 <= len(toks) <= 4 or toks[0].shaky or u.article:
        return False
    for t in toks:
        word = fold(t.text)
        entry = gaz.lookup(t.text)
        if (
            t.upper
            or any(c.isdigit() for c in word)
            or word in gaz.demonyms
            or word in gaz.group_roots
            or word in gaz.words["titles"]
        ):
            return False
        if word in gaz.words["place_suffixes"] or (entry is not None and _is_place_name(entry)):
            return False
    return True


def _is_place_name(entry: Entry) -> bool:
    """A state, region, body or big city: no part of a person's name ("Radio Wales", "Manchester")."""
    return entry.type != "place" or entry.population == 0 or entry.population >= BIG_CITY


@lru_cache(maxsize=4)
def _lower_words(body: str) -> frozenset[str]:
    return frozenset(re.findall(r"\b[a-z][a-z'-]+\b", body))


def _name_like(
    tokens: tuple[Token, ...], index: dict[int, int], u: Unknown, lower: frozenset[str], gaz: Gazetteer
) -> bool:
    """Evidence that a capitalised run names a person: a title, a speech verb, or words that never
    occur in lower case and do not end like common nouns and adjectives ("Strategic Importance")."""
    if u.role:
        return True
    last = u.tokens[-1]
    n = index[last.start]
    if n + 1 < len(tokens) and fold(tokens[n + 1].text) in gaz.words["person_cues"]:
        return True
    if any(t.initial and t is not u.tokens[0] for t in u.tokens):
        return False  # a sentence starts inside: glued heading text
    return not any(t.text.lower() in lower or t.text.lower().endswith(NOUN_ENDINGS) for t in u.tokens)


def _name_parts(text: str) -> set[str]:
    words = [fold(w) for w in text.split()]
    return {words[0], words[-1]} if len(words) > 1 else set()


def _single(body: str, tokens: tuple[Token, ...], n: int, named: set[str], gaz: Gazetteer) -> ActorType | None:
    """Type a lone capitalised word from what surrounds it, or leave it out."""
    tok = tokens[n]
    if skeleton(tok.text) in named and not tok.upper:
        return "person"
    if tok.shaky or fold(tok.text) in gaz.demonyms or fold(tok.text) in gaz.group_roots:
        return None
    if tok.upper:
        ok = tok.text not in gaz.acronym_words and not tok.initial and len(tok.text.replace(".", "")) <= 6
        return "organization" if ok else None
    nxt = fold(tokens[n + 1].text) if n + 1 < len(tokens) and adjacent(body, tok, tokens[n + 1]) else ""
    prev = fold(tokens[n - 1].text) if n > 0 and adjacent(body, tokens[n - 1], tok) else ""
    prev2 = fold(tokens[n - 2].text) + " " + prev if n > 1 and adjacent(body, tokens[n - 2], tokens[n - 1]) else ""
    if tok.text in gaz.acronym_words:
        return None
    if _apposition_role(body, tok, gaz) or (prev in INVERTED_CUES and not tok.initial):
        return "person"  # "Dmitriev, a special envoy", "said Dmitriev"
    if nxt in gaz.words["person_cues"] and not tok.initial:
        return "organization"  # "Qantas said": a person would have been named in full before
    if prev in gaz.words["org_cues"] or (prev == "the" and nxt in gaz.words["org_cues"]):
        return "organization"
    if _quoted_after_cue(body, tok, gaz):
        return "organization"
    if (prev in gaz.words["unknown_place_cues"] or prev2 in gaz.words["unknown_place_cues"]) and not tok.initial:
        return "place"
    return None


def _apposition_role(body: str, tok: Token, gaz: Gazetteer) -> str | None:
    """ "Dmitriev, a special envoy for President Putin,": a title in apposition gives the role."""
    after = APPOSITION.match(body, tok.end)
    if after is None or not any(
        fold(w) in gaz.words["titles"] for w in after.group(1).split()[:APPOSITION_TITLE_WORDS]
    ):
        return None
    return after.group(1).strip()


def _role_before_comma(
    body: str, tokens: tuple[Token, ...], index: dict[int, int], u: Unknown, gaz: Gazetteer
) -> str | None:
    """ "Poland's Infrastructure Minister, Anna Rybak, said": a title, a comma, the name and a closing
    comma; the role is the title with the capitalised or title words joined to it before."""
    n = index[u.tokens[0].start] - 1
    if n < 0 or not COMMA_GAP.fullmatch(body, tokens[n].end, u.tokens[0].start):
        return None
    if body[u.tokens[-1].end : u.tokens[-1].end + 1] != "," or fold(tokens[n].text) not in gaz.words["titles"]:
        return None
    first = n
    while first > 0 and n - first < MAX_ROLE_WORDS and adjacent(body, tokens[first - 1], tokens[first], loose=True):
        word = fold(tokens[first - 1].text)
        title = word in gaz.words["titles"] or word in gaz.words["title_modifiers"]
        if not (title or (tokens[first - 1].cap and word not in gaz.words["not_names"])):
            break
        first -= 1
    return body[tokens[first].start : tokens[n].end]


def _quoted(body: str, span: Span) -> bool:
    """Does the run fill a pair of quotation marks? Then it is a title (a film, a song, a report)."""
    before = body[span.start - 1 : span.start]
    after = body[span.end : span.end + 2].lstrip(".,!?")[:1]
    return bool(before) and before in OPEN_QUOTES and bool(after) and after in CLOSE_QUOTES


def _quoted_after_cue(body: str, tok: Token, gaz: Gazetteer) -> bool:
    """'media outlet "Hromadske"': a quoted name right after an organisation cue word."""
    before = body[max(0, tok.start - 30) : tok.start].rstrip()
    if not before.endswith(('"', "“", "'", "‘")):
        return False
    words = before[:-1].split()
    return bool(words) and fold(words[-1]) in gaz.words["org_cues"]


def recover(body: str, tokens: tuple[Token, ...], found: list[Mention]) -> list[Mention]:
    """Other occurrences of names already found, whatever their case ("putin", "RUSSIA")."""
    forms: dict[str, Mention] = {}
    for m in sorted(found, key=lambda m: (m.in_role, m.span.start)):
        forms.setdefault(fold(m.span.text), m)
        if m.type == "person":
            for part in _name_parts(m.span.text):
                forms.setdefault(part, m)
    inside = _covered_starts(tokens, [m.span for m in found])  # a recovered span never covers a later token
    out: list[Mention] = []
    firsts = {f.split()[0] for f in forms if f}
    after = 0  # the end of the last recovered run
    for i in _candidates(tokens, firsts):
        if i < after or tokens[i].start in inside:
            continue
        j = _recovered_end(body, tokens, i, forms)
        if j > i and not any(t.start in inside for t in tokens[i:j]):
            span = run_span(body, tokens[i:j])
            m = forms[fold(span.text)]
            name = m.name if m.known else span.text
            out.append(Mention(span, name, m.type, link=m.link, media=m.media, known=m.known, reference=m.reference))
            after = j
    return out


def _candidates(tokens: tuple[Token, ...], firsts: set[str]) -> list[int]:
    """Indices of the tokens whose folded form starts a known form (``lower`` is ``fold`` for ASCII words)."""
    return [n for n, t in enumerate(tokens) if (t.text.lower() if t.text.isascii() else fold(t.text)) in firsts]


def _mostly_capitalised(body: str, text: str) -> bool:
    """A lower-case form is damage only if the name is mostly written with its capital."""
    found = re.findall(rf"\b{re.escape(text)}\b", body, flags=re.IGNORECASE)
    lower = sum(1 for f in found if f[0].islower())
    return lower * 2 <= len(found)


def _recovered_end(body: str, tokens: tuple[Token, ...], i: int, forms: dict[str, Mention]) -> int:
    for j in range(min(len(tokens), i + MAX_RECOVERED_WORDS), i, -1):
        if not joined(body, tokens[i:j]):
            continue
        text = fold(" ".join(t.text for t in tokens[i:j]))
        if text in forms and (tokens[i].cap or (len(text) > 3 and _mostly_capitalised(body, text))):
            return j
    return i
