"""Read a source file: the input edge of the pipeline.

A file becomes a ``Source`` or raises ``SourceError`` with a message that names the problem;
nothing here decides what the text means.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections.abc import Iterable
from pathlib import Path

import yaml

from .model import FrontMatter, Source, SourceFormat

FORMATS: dict[str, SourceFormat] = {".txt": "txt", ".html": "html", ".htm": "html", ".md": "md"}
MAX_BYTES = 50_000_000  # a 50 MB page dump is not an article; refuse it rather than stall
FRONT_MATTER = re.compile(r"\A---[ \t]*\r?\n(.*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)", re.S)
FM_KEYS = ("title", "published", "author", "publisher", "url", "tags")
PARTIAL_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


class SourceError(Exception):
    """A source that cannot be read; the message says why, without the path."""


def source_files(paths: Iterable[Path]) -> list[tuple[Path, str]]:
    """The files to read, each with the path to show for it: a directory stands for every file
    of a known type under it (sorted, hidden files skipped); anything else is kept as given, so
    reading it reports what is wrong with it."""
    out: list[tuple[Path, str]] = []
    for path in paths:
        if not path.is_dir():
            out.append((path, str(path)))
            continue
        for found in sorted(path.rglob("*")):
            rel = found.relative_to(path).parts
            if found.is_file() and found.suffix.lower() in FORMATS and not any(p.startswith(".") for p in rel):
                out.append((found, str(found)))
    return out


def read_source(path: Path, shown_as: str | None = None) -> Source:
    """Read, hash and decode one file; parse its front matter if it has one."""
    fmt = FORMATS.get(path.suffix.lower())
    if fmt is None:
        known = ", ".join(sorted(FORMATS))
        raise SourceError(f"unsupported file type {path.suffix or '(none)'!r}; briefsite reads {known}")
    try:
        data = path.read_bytes()
    except IsADirectoryError:
        raise SourceError("is a directory, not a file") from None
    except OSError as e:
        raise SourceError(f"cannot read file: {e.strerror or e}") from None
    if len(data) > MAX_BYTES:
        raise SourceError(f"file is {len(data) / 1e6:.1f} MB; the limit is {MAX_BYTES / 1e6:.0f} MB")
    text = decode(data)
    front, body, offset = split_front_matter(text) if fmt != "html" else (FrontMatter(), text, 0)
    return Source(
        path=shown_as if shown_as is not None else str(path),
        name=path.name,
        sha256=hashlib.sha256(data).hexdigest(),
        format=fmt,
        text=body,
        front_matter=front,
        line_offset=offset,
    )


def decode(data: bytes) -> str:
    """UTF-8 (with or without BOM), then UTF-16 with a BOM; binary data is refused."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError as e:
            raise SourceError(
                f"cannot decode text: the file starts as UTF-16 but {e.reason} at byte {e.start}"
            ) from None
    else:
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError as e:
            text = _decode_legacy(data, e)
    if "\x00" in text:
        raise SourceError("file holds binary data (NUL bytes), not text")
    controls = sum(1 for c in text[:20000] if ord(c) < 32 and c not in "\t\n\r\f")
    if controls > max(10, len(text[:20000]) // 100):
        raise SourceError("file holds binary data (control characters), not text")
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _decode_legacy(data: bytes, err: UnicodeDecodeError) -> str:
    """Mixed or legacy encodings: keep valid UTF-8 runs, read stray bytes as cp1252.

    Only when the bytes are mostly UTF-8 or plain 8-bit text; otherwise the error names the
    first bad byte so the analyst can find it.
    """
    try:
        return data.decode("utf-8", errors="strict")
    except UnicodeDecodeError:
        pass
    bad = sum(1 for b in data if b >= 0x80)
    if bad > len(data) // 3:
        raise SourceError(
            f"cannot decode text: byte 0x{data[err.start]:02x} at offset {err.start} is not UTF-8 "
            "and the file does not look like text"
        ) from None
    return data.decode("utf-8", errors="_briefsite_cp1252")


def _cp1252_fallback(err: UnicodeError) -> tuple[str, int]:
    assert isinstance(err, UnicodeDecodeError)
    chunk = err.object[err.start : err.end]
    return bytes(chunk).decode("cp1252", errors="replace"), err.end


import codecs  # noqa: E402  (registered once, next to the handler it names)

codecs.register_error("_briefsite_cp1252", _cp1252_fallback)


def split_front_matter(text: str) -> tuple[FrontMatter, str, int]:
    """Return the front matter, the text after it and how many lines it took."""
    m = FRONT_MATTER.match(text)
    if not m:
        return FrontMatter(), text, 0
    try:
        data = yaml.safe_load(m.group(1))
    except yaml.YAMLError as e:
        mark = getattr(e, "problem_mark", None)
        where = f" (line {mark.line + 2})" if mark is not None else ""
        raise SourceError(f"front matter is not valid YAML{where}: {getattr(e, 'problem', e)}") from None
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise SourceError("front matter must be a YAML mapping of keys to values")
    return parse_front_matter(data), text[m.end() :], m.group(0).count("\n")


def parse_front_matter(data: dict[object, object]) -> FrontMatter:
    """Validate the known keys; unknown keys are ignored (they may serve other tools)."""
    values: dict[str, str | None] = {}
    for key in ("title", "author", "publisher", "url"):
        v = data.get(key)
        values[key] = None if v is None else " ".join(str(v).split()) or None
    published = data.get("published")
    if isinstance(published, dt.datetime):
        published = published.date()
    if isinstance(published, dt.date):
        pub: str | None = published.isoformat()
    elif published is None:
        pub = None
    else:
        pub = str(published).strip()
        if not PARTIAL_DATE.match(pub):
            raise SourceError(f"front matter 'published' must be YYYY, YYYY-MM or YYYY-MM-DD, not {pub!r}")
    tags = data.get("tags") or ()
    if isinstance(tags, str):
        tags = [t.strip() for t in tags.split(",")]
    if not isinstance(tags, (list, tuple)):
        raise SourceError("front matter 'tags' must be a list or a comma-separated string")
    return FrontMatter(
        title=values["title"],
        published=pub,
        author=values["author"],
        publisher=values["publisher"],
        url=values["url"],
        tags=tuple(str(t).strip() for t in tags if str(t).strip()),
    )
