"""Merge actors across briefs: one key per real entity, so actor pages gather every brief."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from ..model import Brief


def merge_across(briefs: Sequence[Brief]) -> tuple[Brief, ...]:
    """Give actors that share a key the same canonical name (the longest form seen)."""
    longest: dict[str, str] = {}
    for b in briefs:
        for a in b.actors:
            if len(a.name) > len(longest.get(a.key, "")):
                longest[a.key] = a.name
    return tuple(
        dataclasses.replace(b, actors=tuple(dataclasses.replace(a, name=longest[a.key]) for a in b.actors))
        for b in briefs
    )
