"""The command line: exact output, exit codes (0 ok, 1 a source failed, 2 usage), help with examples."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import click
import pytest

from generator.cli import main

ARTICLE = (
    "Ministers meet in Oslo to discuss the border\n\n"
    "The foreign ministers of the two countries met in Oslo on Monday to discuss the disputed border.\n\n"
    "Officials said the talks would continue next week, after a first round that ended without an agreement.\n"
)


def commands() -> list[str]:
    return sorted(main.commands)


@pytest.mark.parametrize("name", commands())
def test_every_command_has_help_with_an_example(cli: Any, name: str) -> None:
    ran = cli(name, "--help")
    assert ran.code == 0
    assert "Example:" in ran.out
    example = ran.out.split("Example:", 1)[1]
    assert f"briefsite {name}" in example


def test_the_known_commands_are_registered() -> None:
    assert {"extract", "check", "bench"} <= set(main.commands)


def test_every_option_has_help_text() -> None:
    for name, command in main.commands.items():
        for param in command.params:
            if isinstance(param, click.Option) and not param.hidden and param.name != "help":
                assert param.help, f"{name} {param.opts[0]} has no help text"


@pytest.fixture()
def article(tmp_path: Path) -> Path:
    path = tmp_path / "note.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    return path


def test_extract_prints_only_json_on_stdout(cli: Any, article: Path) -> None:
    ran = cli("extract", article)
    assert ran.code == 0
    assert ran.err == ""
    doc = ran.json()
    assert doc["schema"] == "briefsite.extract/1"
    [source] = doc["sources"]
    assert source["path"] == str(article)
    assert source["error"] is None
    assert len(source["articles"]) == 1


def test_unsupported_type_is_reported_and_the_others_still_extracted(cli: Any, article: Path, tmp_path: Path) -> None:
    pdf = tmp_path / "report.pdf"
    pdf.write_bytes(b"%PDF-1.4")
    ran = cli("extract", pdf, article)
    assert ran.code == 1
    assert ran.err == f"{pdf}: read: unsupported file type '.pdf'; briefsite reads .htm, .html, .md, .txt\n"
    bad, good = ran.json()["sources"]
    assert bad == {"path": str(pdf), "sha256": None, "error": ran.err.split(": ", 2)[2].strip(), "articles": []}
    assert good["error"] is None and good["articles"]


def test_missing_file_is_reported_with_its_path(cli: Any, tmp_path: Path) -> None:
    gone = tmp_path / "gone.txt"
    ran = cli("extract", gone)
    assert ran.code == 1
    assert ran.err == f"{gone}: read: cannot read file: No such file or directory\n"
    assert ran.json()["sources"][0]["error"] == "cannot read file: No such file or directory"


def test_binary_bytes_are_refused_with_a_clear_message(cli: Any, tmp_path: Path) -> None:
    blob = tmp_path / "blob.txt"
    blob.write_bytes(bytes(range(256)) * 4)
    ran = cli("extract", blob)
    assert ran.code == 1
    assert ran.err.startswith(f"{blob}: read: ")
    assert "not" in ran.err and ran.err.endswith("\n") and ran.err.count("\n") == 1


def test_a_folder_stands_for_its_source_files(cli: Any, tmp_path: Path) -> None:
    (tmp_path / "b.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "a.md").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "skip.pdf").write_bytes(b"x")
    (tmp_path / ".hidden.txt").write_text(ARTICLE, encoding="utf-8")
    ran = cli("extract", tmp_path)
    assert ran.code == 0
    assert [s["path"] for s in ran.json()["sources"]] == [str(tmp_path / "b.txt"), str(tmp_path / "sub" / "a.md")]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["extract"], "Missing argument 'PATHS...'"),
        (["extract", "--format", "xml", "x.txt"], "Invalid value for '--format'"),
        (["extract", "--published", "2025-13-01", "x.txt"], "'2025-13-01' is not YYYY, YYYY-MM or YYYY-MM-DD"),
        (["extract", "--published", "yesterday", "x.txt"], "'yesterday' is not YYYY, YYYY-MM or YYYY-MM-DD"),
        (["extract", "--published", "2025-02-30", "x.txt"], "'2025-02-30' is not YYYY, YYYY-MM or YYYY-MM-DD"),
        (["frobnicate"], "No such command 'frobnicate'"),
    ],
)
def test_usage_errors_exit_2(cli: Any, args: list[str], message: str) -> None:
    ran = cli(*args)
    assert ran.code == 2
    assert ran.out == ""
    assert message in ran.err


def test_published_is_assumed_only_where_the_source_states_none(cli: Any, tmp_path: Path) -> None:
    plain = tmp_path / "plain.txt"
    plain.write_text(ARTICLE, encoding="utf-8")
    dated = tmp_path / "dated.txt"
    dated.write_text("---\npublished: 2024-03-05\n---\n" + ARTICLE, encoding="utf-8")
    ran = cli("extract", "--published", "2025-10-16", plain, dated)
    assert ran.code == 0
    published = [a["published"] for s in ran.json()["sources"] for a in s["articles"]]
    assert published == ["2025-10-16", "2024-03-05"]


def test_nothing_is_assumed_without_published(cli: Any, article: Path) -> None:
    with_date = cli("extract", "--published", "2025-10-16", article).json()
    without = cli("extract", article).json()
    assert without["sources"][0]["articles"][0]["published"] is None
    assert with_date["sources"][0]["articles"][0]["published"] == "2025-10-16"


def test_front_matter_wins_over_extraction(cli: Any, tmp_path: Path) -> None:
    path = tmp_path / "fm.md"
    front = "---\ntitle: Given title\nauthor: A. Writer\npublisher: The Paper\nurl: https://example.org/a\n"
    path.write_text(front + "tags: [border, talks]\n---\n" + ARTICLE, encoding="utf-8")
    [art] = cli("extract", path).json()["sources"][0]["articles"]
    got = {k: art[k] for k in ("title", "author", "publisher", "url", "tags")}
    assert got == {
        "title": "Given title",
        "author": "A. Writer",
        "publisher": "The Paper",
        "url": "https://example.org/a",
        "tags": ["border", "talks"],
    }


def test_bad_front_matter_names_the_file_and_the_problem(cli: Any, tmp_path: Path) -> None:
    path = tmp_path / "bad.md"
    path.write_text("---\npublished: last week\n---\n" + ARTICLE, encoding="utf-8")
    ran = cli("extract", path)
    assert ran.code == 1
    assert ran.err == (f"{path}: read: front matter 'published' must be YYYY, YYYY-MM or YYYY-MM-DD, not 'last week'\n")


def test_stdout_is_utf8_json_with_characters_kept(cli: Any, tmp_path: Path) -> None:
    path = tmp_path / "accents.txt"
    text = (
        "Réunion à Genève\n\nLes ministres des deux pays se sont réunis à Genève lundi pour parler de la frontière.\n"
    )
    path.write_text(text, encoding="utf-8")
    ran = cli("extract", path)
    assert "Genève" in ran.out
    assert json.loads(ran.out)["sources"][0]["articles"][0]["body"].startswith("Les ministres")


def test_markdown_prints_the_brief_pages_in_source_order(cli: Any, tmp_path: Path) -> None:
    first, second = tmp_path / "b.txt", tmp_path / "a.md"
    first.write_text(ARTICLE, encoding="utf-8")
    second.write_text("---\ntitle: Second page\n---\n" + ARTICLE, encoding="utf-8")
    ran = cli("extract", "--format", "markdown", first, second, tmp_path / "gone.txt")
    assert ran.code == 1
    assert ran.err == f"{tmp_path / 'gone.txt'}: read: cannot read file: No such file or directory\n"
    assert ran.out.count("\ngenerated: briefsite\npage: brief\n") == 2
    assert ran.out.startswith('---\ntitle: "Ministers meet in Oslo to discuss the border"\n')
    assert ran.out.index("# Ministers meet in Oslo") < ran.out.index("# Second page")


def test_the_readme_documents_every_command_and_option(repo: Path) -> None:
    readme = (repo / "README.md").read_text(encoding="utf-8")
    missing = [
        f"{name} {opt}"
        for name, command in sorted(main.commands.items())
        for opt in [f"briefsite {name}"]
        + [o for p in command.params if isinstance(p, click.Option) for o in p.opts if o.startswith("--")]
        if opt not in readme and opt != "--help"
    ]
    assert missing == []


def test_an_html_page_is_read_with_its_metadata(cli: Any, tmp_path: Path) -> None:
    page = tmp_path / "page.htm"
    page.write_text(
        "<html><head><title>Talks resume | Example News</title><meta name='author' content='Jo Smith'></head>"
        "<body><nav><a href='/'>Home</a></nav><article><h1>Talks resume</h1>"
        f"<p>{ARTICLE.splitlines()[2]}</p><p>{ARTICLE.splitlines()[4]}</p></article></body></html>",
        encoding="utf-8",
    )
    ran = cli("extract", page)
    assert (ran.code, ran.err) == (0, "")
    [article] = ran.json()["sources"][0]["articles"]
    assert article["author"] == "Jo Smith"
    assert article["body"].startswith("The foreign ministers") and "Home" not in article["body"]
