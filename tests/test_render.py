"""Rendering: the front-matter contract, the escaping guard, strict templates, the Markdown dialect."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import jinja2
import pytest
import yaml
from test_link import actor, brief, fact, sample

from generator.link import link
from generator.model import Caveat, DatedFact, Span
from generator.render import TEMPLATES, UnescapedSourceText, body_sha256, environment, render_site
from generator.writer import split_page

BRIEF_KEYS = ["title", "generated", "page", "source", "source_sha256", "body_sha256"]
OTHER_KEYS = ["title", "generated", "page", "body_sha256"]
PAGE_KINDS = {"brief", "actor", "topic", "timeline", "home", "index"}


def pages() -> dict[str, str]:
    return {p.path: p.text for p in render_site(link(sample(), sources=3))}


def test_every_page_carries_the_front_matter_contract() -> None:
    rendered = pages()
    assert {"index.md", "timeline.md", "briefs/index.md", "actors/index.md", "topics/index.md"} <= set(rendered)
    for path, text in rendered.items():
        meta, body = split_page(text)
        keys = BRIEF_KEYS if meta["page"] == "brief" else OTHER_KEYS
        assert list(meta) == keys, path
        assert meta["generated"] == "briefsite"
        assert meta["page"] in PAGE_KINDS
        assert meta["body_sha256"] == body_sha256(body)
        assert text.endswith("\n") and not text.endswith("\n\n\n") and "\r" not in text


def test_brief_page_records_its_source() -> None:
    meta, body = split_page(pages()["briefs/a.md"])
    assert meta["source"] == "a.txt" and meta["source_sha256"] == "0" * 64
    assert "[Rybak](../actors/anna-rybak.md) (person): infrastructure minister" in body
    assert "| 2025-10-14 | The strike began. | (verbatim) |" in body


def test_evidence_that_differs_from_the_fact_is_quoted() -> None:
    f = DatedFact("2025-10-14", "Dockers struck.", Span(0, 30, "the strike began on 14 October"))
    index = link([brief("a", facts=(f,))], sources=1)
    body = next(p.text for p in render_site(index) if p.path == "briefs/a.md")
    assert "| 2025-10-14 | Dockers struck. | “the strike began on 14 October” |" in body


def test_caveats_are_admonitions_with_evidence_and_related_briefs() -> None:
    caveat = Caveat("opinion", "Argues a case.", evidence=(Span(0, 9, "We think <b>"),), related=("b",))
    index = link([brief("a", caveats=(caveat,)), brief("b", title="Other [one]")], sources=2)
    body = next(p.text for p in render_site(index) if p.path == "briefs/a.md")
    assert '!!! warning "Opinion"\n\n    Argues a case.\n\n    > We think &lt;b&gt;\n' in body
    assert "    See also: [Other &#91;one&#93;](b.md)." in body


def test_title_with_markup_is_escaped_in_front_matter_and_heading() -> None:
    index = link([brief("x", title='<script>alert("t")</script> [l](u)')], sources=1)
    text = next(p.text for p in render_site(index) if p.path == "briefs/x.md")
    meta, body = split_page(text)
    assert meta["title"] == '&lt;script&gt;alert("t")&lt;/script&gt; [l](u)'
    assert '# &lt;script&gt;alert("t")&lt;/script&gt; &#91;l&#93;(u)' in body


def test_untitled_brief_says_where_it_comes_from() -> None:
    meta, _ = split_page(pages()["briefs/c.md"])
    assert meta["title"] == "Untitled article 1 of c.txt"


def test_printing_source_text_without_the_filter_is_refused(tmp_path: Path) -> None:
    for t in TEMPLATES.iterdir():
        shutil.copy(t, tmp_path / t.name)
    (tmp_path / "brief.md.j2").write_text("# {{ title }}\n", encoding="utf-8")
    index = link([brief("a")], sources=1)
    with pytest.raises(UnescapedSourceText):
        render_site(index, templates=tmp_path)


def test_templates_are_strict(tmp_path: Path) -> None:
    (tmp_path / "t.md.j2").write_text("{{ missing }}\n", encoding="utf-8")
    with pytest.raises(jinja2.UndefinedError):
        environment(tmp_path).get_template("t.md.j2").render()


def test_one_template_per_page_kind_and_partials_start_with_underscore() -> None:
    names = sorted(p.name for p in TEMPLATES.iterdir())
    kinds = {n.removesuffix(".md.j2") for n in names if not n.startswith("_")}
    assert kinds == {"brief", "actor", "topic", "timeline", "home", "index_briefs", "index_actors", "index_topics"}
    assert all(n.endswith(".md.j2") for n in names)


def test_markdown_dialect_of_python_markdown() -> None:
    """Ordered lists numbered '1.', bullets '-', nested content indented by 4 spaces."""
    caveat = Caveat("speculative", "Forecasts.", evidence=(Span(0, 3, "may"),))
    many = [*sample(), brief("d", caveats=(caveat,), facts=(fact("2025", "A year."),))]
    for path, text in {p.path: p.text for p in render_site(link(many, sources=4))}.items():
        _, body = split_page(text)
        for line in body.splitlines():
            indent = len(line) - len(line.lstrip(" "))
            assert indent % 4 == 0, (path, line)
            assert not re.match(r"\s*[*+] ", line), (path, line)
            m = re.match(r"\s*(\d+)\. ", line)
            assert m is None or m.group(1) == "1", (path, line)


def test_same_index_same_bytes() -> None:
    assert pages() == pages()


def test_front_matter_is_yaml_even_for_odd_titles() -> None:
    odd = 'Title: with "quotes", a # hash, a\ttab and a colon: here \\ and ---'
    text = render_site(link([brief("o", title=odd, actors=(actor("X"),))], sources=1))
    meta = yaml.safe_load(next(p.text for p in text if p.path == "briefs/o.md").split("---\n")[1])
    assert meta["title"] == odd.replace("\t", " ")
