"""A failure inside one article's coding is reported and does not stop the batch."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from eventwire import Article, Pipeline
from eventwire.models import AnnotatedArticle


def test_a_failing_article_is_kept_with_a_warning(monkeypatch: pytest.MonkeyPatch) -> None:
    pipeline = Pipeline.load()
    real = Pipeline.annotate_doc

    def fragile(self: Pipeline, article: Article, doc: Doc) -> AnnotatedArticle:
        if article.id == "bad":
            raise ValueError("simulated bug")
        return real(self, article, doc)

    monkeypatch.setattr(Pipeline, "annotate_doc", fragile)
    articles = [
        Article(id="bad", text="Chile and Peru signed a border treaty."),
        Article(id="good", text="Chile and Peru signed a border treaty."),
    ]
    bad, good = pipeline.annotate(articles)
    assert bad.events == () and bad.warnings == (
        "coding failed (ValueError: simulated bug); stored without events",
    )
    assert [e.cameo for e in good.events] == ["057", "057"]
