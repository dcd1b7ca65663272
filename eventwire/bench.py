"""How fast the whole pipeline runs against bare spaCy parsing, with the same model,
batching and worker count, on one corpus (``eventwire bench``).

Both runs see the same articles, in the same batches, after a warm-up; memory is the
peak resident set of this process and of the largest worker process.
"""

from __future__ import annotations

import resource
import time
from collections.abc import Sequence
from dataclasses import dataclass

from eventwire.config import Settings
from eventwire.models import Article
from eventwire.pipeline import Pipeline

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
    both with ``settings.workers`` processes and ``settings.batch_size`` texts a batch.

    With one worker both run in this process; with more, both go through the pool that
    ``Pipeline.annotate`` uses, started afresh for each run, so that the two timings pay
    the same start-up and hand-over costs and differ only by the work after parsing.
    """
    pipeline = Pipeline.load(settings)
    list(pipeline.annotate(articles[:_WARM_UP]))  # before any fork: workers start warm
    workers = max(1, settings.workers)
    size = settings.batch_size
    batches = [[a.text for a in articles[i : i + size]] for i in range(0, len(articles), size)]
    started = time.perf_counter()
    if workers == 1:
        sentences = sum(_parse_with_spacy(pipeline, batch) for batch in batches)
    else:
        with pipeline.worker_pool(workers) as pool:
            sentences = sum(pool.map(_parse_with_spacy, batches))
    spacy_seconds = time.perf_counter() - started
    started = time.perf_counter()
    annotated = list(pipeline.annotate(articles, workers=workers))
    pipeline_seconds = time.perf_counter() - started
    return BenchResult(
        articles=len(articles),
        sentences=sentences,
        events=sum(len(a.events) for a in annotated),
        workers=workers,
        spacy_seconds=spacy_seconds,
        pipeline_seconds=pipeline_seconds,
        peak_mib_per_worker=_peak_mib(),
    )


def _parse_with_spacy(pipeline: Pipeline, texts: list[str]) -> int:
    """Bare spaCy on one batch: the sentences it finds."""
    return sum(len(list(doc.sents)) for doc in pipeline.nlp.pipe(texts, batch_size=len(texts)))


def _peak_mib() -> float:
    """The larger of this process's and the largest child's peak resident memory."""
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return max(own, children) / 1024  # Linux reports KiB
