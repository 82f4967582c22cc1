"""Key actors: people, organisations, countries, places and groups named in a body."""

from __future__ import annotations

from .find import find_actors

__all__ = ["find_actors"]
