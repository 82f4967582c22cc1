"""Caveats that need the whole collection: stale and factual-doubt across sources."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from ..model import CAVEAT_KINDS, Brief, Caveat


def collection_caveats(briefs: Sequence[Brief]) -> tuple[Brief, ...]:
    """Mark a dated brief stale when a newer dated brief shares two or more of its key actors."""
    dated = [b for b in briefs if b.article.published]
    out: list[Brief] = []
    for b in briefs:
        mine = {a.key for a in b.actors if a.key_actor}
        newer = sorted(
            o.article.id
            for o in dated
            if b.article.published
            and o.article.published
            and o.article.published > b.article.published
            and len(mine & {a.key for a in o.actors if a.key_actor}) >= 2
        )
        if newer:
            cav = Caveat(
                "stale",
                f"{len(newer)} newer source(s) in the collection report on the same actors.",
                related=tuple(newer),
            )
            b = dataclasses.replace(
                b, caveats=tuple(sorted((*b.caveats, cav), key=lambda c: CAVEAT_KINDS.index(c.kind)))
            )
        out.append(b)
    return tuple(out)
