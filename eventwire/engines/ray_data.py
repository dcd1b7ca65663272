"""The Ray engine: the pipeline's stages on Ray Data, writing a Parquet folder.

Articles are read on the driver, so that bad records are reported exactly as in one
process, then cut into blocks of at most ``batch_size`` articles (smaller when that
spreads a small corpus over every worker). A pool of ``workers`` Ray actors codes the
blocks: each actor loads one ``Pipeline`` (spaCy model, actor tables, patterns,
gazetteer) when it starts and calls ``Pipeline.annotate_batch`` on every block it gets.
The workers then write the two tables of :mod:`eventwire.engines.parquet`.

Ray is imported here only, when the engine is used. It joins the cluster that
``RAY_ADDRESS`` names or that ``ray.init`` already started in this process, else starts a
local one for the run. On a cluster, every node needs eventwire (and the files the
settings name, e.g. actor dictionaries), and the output folder must be on a file system
that every node shares.
"""

from __future__ import annotations

import logging
import math
import re
import sys
import tempfile
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from itertools import islice
from pathlib import Path
from types import ModuleType
from typing import Any

import pyarrow as pa

from eventwire.config import Settings
from eventwire.engines.parquet import (
    ARTICLES,
    EVENTS,
    EVENTS_COLUMN,
    PARTITION,
    annotated_from,
    articles_table,
    coded_table,
    events_table,
)
from eventwire.errors import EngineError, EventwireError
from eventwire.models import AnnotatedArticle, Article
from eventwire.store._rows import article_from_row

INSTALL_HINT = "pip install 'eventwire[ray]'"
CHUNK_PER_WORKER = 2_000  # articles a worker codes per Ray job (a few minutes' work)
_ANSI = re.compile(r"\x1b\[[0-9;]*m")
_CAUSE_MARKER = "The above exception was the direct cause"


def require_ray() -> ModuleType:
    """The ``ray`` module with Ray Data, or an ``EngineError`` saying how to install it."""
    try:
        import ray
        import ray.data  # Ray Data needs more packages than Ray itself
    except ImportError as exc:
        missing = exc.name or "ray"
        raise EngineError(
            f"the Ray engine needs Ray Data, and {missing!r} cannot be imported: {INSTALL_HINT}"
        ) from exc
    return ray


class RayAnnotator:
    """The ``Annotator`` of batch flows for ``--engine ray``: codes every article on Ray,
    writes the Parquet folder ``output`` (a temporary one when ``None``) and yields the
    coded articles with their events and warnings, as the folder keeps them."""

    def __init__(self, settings: Settings, output: Path | None = None) -> None:
        require_ray()  # before any input is read
        if output is not None:
            check_output(output)
        self._settings = settings
        self._output = output

    def annotate(
        self, articles: Iterable[Article], *, workers: int = 1
    ) -> Iterator[AnnotatedArticle]:
        if self._output is not None:
            yield from annotate_to_parquet(articles, self._output, self._settings, workers=workers)
            return
        with tempfile.TemporaryDirectory(prefix="eventwire-ray-") as folder:
            output = Path(folder) / "run"
            yield from annotate_to_parquet(articles, output, self._settings, workers=workers)


def check_output(output: Path) -> None:
    """A run writes a new folder (or an empty one): its tables are then that run's only."""
    if str(output) == "-":
        raise EventwireError("--engine ray writes a Parquet folder, not stdout: give -o FOLDER")
    if output.exists() and (not output.is_dir() or any(output.iterdir())):
        raise EventwireError(
            f"{output} is not an empty folder; the Ray engine writes a new Parquet folder: "
            "choose another -o or remove it"
        )


def annotate_to_parquet(
    articles: Iterable[Article], output: Path, settings: Settings, *, workers: int
) -> Iterator[AnnotatedArticle]:
    """Code ``articles`` with ``workers`` Ray actors, write the Parquet folder ``output``
    (see :mod:`eventwire.engines.parquet`) and yield the coded articles in input order.

    The input is coded in chunks of ``CHUNK_PER_WORKER`` articles a worker, one Ray job
    each, so the driver holds one chunk at a time however large the corpus."""
    ray = require_ray()
    check_output(output)
    chunk_size = CHUNK_PER_WORKER * max(workers, 1)
    with _ray_session(ray):
        first = 0
        for chunk in _chunks(articles, chunk_size):
            yield from _code_chunk(ray, chunk, output, settings, workers=workers, first=first)
            first += len(chunk)


def _chunks(articles: Iterable[Article], size: int) -> Iterator[list[Article]]:
    iterator = iter(articles)
    while chunk := list(islice(iterator, size)):
        yield chunk


def _code_chunk(
    ray: Any,
    articles: Sequence[Article],
    output: Path,
    settings: Settings,
    *,
    workers: int,
    first: int,
) -> list[AnnotatedArticle]:
    """One Ray job: code a chunk, append its rows to both tables, return it coded."""
    size = block_size(len(articles), batch_size=settings.batch_size, workers=workers)
    try:
        coded = (
            ray.data.from_arrow(_input_blocks(articles, size, first))
            .map_batches(
                PipelineActor,
                fn_constructor_kwargs={"settings": settings},
                compute=ray.data.ActorPoolStrategy(size=workers),
                batch_size=None,  # one block, one call
                batch_format="pyarrow",
            )
            .materialize()
        )
        _write_tables(coded, output.absolute())
        return annotated_from(coded.iter_batches(batch_format="pyarrow", batch_size=None))
    except ray.exceptions.RayError as exc:
        raise job_error(exc) from exc


def _input_blocks(articles: Sequence[Article], size: int, first: int) -> list[pa.Table]:
    return [
        articles_table(articles[start : start + size], first_position=first + start)
        for start in range(0, len(articles), size)
    ]


def _write_tables(coded: Any, folder: Path) -> None:
    """Write both tables from one coding (``coded``, a materialised Ray dataset) into
    ``folder``, absolute because the workers may work in another folder."""
    articles = coded.drop_columns([EVENTS_COLUMN])
    articles.write_parquet(str(folder / ARTICLES), partition_cols=[PARTITION])
    events = coded.map_batches(events_table, batch_format="pyarrow")
    events.write_parquet(str(folder / EVENTS), partition_cols=[PARTITION])


def block_size(articles: int, *, batch_size: int, workers: int) -> int:
    """Articles a block: ``batch_size``, or fewer when that leaves a worker without any."""
    return max(1, min(batch_size, math.ceil(articles / max(workers, 1))))


class PipelineActor:
    """A Ray actor: one loaded pipeline, one block of articles coded per call."""

    def __init__(self, settings: Settings) -> None:
        from eventwire.pipeline import Pipeline  # spaCy loads in the actor, not the driver

        self._pipeline = Pipeline.load(settings)

    def __call__(self, block: pa.Table) -> pa.Table:
        rows = block.to_pylist()
        annotated = self._pipeline.annotate_batch([article_from_row(row) for row in rows])
        return coded_table(annotated, [row["position"] for row in rows])


def job_error(exc: Exception) -> EngineError:
    """A Ray failure as one line: the exception raised in the worker (Ray adds its own
    traceback and retry advice around it)."""
    text = _ANSI.sub("", str(exc)).split(_CAUSE_MARKER, 1)[0]
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    reason = lines[-1] if lines else type(exc).__name__
    return EngineError(f"the Ray job failed: {reason}")


@contextmanager
def _ray_session(ray: Any) -> Iterator[None]:
    """Ray for one run: errors only (and progress bars on a terminal), started here and
    shut down afterwards unless this process had already started or joined one."""
    started = not ray.is_initialized()
    if started:
        try:
            ray.init(logging_level=logging.ERROR, log_to_driver=False, include_dashboard=False)
        except (ConnectionError, RuntimeError, ValueError) as exc:
            raise EngineError(f"cannot start or join a Ray cluster: {exc}") from exc
    context = ray.data.DataContext.get_current()
    shown = context.enable_progress_bars
    context.enable_progress_bars = sys.stderr.isatty()
    data_logger = logging.getLogger("ray.data")
    level = data_logger.level
    data_logger.setLevel(logging.ERROR)
    try:
        yield
    finally:
        context.enable_progress_bars = shown
        data_logger.setLevel(level)
        if started:
            ray.shutdown()
