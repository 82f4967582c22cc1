"""The output edge: the only module that touches the briefs folder.

It writes generated pages atomically and only when their bytes change, refuses two pages for one
path, never overwrites a page a person edited (its body no longer matches the ``body_sha256`` in
its front matter) or wrote (no ``generated: briefsite`` key), and removes only pages it generated
whose source is gone. Everything is checked before the first byte is written.
"""

from __future__ import annotations

import os
import posixpath
import re
import tempfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

import yaml

from .render import GENERATOR, RenderedPage, body_sha256

FRONT_MATTER = re.compile(r"\A---\n(.*?\n)---\n", re.S)


class WriteError(Exception):
    """The pages cannot be written as asked (two pages for one path, a path outside the folder)."""


@dataclass(frozen=True, slots=True)
class PageState:
    """What is on disk at a page's path."""

    generated: bool  # carries ``generated: briefsite``
    edited: bool  # generated, but the body no longer matches its recorded hash
    source: str | None  # the source it was generated from (brief pages)


@dataclass(frozen=True, slots=True)
class WriteReport:
    """What the writer did, path by path (paths relative to the folder, sorted)."""

    written: tuple[str, ...] = ()
    unchanged: tuple[str, ...] = ()
    removed: tuple[str, ...] = ()
    kept_edited: tuple[str, ...] = ()  # generated pages a person changed: never overwritten
    kept_hand_written: tuple[str, ...] = ()  # hand-written pages where we wanted to write
    kept_stale: tuple[str, ...] = ()  # pages of sources that failed this time

    def messages(self, folder: str = "") -> tuple[str, ...]:
        """One line per page the user should know about, paths shown under ``folder``."""
        at = f"{folder.rstrip('/')}/" if folder else ""
        return (
            *(
                f"{at}{p}: kept: edited by hand since it was generated; delete it to regenerate"
                for p in self.kept_edited
            ),
            *(f"{at}{p}: kept: a hand-written page is in the way of a generated one" for p in self.kept_hand_written),
            *(f"{at}{p}: kept: its source failed this time, so the last good page stays" for p in self.kept_stale),
        )


def split_page(text: str) -> tuple[dict[str, object], str]:
    """The front matter (empty if none or unreadable) and the body after its closing '---' line."""
    m = FRONT_MATTER.match(text)
    if not m:
        return {}, text
    try:
        meta = yaml.safe_load(m.group(1))
    except yaml.YAMLError:
        return {}, text
    return (meta if isinstance(meta, dict) else {}), text[m.end() :]


def page_state(text: str) -> PageState:
    """Generated or not, edited or not; CRLF line ends (a Windows checkout) are not an edit."""
    meta, body = split_page(text.replace("\r\n", "\n"))
    if meta.get("generated") != GENERATOR:
        return PageState(generated=False, edited=False, source=None)
    source = meta.get("source")
    return PageState(True, meta.get("body_sha256") != body_sha256(body), source if isinstance(source, str) else None)


def write_pages(folder: Path, pages: Sequence[RenderedPage], keep_sources: Iterable[str] = ()) -> WriteReport:
    """Bring ``folder`` in line with ``pages``; pages of ``keep_sources`` (failed sources) are not removed."""
    _check(pages)
    existing = _existing(folder)
    written, unchanged, edited, hand = [], [], [], []
    for page in pages:
        target = folder / page.path
        state = existing.get(page.path)
        data = page.text.encode("utf-8")
        if state is not None and not state.generated:
            hand.append(page.path)
        elif state is not None and state.edited:
            edited.append(page.path)
        elif state is not None and target.read_bytes() == data:
            unchanged.append(page.path)
        else:
            _atomic_write(target, data)
            written.append(page.path)
    wanted = {p.path for p in pages}
    keep = set(keep_sources)
    orphans = sorted(p for p, s in existing.items() if s.generated and p not in wanted)
    removed = [p for p in orphans if not existing[p].edited and existing[p].source not in keep]
    for p in removed:
        _remove(folder, p)
    return WriteReport(
        written=tuple(written),
        unchanged=tuple(unchanged),
        removed=tuple(removed),
        kept_edited=tuple(sorted([*edited, *(p for p in orphans if existing[p].edited)])),
        kept_hand_written=tuple(hand),
        kept_stale=tuple(p for p in orphans if not existing[p].edited and existing[p].source in keep),
    )


def _check(pages: Sequence[RenderedPage]) -> None:
    seen: set[str] = set()
    for page in pages:
        norm = posixpath.normpath(page.path)
        if norm != page.path or norm.startswith(("/", "../")) or not norm.endswith(".md"):
            raise WriteError(f"{page.path}: not a .md path inside the output folder")
        if page.path in seen:
            raise WriteError(f"{page.path}: two pages would be written to the same path")
        seen.add(page.path)


def _existing(folder: Path) -> dict[str, PageState]:
    """The state of every Markdown page under ``folder`` (hidden folders skipped)."""
    if not folder.is_dir():
        return {}
    out: dict[str, PageState] = {}
    for path in sorted(folder.rglob("*.md")):
        rel = path.relative_to(folder).as_posix()
        if path.is_file() and not any(part.startswith(".") for part in rel.split("/")):
            out[rel] = page_state(path.read_text(encoding="utf-8", errors="replace"))
    return out


def _atomic_write(target: Path, data: bytes) -> None:
    """Write to a temporary file beside the target, then rename it over the target."""
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _remove(folder: Path, rel: str) -> None:
    """Remove a generated page, then any folders it leaves empty (never ``folder`` itself)."""
    path = folder / rel
    path.unlink()
    parent = path.parent
    while parent != folder and parent.is_dir() and not any(parent.iterdir()):
        parent.rmdir()
        parent = parent.parent
