"""Cut one raw line of a page dump into units: text, glued headings, list items, inline furniture.

Scraped pages often arrive flattened: a headline glued to the next sentence ("...of PokrovskTable of
Contents", or to a lower-case word: "...Ukraine Conflictthe ongoing war", see ``words``), "Did You Know?"
and "Pro Tip:" boxes, keyword lists and reader prompts inside one long line.
A line without any of those signs stays one unit (the fast path, which plain news text takes).
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass

from .furniture import (
    CAMEL_WORDS,
    IMAGE_RE,
    INLINE_RE,
    InlinePhrase,
    caption_credit,
    inline_matches,
    is_reader_prompt,
)
from .sentences import END_RE, is_boundary, looks_like_title, sentence_start_before, sentence_starts, title_score
from .words import CUT_LOWERCASE_GLUE, LOWER_GLUE_RE, glued_function_word

# A lower-case letter or ")" directly followed by a capitalised word ("PokrovskTable"), or an all-capitals
# heading glued to one ("NEWSThe"): a heading glued to the next text. The glue point is the match's start,
# the capital: a pattern that opens with the (rare) capital letters is scanned several times faster than one
# that opens with any letter.
GLUE_RE = re.compile(r"[A-Z](?:(?<=[a-z)][A-Z])(?=[a-z]|\.[A-Z])|(?<=[A-Z]{3})(?=[a-z]{2}))")
# "...Neutral Ground* Reduced Tensions": a heading glued to a bullet.
# (Both open with the star: a pattern that opens with a literal is scanned fast; a look-behind first is not.)
# A camel-case word after these is a social-media handle, a hashtag or a URL path, never glue.
HANDLE_MARKS = "@#/"
STAR_GLUE_RE = re.compile(r"\*(?<=[a-z)]\*)(?=\s)")
STAR_RE = re.compile(r"\*(?=\s+\S)")  # a bullet when it starts the line or follows a space (see _bullets)
META_PREFIX_RE = re.compile(
    r"^\s*(?:(?:published|updated|posted|last updated|first published|upload date|date created)(?: on)?\s*:?\s*"
    r"(?:\d{4}-\d{2}-\d{2}|[A-Z][a-z]+\.? \d{1,2},? \d{4}|\d{1,2} [A-Z][a-z]+\.? \d{4})"
    r"(?:[ T,]+\d{1,2}:\d{2}(?::\d{2})?(?:\s*[apAP]\.?[mM]\.?)?(?:\s*[A-Z]{2,4})?)?\s*\|?\s*)+",
    re.IGNORECASE,
)
# A relative clause marks a sentence, not a heading ("Tom Kenny, who provides the voice for ...").
CLAUSE = re.compile(r", (?:who|which|whose|where|when|while)\b")
# A run of names ("Ashdown, Griffin, De Zeeuw, ...") is a sentence listing people, not a heading.
LIST_COMMAS = 3
# A keyword list: at least this many short list items in a row.
KEYWORD_RUN = 3
KEYWORD_MAX_WORDS = 6
# Furniture at a line's end may follow a word directly ("... threatened by Newer Posts Adblock Detected |").
TAIL_WORDS = 3


@dataclass(frozen=True, slots=True)
class Unit:
    """A piece of a raw line: offsets into the line, a kind and, for furniture, a reason."""

    start: int
    end: int
    kind: str  # "line" (a whole ordinary line), "text", "heading", "list", "furniture", "meta"
    reason: str = ""


def needs_cutting(line: str) -> bool:
    """Whether a line shows any sign of flattening; most lines do not."""
    return bool(
        "![" in line
        or line.count(" * ") >= 2
        or META_PREFIX_RE.match(line)
        or GLUE_RE.search(line)
        or (len(line) > 30 and caption_credit(line) is not None)
        or (CUT_LOWERCASE_GLUE and any(_lower_glue(line, m) for m in LOWER_GLUE_RE.finditer(line)))
    )


def _lower_glue(line: str, m: re.Match[str]) -> bool:
    """A match of ``LOWER_GLUE_RE`` is a common word glued to a function word ("Conflictthe"), and such glue
    is cut (``words.CUT_LOWERCASE_GLUE``)."""
    return CUT_LOWERCASE_GLUE and glued_function_word(line[m.start() : m.start(2)], line[m.start() : m.end()])


def segment(line: str, names: CamelNames | None = None) -> list[Unit]:
    """The units of one raw line, in order, covering its non-space text.

    ``names`` looks camel-case words up in the whole page: one it uses twice ("WorldCom") is a name, not glue.
    """
    inline = inline_matches(line)
    if not (inline or needs_cutting(line)):
        return [Unit(0, len(line), "line")]
    names = names if names is not None else CamelNames(line)
    fixed = _fixed_units(line, inline)
    units: list[Unit] = []
    pos = 0
    for i, f in enumerate(fixed):
        if f.start > pos:
            before_toc = f.reason == "toc"
            units.extend(_text_region(line, pos, f.start, before_toc, names))
        units.append(f)
        pos = f.end
        del i
    if pos < len(line):
        units.extend(_text_region(line, pos, len(line), False, names))
    units = _keyword_runs(line, _prompts(line, [u for u in units if line[u.start : u.end].strip()]))
    if (
        len(units) == 1
        and units[0].kind == "text"
        and not line[: units[0].start].strip() + line[units[0].end :].strip()
    ):
        return [Unit(0, len(line), "line")]  # nothing was cut off: classify it as a whole line
    return units


class CamelNames:
    """Camel-case words used at least twice in the page, looked up on demand."""

    def __init__(self, page: str) -> None:
        self.page = page
        self.seen: dict[str, bool] = {}

    def __contains__(self, token: str) -> bool:
        if token not in self.seen:
            first = self.page.find(token)  # (two finds stop early; a count reads the whole page)
            self.seen[token] = first >= 0 and self.page.find(token, first + len(token)) >= 0
        return self.seen[token]


def _fixed_units(line: str, inline: list[tuple[int, int, InlinePhrase]]) -> list[Unit]:
    """Inline furniture, images and a leading "Published: ..." line: units whose extent is known."""
    out: list[Unit] = []
    m = META_PREFIX_RE.match(line)
    if m and m.end() > 0:
        out.append(Unit(m.start(), m.end(), "meta", "published"))
    for m in IMAGE_RE.finditer(line):
        out.append(Unit(m.start(), m.end(), "furniture", "caption"))
    for start, stop, phrase in inline:
        if not _marker_position_ok(line, start, stop):
            continue
        out.append(Unit(start, _marker_end(line, stop, phrase.span), "furniture", phrase.reason))
    out.sort(key=lambda u: (u.start, -u.end))
    kept: list[Unit] = []
    for u in out:
        if kept and u.start < kept[-1].end:
            continue
        kept.append(u)
    return kept


def _marker_position_ok(line: str, start: int, end: int) -> bool:
    """At a line or sentence start, glued to the previous word, or closing the line."""
    head = line[:start].rstrip()
    if not head or head[-1] in '.!?:|*)"”':
        return True
    if start > 0 and not line[start - 1].isspace():
        return True  # glued: "...continuesTable of Contents"
    rest = INLINE_RE.sub(" ", line[end:])
    return len(rest.split()) <= TAIL_WORDS and len(line) - start < 120


def _marker_end(line: str, end: int, span: str) -> int:
    if span == "rest":
        return len(line)
    if span == "label":
        while end < len(line) and line[end] in " |:":
            end += 1
        return end
    for m in END_RE.finditer(line, end):
        if is_boundary(line, m):
            return m.end()
    return len(line)


def _text_region(line: str, a: int, b: int, before_toc: bool, names: CamelNames) -> list[Unit]:
    """Units of running text between two fixed units: list items, glued headings, sentences."""
    pieces = _bullet_pieces(line, a, b)
    units: list[Unit] = []
    for j, (start, end, kind) in enumerate(pieces):
        last = j == len(pieces) - 1
        units.extend(_glued(line, start, end, kind, before_toc and last and kind != "list", names))
    return units


def _bullet_pieces(line: str, a: int, b: int) -> list[tuple[int, int, str]]:
    if "*" not in line[a:b]:
        return [(a, b, "text")]
    starts = [m.start() for m in STAR_RE.finditer(line, a, b) if m.start() == 0 or line[m.start() - 1].isspace()]
    starts += [m.start() for m in STAR_GLUE_RE.finditer(line, a, b)]
    starts.sort()
    if len(starts) < 2 and not (starts and not line[a : starts[0]].strip()):
        return [(a, b, "text")]
    out: list[tuple[int, int, str]] = []
    if line[a : starts[0]].strip():
        out.append((a, starts[0], "text"))
    for i, s in enumerate(starts):
        out.append((s, starts[i + 1] if i + 1 < len(starts) else b, "list"))
    return out


def _glue_points(line: str, a: int, b: int) -> list[tuple[int, str]]:
    """Candidate glue points with the camel-case token they cut ("" for a star)."""
    points: list[tuple[int, str]] = []
    for m in GLUE_RE.finditer(line, a, b):
        g = m.start()
        left = g
        while left > a and line[left - 1].isalpha():
            left -= 1
        right = g
        while right < b and line[right].isalpha():
            right += 1
        right += right < b and line[right] == "’"
        camel = right < b and line[right].isupper()  # "LeidenAsiaCentre": one name in camel case
        handle = left > 0 and line[left - 1] in HANDLE_MARKS  # "@JaneRoe", "#BlackFriday", "/NewsRoom"
        token = line[left:right]
        if (line[g - 1].isalpha() and g - left <= 2) or camel or handle or token in CAMEL_WORDS:
            continue
        points.append((g, token))
    if CUT_LOWERCASE_GLUE:
        points += [(m.start(2), m.group(0)) for m in LOWER_GLUE_RE.finditer(line, a, b) if _lower_glue(line, m)]
    if "*" in line[a:b]:
        points += [(m.start(), "") for m in STAR_GLUE_RE.finditer(line, a, b)]
    return sorted(points)


def _glued(line: str, a: int, b: int, kind: str, heading_at_end: bool, names: CamelNames) -> list[Unit]:
    """Split headings glued to the following text out of one piece."""
    points = [(g, token) for g, token in _glue_points(line, a, b) if g > a]
    if heading_at_end and b > a:
        points.append((b, ""))
    if not points:
        return [Unit(a, b, kind)]
    starts = sentence_starts(line, a, b)
    units: list[Unit] = []
    pos = a
    for g, token in points:
        h = max(sentence_start_before(starts, g), pos)
        h = _skip_bullet(line, h, g)
        head = line[h:g].strip()
        ok = looks_like_title(head, min_words=3) and not CLAUSE.search(head) and head.count(",") < LIST_COMMAS
        if not ok and g == b and heading_at_end:
            h = _title_suffix(line, h, g)
            ok = h >= 0
        if not ok or (g < b and _too_short_after(line, g, b)) or (token and token in names):
            continue
        if h > pos:
            units.append(Unit(pos, h, kind))
        units.append(Unit(h, g, "heading", "glued"))
        pos = g
        kind = "text"  # what follows a heading is running text, even inside a list item
    if pos < b:
        units.append(Unit(pos, b, kind))
    return units


# A glued heading is followed by a sentence; a camel-case word in a headline ("GameBoy 'blip-pop'") is not.
MIN_WORDS_AFTER_GLUE = 4


def _too_short_after(line: str, g: int, b: int) -> bool:
    stop = min(b, g + 200)  # four words are well within this
    starts = sentence_starts(line, g, stop)
    end = starts[1] if len(starts) > 1 else stop
    return len(line[g:end].split()) < MIN_WORDS_AFTER_GLUE and line[g:b].rstrip()[-1:] not in ".!?"


def _skip_bullet(line: str, h: int, g: int) -> int:
    while h < g and line[h] in "* \t":
        h += 1
    return h


def _title_suffix(line: str, a: int, b: int) -> int:
    """The start of the most title-like tail of ``line[a:b]`` (a headline glued after a cut-off text), or -1."""
    best, best_score = -1, 1
    for m in re.finditer(r"(?:(?<=\s)|^)[A-Z]", line[a:b]):
        s = a + m.start()
        text = line[s:b]
        cap, low = title_score(text)
        if len(text.split()) >= 3 and cap - low > best_score and looks_like_title(text, 3):
            best, best_score = s, cap - low
    return best


def _prompts(line: str, units: list[Unit]) -> list[Unit]:
    """Reader prompts and the questions around them; text sandwiched between two pieces of furniture."""
    out: list[Unit] = []
    for u in units:
        if u.kind not in ("text", "line"):
            out.append(u)
            continue
        out.extend(_sentence_units(line, u))
    return _sandwich(line, out)


def _sentence_units(line: str, u: Unit) -> list[Unit]:
    starts = [*sentence_starts(line, u.start, u.end), u.end]
    out: list[Unit] = []
    prompt_before = False
    for s, e in itertools.pairwise(starts):
        sent = line[s:e].strip()
        question = sent.endswith("?")
        if is_reader_prompt(sent) or (prompt_before and question):
            out.append(Unit(s, e, "furniture", "reader-prompt"))
            prompt_before = True
            continue
        prompt_before = False
        credit = caption_credit(sent) if e == u.end and s > u.start else None
        if credit == 0:
            out.append(Unit(s, e, "furniture", "caption"))
            continue
        if credit is not None:
            cut = s + (len(line[s:e]) - len(line[s:e].lstrip())) + credit
            out.append(Unit(s, cut, u.kind))
            out.append(Unit(cut, e, "furniture", "caption"))
            continue
        if out and out[-1].kind == u.kind and out[-1].end == s:
            out[-1] = Unit(out[-1].start, e, u.kind)
        else:
            out.append(Unit(s, e, u.kind))
    return out


# Furniture whose box goes on after its first sentence (a tip is often two sentences long).
SANDWICH_REASONS = ("callout", "seo", "keywords", "share", "pagination")
SANDWICH_MAX_WORDS = 40


def _sandwich(line: str, units: list[Unit]) -> list[Unit]:
    out = list(units)
    for i in range(1, len(out) - 1):
        prev, cur, nxt = out[i - 1], out[i], out[i + 1]
        if cur.kind not in ("text", "line") or prev.kind != "furniture" or nxt.kind != "furniture":
            continue
        label_only = line[prev.start : prev.end].strip().endswith("?")
        if prev.reason in SANDWICH_REASONS and not label_only and len(line[cur.start : cur.end].split()) <= 40:
            out[i] = Unit(cur.start, cur.end, "furniture", prev.reason)
    return out


def _keyword_runs(line: str, units: list[Unit]) -> list[Unit]:
    """Runs of short title-case list items ("* Trump Putin Summit * Hungary Diplomacy ...") are keywords."""
    out: list[Unit] = []
    i = 0
    while i < len(units):
        j = i
        while j < len(units) and units[j].kind == "list" and _keyword_like(line[units[j].start : units[j].end]):
            j += 1
        if j - i >= KEYWORD_RUN:
            out.extend(Unit(u.start, u.end, "furniture", "keywords") for u in units[i:j])
            longest = max(len(line[u.start : u.end].split()) for u in units[i:j])
            if j < len(units) and units[j].kind in ("list", "heading"):
                out.extend(_split_glued_title(line, units[j], longest))
                j += 1
            i = j
            continue
        out.append(units[i])
        i += 1
    return out


def _keyword_like(text: str) -> bool:
    words = text.strip(" *").split()
    if not 1 <= len(words) <= KEYWORD_MAX_WORDS or text.rstrip()[-1:] in ".!?:;,":
        return False
    cap, low = title_score(text)
    return cap >= 1 and low <= 1


def _split_glued_title(line: str, u: Unit, longest: int) -> list[Unit]:
    """A keyword item that runs on into a headline: its first words are a keyword, the rest the headline."""
    text = line[u.start : u.end]
    words = list(re.finditer(r"\S+", text))
    if len(words) <= longest + 2 or not looks_like_title(text.strip(" *"), 3, 40):
        return [u]
    cut = u.start + words[longest].start()
    return [Unit(u.start, cut, "furniture", "keywords"), Unit(cut, u.end, "heading", "glued")]
