"""How fast the whole pipeline runs against bare spaCy parsing, with the same model,
batching and worker count, on one corpus (``eventwire bench``).

Both runs see the same articles in the same batches, each in its own pool of worker
processes started from the same warmed-up pipeline: neither inherits what the other
learnt (spaCy adds every word it meets for the first time to its vocabulary, which makes a
first pass over a corpus about a tenth slower than a second). Memory is the peak resident
set of this process and of the largest worker process.
"""

from __future__ import annotations

import resource
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TypeVar

from eventwire.config import Settings
from eventwire.models import AnnotatedArticle, Article
from eventwire.pipeline import Pipeline

Item = TypeVar("Item")
Result = TypeVar("Result")

_WARM_UP = 5  # articles annotated once before timing, to load lazy resources


@dataclass(frozen=True, slots=True)
class BenchResult:
    """Timings of one benchmark run."""

    articles: int
    sentences: int
    events: int
    workers: int
    spacy_seconds: float
    pipeline_seconds: float
    peak_mib_per_worker: float

    @property
    def spacy_articles_per_s(self) -> float:
        return self.articles / self.spacy_seconds

    @property
    def spacy_sentences_per_s(self) -> float:
        return self.sentences / self.spacy_seconds

    @property
    def pipeline_articles_per_s(self) -> float:
        return self.articles / self.pipeline_seconds

    @property
    def pipeline_sentences_per_s(self) -> float:
        return self.sentences / self.pipeline_seconds

    @property
    def speed_ratio(self) -> float:
        """Pipeline speed as a share of bare spaCy's (1.0: as fast as parsing alone)."""
        return self.spacy_seconds / self.pipeline_seconds


def run_bench(articles: Sequence[Article], settings: Settings) -> BenchResult:
    """Parse the articles with spaCy alone, then annotate them with the whole pipeline,
    both with ``settings.workers`` processes and ``settings.batch_size`` texts a batch."""
    pipeline = Pipeline.load(settings)
    list(pipeline.annotate(articles[:_WARM_UP]))  # before the workers start: they inherit it
    workers = max(1, settings.workers)
    texts = [article.text for article in articles]
    spacy_seconds, sentences = _timed(pipeline, _parse_with_spacy, texts, workers)
    pipeline_seconds, annotated = _timed(pipeline, _code_with_pipeline, list(articles), workers)
    return BenchResult(
        articles=len(articles),
        sentences=sum(sentences),
        events=sum(len(a.events) for batch in annotated for a in batch),
        workers=workers,
        spacy_seconds=spacy_seconds,
        pipeline_seconds=pipeline_seconds,
        peak_mib_per_worker=_peak_mib(),
    )


def _timed(
    pipeline: Pipeline,
    job: Callable[[Pipeline, list[Item]], Result],
    items: list[Item],
    workers: int,
) -> tuple[float, list[Result]]:
    """Seconds to run ``job`` on every batch of ``items`` in a fresh pool, once every
    worker is up (and, where workers are spawned, has loaded the pipeline)."""
    size = pipeline.settings.batch_size
    batches = [items[i : i + size] for i in range(0, len(items), size)]
    with pipeline.worker_pool(workers) as pool:
        list(pool.map(job, [items[:_WARM_UP]] * workers))
        started = time.perf_counter()
        results = list(pool.map(job, batches))
        return time.perf_counter() - started, results


def _parse_with_spacy(pipeline: Pipeline, texts: list[str]) -> int:
    """Bare spaCy on one batch: the sentences it finds."""
    return sum(len(list(doc.sents)) for doc in pipeline.nlp.pipe(texts, batch_size=len(texts)))


def _code_with_pipeline(pipeline: Pipeline, articles: list[Article]) -> list[AnnotatedArticle]:
    """The whole pipeline on one batch, as ``Pipeline.annotate`` runs it in a worker."""
    return pipeline.annotate_batch(articles)


def _peak_mib() -> float:
    """The larger of this process's and the largest child's peak resident memory."""
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return max(own, children) / 1024  # Linux reports KiB
