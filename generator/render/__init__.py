"""Render the ``SiteIndex`` into pages: Jinja2 templates format, ``views`` decides.

One template per page kind in ``site_templates/pages`` (partials and macros prefixed ``_``);
``StrictUndefined`` so a missing value fails loudly; source text reaches a page only through
the ``md`` filter (``generator.escape``), and the renderer refuses any that did not.
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

import jinja2

from ..escape import Untrusted, attr, md
from ..link import SiteIndex
from . import views

PageKind = Literal["brief", "actor", "topic", "timeline", "home", "index"]
# The site_templates folder of the project (next to the package in a checkout).
TEMPLATES = Path(__file__).resolve().parents[2] / "site_templates" / "pages"
GENERATOR = "briefsite"
BLANK_LINES = re.compile(r"\n{3,}")


@dataclass(frozen=True, slots=True)
class RenderedPage:
    """One page, ready to write: its path under the docs dir and its whole text."""

    path: str
    page: PageKind
    title: str
    text: str
    source: str | None = None  # the source path relative to the sources dir (brief pages)


class UnescapedSourceText(Exception):
    """A template printed source text without the ``md`` filter."""


def _finalize(value: object) -> object:
    if isinstance(value, Untrusted):
        raise UnescapedSourceText(f"source text printed without the md filter: {value[:60]!r}")
    return value


def environment(templates: Path = TEMPLATES) -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(templates)),
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        autoescape=False,  # Markdown, not HTML: escaping is the md filter's job
        finalize=_finalize,
    )
    env.filters["md"] = md
    return env


def render_site(index: SiteIndex, templates: Path = TEMPLATES) -> tuple[RenderedPage, ...]:
    """Every page of the site, in path order."""
    env = environment(templates)
    jobs: list[tuple[str, PageKind, str, str, views.View, str | None]] = [
        ("home", "home", "", "Overview", views.home_view(index), None),
        ("timeline", "timeline", "", "Timeline", views.timeline_view(index), None),
        ("briefs", "index", "", "Briefs", views.briefs_index_view(index), None),
        ("actors", "index", "", "Actors", views.actors_index_view(index), None),
        ("topics", "index", "", "Topics", views.topics_index_view(index), None),
    ]
    for b in index.briefs:
        a = b.article
        jobs.append(("brief", "brief", a.id, views.title_of(b), views.brief_view(index, b), a.source_path))
    jobs += [("actor", "actor", a.key, a.name, views.actor_view(index, a), None) for a in index.actors]
    jobs += [("topic", "topic", t.slug, t.name, views.topic_view(index, t), None) for t in index.topics]
    pages = [_render(env, index, *job) for job in jobs]
    return tuple(sorted(pages, key=lambda p: p.path))


def _render(
    env: jinja2.Environment,
    index: SiteIndex,
    kind: str,
    page: PageKind,
    key: str,
    title: str,
    view: views.View,
    source: str | None,
) -> RenderedPage:
    template = "index_" + kind if page == "index" else kind
    body = tidy(env.get_template(f"{template}.md.j2").render(view))
    path = index.path(kind, key)
    sha = index.brief(key).article.source_sha256 if page == "brief" else None
    return RenderedPage(path, page, str(title), front_matter(str(title), page, source, sha, body) + body, source)


def tidy(body: str) -> str:
    """At most one blank line in a row and exactly one final newline, whatever the template did."""
    return BLANK_LINES.sub("\n\n", body).strip("\n") + "\n"


def front_matter(title: str, page: PageKind, source: str | None, source_sha256: str | None, body: str) -> str:
    """The contract every generated page carries (``briefsite check`` validates it)."""
    lines = ["---", f"title: {_yaml_str(attr(title))}", f"generated: {GENERATOR}", f"page: {page}"]
    if source is not None and source_sha256 is not None:
        lines += [f"source: {_yaml_str(source)}", f"source_sha256: {_yaml_str(source_sha256)}"]
    lines += [f"body_sha256: {_yaml_str(body_sha256(body))}", "---", ""]
    return "\n".join(lines)


def body_sha256(body: str) -> str:
    """The hash of a page body: the UTF-8 bytes after the closing '---' line of the front matter."""
    return hashlib.sha256(body.encode("utf-8")).hexdigest()


def _yaml_str(text: str) -> str:
    """A double-quoted scalar: JSON's quoting is valid YAML and escapes every control character."""
    return json.dumps(text, ensure_ascii=False)
