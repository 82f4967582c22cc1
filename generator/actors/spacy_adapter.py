"""Optional statistical evidence: the entities of a spaCy English pipeline, when one is installed.

briefsite works without spaCy (the rules and gazetteers decide alone). When spaCy and an English
pipeline with an entity recogniser are installed (``pip install briefsite[nlp]`` and, for example,
the ``en_core_web_sm`` package), its entities type the capitalised runs the rules left unknown and
add names the rules missed. The rules still win where they have evidence of their own (a title, a
gazetteer entry, a definition in the text).
"""

from __future__ import annotations

import importlib
import importlib.util
from dataclasses import dataclass
from functools import cache
from typing import Any

from ..model import ActorType

# English pipelines tried in this order; the first installed one is used.
MODELS = ("en_core_web_sm", "en_core_web_md", "en_core_web_lg", "en_core_web_trf")
# spaCy (OntoNotes) labels and the actor type they give; other labels (NORP, DATE, ...) are ignored.
LABELS: dict[str, ActorType] = {"PERSON": "person", "ORG": "organization", "GPE": "place", "LOC": "place"}
# Pipeline parts that entity recognition does not need.
UNUSED = ("parser", "lemmatizer", "tagger", "attribute_ruler", "senter")


@dataclass(frozen=True, slots=True)
class Hint:
    """An entity the statistical pipeline found: body offsets and the type it suggests."""

    start: int
    end: int
    type: ActorType


@cache
def pipeline() -> Any | None:
    """The installed English pipeline, loaded once; ``None`` without spaCy or a model."""
    # Importing spaCy takes about a second: look for an installed model package first.
    installed = [name for name in MODELS if importlib.util.find_spec(name) is not None]
    if not installed or importlib.util.find_spec("spacy") is None:
        return None
    spacy: Any = importlib.import_module("spacy")  # optional: no static import, no stubs needed
    return spacy.load(installed[0], exclude=list(UNUSED))


def entity_hints(body: str, nlp: Any | None = None) -> tuple[Hint, ...]:
    """The pipeline's person, organisation and place entities in ``body``, in order."""
    nlp = nlp if nlp is not None else pipeline()
    if nlp is None or not body.strip():
        return ()
    doc = nlp(body)
    return tuple(Hint(e.start_char, e.end_char, LABELS[e.label_]) for e in doc.ents if e.label_ in LABELS)
