"""What a rule knows when it normalises an expression: the anchor, the date in context and the tense."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from .anchor import Point
from .lexicon import (
    FUTURE_CUES,
    IRREGULAR_PAST,
    MONTH_ABBREVIATIONS,
    MONTHS,
    NUMBER_WORDS,
    PAST_CUES,
    PROGRESSIVE_AUXILIARIES,
    PROGRESSIVE_SCHEDULED,
    PRONOUNS,
    SCHEDULED_PRESENT,
    VERB_ONLY_CUES,
    WEEKDAYS,
)

TENSE_WINDOW = 140  # characters each side of an expression searched for tense cues: about a clause
PLUPERFECT_REACH = 6  # words before an expression in which "had" makes the clause past
# A full stop (not the point of "2.4%"), or a quote's edge: a quote has its own tense.
CLAUSE_BREAK = re.compile(r"\.(?!\d)|[;!?\n]|''|``|[\"\u201c\u201d]")
# A full stop after these (or after one letter: "U.S.", "a.m.", "J.") abbreviates; it ends no clause.
ABBREVIATIONS = frozenset(
    ["mr", "mrs", "ms", "dr", "st", "vs", "jr", "sr", "co", "inc", "corp", "ltd", "gen", "gov", "sen", "rep",
     "mt", "ft", "prof", "lt", "col", "capt", "sgt", "adm", "rev", "messrs", "jan", "feb", "mar", "apr", "jun",
     "jul", "aug", "sep", "sept", "oct", "nov", "dec"]
)  # fmt: skip
ABBREVIATED = re.compile(r"(?:^|[^A-Za-z])([A-Za-z]+)$")
# Words before "to" whose infinitive lies ahead: "an agreement to acquire the bank in January".
FORWARD_TO = frozenset(
    ["agreement", "agreed", "agree", "agrees", "deal", "offer", "offered", "offers", "bid", "proposal", "proposed",
     "proposes", "decision", "decided", "decides", "promised", "promises", "pledged", "pledges", "vowed", "vows",
     "voted", "votes", "intention", "approval", "approved", "approves", "authorized", "authorised", "bailed",
     "remanded", "forecast", "predicted", "projected", "tipped", "invited", "summoned"]
)  # fmt: skip
# Verbs that move an event to a new date: the date after "postponed to" lies ahead of the decision.
RESCHEDULED = frozenset(
    ["rescheduled", "postponed", "delayed", "deferred", "adjourned", "moved", "pushed", "brought", "put", "shifted",
     "rearranged", "switched"]
)  # fmt: skip
OBJECT_DETERMINERS = frozenset(["the", "its", "his", "her", "their"])  # "adjourned the session till Sunday"
RUNS_UNTIL = frozenset(["runs", "run", "running", "continues", "continue", "lasts", "last", "remains", "stays"])
RANKS = frozenset(["first", "last", "latest", "only"])  # "the first woman to be elected", "the last ... to be"
# Participles of arranged events: "to be held on Saturday" lies ahead.
SCHEDULED_PASSIVE = frozenset(
    ["held", "played", "staged", "launched", "opened", "released", "signed", "unveiled", "published", "completed",
     "heard", "sentenced", "buried", "inaugurated", "sworn", "tabled", "debated", "presented", "submitted",
     "delivered", "introduced", "finalised", "finalized", "announced", "decided", "named", "elected", "screened",
     "broadcast", "aired", "tested", "implemented", "enforced", "conducted", "organised", "organized", "hosted"]
)  # fmt: skip
# Irregular past participles: "has become", "have taken" (a present perfect) read as past.
PARTICIPLES = frozenset(
    ["become", "taken", "given", "gone", "seen", "done", "shown", "grown", "fallen", "risen", "begun", "written",
     "come", "run", "drawn", "known", "thrown", "chosen", "spoken", "broken", "driven", "flown", "hidden",
     "stolen", "sworn", "beaten", "won", "lost", "made", "paid", "sold", "held", "left", "led", "spent", "sent",
     "struck", "brought", "bought", "fought", "caught", "taught", "thought", "told", "said", "put", "set", "cut",
     "hit", "quit", "let", "shut", "built", "meant", "kept", "slept", "dealt", "felt", "found", "got", "gotten"]
)  # fmt: skip
# Words before an "-ed" word that make it an adjective: "a still unspecified date", "the newly elected".
DETERMINERS = frozenset(["a", "an", "the", "this", "that", "its", "their", "his", "her", "our", "your", "these"])
# A speech tag closing the expression's clause, at most 40 characters on: "in November, said Mr Richards",
# ", he added", ", the firm said". Its tense is the telling's, not the event's; the clause is cut at its comma.
REPORTING_TAG = re.compile(
    r"[^,]{0,40}?(?P<comma>,)\s*(?:(?:he|she|they|it|we|I|(?:the\s+)?[A-Za-z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3})\s+)?"
    r"(?:said|says|told|added|announced|reported|insisted|explained)\b"
)
WORD = re.compile(r"[a-z']+")
CASED_WORD = re.compile(r"[A-Za-z']+(?:-[A-Za-z']+)*")  # "long-awaited" is one word: an adjective, no verb


@dataclass(frozen=True, slots=True)
class Context:
    """The reading state at one expression; ``ref`` and ``quarter`` are the latest ones mentioned before it."""

    text: str
    anchor: Point | None
    ref: Point | None = None
    quarter: Point | None = None
    direction: int = 0  # tense of the clause: -1 past, +1 future, 0 unknown
    probe: bool = False  # finding candidates, before the date in context is known
    clock: tuple[int, str] | None = None  # where the latest clock time with its day ended, and its value

    @property
    def base(self) -> Point | None:
        """The date that ``earlier``/``later``/``the following year`` count from."""
        return self.ref or self.anchor


def tense(text: str, start: int, end: int) -> int:
    """-1 when the clause around text[start:end] reads as past, +1 as future, 0 when it does not say.

    The cue nearest the expression decides. A past participle ("-ed") counts only before it, since after
    it it is as often an adjective ("the rights, which expire Nov. 21, can be exercised"), and not after
    "be" ("will be named in December" is a passive future). Nouns that double as cues count only as verbs:
    "plans to" is future, "the plan" is not.
    """
    left = text[max(0, start - TENSE_WINDOW) : start]
    right = text[end : end + TENSE_WINDOW]
    after_stop = CAPITALISED_AFTER.match(text, end) if text[end - 1 : end] == "." else None
    if after_stop is not None and after_stop[1].lower() not in CLOCK_NAMES:
        right = ""  # "a news conference at 2 p.m. Police said ...": the expression's full stop ends its sentence
    cut = [m.end() for m in CLAUSE_BREAK.finditer(left) if not abbreviation(left, m.start())]
    left = left[cut[-1] :] if cut else left
    stop = next((m for m in CLAUSE_BREAK.finditer(right) if not abbreviation(right, m.start())), None)
    right = right[: stop.start()] if stop else right
    tag = REPORTING_TAG.match(right)
    right = right[: tag.start("comma")] if tag else right  # "will open in November, said Mr Richards"
    before = words_of(left)[::-1]
    after = coordinated(words_of(right))
    possessive = right[:2] in ("'s", "’s")  # "promised to complain about Wednesday's loss": the noun's date
    if possessive and (own := noun_verb(text, end)):
        return own  # "this weekend's powerful earthquake killed 20": the noun's own verb
    opening = len(before) <= 1  # "In March, the firm received": the verb after a clause-opening date is its own
    reading = before[::-1]  # the left words in reading order, for a cue's neighbours
    if (
        not opening  # so there are at least two words before the date
        and reading[0] in FRONTING_WORDS
        and (cut or start <= TENSE_WINDOW)
        and "," in right
        and any(w == "had" or w in IRREGULAR_PAST or regular_past(w) for w in after)  # what opening changes
    ):
        # "In referring to Brando's death on 1 July, the jury concluded": a fronted phrase takes the main clause's
        opening = not any(cue_of(w, reading, j, True) for j, w in enumerate(reading))
    if "had" in before[:PLUPERFECT_REACH] or (opening and "had" in after[:PLUPERFECT_REACH]):
        return -1  # "had been due to expire Friday", "Until Thursday, they had not": a plan in the past is past
    # Nearest cue first, a word after the expression counting as twice as far: the verb that governs a date
    # mostly comes before it ("signed a contract on Thursday, securing his future until 2008").
    order = sorted([(i, 0, i) for i in range(len(before))] + [(2 * i + 1, 1, i) for i in range(len(after))])
    for _, after_it, i in order:
        if after_it:
            cue = cue_of(after[i], after, i, False, opening)
        else:
            cue = cue_of(before[i], reading, len(before) - 1 - i, True, opening, possessive)
            if cue < 0 and participle_after_will(before, i):
                return 1  # "will unveil plans aimed at kickstarting the economy on Thursday"
        if cue:
            return cue
    verb, line_end = headline_future(text)
    if verb <= start < line_end:
        return 1  # a headline's infinitive after its subject: "Kenya to know court decision on Saturday"
    if possible_ahead(text, start, end):
        return 1  # "the storm could hit the coast Tuesday", in a sentence that tells nothing past
    return 0


# A headline's "to" + verb straight after its subject (capitalised words): news headlines write the future so
# ("US to resume Doha talks on Saturday"); not "Tributes paid to teenager", "Police appeal to public".
HEADLINE_TO = re.compile(r"\s*[A-Z][\w'’.-]*(?:,?\s+[A-Z][\w'’.-]*){0,3}\s+to\s+(?!the\b|a\b|an\b)[a-z]{2,}\b")


@functools.lru_cache(maxsize=4)
def headline_future(text: str) -> tuple[int, int]:
    """Where the verb after "to" starts and where the first line ends, when the text opens with a headline in the
    "X to do Y" future ("A November to remember" has its date before the verb); else (-1, -1)."""
    cut = text.find("\n")
    first = text[: cut if cut >= 0 else 0].rstrip()
    if not 0 < len(first) <= 120 or first.endswith((".", ":", ";", ",")) or re.search(r"\bafter\b", first, re.I):
        return -1, -1
    m = HEADLINE_TO.match(first)
    return (m.end(), len(first)) if m else (-1, -1)


# "could/might" + a verb: ahead only when nothing in the sentence is told in the past ("Fans could buy tickets on
# Monday, but the site crashed" is the past of "can").
MAY_AHEAD = re.compile(
    r"\b(?:could|might)\s+(?!(?:not|n't|have|be|only|barely|hardly|never|scarcely|see|hear|feel"
    r"|smell|do|no|nothing|still|also|well|finally|ever)\b)[a-z]+",
    re.I,
)


def possible_ahead(text: str, start: int, end: int) -> bool:
    """Whether "could/might" + a verb in the expression's sentence points ahead: no word there is past."""
    lo = max(0, start - TENSE_WINDOW)
    window = text[lo : end + TENSE_WINDOW].lower()
    if "could" not in window and "might" not in window:
        return False  # the common case, cheaply
    cuts = [m.end() for m in SENTENCE_STOP.finditer(text, lo, start) if not abbreviation(text, m.start())]
    lo = cuts[-1] if cuts else lo
    stop = next((m.start() for m in SENTENCE_STOP.finditer(text, end, end + TENSE_WINDOW)), end + TENSE_WINDOW)
    sentence = text[lo:stop]
    if not MAY_AHEAD.search(text, lo, stop):
        return False
    words = words_of(sentence)
    return not any(
        w in ("was", "were", "had", "did") or w in PAST_CUES or w in IRREGULAR_PAST or (regular_past(w) and w.islower())
        for w in words
    )


SENTENCE_STOP = re.compile(r"[.!?;\n]")


def noun_verb(text: str, end: int) -> int:
    """The tense of the verb right after a possessive date's noun phrase ("Saturday's quake killed", "Friday's
    match will decide"): -1, +1, or 0 when no verb follows within four words."""
    words = words_of(re.split(r"[\n,.;:!?()\"“”]", text[end + 2 : end + 2 + 48], maxsplit=1)[0])[:5]
    for k in range(1, len(words)):
        if words[k] in CLAUSE_OPENERS:
            return 0
        cue = cue_of(words[k], words, k, True, True)
        if cue:
            return cue
    return 0


# Words that open a new clause between "will" and a later "-ed" word: "will say he resigned on Friday".
CLAUSE_OPENERS = frozenset(
    ["that", "who", "which", "whom", "whose", "when", "after", "before", "because", "since", "as", "while", "where",
     "if", "and", "but", "said", "says", "say", "told", "tell", "he", "she", "they", "it", "we", "i", "you"]
)  # fmt: skip


# Words that open a fronted adverbial phrase ("In referring to ... on 1 July, the jury concluded"); a clause
# opening with its subject ("The launch on Friday, delayed twice, will go ahead") is no fronted phrase.
FRONTING_WORDS = frozenset(
    ["in", "on", "at", "after", "before", "during", "since", "until", "by", "following", "with", "from", "despite",
     "amid", "when", "while", "as", "for", "over", "ahead"]
)  # fmt: skip


def participle_after_will(before: list[str], i: int) -> bool:
    """Whether the regular "-ed" word ``before[i]`` (left words, nearest first) follows "will" + verb in its own
    clause: then it is a participle ("plans aimed at", "industrialised nations"), not the clause's past."""
    w = before[i]
    if not regular_past(w) or w in PAST_CUES:
        return False
    for j in range(i + 1, len(before)):
        if before[j] in ("will", "shall") or before[j].endswith("'ll"):
            # "will" + a verb first ("will unveil plans aimed at ..."; not "will be closed"), and the participle not
            # the date's own ("will question a man arrested on Sunday")
            return j > i + 1 and i > 1
        if before[j] in CLAUSE_OPENERS or before[j] in PAST_CUES or before[j] in ("has", "have", "had"):
            return False
    return False


def coordinated(after: list[str]) -> list[str]:
    """The words after an expression up to a coordinated verb phrase, which is a clause of its own: in
    "a demonstration on Saturday and were planning to drive", "were" is not the tense of Saturday. A
    coordinated date keeps the words after it ("on Saturday and Sunday, protesters marched"), and so does a
    coordinated clause with its own subject, which shares the time frame ("we fly out on Thursday and we'll
    be back")."""
    for k, w in enumerate(after[:-1]):
        if w in ("and", "but") and "'" not in after[k + 1] and cue_of(after[k + 1], after, k + 1, False):
            return after[:k]
    return after


def abbreviation(text: str, at: int) -> bool:
    """Whether the full stop at ``text[at]`` closes an abbreviation ("U.S.", "Mr.", "vs.", "Ala., killed")."""
    if text[at] != ".":
        return False
    if re.match(r"\.\s*[,a-z]", text[at : at + 3]):
        return True  # "Birmingham, Ala., killed": no sentence goes on with a comma or a small letter
    if text[max(0, at - 3) : at].lower() in ("a.m", "p.m") and (after := CAPITALISED_AFTER.match(text, at + 1)):
        return after[1].lower() in CLOCK_NAMES  # "at 8 a.m. Monday" goes on; "at 2 p.m. Police said" is a new sentence
    m = ABBREVIATED.search(text, max(0, at - 8), at)
    return m is not None and (len(m.group(1)) == 1 or m.group(1).lower() in ABBREVIATIONS)


CAPITALISED_AFTER = re.compile(r"[ \t]+([A-Z][a-z]*)")
# Capitalised words that go on after "a.m."/"p.m.": a day, a zone, a month ("10 a.m. Monday", "5 p.m. EST Nov. 9").
CLOCK_NAMES = frozenset(
    [*WEEKDAYS, "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun", "today", "yesterday",
     "tomorrow", "tonight", "est", "edt", "cst", "cdt", "mst", "mdt", "pst", "pdt", "gmt", "bst", "cet", "utc", "et",
     "pt", "ct", "mt", "ist", "local", "eastern", "pacific", "central", "mountain", "on", *MONTHS,
     *MONTH_ABBREVIATIONS]
)  # fmt: skip


def adjectival(w: str, preceding: str, before_that: str) -> bool:
    """Whether an "-ed" word reads as an adjective: "unspecified", "a newly elected", "the expected"."""
    if w.startswith("un") and regular_past(w):
        return True
    adverb = preceding.endswith("ly") or preceding == "still"
    return preceding in DETERMINERS or (adverb and before_that in DETERMINERS)


def words_of(text: str) -> list[str]:
    """The words of ``text`` lower-cased, but a capitalised word that is no verb keeps its capital: the "-ed"
    test must not read "United States" or "Fixed Income Fund" as past tense, nor the month "May" as the modal."""
    return [w if (w[0].isupper() and w.endswith("ed")) or w == "May" else w.lower() for w in CASED_WORD.findall(text)]


def cue_of(w: str, seq: list[str], j: int, is_left: bool, opening: bool = False, possessive: bool = False) -> int:
    """The tense word ``w`` (at ``seq[j]``, in reading order) gives: -1, +1 or 0."""
    if "-" in w:
        return 1 if w in FUTURE_CUES else 0  # "his long-awaited return", "a so-called deal"; but "to-be"
    following = seq[j + 1] if j + 1 < len(seq) else ""
    preceding = seq[j - 1] if j > 0 else ""
    if w in VERB_ONLY_CUES and (is_left or not w.endswith("ed")):
        if following == "for" and w in ("plan", "plans"):
            return 0  # "vacation plans for the trip": the noun
        if possessive:
            return 0  # "poised to complain about Wednesday's loss": the date is the noun's, not the plan's
        if is_left and w.startswith("plan") and (following in DETERMINERS or following == "another"):
            return 1  # "protesters planned a large demonstration on Saturday"
        return 1 if following in ("to", "for") else 0  # "planned to leave on Thursday"; "On Friday, it planned to"
    if (w == "next" and following == "to") or (w == "expected" and preceding in ("than", "as")):
        return 0  # "next to the embassy", "faster than expected"
    if not is_left and j > 0 and w == "next" and following in ("year", "week", "month", "day", "spring", "summer"):
        return 0  # "on Wednesday passed a bill to fund it into next year": another expression's, not the verb's
    if (
        w == "due"
        and following == "to"
        and preceding not in ("is", "are", "be", "was", "were")  # "the payment is due to the minister on Friday"
        and (seq[j + 2] if j + 2 < len(seq) else "") in (*DETERMINERS, "a", "an")
    ):
        return 0  # "due to the holiday, the film opened": a cause, not "due to open"
    if w == "may" and following not in ("have", "not", "n't"):
        return 1  # "may make his comeback on Saturday"; "may have left on Friday" is past
    if is_left and w in ("take", "takes", "taking") and following == "place" and preceding != "to":
        return 1  # "the meeting taking place in London on Friday", "which takes place in May"
    if (
        w == "to"
        and following not in (*DETERMINERS, "a", "an")
        and (preceding in ("is", "are") or (is_left and preceding in FORWARD_TO and not possessive))
    ):
        return 1  # "is to succeed her in September", "agreed to buy the line"; not "summoned to the ministry"
    if (
        is_left
        and w in RESCHEDULED
        and (
            (following in ("for", "to", "until", "till") and j + 2 == len(seq))
            or (following in ("back", "forward") and j + 3 == len(seq) and seq[j + 2] in ("to", "until"))
            or (following in OBJECT_DETERMINERS and j + 4 == len(seq) and seq[-1] in ("until", "till"))
        )
    ):
        return 1  # right before the date: "rescheduled for Tuesday", "pushed back to March"; not "moved to Paris on"
    if (
        w == "to"
        and following == "be"
        and (seq[j + 2] if j + 2 < len(seq) else "") in SCHEDULED_PASSIVE
        and preceding not in ("was", "were", "had", "been")
        and not any(x in RANKS or (x.endswith("est") and len(x) > 5) for x in seq[max(0, j - 6) : j])
    ):
        return 1  # "the second round to be held on Saturday"; "was to be held", "the first woman to be elected" past
    if is_left and w in RUNS_UNTIL and following in ("through", "until", "till", "to") and j + 2 == len(seq):
        return 1  # "the exhibition runs through Sept. 26", "continues until June 12"
    if w in ("await", "awaits", "awaiting") and preceding not in ("was", "were", "had", "been"):
        return 1  # "are in Havana awaiting Monday's talks"; "were awaiting the verdict on Friday" is past
    if w in ("likely", "unlikely") and following == "to" and preceding not in ("was", "were"):
        return 1  # "is likely to start on Sunday"; "was likely to" leaves it to the past
    if is_left and w == "ahead" and following == "of" and len(seq) - j <= 4:
        return 1  # "ahead of Saturday's game"; not "ahead of her trip, the ministry on Sunday issued"
    if is_left and w in ("go", "goes") and following == "on":
        return 1  # "goes on sale on 2 December"
    if w.endswith("'ll") or (w == "ll" and preceding in ("i", "we", "you", "he", "she", "it", "they", "that")):
        return 1  # "we'll be ready", and "we’ll" split at the curly apostrophe
    if w == "going" and following == "on":
        return 1 if preceding in PROGRESSIVE_AUXILIARIES else 0  # "are going on sale"; "after going on sale on"
    if (
        is_left
        and w == "back"
        and preceding in ("check", "be", "come", "we're", "i'll", "we'll", "'ll")
        and len(seq) - j <= 2  # "back on Monday", not "back on track after the loss on Saturday"
        and (seq[j - 2] if j > 1 else "") not in ("have", "has", "had")  # "have come back on Monday"
    ):
        return 1  # "check back on Monday for the final figures", "we'll be back on Wednesday"
    if w == "coming" and following in ("out", "from", "off", "back", "in"):
        return 0  # "data coming out of Germany on Thursday": no future
    if w == "should" and following not in ("have", "not", "n't"):
        return 1  # "Mr Hain should make a statement on Thursday"
    if w in FUTURE_CUES or (w in ("soon", "early") and preceding == "as" and following == "as"):
        return 1  # "will", "as soon as Tuesday", "could come as early as Tuesday"
    if is_left and w in SCHEDULED_PRESENT and preceding not in ("to", "would", "could", "did", "not"):
        return 1
    if (
        is_left
        and w in PROGRESSIVE_SCHEDULED
        and len(seq) - j <= 5  # near the date: not "is playing well after soft showings on Friday"
        and not any(x in ("after", "since", "following", "over") for x in seq[j + 1 :])  # "celebrating after his win"
        and (
            preceding in PROGRESSIVE_AUXILIARIES
            or (preceding in ("s", "re", "m") and j > 1 and seq[j - 2] in PRONOUNS)  # "he’s" split at the apostrophe
        )
    ):
        return 1  # "is meeting Ms Furse on Thursday", "they're playing Arsenal on Saturday"
    if w in ("has", "have") and (following in PARTICIPLES or regular_past(following)):
        return -1  # "has become the top film after taking $30m over the weekend"
    if w in PAST_CUES:
        return 0 if preceding in ("be", "being") else -1  # "would be held", "will be made"
    if (is_left or opening) and ((regular_past(w) and w.islower()) or w in IRREGULAR_PAST):
        if regular_past(w) and adjectival(w, preceding, seq[j - 2] if j > 1 else ""):
            return 0
        return 0 if preceding in ("be", "being") else -1
    return 0


def regular_past(w: str) -> bool:
    """A word that reads as a regular past tense: "-ed", but not "succeed", "need" or "indeed"."""
    return w.endswith("ed") and len(w) > 4 and not w.endswith("eed")


def number(word: str) -> float | None:
    """A number written in digits or words ("2 1/2", "twenty-one", "a couple of"); None for vague ones."""
    w = " ".join(word.lower().replace("½", " 1/2").replace("-", " ").split())  # "19-1/2", "2½"
    if re.fullmatch(r"\d{1,3}(?:,\d{3})+", w):
        w = w.replace(",", "")  # "1,500"
    if w == "1/2":
        return 0.5  # "a 1/2 hour"
    half = 0.5 if w.endswith("and a half") or w.endswith("1/2") else 0.0
    w = w.removesuffix(" and a half").removesuffix(" 1/2").strip()
    try:
        value = float(w) + half
    except ValueError:
        pass
    else:
        return value if value < 1e6 else None  # a count past any span of time news gives (and no inf)
    if w in NUMBER_WORDS:
        return (NUMBER_WORDS[w] or 0.5) + half
    parts = w.split()
    if len(parts) == 2 and parts[0] in NUMBER_WORDS and parts[1] in NUMBER_WORDS:
        return NUMBER_WORDS[parts[0]] + NUMBER_WORDS[parts[1]] + half
    return None


def month_number(word: str) -> int:
    w = word.lower().rstrip(".")
    return MONTHS.get(w) or MONTH_ABBREVIATIONS.get(w) or MONTH_ABBREVIATIONS.get(w[:3], 0)


def previous_word(text: str, start: int) -> str:
    """The word just before ``start``, lower-cased, without punctuation."""
    words = WORD.findall(text[max(0, start - 20) : start].lower())
    return words[-1] if words else ""


def next_word(text: str, end: int) -> str:
    words = WORD.findall(text[end : end + 20].lower())
    return words[0] if words else ""


def in_longer_name(text: str, start: int) -> bool:
    """Whether a capitalised word (not a sentence start) runs into ``start``: part of a longer proper name."""
    m = re.search(r"(\S*)\s+([A-Z][\w'’]*)\s+$", text[max(0, start - 40) : start])
    return m is not None and not m.group(1).endswith((".", "!", "?", ":", '"', "“")) and m.group(1) != ""


def mid_sentence(text: str, start: int) -> bool:
    """Whether ``start`` follows a word of the same sentence (a capital there marks a name or a title)."""
    before = text[max(0, start - 3) : start].rstrip(" \t")
    return bool(before) and before[-1] not in ".!?:;\"“”'‘’`([\n-—–|•·*>▪►■"  # bullets open a sentence too
