"""Character-level repairs that invent no text: mojibake, lost dashes, missing spaces, lower-cased names.

Each repair is recorded as a ``Repair`` so the caveats can cite it. The repaired text becomes the
article body; the raw text stays on the block.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Iterator

import ftfy

from ..model import Repair
from .sentences import STOP_WORDS

# Characters that only appear in text decoded with the wrong code page (UTF-8 read as cp1252/latin-1).
MOJIBAKE_HINT = re.compile("[ÃÂâ€Ð][\u0080-\u00bf\u2018-\u203a]|\ufffd|â€")
# "Russia ? Ukraine's": a dash lost in transcoding reads as a spaced question mark inside a sentence.
MOJIBAKE_CHARS = "ÃÂâÐ\ufffd"  # every MOJIBAKE_HINT match holds one of these: a cheap test first
LOST_DASH = re.compile(r"(?<=\w) \? (?=[\w\"“‘'])")
# "war.the battle", "Oblast,served": sentence punctuation directly followed by a word.
MISSING_SPACE_STOP = re.compile(r"([.!?])(?<=[a-z]{3}[.!?])(?=([a-z]+)\b)")
MISSING_SPACE_CAP = re.compile(r"([.!?])(?<=[a-z]{2}[.!?])(?=[A-Z][a-z])")
MISSING_SPACE_COMMA = re.compile(r"([,;])(?<=[A-Za-z]{2}[,;])(?=[A-Za-z]{2})")
# (Each opens with the punctuation, the rarest character of a match: the scan runs several times faster.)
ANY_MISSING_SPACE = re.compile(r"[.!?,;](?<=[a-z][.!?,;])(?=[A-Za-z])")
URLISH = re.compile(r"\S*(?:https?://|www\.|@|\.(?:com|org|net|gov|edu|co|kr|uk|html?|pdf)\b)\S*", re.IGNORECASE)
# Sentence starters after which a glued full stop is surely a sentence end ("war.the battle").
SENTENCE_STARTERS = frozenset(
    [
        "the",
        "a",
        "an",
        "this",
        "that",
        "these",
        "those",
        "it",
        "its",
        "he",
        "she",
        "they",
        "we",
        "in",
        "on",
        "at",
        "as",
        "but",
        "and",
        "yet",
        "so",
    ]
)
FTFY_CONFIG = ftfy.TextFixerConfig(
    uncurl_quotes=False, fix_character_width=False, fix_latin_ligatures=False, normalization=None, explain=False
)
# A lower-cased name is restored only when the capitalised form is this common inside sentences ...
NAME_MIN_CAPITALISED = 3
# ... and this many times more common than the lower-case form.
NAME_RATIO = 4
LETTERS = re.compile(r"[^\W\d_]+")  # "zelenskyy’s" -> "zelenskyy", "s"
# A capitalised word of four letters or more ("Pokrovsk"); the character class first lets the scan run fast.
CAPITALISED = re.compile(r"[A-Z](?<![A-Za-z][A-Z])[a-z]{3,}(?![A-Za-z])")
# The word before a position and the gap after it, matched on the reversed window (a search anchored at
# the end would retry every start).
PREV_WORD_REVERSED = re.compile(r"([^A-Za-z]*)([A-Za-z]+)")
PREV_WINDOW = 40
ASCII_LETTERS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")
NEXT_WORD = re.compile(r"[^A-Za-z\n]{0,3}([A-Za-z]+)")
SENTENCE_GAP = re.compile(r"[.!?:\n]")
DETERMINERS = frozenset(
    [
        "the",
        "a",
        "an",
        "this",
        "that",
        "these",
        "those",
        "his",
        "her",
        "its",
        "their",
        "our",
        "my",
        "your",
        "some",
        "any",
        "every",
        "no",
    ]
)
# Plurals, participles and adverbs are common words, not names ("awards", "nations").
COMMON_ENDING = re.compile(r"(?:[^s]s|ing|ed|ly|tion|ment|ness)$")
# Titles and institutions are capitalised before a name ("Former President X") but are not names.
TITLE_WORDS = frozenset(
    [
        "president",
        "minister",
        "secretary",
        "senator",
        "governor",
        "general",
        "former",
        "prime",
        "chancellor",
        "king",
        "queen",
        "prince",
        "princess",
        "pope",
        "party",
        "state",
        "house",
        "court",
        "army",
        "republic",
        "government",
        "council",
        "ministry",
        "department",
        "union",
        "church",
        "university",
        "street",
        "river",
        "city",
        "county",
        "province",
        "region",
        "north",
        "south",
        "east",
        "west",
        "northern",
        "southern",
        "eastern",
        "western",
        "central",
        "federal",
        "national",
        "international",
        "deputy",
        "chief",
        "vice",
        "acting",
    ]
)


def repair_line(text: str, line: int) -> tuple[str, list[Repair]]:
    """Repair one unit of text; return the text and the repairs made."""
    repairs: list[Repair] = []
    if any(c in text for c in MOJIBAKE_CHARS) and MOJIBAKE_HINT.search(text):
        fixed = ftfy.fix_text(text, FTFY_CONFIG)
        if fixed != text:
            repairs.append(Repair("mojibake", text[:80], fixed[:80], line))
            text = fixed
    if " ? " in text:
        text = _sub(LOST_DASH, lambda m: " – ", text, "lost-dash", line, repairs)
    if "." in text or "," in text or "!" in text or "?" in text or ";" in text:
        text = _missing_spaces(text, line, repairs)
    return text, repairs


def _sub(
    pattern: re.Pattern[str],
    repl: object,
    text: str,
    kind: str,
    line: int,
    repairs: list[Repair],
    *,
    guard: bool = True,
) -> str:
    out: list[str] = []
    pos = 0
    for m in pattern.finditer(text):
        new = repl(m)  # type: ignore[operator]
        if new is None:
            continue
        out.append(text[pos : m.start()])
        out.append(new)
        pos = m.end()
        a, b = max(0, m.start() - 15), min(len(text), m.end() + 15)
        repairs.append(Repair(kind, text[a:b], text[a : m.start()] + new + text[m.end() : b], line))  # type: ignore[arg-type]
    if not out:
        return text
    out.append(text[pos:])
    return "".join(out)


def _missing_spaces(text: str, line: int, repairs: list[Repair]) -> str:
    if not ANY_MISSING_SPACE.search(text):
        return text

    def outside(pos: int) -> bool:
        a = text.rfind(" ", 0, pos) + 1
        b = text.find(" ", pos)
        return URLISH.fullmatch(text[a : b if b >= 0 else len(text)]) is None

    def stop(m: re.Match[str]) -> str | None:
        return m.group(1) + " " if m.group(2) in SENTENCE_STARTERS and outside(m.start()) else None

    def cap(m: re.Match[str]) -> str | None:
        return m.group(1) + " " if outside(m.start()) else None

    text = _sub(MISSING_SPACE_STOP, stop, text, "missing-space", line, repairs)
    text = _sub(MISSING_SPACE_CAP, cap, text, "missing-space", line, repairs)
    return _sub(MISSING_SPACE_COMMA, cap, text, "missing-space", line, repairs)


def name_case_map(texts: Iterable[str]) -> dict[str, str]:
    """Lower-case words to restore: names the same file writes capitalised inside sentences."""
    joined = "\n".join(texts)
    capitals = Counter(CAPITALISED.findall(joined))  # one pass; _lower_count counts the few candidates
    out: dict[str, str] = {}
    for word, total in sorted(capitals.items()):
        if total < NAME_MIN_CAPITALISED:
            continue
        low = word.lower()
        if total < NAME_RATIO or low in STOP_WORDS or low in TITLE_WORDS or COMMON_ENDING.search(low):
            continue
        n_low, bare = _lower_count(joined, low, total // NAME_RATIO)
        if not n_low or not bare or total < NAME_RATIO * n_low:
            continue
        if _standalone_count(joined, word, NAME_RATIO * n_low) >= NAME_RATIO * n_low:
            out[low] = word
    return out


def _occurrences(text: str, word: str) -> Iterator[int]:
    """Offsets where ``word`` stands as a whole word (str.find: much faster than a pattern per word)."""
    i = text.find(word)
    while i >= 0:
        end = i + len(word)
        if not (i and text[i - 1].isalpha()) and not (end < len(text) and text[end] in ASCII_LETTERS):
            yield i
        i = text.find(word, end)


def _prev_word(text: str, pos: int) -> tuple[str, str] | None:
    """The word before ``pos`` (within ``PREV_WINDOW`` characters) and the gap after it, or None."""
    m = PREV_WORD_REVERSED.match(text[max(0, pos - PREV_WINDOW) : pos][::-1])
    return (m.group(2)[::-1], m.group(1)[::-1]) if m else None


def _lower_count(text: str, low: str, limit: int) -> tuple[int, bool]:
    """How often ``low`` stands lower-cased (counting stops past ``limit``), and whether once not after a
    determiner ("the president")."""
    n, bare = 0, False
    for i in _occurrences(text, low):
        n += 1
        if n > limit:
            break
        if not bare:
            before = _prev_word(text, i)
            bare = before is None or before[0].lower() not in DETERMINERS
    return n, bare


def _standalone_count(text: str, word: str, enough: int) -> int:
    """Occurrences of ``word`` inside sentences, not next to another capitalised word; stops at ``enough``."""
    need = max(enough, NAME_MIN_CAPITALISED)
    n = 0
    for i in _occurrences(text, word):
        before = _prev_word(text, i)
        if before is None or SENTENCE_GAP.search(before[1]):
            continue
        prev = before[0]
        after = NEXT_WORD.match(text, i + len(word))
        nxt = after.group(1) if after else ""
        if prev.lower() in DETERMINERS or prev[:1].isupper() or nxt[:1].isupper():
            continue  # "the Former", "World Bank": not a name standing alone
        n += 1
        if n >= need:
            break
    return n


def restore_names(text: str, names: dict[str, str], line: int) -> tuple[str, list[Repair]]:
    """Capitalise the words of ``names`` where the text has them lower-cased (not after "the")."""
    if not names:
        return text, []
    if not any(w in text for w in names):
        return text, []
    repairs: list[Repair] = []
    out: list[str] = []
    pos = 0
    prev = ""
    for m in LETTERS.finditer(text):
        w = m.group(0)
        fixed = names.get(w)
        if fixed and prev.lower() not in DETERMINERS:
            out.append(text[pos : m.start()])
            out.append(fixed)
            pos = m.end()
            repairs.append(Repair("lowercase-name", w, fixed, line))
        prev = w
    if not out:
        return text, []
    out.append(text[pos:])
    return "".join(out), repairs
