"""End to end: sources -> briefs -> `mkdocs build --strict`, always into a tmp dir, never the repo."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from generator.cli import main

ROOT = Path(__file__).resolve().parents[1]
CONFIG = str(ROOT / "mkdocs.yml")
HOSTILE = """---
title: "<script>alert('title')</script> [x](http://evil.example) {{ boom }}"
author: "<b>Someone</b>"
tags: ["<i>tag</i>", "index"]
---
# <script>alert('heading')</script>

On 3 March 2024 the page said <img src=x onerror=alert('img')> and [click here](http://evil.example)
and {{ config.secret }} and {% include "x" %} and <!-- a comment --> and &copy; and `code`.
"""


def build(sources: Path, out: Path, *extra: str) -> Result:
    args = ["build", "--sources", str(sources), "--briefs", str(out / "briefs"), "--site", str(out / "site")]
    return CliRunner().invoke(main, [*args, "--config", CONFIG, *extra])


def html_pages(site: Path) -> dict[str, str]:
    return {p.relative_to(site).as_posix(): p.read_text(encoding="utf-8") for p in site.rglob("*.html")}


def test_shared_sources_build_a_strict_site(shared: Path, tmp_path: Path) -> None:
    files = sorted(str(p) for p in (shared / "sources").glob("*.txt"))
    extracted = CliRunner().invoke(main, ["extract", "--format", "json", *files])
    assert extracted.exit_code == 0, extracted.output
    articles = [a for s in json.loads(extracted.stdout)["sources"] for a in s["articles"]]
    result = build(shared / "sources", tmp_path)
    assert result.exit_code == 0, result.output
    pages = html_pages(tmp_path / "site")
    assert "index.html" in pages and "timeline/index.html" in pages
    briefs = [p for p in pages if p.startswith("briefs/") and p != "briefs/index.html"]
    assert len(briefs) == len(articles) >= len(files)  # one page per extracted article
    assert (tmp_path / "site" / "search" / "search_index.json").exists()
    for name, text in pages.items():
        assert "fonts.googleapis.com" not in text and "fonts.gstatic.com" not in text, name


def test_demo_site_builds_and_shows_every_page_kind(tmp_path: Path) -> None:
    result = build(ROOT / "sources", tmp_path)
    assert result.exit_code == 0, result.output
    pages = html_pages(tmp_path / "site")
    for folder in ("briefs", "actors", "topics"):
        assert len([p for p in pages if p.startswith(folder + "/")]) >= 2, folder
    assert "briefsite-print.css" in pages["index.html"]
    assert (tmp_path / "site" / "assets" / "stylesheets" / "briefsite-print.css").exists()


def test_source_text_never_becomes_markup(tmp_path: Path) -> None:
    (tmp_path / "src").mkdir()
    (tmp_path / "src" / "evil.md").write_text(HOSTILE, encoding="utf-8")
    result = build(tmp_path / "src", tmp_path / "out")
    assert result.exit_code == 0, result.output
    every = "\n".join(html_pages(tmp_path / "out" / "site").values())
    assert "alert(" in every  # the text is there...
    assert not re.search(r"<script>alert|<img src=x|<b>Someone|<i>tag|href=\"http://evil", every)  # ...as text
    assert "&lt;script&gt;alert" in every and "{{ config.secret }}" in every
    assert "&amp;lt;" not in every  # escaped once, not twice


def test_a_broken_link_fails_the_build(tmp_path: Path) -> None:
    (tmp_path / "out" / "briefs").mkdir(parents=True)
    (tmp_path / "out" / "briefs" / "notes.md").write_text("# Notes\n\n[gone](missing.md)\n", encoding="utf-8")
    result = build(ROOT / "sources", tmp_path / "out")
    assert result.exit_code == 1
    assert "missing.md" in result.output and "site build failed" in result.output


def test_failing_and_foreign_files_are_reported_and_the_rest_is_built(tmp_path: Path) -> None:
    src = tmp_path / "src"
    (src / "sub").mkdir(parents=True)
    (src / "good.txt").write_text("Ports reopen\n\nThe port of Gdynia reopened on 2 May 2025.\n", encoding="utf-8")
    (src / "sub" / "binary.txt").write_bytes(b"\x00\x01\x02" * 100)
    (src / "photo.jpg").write_bytes(b"\xff\xd8\xff")
    (src / ".hidden.txt").write_text("ignored\n", encoding="utf-8")
    result = build(src, tmp_path / "out")
    assert result.exit_code == 1, result.output
    assert re.search(r"src/sub/binary\.txt: read: .*binary", result.output)
    assert re.search(r"src/photo\.jpg: generate\.skipped: .*\.txt", result.output)
    assert ".hidden" not in result.output
    briefs = list((tmp_path / "out" / "briefs" / "briefs").glob("*.md"))
    assert len(briefs) == 2  # the good source's brief and the index
    assert (tmp_path / "out" / "site" / "index.html").exists()


def test_only_foreign_files_is_not_a_failure(tmp_path: Path) -> None:
    (tmp_path / "src").mkdir()
    (tmp_path / "src" / "notes.docx").write_bytes(b"PK")
    result = CliRunner().invoke(main, ["generate", "--sources", str(tmp_path / "src"), "--briefs", str(tmp_path / "b")])
    assert result.exit_code == 0, result.output
    assert "notes.docx: generate.skipped" in result.output


@pytest.mark.parametrize("command", ["generate", "build", "serve"])
def test_help_has_an_example(command: str) -> None:
    result = CliRunner().invoke(main, [command, "--help"])
    assert result.exit_code == 0
    assert "Example:" in result.output and f"briefsite {command}" in result.output


@pytest.mark.parametrize("command", ["generate", "build", "serve"])
def test_usage_errors_exit_2(command: str, tmp_path: Path) -> None:
    result = CliRunner().invoke(main, [command, "--sources", str(tmp_path / "nowhere")])
    assert result.exit_code == 2
    assert "does not exist" in result.output


@pytest.mark.parametrize("briefs", [".", "sub", ".."])
def test_sources_and_briefs_must_not_nest(tmp_path: Path, briefs: str) -> None:
    src = tmp_path / "a" / "src"
    src.mkdir(parents=True)
    args = ["generate", "--sources", str(src), "--briefs", str(src / briefs)]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 2 and "separate folders" in result.output


def test_mkdocs_config_is_offline_plain_and_small() -> None:
    from mkdocs.config import load_config

    cfg = load_config(config_file=CONFIG)
    assert cfg["docs_dir"].endswith("briefs")
    assert cfg["theme"]["font"] is False
    assert cfg["theme"].name == "material"
    assert [p.get("toggle") is not None for p in cfg["theme"]["palette"]] == [True, True]
    assert list(cfg["plugins"]) == ["material/search"]  # what Material makes of "search"
    nav = [next(iter(item.values())) for item in cfg["nav"]]
    assert nav == ["index.md", "briefs/index.md", "actors/index.md", "topics/index.md", "timeline.md"]
    assert cfg["not_in_nav"].match_file("briefs/some-brief.md")


def test_serve_regenerates_when_a_source_changes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import threading
    import time

    from generator.commands import build as build_module

    monkeypatch.setattr(build_module, "WATCH_SECONDS", 0.05)
    src, out = tmp_path / "src", tmp_path / "briefs"
    src.mkdir()
    seen = build_module._snapshot(src)
    build_module.generate_site(src, out)
    stop = threading.Event()
    args = (src, out, stop, seen)
    watcher = threading.Thread(target=build_module._regenerate_on_change, args=args, daemon=True)
    watcher.start()
    try:
        (src / "new.md").write_text("---\ntitle: Port reopens\n---\nThe port reopened on 3 May 2025.\n", "utf-8")
        deadline = time.monotonic() + 10
        while not (out / "briefs" / "port-reopens.md").exists() and time.monotonic() < deadline:
            time.sleep(0.05)
    finally:
        stop.set()
        watcher.join(5)
    assert (out / "briefs" / "port-reopens.md").exists()
