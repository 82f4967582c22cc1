"""Temporal expressions (TIMEX3) in running text, normalised against an anchor date."""

from __future__ import annotations

from .facts import extract_facts
from .tagger import tag_dates

__all__ = ["extract_facts", "tag_dates"]
