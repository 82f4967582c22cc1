"""Caveats: what a careful analyst warns about, each with the evidence that triggered it."""

from __future__ import annotations

from .article import article_caveats

__all__ = ["article_caveats"]
