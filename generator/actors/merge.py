"""Group one body's mentions into entities: full names, surnames and spelling variants together.

Known names (gazetteer, definitions in the text) already carry their canonical name. People are
clustered by surname: "Trump", "President Trump" and "Donald Trump" are one person, and so are the
transliterations "Zelenskyy", "Zelensky" and "Zelenskiy" (see ``skeleton``).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import cached_property, lru_cache

from ..model import ActorType, Span
from .gazetteer import fold
from .mentions import Mention

# Transliteration noise: y/i and doubled letters vary between sources; a final i/y too.
DOUBLES = re.compile(r"(.)\1+")


@lru_cache(maxsize=1 << 14)
def skeleton(word: str) -> str:
    """A spelling-insensitive key of a name word: Zelenskyy, Zelensky, Zelenskiy -> 'zelensk'."""
    w = re.sub(r"[^a-z]", "", fold(word)).replace("y", "i")
    return DOUBLES.sub(r"\1", w).rstrip("i") or w


@dataclass
class Cluster:
    """Mentions of one entity, and the full names seen for it (persons)."""

    mentions: list[Mention]
    names: list[list[str]]

    @cached_property
    def type(self) -> ActorType:
        """The type most known mentions give (read once the cluster is complete)."""
        known = [m.type for m in self.mentions if m.known] or [m.type for m in self.mentions]
        return Counter(known).most_common(1)[0][0]


def compatible(a: list[str], b: list[str]) -> bool:
    """Same surname, and first names that agree where both are given (initials allowed)."""
    if skeleton(a[-1]) != skeleton(b[-1]):
        return False
    if len(a) == 1 or len(b) == 1:
        return True
    fa, fb = fold(a[0]).rstrip("."), fold(b[0]).rstrip(".")
    return fa == fb or (min(len(fa), len(fb)) == 1 and fa[0] == fb[0]) or skeleton(fa) == skeleton(fb)


def _person_clusters(people: list[Mention]) -> list[Cluster]:
    clusters: list[Cluster] = []
    order = sorted(people, key=lambda m: (-len(m.span.text.split()), m.span.start))
    for m in order:
        words = m.span.text.split()
        if len(words) > 1:
            hit = next((c for c in clusters if any(compatible(words, n) for n in c.names)), None)
        else:
            hit = _single_home(words[0], clusters)
        if hit is None:
            clusters.append(Cluster([m], [words]))
        else:
            hit.mentions.append(m)
            if len(words) > 1:
                hit.names.append(words)
    return clusters


def _single_home(word: str, clusters: list[Cluster]) -> Cluster | None:
    """The cluster a lone name belongs to: by surname, else by the first word of one full name."""
    key = skeleton(word)
    by_last = [c for c in clusters if any(skeleton(n[-1]) == key for n in c.names)]
    if not by_last:
        by_last = [c for c in clusters if any(len(n) > 1 and skeleton(n[0]) == key for n in c.names)]
    if not by_last:
        return None
    return max(by_last, key=lambda c: (len(c.mentions), -c.mentions[0].span.start))


def join_split_names(body: str, mentions: list[Mention]) -> list[Mention]:
    """ "Donald" + "trump" read as two names when case was lost: one person mention."""
    out: list[Mention] = []
    for m in mentions:
        prev = out[-1] if out else None
        if (
            prev
            and prev.type == m.type == "person"
            and m.span.start == prev.span.end + 1
            and body[prev.span.end] == " "
            and m.span.text[0].islower()
        ):
            span = Span(prev.span.start, m.span.end, prev.span.text + " " + m.span.text)
            out[-1] = Mention(span, span.text, "person", role=prev.role or m.role)
        else:
            out.append(m)
    return out


def cluster(mentions: list[Mention]) -> list[Cluster]:
    """One cluster per entity, in order of first mention."""
    people = [m for m in mentions if m.type == "person" and not m.known]
    clusters = _person_clusters(people)
    by_name: dict[str, Cluster] = {}
    for m in mentions:
        if m.type == "person" and not m.known:
            continue
        key = fold(m.name)
        if key in by_name:
            by_name[key].mentions.append(m)
        else:
            by_name[key] = Cluster([m], [])
    out = clusters + list(by_name.values())
    for c in out:
        c.mentions.sort(key=lambda m: m.span.start)
    return sorted(out, key=lambda c: c.mentions[0].span.start)


def canonical_name(c: Cluster) -> str:
    """The fullest form: the known name, else the longest well-cased full name, most frequent first."""
    known = [m.name for m in c.mentions if m.known]
    if known:
        return Counter(known).most_common(1)[0][0]
    forms = Counter(" ".join(n) for n in c.names) or Counter(m.span.text for m in c.mentions)
    return max(forms, key=lambda f: (len(f.split()), _well_cased(f), forms[f], -len(f)))


def _well_cased(text: str) -> bool:
    return all(w[0].isupper() and not w.isupper() for w in text.split() if w[0].isalpha())
