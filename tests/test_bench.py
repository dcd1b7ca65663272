"""``eventwire bench`` times spaCy alone and the whole pipeline on the same work."""

from __future__ import annotations

from test_examples import load_articles

from eventwire.bench import run_bench
from eventwire.config import Settings


def test_two_workers_parse_and_code_what_one_process_does() -> None:
    articles = load_articles()[:6]
    alone = run_bench(articles, Settings(workers=1, batch_size=2))
    pooled = run_bench(articles, Settings(workers=2, batch_size=2))
    assert (pooled.articles, pooled.workers) == (6, 2)
    assert (pooled.sentences, pooled.events) == (alone.sentences, alone.events)
    assert alone.sentences > alone.articles and alone.events > 0
    assert pooled.spacy_seconds > 0 and pooled.pipeline_seconds > 0
