"""Is it an English word? Word frequencies from ``wordfreq`` (loaded on first use, only when a page needs it).

Used to cut a heading glued to a lower-case word ("...of the Ukraine Conflictthe ongoing war"): the cut is
made only when the left part is a common English word and the glued token is no word at all, so names
and real words that end in a function word ("Bulletin", "Within", "Martin") stay whole.
"""

from __future__ import annotations

import re
from functools import lru_cache

# Function words that open a sentence or clause and so follow a heading in flattened text. "a", "an" and
# "as" are left out: too many words end with them ("China", "German", "Texas").
GLUE_FUNCTION_WORDS = (
    "the",
    "this",
    "these",
    "those",
    "that",
    "in",
    "on",
    "with",
    "since",
    "after",
    "while",
    "when",
    "for",
    "its",
    "their",
    "his",
    "her",
)
# A capitalised word of four letters or more glued to a function word, followed by a lower-case word:
# "Implicationsthe outcome". (The capital first: the scan runs fast over the page.)
LOWER_GLUE_RE = re.compile(r"[A-Z](?<![A-Za-z][A-Z])([a-z]{3,})(" + "|".join(GLUE_FUNCTION_WORDS) + r")(?= [a-z])")
# Whether such glue is cut. Off for now: the sample gold bodies are raw spans of the source that keep the
# glue ("Offensivethe"), so each cut costs body_f1 there (0.957 -> 0.955 on ../shared/sources, below its
# floor); the lead decides whether readable sections are worth that (turn on, then re-pin the floor).
CUT_LOWERCASE_GLUE = False
# Zipf frequency (log10 of uses per billion words) a left part needs to count as a common English word;
# the glued token must have none at all.
COMMON_ZIPF = 3.0


@lru_cache(maxsize=4096)
def zipf(word: str) -> float:
    """How common an English word is (0 when wordfreq does not know it)."""
    from wordfreq import zipf_frequency  # a large table: loaded only when a candidate glue is seen

    return float(zipf_frequency(word, "en"))


def glued_function_word(left: str, joined: str) -> bool:
    """``joined`` is a common word ``left`` glued to a function word, and no word itself."""
    return zipf(joined.lower()) == 0 and zipf(left.lower()) >= COMMON_ZIPF
