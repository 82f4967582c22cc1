"""Key actors against the gold annotation of ../shared, on the gold article bodies.

The bodies are cut from the source files with the gold's own first and last words, so this measures
the actor stage alone, whatever the splitter does. The match rule is the scorer's (``actor_match``
of ../shared/eval/score_gold.py, loaded from there at run time).
"""

from __future__ import annotations

import importlib.util
from pathlib import Path
from typing import Any

import pytest
import yaml

from generator.actors import find_actors
from generator.sentences import split_sentences
from tests.test_actors import article

# Floors measured when this test was written (recall 0.905, precision 0.921, split 0, type 0.99).
FLOORS = {"recall": 0.9, "precision": 0.85, "type": 0.9}


def _scorer(shared: Path) -> Any:
    spec = importlib.util.spec_from_file_location("score_gold", shared / "eval" / "score_gold.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def figures(shared: Path) -> dict[str, float]:
    match = _scorer(shared).actor_match
    gold_n = pred_n = found = pred_ok = split = typed = 0
    for gfile in sorted((shared / "gold").glob("*.yml")):
        gold = yaml.safe_load(gfile.read_text(encoding="utf-8"))
        text = (shared / "sources" / gold["source"]).read_text(encoding="utf-8", errors="replace")
        for ga in gold["articles"]:
            i = text.find(ga["starts_with"])
            j = text.find(ga["ends_with"], i)
            body = text[i : j + len(ga["ends_with"])]
            actors = find_actors(article(body, ga["title"]), split_sentences(body))
            pred = [
                {"name": a.name, "type": a.type, "mentions": [{"text": m.text} for m in a.mentions]}
                for a in actors
                if a.key_actor
            ]
            gold_n += len(ga["key_actors"])
            pred_n += len(pred)
            for g in ga["key_actors"]:
                hits = [p for p in pred if match(p, g)]
                found += bool(hits)
                split += len(hits) > 1
                typed += bool(hits) and hits[0]["type"] == g["type"]
            pred_ok += sum(any(match(p, g) for g in ga["key_actors"]) for p in pred)
    return {"recall": found / gold_n, "precision": pred_ok / pred_n, "split": split, "type": typed / found}


def test_key_actor_recall(figures: dict[str, float]) -> None:
    assert figures["recall"] >= FLOORS["recall"], figures


def test_key_actor_precision(figures: dict[str, float]) -> None:
    assert figures["precision"] >= FLOORS["precision"], figures


def test_no_entity_split_in_two(figures: dict[str, float]) -> None:
    assert figures["split"] == 0, figures


def test_actor_types(figures: dict[str, float]) -> None:
    assert figures["type"] >= FLOORS["type"], figures
