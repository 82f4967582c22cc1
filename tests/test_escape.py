"""The md filter: any source text renders as exactly that text, in every place a template puts it.

Rendered with Python-Markdown and the markdown_extensions of the project's mkdocs.yml, so the
test checks the dialect the site really uses.
"""

from __future__ import annotations

import html
import re
import unicodedata
from pathlib import Path

import markdown
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from generator.escape import attr, md

ROOT = Path(__file__).resolve().parents[1]
TAG = re.compile(r"<[^>]+>")


def site_extensions() -> tuple[list[str], dict[str, dict[str, object]]]:
    from mkdocs.config import load_config

    cfg = load_config(config_file=str(ROOT / "mkdocs.yml"))
    return list(cfg["markdown_extensions"]), dict(cfg["mdx_configs"])


EXTENSIONS, CONFIGS = site_extensions()


def to_html(text: str) -> str:
    return markdown.markdown(text, extensions=EXTENSIONS, extension_configs=CONFIGS)


def flat(text: str) -> str:
    """What a reader should see: control characters gone, whitespace collapsed."""
    kept = "".join(c for c in text if c.isspace() or unicodedata.category(c) != "Cc")
    return " ".join(kept.split())


# Where the templates put source text, with the HTML element that must hold it and nothing else.
CONTEXTS = {
    "paragraph": ("{}", "p"),
    "heading": ("# {}", "h1"),
    "list item": ("- [ok](x.md): {}", "li"),
    "link text": ("- [{}](x.md)", "a"),
    "link in a table cell": ("| A | B |\n| --- | --- |\n| 1 | [{}](x.md) |", "a"),
    "table cell": ("| A | B |\n| --- | --- |\n| 1 | {} |", "td"),
    "admonition": ('!!! note "N"\n\n    {}', "p"),
    "blockquote in admonition": ('!!! note "N"\n\n    > {}', "p"),
}
MARKUP = "abc 19. -+#*_`[](){}<>&|!\\=~:^\"'$%@/\n\t    "
SOURCE_TEXT = st.text(alphabet=st.sampled_from(MARKUP) | st.characters(codec="utf-8"), min_size=1, max_size=60)


def cell_text(rendered: str, element: str, context: str) -> str:
    """The text of the last ``element`` of the rendered page, which must hold no other markup."""
    found = re.findall(rf"<{element}(?: [^>]*)?>(.*?)</{element}>", rendered, re.S)
    assert found, f"{context}: no <{element}> in {rendered!r}"
    inner = found[-1]
    if context == "heading":
        inner = re.sub(r'<a class="headerlink"[^>]*>.*?</a>', "", inner)
    if context == "list item":
        inner = re.sub(r'^<a href="x.md">ok</a>: ', "", inner)
    assert not TAG.search(inner), f"{context}: markup leaked: {inner!r}"
    return html.unescape(inner).strip()


@pytest.mark.parametrize("context", sorted(CONTEXTS))
@settings(max_examples=300, deadline=None)
@given(text=SOURCE_TEXT)
def test_source_text_renders_as_itself(context: str, text: str) -> None:
    wrapper, element = CONTEXTS[context]
    if not flat(text):
        assert md(text) == ""
        return
    rendered = to_html(wrapper.format(md(text)))
    assert cell_text(rendered, element, context) == flat(text)


@pytest.mark.parametrize(
    "hostile",
    [
        "<script>alert(1)</script>",
        "[a link](http://evil.example)",
        "![image](x.png)",
        "{{ template }} {% block %}",
        "<img src=x onerror=alert(1)>",
        "&lt;escaped&gt; &copy;",
        "# heading",
        "1986. A list?",
        "- item",
        "!!! danger",
        "`code` *emph* __strong__",
        "[^1]: footnote",
        "<http://autolink.example>",
        "=====",
        "| a | b |",
    ],
)
def test_hostile_text_shows_as_text(hostile: str) -> None:
    rendered = to_html(md(hostile))
    assert rendered.startswith("<p>") and rendered.endswith("</p>")
    assert not TAG.search(rendered[3:-4])
    assert html.unescape(rendered[3:-4]) == hostile


def test_none_is_empty() -> None:
    assert md(None) == ""


def test_plain_text_stays_readable() -> None:
    assert md("Talks resumed on 20 October (Monday) in Warsaw - as planned.") == (
        "Talks resumed on 20 October (Monday) in Warsaw - as planned."
    )


@given(text=SOURCE_TEXT)
def test_attr_is_html_text_on_one_line(text: str) -> None:
    out = attr(text)
    assert "<" not in out and "\n" not in out
    assert html.unescape(out) == flat(text)
