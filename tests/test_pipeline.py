"""The pipeline as a whole: chunking of long texts, offsets, deterministic ids, workers."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterator

import pytest
from spacy.language import Language
from test_examples import load_articles

from eventwire import pipeline as pipeline_module
from eventwire.config import Settings
from eventwire.models import AnnotatedArticle, Article, TextSpan
from eventwire.pipeline import Pipeline, split_text
from eventwire.serialize import annotated_to_dict

PARAGRAPHS = (
    "Brazilian President Luiz Inácio Lula da Silva will host Argentine President Javier "
    "Milei in Brasília next week.\n\n"
    "Chinese coast guard vessels fired water cannon at a Philippine patrol ship on Tuesday.\n"
    "Manila summoned the Chinese ambassador.\n\n"
    "Turkish police detained Istanbul Mayor Ekrem Imamoglu in a dawn raid on Wednesday."
)


def build_pipeline(nlp: Language, settings: Settings | None = None) -> Pipeline:
    """A real pipeline around the session's spaCy model (no second model load)."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(pipeline_module, "load_model", lambda name: nlp)
        return Pipeline.load(settings or Settings())


def with_settings(pipeline: Pipeline, **changes: object) -> Pipeline:
    """The same loaded resources under changed settings (chunk size, batch size)."""
    settings = dataclasses.replace(pipeline.settings, **changes)  # type: ignore[arg-type]
    return sharing_resources(pipeline, settings)


def sharing_resources(pipeline: Pipeline, settings: Settings) -> Pipeline:
    """A pipeline with ``settings`` over the resources ``pipeline`` has loaded."""
    return Pipeline(
        settings=settings,
        nlp=pipeline.nlp,
        actors=pipeline.actors,
        coder=pipeline.coder,
        gazetteer=pipeline.gazetteer,
        ontology=pipeline.ontology,
    )


@pytest.fixture(scope="module")
def pipeline(nlp: Language) -> Pipeline:
    return build_pipeline(nlp)


@pytest.fixture(scope="module")
def examples() -> list[Article]:
    return load_articles()


def long_article(articles: list[Article]) -> Article:
    """Every example article in one text (about 13,000 characters)."""
    text = "\n\n".join(article.text for article in articles)
    return Article(id="long-digest", text=text, published=dt.date(2026, 1, 9))


@pytest.mark.parametrize(
    ("text", "limit"),
    [
        ("Short text that fits.", 100),
        (PARAGRAPHS, 120),
        (PARAGRAPHS, 40),
        (PARAGRAPHS, len(PARAGRAPHS)),
        ("x" * 250, 100),
        ("Ankara " * 50, 7),
        ("Kyiv\n" * 40, 12),
        ("Le président a parlé à Bruxelles. " * 30, 64),
        ("  leading and trailing   spaces  ", 5),
    ],
    ids=[
        "fits",
        "paragraphs",
        "small-limit",
        "exact-limit",
        "no-whitespace",
        "limit-equals-word",
        "lines",
        "accents",
        "runs-of-spaces",
    ],
)
def test_split_text_joins_back_within_limit(text: str, limit: int) -> None:
    pieces = split_text(text, limit)
    assert "".join(pieces) == text
    assert all(0 < len(piece) <= limit for piece in pieces)
    assert (len(pieces) == 1) == (len(text) <= limit)


def test_split_text_keeps_a_short_text_whole() -> None:
    assert split_text(PARAGRAPHS, 10_000) == [PARAGRAPHS]


def test_split_text_cuts_at_whitespace_when_it_can() -> None:
    pieces = split_text(PARAGRAPHS, 60)
    assert all(piece[-1].isspace() or piece[-1] == "." for piece in pieces[:-1])


def test_split_text_prefers_paragraph_breaks() -> None:
    first = PARAGRAPHS.index("\n\n") + 2
    assert split_text(PARAGRAPHS, first + 60)[0] == PARAGRAPHS[:first]


def spans_of(annotated: AnnotatedArticle) -> Iterator[TextSpan]:
    """Every offset-carrying span of an annotation, as ``TextSpan``."""
    for event in annotated.events:
        yield event.trigger
        yield TextSpan(event.sentence.start, event.sentence.end, event.sentence.text)
        for actor in (event.source, event.target, event.attribution):
            if actor is not None:
                yield TextSpan(actor.start, actor.end, actor.text)
    for item in (*annotated.timexes, *annotated.places, *annotated.entities):
        yield TextSpan(item.start, item.end, item.text)


def test_chunked_parse_offsets_index_the_original_text(
    pipeline: Pipeline, examples: list[Article]
) -> None:
    article = long_article(examples)
    chunked = with_settings(pipeline, max_chunk_chars=2_000)
    [annotated] = chunked.annotate_batch([article])
    assert len(article.text) > 6 * 2_000
    assert len(annotated.events) >= len(examples)
    wrong = [s for s in spans_of(annotated) if article.text[s.start : s.end] != s.text]
    assert wrong == []
    assert annotated.warnings == (f"long text ({len(article.text):,} characters) coded in chunks",)


def test_chunked_parse_finds_the_events_of_the_whole_text(
    pipeline: Pipeline, examples: list[Article]
) -> None:
    article = long_article(examples)
    [whole] = pipeline.annotate_batch([article])
    [chunked] = with_settings(pipeline, max_chunk_chars=2_000).annotate_batch([article])
    found = {(e.cameo, e.trigger.start) for e in whole.events}
    kept = found & {(e.cameo, e.trigger.start) for e in chunked.events}
    assert len(kept) >= 0.8 * len(found)


def test_event_ids_are_deterministic_across_runs(
    nlp: Language, pipeline: Pipeline, examples: list[Article]
) -> None:
    first = [e.id for a in pipeline.annotate(examples) for e in a.events]
    second = [e.id for a in build_pipeline(nlp).annotate(examples) for e in a.events]
    assert first == second
    assert len(set(first)) == len(first) >= len(examples)
    assert all(event_id.startswith("ev_") for event_id in first)


def test_workers_give_the_same_output_as_one_process(
    pipeline: Pipeline, examples: list[Article]
) -> None:
    """Two workers forked from the loaded pipeline, batches of 4."""
    small_batches = with_settings(pipeline, batch_size=4)
    alone = [annotated_to_dict(a) for a in small_batches.annotate(examples, workers=1)]
    parallel = [annotated_to_dict(a) for a in small_batches.annotate(examples, workers=2)]
    assert [record["id"] for record in parallel] == [article.id for article in examples]
    assert parallel == alone
