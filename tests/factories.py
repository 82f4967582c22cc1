"""Builders the tests share: an ``Article`` from a body, with neutral defaults a test overrides."""

from __future__ import annotations

from typing import Any

from generator.model import Article


def make_article(body: str, **fields: Any) -> Article:
    """An article holding ``body``; any ``Article`` field can be given to override its default."""
    values: dict[str, Any] = {
        "id": "t",
        "source_path": "t.txt",
        "source_name": "t.txt",
        "source_sha256": "",
        "index": 1,
        "title": None,
        "subtitle": None,
        "published": None,
        "published_implied": None,
        "published_origin": None,
        "author": None,
        "publisher": None,
        "kind": "news",
        "tags": (),
        "url": None,
        "body": body,
        "paragraphs": (),
    }
    values.update(fields)
    return Article(**values)
