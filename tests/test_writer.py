"""The writer: edited pages kept, orphans removed, hand-written pages never touched, no double writes."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_link import brief

from generator.link import link
from generator.render import RenderedPage, render_site
from generator.writer import WriteError, page_state, write_pages

HAND_WRITTEN = "# Notes\n\nWritten by a person.\n"


def site(*ids: str) -> tuple[RenderedPage, ...]:
    return render_site(link([brief(i, source=f"{i}.txt") for i in ids], sources=len(ids)))


def tree(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def test_first_write_then_nothing_to_do(tmp_path: Path) -> None:
    pages = site("a", "b")
    first = write_pages(tmp_path, pages)
    assert sorted(first.written) == sorted(p.path for p in pages)
    before = {p: (tmp_path / p).stat().st_mtime_ns for p in first.written}
    again = write_pages(tmp_path, pages)
    assert again.written == () and len(again.unchanged) == len(pages)
    assert {p: (tmp_path / p).stat().st_mtime_ns for p in first.written} == before


def test_edited_page_is_kept_and_reported(tmp_path: Path) -> None:
    write_pages(tmp_path, site("a", "b"))
    page = tmp_path / "briefs/a.md"
    edited = page.read_text(encoding="utf-8") + "\nA note an analyst added.\n"
    page.write_text(edited, encoding="utf-8")
    report = write_pages(tmp_path, site("a", "b"))
    assert report.kept_edited == ("briefs/a.md",)
    assert page.read_text(encoding="utf-8") == edited
    assert any("briefs/a.md: kept: edited by hand" in m for m in report.messages())


def test_orphan_is_removed_but_an_edited_orphan_is_kept(tmp_path: Path) -> None:
    write_pages(tmp_path, site("a", "b", "c"))
    (tmp_path / "briefs/c.md").write_text((tmp_path / "briefs/c.md").read_text() + "edit\n", encoding="utf-8")
    report = write_pages(tmp_path, site("a"))
    assert "briefs/b.md" in report.removed and not (tmp_path / "briefs/b.md").exists()
    assert "briefs/c.md" in report.kept_edited and (tmp_path / "briefs/c.md").exists()


def test_hand_written_pages_are_never_touched(tmp_path: Path) -> None:
    (tmp_path / "notes").mkdir()
    (tmp_path / "notes/method.md").write_text(HAND_WRITTEN, encoding="utf-8")
    (tmp_path / "briefs").mkdir()
    (tmp_path / "briefs/a.md").write_text(HAND_WRITTEN, encoding="utf-8")
    (tmp_path / "extra.css").write_text("p {}\n", encoding="utf-8")
    report = write_pages(tmp_path, site("a"))
    assert report.kept_hand_written == ("briefs/a.md",)
    assert (tmp_path / "briefs/a.md").read_text(encoding="utf-8") == HAND_WRITTEN
    write_pages(tmp_path, ())
    assert (tmp_path / "notes/method.md").read_text(encoding="utf-8") == HAND_WRITTEN
    assert (tmp_path / "extra.css").exists()
    assert sorted(tree(tmp_path)) == ["briefs/a.md", "extra.css", "notes/method.md"]


def test_pages_of_a_failed_source_stay(tmp_path: Path) -> None:
    write_pages(tmp_path, site("a", "b"))
    report = write_pages(tmp_path, site("a"), keep_sources=["b.txt"])
    assert report.kept_stale == ("briefs/b.md",) and (tmp_path / "briefs/b.md").exists()


def test_double_write_is_refused_before_anything_is_written(tmp_path: Path) -> None:
    pages = site("a")
    with pytest.raises(WriteError, match="two pages"):
        write_pages(tmp_path / "out", (*pages, pages[0]))
    assert not (tmp_path / "out").exists()


@pytest.mark.parametrize("bad", ["../escape.md", "/abs.md", "a/../../b.md", "page.html", "a//b.md"])
def test_paths_outside_the_folder_are_refused(tmp_path: Path, bad: str) -> None:
    page = RenderedPage(bad, "home", "t", "x\n")
    with pytest.raises(WriteError):
        write_pages(tmp_path, (page,))


def test_removing_the_last_page_of_a_folder_removes_the_folder(tmp_path: Path) -> None:
    extra = next(p for p in site("a") if p.path == "briefs/a.md")
    moved = RenderedPage("deep/er/a.md", extra.page, extra.title, extra.text, extra.source)
    write_pages(tmp_path, (moved,))
    assert (tmp_path / "deep/er/a.md").exists()
    write_pages(tmp_path, ())
    assert not (tmp_path / "deep").exists() and tmp_path.is_dir()


def test_no_temporary_files_are_left(tmp_path: Path) -> None:
    write_pages(tmp_path, site("a", "b"))
    assert not [p for p in tmp_path.rglob(".*") if p.is_file()]


def test_page_state_reads_the_front_matter() -> None:
    text = site("a")[0].text
    assert page_state(text).generated and not page_state(text).edited
    assert page_state(text.replace("\n# ", "\n# Edited ")).edited
    assert not page_state(HAND_WRITTEN).generated
    assert not page_state("---\n: bad yaml [\n---\nbody\n").generated
    crlf = page_state(text.replace("\n", "\r\n"))
    assert crlf.generated and not crlf.edited
