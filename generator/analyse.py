"""Analyse one article into a brief: the analysers in their dependency order."""

from __future__ import annotations

from .actors import find_actors
from .caveats import article_caveats
from .model import Article, Brief
from .sentences import split_sentences
from .summary import summarise
from .temporal import extract_facts, tag_dates


def analyse(article: Article) -> Brief:
    """Sentences -> dates -> actors -> facts -> summary -> caveats, all on the article body."""
    sentences = split_sentences(article.body)
    dates = tag_dates(article.body, article.published, article.published_implied, article.footnotes)
    actors = find_actors(article, sentences)
    facts = extract_facts(article, sentences, dates, actors)
    summary = summarise(article, sentences, actors, facts)
    caveats = article_caveats(article, sentences, dates, actors, facts)
    return Brief(article=article, summary=summary, actors=actors, dates=dates, facts=facts, caveats=caveats)
