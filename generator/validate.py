"""What ``briefsite check`` checks in a briefs folder, as pure functions over page texts.

Every page: its front matter parses; every relative link points at a file of the folder.
Generated pages (``generated: briefsite``): the front matter follows ``PAGE_SCHEMA``; a brief
page's source still exists and is the file it was generated from; every fact and caveat it
shows has its evidence. An edited page (body hash changed) is the analyst's and is fine.
"""

from __future__ import annotations

import posixpath
import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any
from urllib.parse import unquote, urlsplit

import jsonschema
import yaml
from markdown_it import MarkdownIt

from .read import FRONT_MATTER

# The front matter every generated page carries (the renderer writes it); schema/page.schema.json
# is this same schema for other tools, and a test keeps the two equal.
PAGE_SCHEMA: dict[str, Any] = {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "title": "Front matter of a page briefsite generated",
    "type": "object",
    "required": ["title", "generated", "page", "body_sha256"],
    "properties": {
        "title": {"type": "string", "minLength": 1},
        "generated": {"const": "briefsite"},
        "page": {"enum": ["brief", "actor", "topic", "timeline", "home", "index"]},
        "source": {"type": "string", "minLength": 1, "description": "Relative to the sources folder."},
        "source_sha256": {"type": "string", "pattern": "^[0-9a-f]{64}$"},
        "body_sha256": {"type": "string", "pattern": "^[0-9a-f]{64}$"},
    },
    "if": {"properties": {"page": {"const": "brief"}}},
    "then": {"required": ["source", "source_sha256"]},
}
# MkDocs-Material blocks whose content is indented by four spaces: admonitions (!!!), collapsible
# admonitions (??? / ???+) and content tabs (===). CommonMark would read that content as code.
INDENTED_BLOCK = re.compile(r"^(!!!|\?\?\?\+?|===)\s")
INDENT = "    "
MAX_NESTING = 4  # admonitions inside admonitions deeper than this are not worth following
# A link target with a scheme (https:, mailto:) or a site-absolute path is not ours to check.
EXTERNAL = re.compile(r"^([a-zA-Z][a-zA-Z0-9+.-]*:|//|/)")

# How a brief page shows facts and caveats (site_templates/pages/brief.md.j2): a table under
# "## Dated facts" with an "Evidence" column; one admonition per caveat under "## Caveats",
# its evidence quoted ("> ...") inside it. A test renders a real brief to keep these in step.
FACTS_HEADING = "Dated facts"
EVIDENCE_COLUMN = "Evidence"
CAVEATS_HEADING = "Caveats"
CELL_SPLIT = re.compile(r"(?<!\\)\|")
QUOTES = "\"'\u201c\u201d\u2018\u2019 "

_MARKDOWN = MarkdownIt("commonmark").enable("table")
_VALIDATOR = jsonschema.Draft202012Validator(PAGE_SCHEMA)


@dataclass(frozen=True, slots=True)
class Page:
    """A Markdown page of the briefs folder: its path there (POSIX, relative) and its text."""

    path: str
    text: str


@dataclass(frozen=True, slots=True)
class Problem:
    """One thing wrong with a page, printed as ``path:line: message``."""

    path: str
    line: int
    message: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.message}"


# The hash of a source file given its path relative to the sources folder, or None if it is gone.
SourceHash = Callable[[str], str | None]


def check_pages(pages: Sequence[Page], files: frozenset[str], source_hash: SourceHash) -> tuple[Problem, ...]:
    """Every problem of every page, by path then line."""
    found = [p for page in pages for p in check_page(page, files, source_hash)]
    return tuple(sorted(found, key=lambda p: (p.path, p.line, p.message)))


def check_page(page: Page, files: frozenset[str], source_hash: SourceHash) -> Iterator[Problem]:
    front, body, body_line, problem = split_page(page)
    if problem:
        yield problem
        return
    if front is not None and "generated" in front:
        yield from check_generated(page, front, source_hash)
    if front is not None and front.get("generated") and front.get("page") == "brief":
        for line, missing in evidence_problems(body):
            yield Problem(page.path, body_line + line, missing)
    for line, target in links(body):
        message = link_problem(page.path, target, files)
        if message:
            yield Problem(page.path, body_line + line, message)


def split_page(page: Page) -> tuple[dict[str, Any] | None, str, int, Problem | None]:
    """Front matter (None if the page has none), body, the body's first line, or the problem."""
    text = page.text
    m = FRONT_MATTER.match(text)
    if not m:
        if re.match(r"---[ \t]*\n", text):
            return None, text, 1, Problem(page.path, 1, "front matter is not closed by a '---' line")
        return None, text, 1, None
    try:
        data = yaml.safe_load(m.group(1))
    except yaml.YAMLError as e:
        mark = getattr(e, "problem_mark", None)
        line = mark.line + 2 if mark is not None else 1
        return None, "", 1, Problem(page.path, line, f"front matter is not valid YAML: {getattr(e, 'problem', e)}")
    if data is not None and not isinstance(data, dict):
        return None, "", 1, Problem(page.path, 2, "front matter must be a mapping of keys to values")
    return data or {}, text[m.end() :], m.group(0).count("\n") + 1, None


def check_generated(page: Page, front: dict[str, Any], source_hash: SourceHash) -> Iterator[Problem]:
    """The generated-page contract; then, for a brief page, the source it came from."""
    errors = sorted(_VALIDATOR.iter_errors(front), key=lambda e: (list(e.absolute_path), e.message))
    for e in errors:
        key = str(e.absolute_path[0]) if e.absolute_path else ""
        where = f"'{key}': " if key else ""
        yield Problem(page.path, key_line(page.text, key), f"front matter {where}{e.message}")
    source = front.get("source")
    if errors or front.get("page") != "brief" or not isinstance(source, str):
        return
    line = key_line(page.text, "source")
    actual = source_hash(source)
    if actual is None:
        yield Problem(page.path, line, f"source {source!r} no longer exists (delete the page or restore the source)")
    elif actual != front.get("source_sha256"):
        yield Problem(page.path, line, f"source {source!r} changed since the page was generated (run briefsite build)")


def key_line(text: str, key: str) -> int:
    """The line of a top-level front-matter key, or 1 (the front matter itself) if absent."""
    if key:
        m = re.search(rf"^{re.escape(key)}\s*:", text, re.M)
        if m:
            return text.count("\n", 0, m.start()) + 1
    return 1


def links(body: str) -> Iterator[tuple[int, str]]:
    """(0-based line in the body, target) of every link and image, in reading order."""
    for token in _MARKDOWN.parse(unindent_blocks(body)):
        if token.type != "inline" or not token.children:
            continue
        line = token.map[0] if token.map else 0
        for child in token.children:
            target = child.attrs.get("href") if child.type == "link_open" else child.attrs.get("src")
            if child.type in ("link_open", "image") and isinstance(target, str):
                yield line, target


def link_problem(page_path: str, target: str, files: frozenset[str]) -> str | None:
    """Why a link of a page is broken, or None if it is fine or not ours to check."""
    if not target or target.startswith("#") or EXTERNAL.match(target):
        return None
    path = unquote(urlsplit(target).path)
    if not path:
        return None
    resolved = posixpath.normpath(posixpath.join(posixpath.dirname(page_path), path))
    if resolved == ".." or resolved.startswith("../"):
        return f"link to {target!r} leaves the briefs folder"
    if resolved not in files:
        return f"broken link: {target!r} ({resolved} does not exist)"
    return None


def unindent_blocks(body: str) -> str:
    """Bring the content of admonitions and tabs to the left margin, line for line, so CommonMark
    reads it as Markdown rather than code; the marker lines become blank."""
    lines = body.split("\n")
    for _ in range(MAX_NESTING):
        changed = inside = False
        for i, line in enumerate(lines):
            if inside and line.startswith(INDENT):
                lines[i] = line[len(INDENT) :]
                changed = True
                continue
            if inside and not line.strip():
                continue
            inside = bool(INDENTED_BLOCK.match(line))
            if inside:
                lines[i] = ""
        if not changed:
            break
    return "\n".join(lines)


def evidence_problems(body: str) -> Iterator[tuple[int, str]]:
    """(0-based line, problem) for each fact row or caveat of a brief page that shows no evidence."""
    lines = body.split("\n")
    section = ""
    column: int | None = None
    for i, line in enumerate(lines):
        if line.startswith("## "):
            section, column = line[3:].strip(), None
        elif section == FACTS_HEADING and line.startswith("|"):
            cells = [c.strip() for c in CELL_SPLIT.split(line.strip())[1:-1]]
            if column is None:
                column = cells.index(EVIDENCE_COLUMN) if EVIDENCE_COLUMN in cells else -1
            elif column >= 0 and _is_row(cells) and not (column < len(cells) and cells[column].strip(QUOTES)):
                yield i, "dated fact without evidence"
        elif section == CAVEATS_HEADING and INDENTED_BLOCK.match(line) and not _quotes_below(lines, i + 1):
            yield i, f"caveat without evidence: {line.strip()}"


def _is_row(cells: list[str]) -> bool:
    """A table row of content, not the |---|---| line under the header."""
    return not set("".join(cells)) <= set("-: ")


def _quotes_below(lines: list[str], start: int) -> bool:
    """Whether the indented content from ``start`` holds a quotation ("> ...")."""
    for line in lines[start:]:
        if line.strip() and not line.startswith(INDENT):
            return False
        if line.strip().startswith(">"):
            return True
    return False
