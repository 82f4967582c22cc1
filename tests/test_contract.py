"""The extract JSON contract, end to end over ../shared/sources: schema, offsets, canonical names."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from generator import contract
from generator.model import CAVEAT_KINDS, Actor, DatedFact, Span

SCHEMA_PATH = Path(__file__).resolve().parents[1] / "schema" / "extract.schema.json"


@pytest.fixture(scope="module")
def schema() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(data)
    return data


@pytest.fixture(scope="module")
def extracted(shared_sources: list[Path], repo: Path) -> dict[str, Any]:
    """Run the real command as the scorers do: a subprocess, stdout only JSON."""
    proc = subprocess.run(
        [sys.executable, "-m", "generator", "extract", "--format", "json", *map(str, shared_sources)],
        capture_output=True,
        text=True,
        cwd=repo,
        timeout=300,
        check=False,
    )
    assert proc.returncode in (0, 1), proc.stderr
    doc: dict[str, Any] = json.loads(proc.stdout)
    return doc


@pytest.fixture(scope="module")
def extracted_news(shared: Path, repo: Path) -> dict[str, Any]:
    """Every 20th article of the BBC dev corpus: plain news text unlike the sample sources."""
    files = sorted((shared / "corpora" / "bbc-news-dev" / "News Articles").rglob("*.txt"))[::20]
    assert len(files) > 20
    proc = subprocess.run(
        [sys.executable, "-m", "generator", "extract", *map(str, files)],
        capture_output=True,
        text=True,
        cwd=repo,
        timeout=300,
        check=False,
    )
    doc: dict[str, Any] = json.loads(proc.stdout)
    return doc


def test_news_output_keeps_the_contract(extracted_news: dict[str, Any], schema: dict[str, Any]) -> None:
    errors = [
        f"{e.json_path}: {e.message}" for e in jsonschema.Draft202012Validator(schema).iter_errors(extracted_news)
    ]
    bad = [
        f"{a['id']} {where}: body[{s['start']}:{s['end']}] != {s['text']!r}"
        for a in articles(extracted_news)
        for where, s in spans(a)
        if s.get("scope", "body") == "body" and a["body"][s["start"] : s["end"]] != s["text"]
    ]
    failed = [f"{s['path']}: {s['error']}" for s in extracted_news["sources"] if s["error"]]
    assert (errors, bad, failed) == ([], [], [])


def articles(doc: dict[str, Any]) -> Iterator[dict[str, Any]]:
    for source in doc["sources"]:
        yield from source["articles"]


def spans(article: dict[str, Any]) -> Iterator[tuple[str, dict[str, Any]]]:
    """Every span of an article, with where it was found."""
    for s in article["summary"]:
        yield "summary", s
    for a in article["actors"]:
        for m in a["mentions"]:
            yield f"actor {a['name']}", m
    for d in article["dates"]:
        yield "date", d
    for f in article["facts"]:
        yield "fact", f["evidence"]
    for c in article["caveats"]:
        for e in c["evidence"]:
            yield f"caveat {c['kind']}", e


def test_output_validates_against_the_schema(extracted: dict[str, Any], schema: dict[str, Any]) -> None:
    errors = [f"{e.json_path}: {e.message}" for e in jsonschema.Draft202012Validator(schema).iter_errors(extracted)]
    assert errors == []


def test_one_entry_per_source_in_the_order_given(extracted: dict[str, Any], shared_sources: list[Path]) -> None:
    assert [s["path"] for s in extracted["sources"]] == [str(p) for p in shared_sources]
    assert all(s["error"] is None for s in extracted["sources"])
    assert all(s["articles"] for s in extracted["sources"])


def test_every_body_span_is_a_slice_of_the_body(extracted: dict[str, Any]) -> None:
    bad = [
        f"{a['id']} {where}: body[{s['start']}:{s['end']}] != {s['text']!r}"
        for a in articles(extracted)
        for where, s in spans(a)
        if s.get("scope", "body") == "body" and a["body"][s["start"] : s["end"]] != s["text"]
    ]
    assert bad == []


def test_fact_actors_are_canonical_names_of_the_article(extracted: dict[str, Any]) -> None:
    for a in articles(extracted):
        names = {x["name"] for x in a["actors"]}
        for f in a["facts"]:
            assert set(f["actors"]) <= names, f


def test_ids_are_unique_across_the_collection(extracted: dict[str, Any]) -> None:
    ids = [a["id"] for a in articles(extracted)]
    assert len(ids) == len(set(ids))


def test_the_schema_names_every_caveat_kind(schema: dict[str, Any]) -> None:
    assert tuple(schema["$defs"]["caveat"]["properties"]["kind"]["enum"]) == CAVEAT_KINDS


def test_output_is_deterministic(shared_sources: list[Path], extracted: dict[str, Any], repo: Path) -> None:
    env = {"PYTHONHASHSEED": "12345", "PATH": ""}
    proc = subprocess.run(
        [sys.executable, "-m", "generator", "extract", *map(str, shared_sources)],
        capture_output=True,
        text=True,
        cwd=repo,
        env=env,
        timeout=300,
        check=False,
    )
    assert json.loads(proc.stdout) == extracted


def test_fact_actor_keys_become_canonical_names_and_unknown_keys_are_dropped() -> None:
    actor = Actor(key="jane-doe", name="Jane Doe", type="person", role=None)
    fact = DatedFact(date="2025", text="x", evidence=Span(0, 1, "x"), actors=("jane-doe", "Jane Doe", "nobody"))
    assert contract.fact_json(fact, {actor.key: actor.name})["actors"] == ["Jane Doe"]
