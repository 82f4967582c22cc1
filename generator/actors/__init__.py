"""Key actors: people, organisations, countries, places and groups named in a body.

One article: ``find_actors`` (find.py) reads the body into typed mentions (tokens.py -> mentions.py,
phrases.py -> resolve.py -> retype.py, with gazetteer.py, cities.py and data/actors.yml), groups them into entities
(merge.py), scores them and marks the key actors (rank.py). A spaCy pipeline, when installed, adds
evidence (spacy_adapter.py). The collection: ``merge_across`` (across.py) gives every entity one key,
name and alias list across all briefs.

``Actor.mentions`` are named-entity spans (a person, organisation or place as NER gold marks them);
phrases that only refer to an actor ("Russian forces", "European leaders", any mention of a group)
are its ``references``.
"""

from __future__ import annotations

from .across import merge_across
from .find import find_actors

__all__ = ["find_actors", "merge_across"]
