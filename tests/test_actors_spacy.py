"""The optional spaCy adapter, with a blank English pipeline and an entity ruler (no model needed).

Skipped when spaCy is not installed: the default install works without it.
"""

from __future__ import annotations

from typing import Any

import pytest

from generator.actors import find_actors, spacy_adapter
from generator.sentences import split_sentences
from tests.test_actors import article

spacy = pytest.importorskip("spacy")

BODY = "Talks went on in the capital. Observers from Zentrix met Halvard Moe, and Zentrix said it would stay."


@pytest.fixture()
def ruled() -> Any:
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("entity_ruler")
    ruler.add_patterns(
        [
            {"label": "ORG", "pattern": "Observers"},
            {"label": "GPE", "pattern": "Zentrix"},
            {"label": "PERSON", "pattern": [{"TEXT": "Halvard"}, {"TEXT": "Moe"}]},
        ]
    )
    return nlp


def test_hints_map_labels_to_actor_types(ruled: Any) -> None:
    hints = spacy_adapter.entity_hints(BODY, ruled)
    assert [(BODY[h.start : h.end], h.type) for h in hints][:3] == [
        ("Observers", "organization"),
        ("Zentrix", "place"),
        ("Halvard Moe", "person"),
    ]


def test_hints_type_and_add_names_the_rules_left(ruled: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    plain = {a.name: a.type for a in find_actors(article(BODY), split_sentences(BODY))}
    monkeypatch.setattr("generator.actors.find.entity_hints", lambda body: spacy_adapter.entity_hints(body, ruled))
    hinted = {a.name: a.type for a in find_actors(article(BODY), split_sentences(BODY))}
    assert plain.get("Zentrix") == "organization"  # the rules: "Zentrix said" without a full name
    assert hinted["Zentrix"] == "place"  # the pipeline's evidence types the run the rules could not
    assert hinted["Halvard Moe"] == "person"
    assert "Observers" not in plain  # a sentence-initial word: the rules alone leave it out
    assert hinted["Observers"] == "organization"  # the pipeline's word adds it


def test_blank_pipeline_adds_nothing() -> None:
    assert spacy_adapter.entity_hints(BODY, spacy.blank("en")) == ()
