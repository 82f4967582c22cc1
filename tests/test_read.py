"""Reading a source: decoding, front matter, and refusing what is not text, with clear messages."""

from __future__ import annotations

import codecs
import hashlib
from pathlib import Path

import pytest
import yaml
from hypothesis import given
from hypothesis import strategies as st

from generator import read
from generator.read import SourceError, decode, read_source, split_front_matter

BODY = "Ministers met in Oslo on Monday.\n"


def write(tmp_path: Path, name: str, data: bytes | str) -> Path:
    path = tmp_path / name
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return path


def test_front_matter_wins_and_is_taken_off_the_text(tmp_path: Path) -> None:
    text = "---\ntitle: '  Talks   in Oslo '\npublished: 2025-10-16\nauthor: Jo Smith\ntags: a, b ,\n---\n" + BODY
    src = read_source(write(tmp_path, "a.md", text))
    fm = src.front_matter
    assert (fm.title, fm.published, fm.author, fm.tags) == ("Talks in Oslo", "2025-10-16", "Jo Smith", ("a", "b"))
    assert src.text == BODY
    assert src.line_offset == 6


@pytest.mark.parametrize(
    ("yaml_text", "published"),
    [("published: 2025", "2025"), ("published: 2025-10", "2025-10"), ("published: '2025-10-16'", "2025-10-16")],
)
def test_partial_dates_are_kept_at_their_precision(yaml_text: str, published: str) -> None:
    fm, _, _ = split_front_matter(f"---\n{yaml_text}\n---\n{BODY}")
    assert fm.published == published


def test_a_timestamp_is_read_as_its_date() -> None:
    fm, _, _ = split_front_matter(f"---\npublished: 2025-10-16 14:30:00\n---\n{BODY}")
    assert fm.published == "2025-10-16"


@pytest.mark.parametrize(
    ("front", "message"),
    [
        ("published: last week", "front matter 'published' must be YYYY, YYYY-MM or YYYY-MM-DD, not 'last week'"),
        ("tags: 3", "front matter 'tags' must be a list or a comma-separated string"),
        ("- a\n- b", "front matter must be a YAML mapping of keys to values"),
        ("title: [open", "front matter is not valid YAML (line 2): expected ',' or ']', but got '<stream end>'"),
    ],
)
def test_bad_front_matter_says_what_is_wrong(front: str, message: str) -> None:
    with pytest.raises(SourceError) as e:
        split_front_matter(f"---\n{front}\n---\n{BODY}")
    assert str(e.value) == message


def test_unknown_keys_are_ignored_and_dots_close_the_block() -> None:
    fm, body, lines = split_front_matter(f"---\nlayout: post\ntitle: T\n...\n{BODY}")
    assert (fm.title, body, lines) == ("T", BODY, 4)


def test_html_front_matter_is_not_parsed(tmp_path: Path) -> None:
    src = read_source(write(tmp_path, "a.html", "---\ntitle: x\n---\n<p>Hi</p>"))
    assert src.front_matter.title is None and src.text.startswith("---")


@pytest.mark.parametrize(
    ("data", "text"),
    [
        (codecs.BOM_UTF8 + "café\r\nbar\r".encode(), "café\nbar\n"),
        ("naïve".encode("utf-16"), "naïve"),
        (b"caf\xe9 cr\xe8me, \xe2\x80\x9cquoted\xe2\x80\x9d", "café crème, \u201cquoted\u201d"),
    ],
)
def test_decoding(data: bytes, text: str) -> None:
    assert decode(data) == text


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"text\x00with NUL", "file holds binary data (NUL bytes), not text"),
        (bytes(range(1, 9)) * 20, "file holds binary data (control characters), not text"),
        (bytes(range(0x80, 0x100)) * 3, "cannot decode text: byte 0x80 at offset 0 is not UTF-8"),
        (b"\xff\xfea", "cannot decode text: the file starts as UTF-16 but truncated data at byte 2"),
    ],
)
def test_what_is_not_text_is_refused(data: bytes, message: str) -> None:
    with pytest.raises(SourceError) as e:
        decode(data)
    assert str(e.value).startswith(message)


@given(st.binary(max_size=300))
def test_any_bytes_decode_or_raise_a_source_error(data: bytes) -> None:
    try:
        text = decode(data)
    except SourceError:
        return
    assert "\r" not in text and "\x00" not in text


@given(st.text(max_size=80))
def test_any_title_survives_front_matter(title: str) -> None:
    block = yaml.safe_dump({"title": title}, allow_unicode=True)
    fm, body, _ = split_front_matter(f"---\n{block}---\n{BODY}")
    assert fm.title == (" ".join(title.split()) or None)
    assert body == BODY


def test_unsupported_types_directories_and_huge_files(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    with pytest.raises(
        SourceError, match=r"^unsupported file type '\.docx'; briefsite reads \.htm, \.html, \.md, \.txt$"
    ):
        read_source(write(tmp_path, "a.docx", BODY))
    (tmp_path / "d.txt").mkdir()
    with pytest.raises(SourceError, match=r"^is a directory, not a file$"):
        read_source(tmp_path / "d.txt")
    monkeypatch.setattr(read, "MAX_BYTES", 10)
    with pytest.raises(SourceError, match=r"^file is 0\.0 MB; the limit is 0 MB$"):
        read_source(write(tmp_path, "big.txt", BODY))


def test_the_path_shown_is_the_one_given(tmp_path: Path) -> None:
    src = read_source(write(tmp_path, "a.TXT", BODY), "sources/a.TXT")
    assert (src.path, src.name, src.format) == ("sources/a.TXT", "a.TXT", "txt")
    assert src.sha256 == hashlib.sha256(BODY.encode("utf-8")).hexdigest()
