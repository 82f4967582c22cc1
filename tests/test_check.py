"""``briefsite check``: exact problem lines for a small briefs folder written here."""

from __future__ import annotations

import dataclasses
import hashlib
import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from generator.link import link
from generator.model import Caveat, DatedFact, Span
from generator.pipeline import run
from generator.render import render_site
from generator.validate import PAGE_SCHEMA, Page, check_pages, unindent_blocks

SCHEMA_FILE = Path(__file__).resolve().parents[1] / "schema" / "page.schema.json"
SOURCE_TEXT = b"A source about the talks.\n"
SHA = hashlib.sha256(SOURCE_TEXT).hexdigest()
BODY_SHA = "ab" * 32
ARTICLE = (
    "Ministers meet in Oslo to discuss the border\n\n"
    "The foreign ministers of the two countries met in Oslo on Monday to discuss the disputed border.\n\n"
    "Officials said the talks would continue next week, after a first round that ended without an agreement.\n"
)


def generated(page: str, title: str = "T", **extra: str) -> str:
    lines = ["---", f"title: {title}", "generated: briefsite", f"page: {page}"]
    lines += [f"{k}: {v}" for k, v in extra.items()]
    return "\n".join([*lines, f"body_sha256: {BODY_SHA}", "---", ""])


@pytest.fixture()
def site(tmp_path: Path) -> tuple[Path, Path]:
    briefs, sources = tmp_path / "briefs", tmp_path / "sources"
    (briefs / "briefs").mkdir(parents=True)
    sources.mkdir()
    (sources / "talks.txt").write_bytes(SOURCE_TEXT)
    (briefs / "index.md").write_text(
        generated("home") + "# Home\n\nSee [the talks](briefs/talks.md#facts) and [web](https://example.org).\n"
    )
    (briefs / "briefs" / "talks.md").write_text(
        generated("brief", source="talks.txt", source_sha256=SHA) + "# Talks\n\n[Home](../index.md)\n"
    )
    (briefs / "notes.md").write_text("# Hand-written notes\n\n[top](#notes) [mail](mailto:a@b.org)\n")
    return briefs, sources


def run_check(cli: Any, site: tuple[Path, Path]) -> Any:
    briefs, sources = site
    return cli("check", "--briefs", briefs, "--sources", sources)


def test_a_clean_folder_passes(cli: Any, site: tuple[Path, Path]) -> None:
    ran = run_check(cli, site)
    assert (ran.code, ran.out) == (0, "")
    assert ran.err == f"checked 3 pages in {site[0]}: 0 problems\n"


def test_a_broken_link_is_reported_at_its_line(cli: Any, site: tuple[Path, Path]) -> None:
    briefs, _ = site
    (briefs / "notes.md").write_text("# Notes\n\nFine.\n\nSee [gone](briefs/gone.md).\n")
    ran = run_check(cli, site)
    assert ran.code == 1
    assert ran.out == f"{briefs.as_posix()}/notes.md:5: broken link: 'briefs/gone.md' (briefs/gone.md does not exist)\n"


def test_links_inside_admonitions_are_checked(cli: Any, site: tuple[Path, Path]) -> None:
    briefs, _ = site
    (briefs / "notes.md").write_text('# Notes\n\n!!! warning "Stale"\n\n    See [x](x.md).\n')
    assert run_check(cli, site).out.endswith("notes.md:5: broken link: 'x.md' (x.md does not exist)\n")


def test_a_link_may_not_leave_the_folder(cli: Any, site: tuple[Path, Path]) -> None:
    briefs, _ = site
    (briefs / "notes.md").write_text("[up](../../etc/passwd.md)\n")
    assert run_check(cli, site).out.endswith("notes.md:1: link to '../../etc/passwd.md' leaves the briefs folder\n")


def test_a_brief_whose_source_is_gone(cli: Any, site: tuple[Path, Path]) -> None:
    briefs, sources = site
    (sources / "talks.txt").unlink()
    ran = run_check(cli, site)
    assert ran.code == 1
    assert ran.out == (
        f"{briefs.as_posix()}/briefs/talks.md:5: source 'talks.txt' no longer exists "
        "(delete the page or restore the source)\n"
    )


def test_a_brief_whose_source_changed(cli: Any, site: tuple[Path, Path]) -> None:
    _, sources = site
    (sources / "talks.txt").write_bytes(b"Rewritten.\n")
    out = run_check(cli, site).out
    assert out.endswith(
        "briefs/talks.md:5: source 'talks.txt' changed since the page was generated (run briefsite build)\n"
    )


def test_generated_front_matter_follows_the_schema(cli: Any, site: tuple[Path, Path]) -> None:
    briefs, _ = site
    (briefs / "briefs" / "talks.md").write_text(generated("brochure") + "# Talks\n")
    out = run_check(cli, site).out.splitlines()
    kinds = PAGE_SCHEMA["properties"]["page"]["enum"]
    assert out == [f"{briefs.as_posix()}/briefs/talks.md:4: front matter 'page': 'brochure' is not one of {kinds}"]


def test_a_brief_page_must_name_its_source(cli: Any, site: tuple[Path, Path]) -> None:
    briefs, _ = site
    (briefs / "briefs" / "talks.md").write_text(generated("brief") + "# Talks\n")
    out = run_check(cli, site).out
    assert out == f"{briefs.as_posix()}/briefs/talks.md:1: front matter 'source' is a required property\n" or (
        "'source' is a required property" in out and "'source_sha256' is a required property" in out
    )


@pytest.mark.parametrize(
    ("text", "line", "message"),
    [
        ("---\ntitle: [unclosed\n---\nbody\n", 2, "front matter is not valid YAML"),
        ("---\ntitle: x\nbody without end\n", 1, "front matter is not closed by a '---' line"),
        ("---\n- a list\n---\nbody\n", 2, "front matter must be a mapping of keys to values"),
    ],
)
def test_broken_front_matter(cli: Any, site: tuple[Path, Path], text: str, line: int, message: str) -> None:
    briefs, _ = site
    (briefs / "notes.md").write_text(text)
    ran = run_check(cli, site)
    assert ran.code == 1
    assert ran.out.startswith(f"{briefs.as_posix()}/notes.md:{line}: {message}")


def test_an_edited_generated_page_is_fine(cli: Any, site: tuple[Path, Path]) -> None:
    briefs, _ = site
    page = briefs / "briefs" / "talks.md"
    page.write_text(page.read_text() + "\nAn analyst's note.\n")
    assert run_check(cli, site).code == 0


def test_a_missing_briefs_folder_is_a_usage_error(cli: Any, tmp_path: Path) -> None:
    ran = cli("check", "--briefs", tmp_path / "nowhere")
    assert ran.code == 2
    assert "does not exist" in ran.err


def test_the_published_page_schema_is_the_one_check_uses() -> None:
    assert json.loads(SCHEMA_FILE.read_text(encoding="utf-8")) == PAGE_SCHEMA


@given(st.lists(st.sampled_from(["!!! note", "    text", "        deep", "", "plain", "??? tip", '=== "Tab"'])))
def test_unindenting_keeps_every_line_where_it_was(lines: list[str]) -> None:
    body = "\n".join(lines)
    assert unindent_blocks(body).count("\n") == body.count("\n")


def test_nested_admonition_content_reaches_the_margin() -> None:
    body = "!!! note\n\n    !!! tip\n\n        [x](x.md)\n"
    assert unindent_blocks(body).split("\n")[4] == "[x](x.md)"


def rendered_brief(tmp_path: Path, facts: tuple[DatedFact, ...], caveats: tuple[Caveat, ...]) -> Page:
    """One brief page rendered with the real templates."""
    path = tmp_path / "talks.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    [result] = run([(path, "talks.txt")])
    brief = dataclasses.replace(result.briefs[0], facts=facts, caveats=caveats)
    [page] = [p for p in render_site(link([brief], sources=1)) if p.page == "brief"]
    return Page(page.path, page.text)


def evidence_messages(page: Page) -> list[str]:
    sha = hashlib.sha256(ARTICLE.encode("utf-8")).hexdigest()
    return [p.message for p in check_pages([page], frozenset(), lambda _: sha) if "link" not in p.message]


def test_evidence_rules_follow_the_brief_template(tmp_path: Path) -> None:
    quote = Span(4, 21, "foreign ministers")
    fact = DatedFact(date="2025-03-03", text="The ministers met.", evidence=quote)
    verbatim = DatedFact(date="2025-03-04", text="foreign ministers", evidence=quote)
    caveat = Caveat(kind="speculative", message="It may not hold.", evidence=(quote,))
    page = rendered_brief(tmp_path, (fact, verbatim), (caveat,))
    assert evidence_messages(page) == []
    assert "\u201cforeign ministers\u201d" in page.text and "    > foreign ministers" in page.text
    edited = page.text.replace("\u201cforeign ministers\u201d", "").replace("    > foreign ministers", "")
    assert evidence_messages(Page(page.path, edited)) == [
        "dated fact without evidence",
        'caveat without evidence: !!! warning "Speculative"',
    ]
