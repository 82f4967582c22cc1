"""The HTML benchmark's measure and gold reading, and text it showed being lost on real news pages."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from generator.clean import clean
from generator.htmlbench import gold_of, main, shingle_prf
from generator.model import Source
from generator.split import split


def page(body: str) -> str:
    head = "<html><head><title>Port reopens</title></head>"
    return f"{head}<body><article><h1>Port reopens</h1>{body}</article></body></html>"


def test_identical_texts_score_one_and_disjoint_zero() -> None:
    text = "The port reopened on Monday after a week of strikes, officials said."
    assert shingle_prf(text, text).f1 == 1.0
    assert shingle_prf(text, "Nothing in common with that sentence at all here").f1 == 0.0


def test_half_the_gold_gives_recall_about_half_and_full_precision() -> None:
    gold = " ".join(f"w{i}" for i in range(103))  # 100 shingles
    pred = " ".join(f"w{i}" for i in range(53))  # its first 50
    prf = shingle_prf(pred, gold)
    assert prf.precision == 1.0 and abs(prf.recall - 0.5) < 1e-9


@given(st.text(max_size=200), st.text(max_size=200))
def test_scores_are_bounded_and_symmetric_in_f1(a: str, b: str) -> None:
    ab, ba = shingle_prf(a, b), shingle_prf(b, a)
    assert 0.0 <= ab.f1 <= 1.0
    assert abs(ab.f1 - ba.f1) < 1e-9 and abs(ab.precision - ba.recall) < 1e-9


def test_gold_from_json_body_or_txt(tmp_path: Path) -> None:
    (tmp_path / "a.html").write_text("<p>x</p>", encoding="utf-8")
    (tmp_path / "a.json").write_text(json.dumps({"articleBody": "Body A", "title": "T"}), encoding="utf-8")
    (tmp_path / "b.html").write_text("<p>x</p>", encoding="utf-8")
    (tmp_path / "b.txt").write_text("Body B", encoding="utf-8")
    (tmp_path / "c.html").write_text("<p>x</p>", encoding="utf-8")
    assert gold_of(tmp_path / "a.html") == ("Body A", {"articleBody": "Body A", "title": "T"})
    assert gold_of(tmp_path / "b.html") == ("Body B", {})
    assert gold_of(tmp_path / "c.html") is None


def test_command_prints_both_extractors_and_the_mean(tmp_path: Path, capsys: object) -> None:
    body = "<p>The port reopened on Monday after a week of strikes that stranded ships, officials said.</p>" * 3
    (tmp_path / "p.html").write_text(page(body), encoding="utf-8")
    (tmp_path / "p.txt").write_text("The port reopened on Monday after a week of strikes that stranded ships.", "utf-8")
    assert main([str(tmp_path)]) == 0
    out = capsys.readouterr().out  # type: ignore[attr-defined]
    assert "trafilatura" in out and "mean (1 pages)" in out


def test_handles_in_an_author_note_are_not_cut_as_glued_headings() -> None:
    note = (
        "<p>Jane Roe is a reporter covering ports and shipping for the paper. Follow her on Twitter "
        "<a href='https://twitter.com/JaneRoe'>@JaneRoe</a> or read more under #PortStrike today.</p>"
    )
    text = "<p>The port reopened on Monday after a week of strikes that stranded dozens of ships, officials said.</p>"
    (article,) = split(clean(Source("p.html", "p.html", "0" * 64, "html", page(text * 2 + note))))
    assert "@JaneRoe or read more under #PortStrike" in article.body


STORY = "".join(
    f"<p>The port reopened on {day} after a week of strikes that stranded dozens of ships, officials said.</p>"
    for day in ("Monday", "Tuesday", "Wednesday")
)


def teaser(headline: str, standfirst: str) -> str:
    return f"<h4><a href='/x'>{headline}</a></h4><p>{standfirst}</p>"


def body_of(html: str) -> str:
    (article,) = split(clean(Source("p.html", "p.html", "0" * 64, "html", html)))
    return article.body


def test_teasers_of_other_stories_after_the_article_are_furniture() -> None:
    teasers = teaser("Rail strike ends", "UNIONS accepted the offer late on Friday after talks.") + teaser(
        "Ferry fares rise", "THE operator said fuel costs forced a second rise this year."
    )
    body = body_of(page(STORY + "<h2>Other Opinion Columns</h2>" + teasers))
    assert "stranded dozens of ships" in body
    assert "Other Opinion Columns" not in body and "UNIONS accepted" not in body


def test_a_subheading_that_opens_with_more_is_article_text() -> None:
    sections = teaser("Rail strike ends", "Unions accepted the offer late on Friday after talks.") + teaser(
        "Ferry fares rise", "The operator said fuel costs forced a second rise this year."
    )
    body = body_of(page(STORY + "<h2>More rain on the way</h2>" + sections))
    assert "More rain on the way" in body and "Unions accepted the offer" in body


def test_related_heading_followed_by_article_paragraphs_keeps_them() -> None:
    rest = "<p>Dock workers said the deal was fair.</p><p>Shipping lines said delays would last a week.</p>"
    body = body_of(page(STORY + "<h2>More stories</h2>" + rest))
    assert "Dock workers said the deal was fair." in body


def test_date_from_markup_when_no_meta_tag_states_it() -> None:
    html = page(f'<li class="date-and-time" title="2015-03-13T21:00:00+11:00">March 13, 2015</li>{STORY}')
    (article,) = split(clean(Source("p.html", "p.html", "0" * 64, "html", html)))
    assert article.published == "2015-03-13"


def test_no_date_is_made_up_from_a_copyright_line() -> None:
    (article,) = split(clean(Source("p.html", "p.html", "0" * 64, "html", page(STORY + "<p>© 2019 Example</p>"))))
    assert article.published is None


def test_subheading_after_a_read_more_link_is_article_text() -> None:
    links = "<p><em>Read more</em>: <a href='/a'>Strikes spread to two more ports</a></p>"
    html = page(STORY + links + "<p><strong>Unions split over the deal</strong></p>" + STORY)
    assert "Unions split over the deal" in body_of(html)


def test_prev_next_link_titles_are_still_furniture() -> None:
    html = page(STORY + "<p>Previous post</p><p>Ferry fares rise again</p>")
    assert "Ferry fares rise again" not in body_of(html)


def meta_page(head: str, body: str) -> str:
    return f"<html><head>{head}</head><body><article>{body}{STORY}</article></body></html>"


def test_title_without_the_site_and_date_the_page_appends() -> None:
    head = "<meta property='og:title' content='Port reopens after strike | DW | 19.01.2020'>"
    (article,) = split(
        clean(Source("p.html", "p.html", "0" * 64, "html", meta_page(head, "<h1>Port reopens after strike</h1>")))
    )
    assert article.title == "Port reopens after strike"


def test_site_as_author_is_no_author_and_a_labelled_author_field_is_read() -> None:
    head = "<meta name='author' content='Example News (www.example.com)'>"
    body = "<h1>Port reopens</h1><ul><li><strong>Author</strong> Jane Roe</li></ul>"
    (article,) = split(clean(Source("p.html", "p.html", "0" * 64, "html", meta_page(head, body))))
    assert article.author == "Jane Roe"


def test_author_label_followed_by_lower_case_words_is_not_a_name() -> None:
    head = "<meta name='author' content='www.example.com'>"
    body = "<h1>Port reopens</h1><p>Author information appears below</p>"
    (article,) = split(clean(Source("p.html", "p.html", "0" * 64, "html", meta_page(head, body))))
    assert article.author is None


def test_json_ld_news_article_wins_over_the_web_page_listed_before_it() -> None:
    graph = (
        '{"@graph": [{"@type": "WebPage", "name": "Port reopens | Example"},'
        ' {"@type": "NewsArticle", "headline": "Port reopens", "author": {"name": "Jane Roe"}}]}'
    )
    head = f"<script type='application/ld+json'>{graph}</script>"
    (article,) = split(clean(Source("p.html", "p.html", "0" * 64, "html", meta_page(head, "<h1>Port reopens</h1>"))))
    assert article.author == "Jane Roe"


def test_section_label_above_the_headline_is_not_article_text() -> None:
    head = "<meta property='og:title' content='Port reopens after strike'>"
    body = "<h3><a href='/tech'>Logistics</a></h3><h1>Port reopens after strike</h1>"
    (article,) = split(clean(Source("p.html", "p.html", "0" * 64, "html", meta_page(head, body))))
    assert not article.body.startswith("Logistics")


def test_date_created_line_is_metadata_not_text() -> None:
    assert "Date created" not in body_of(page(STORY + "<p>Date created : 2015-05-12</p>"))


DEK = "The port reopened after a week of strikes, and shipping lines expect delays to last into next month."
DESCRIPTION = f"<meta name='description' content='{DEK}'>"


def test_standfirst_outside_the_articles_element_is_not_body_text() -> None:
    body = f"<h1>Port reopens</h1><p class='intro'>{DEK}</p><div class='body'>{STORY}{STORY}</div>"
    (article,) = split(clean(Source("p.html", "p.html", "0" * 64, "html", meta_page(DESCRIPTION, body))))
    assert "shipping lines expect delays" not in article.body
    assert "stranded dozens of ships" in article.body


def test_lede_inside_the_articles_element_stays_text_though_it_is_the_description() -> None:
    body = f"<h1>Port reopens</h1><div class='body'><p>{DEK}</p>{STORY}{STORY}</div>"
    (article,) = split(clean(Source("p.html", "p.html", "0" * 64, "html", meta_page(DESCRIPTION, body))))
    assert "shipping lines expect delays" in article.body


def test_benchmark_layout_with_ground_truth_file_and_gzipped_pages(tmp_path: Path, capsys: object) -> None:
    (tmp_path / "html").mkdir()
    (tmp_path / "html" / "abc.html.gz").write_bytes(gzip.compress(page(STORY).encode("utf-8")))
    gold = {"abc": {"articleBody": "The port reopened on Monday after a week of strikes.", "url": "https://x"}}
    (tmp_path / "ground-truth.json").write_text(json.dumps(gold), encoding="utf-8")
    assert main([str(tmp_path)]) == 0
    assert "abc" in capsys.readouterr().out  # type: ignore[attr-defined]
