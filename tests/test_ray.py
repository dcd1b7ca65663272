"""The Ray engine on a local Ray instance with two workers, against one process: the same
issues reported, the same events, the same store, and a Parquet folder that loads once."""

from __future__ import annotations

import logging
import re
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from spacy.language import Language
from test_pipeline import build_pipeline, sharing_resources
from typer.testing import CliRunner

from eventwire import cli
from eventwire.engines import ray_data
from eventwire.engines.parquet import ARTICLES, EVENTS, read_annotated
from eventwire.engines.ray_data import block_size, job_error
from eventwire.ingest import read_articles
from eventwire.models import Article
from eventwire.pipeline import Pipeline
from eventwire.store import EventFilter, Store

ray = pytest.importorskip("ray")
pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning:ray.data.context")

REPO = Path(__file__).resolve().parent.parent
EXAMPLES = REPO / "examples" / "articles.jsonl"
runner = CliRunner()


@dataclass(frozen=True)
class Run:
    """What a command wrote to stderr, and where its output went."""

    path: Path
    stderr: str


@pytest.fixture(scope="module")
def local_ray() -> Iterator[None]:
    ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False, logging_level=logging.ERROR)
    yield
    ray.shutdown()


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Ten example articles, a line that is not JSON and an id read twice."""
    lines = EXAMPLES.read_text(encoding="utf-8").splitlines()[:10]
    path = tmp_path_factory.mktemp("corpus") / "corpus.jsonl"
    path.write_text("\n".join([*lines[:5], "{not json", *lines[5:], lines[0]]) + "\n")
    return path


@pytest.fixture(scope="module")
def pipeline(nlp: Language) -> Pipeline:
    return build_pipeline(nlp)


@pytest.fixture(scope="module")
def one_process(tmp_path_factory: pytest.TempPathFactory, corpus: Path, pipeline: Pipeline) -> Run:
    """``eventwire ingest`` in this process, with the session's model."""
    db = tmp_path_factory.mktemp("local") / "local.db"
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(cli, "load_pipeline", lambda s: sharing_resources(pipeline, s))
        result = runner.invoke(cli.app, ["ingest", str(corpus), "--db", str(db)])
    assert result.exit_code == 0, result.stderr
    return Run(db, result.stderr)


@pytest.fixture(scope="module")
def on_ray(tmp_path_factory: pytest.TempPathFactory, corpus: Path, local_ray: None) -> Run:
    """``eventwire annotate --engine ray`` with two workers: a Parquet folder, written by
    two Ray jobs (chunks of six articles) as a large corpus would be."""
    folder = tmp_path_factory.mktemp("ray") / "parquet"
    args = ["annotate", str(corpus), "-o", str(folder), "--engine", "ray", "--workers", "2"]
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(ray_data, "CHUNK_PER_WORKER", 3)
        result = runner.invoke(cli.app, args)
    assert result.exit_code == 0, result.stderr
    return Run(folder, result.stderr)


def load(folder: Path, db: Path) -> str:
    result = runner.invoke(cli.app, ["load", str(folder), "--db", str(db)])
    assert result.exit_code == 0, result.stderr
    return result.stderr


def stored(db: Path) -> list[tuple[object, ...]]:
    with Store.open(db, create=False) as store:
        found = store.query_events(EventFilter())
        counts = store.stats()
    rows = [(s.event, s.mentions, s.articles, s.sources) for s in found]
    return [*rows, (counts.articles, counts.events, counts.mentions, counts.actors)]


def issues(stderr: str) -> list[str]:
    return [line for line in stderr.splitlines() if ": skipped: " in line or ": warning: " in line]


def test_parquet_folder_is_partitioned_by_publication_month(on_ray: Run) -> None:
    for table in (ARTICLES, EVENTS):
        partitions = sorted(p.name for p in (on_ray.path / table).iterdir())
        assert partitions and all(p.startswith("published_month=20") for p in partitions)


def test_annotate_counts_as_ingest_does(on_ray: Run, one_process: Run) -> None:
    found = re.search(r", events (\d+) -> ", one_process.stderr)
    assert found is not None
    last = f"annotated 10 articles, {found.group(1)} events -> {on_ray.path}"
    assert on_ray.stderr.splitlines()[-1] == last


def test_bad_records_are_reported_as_in_one_process(on_ray: Run, one_process: Run) -> None:
    reported = issues(on_ray.stderr)
    assert reported == issues(one_process.stderr)
    assert [line.split(": ", 2)[1] for line in reported] == ["skipped", "skipped"]


def test_parquet_keeps_every_article_and_event(
    on_ray: Run, corpus: Path, pipeline: Pipeline
) -> None:
    articles = [item for item in read_articles([corpus]) if isinstance(item, Article)]
    expected = list(pipeline.annotate(articles))
    order = {item.article.id: index for index, item in enumerate(expected)}
    found = sorted(read_annotated(on_ray.path), key=lambda item: order[item.article.id])
    assert [a.article for a in found] == [a.article for a in expected]
    assert [a.events for a in found] == [a.events for a in expected]
    assert [a.warnings for a in found] == [a.warnings for a in expected]
    assert sum(len(a.events) for a in found) > 20


def test_loaded_store_equals_single_process_ingest(
    on_ray: Run, one_process: Run, tmp_path: Path
) -> None:
    db = tmp_path / "ray.db"
    load(on_ray.path, db)
    assert stored(db) == stored(one_process.path)


def test_loading_twice_adds_nothing(on_ray: Run, tmp_path: Path) -> None:
    db = tmp_path / "twice.db"
    first = load(on_ray.path, db)
    before = stored(db)
    second = load(on_ray.path, db)
    assert first.startswith("read 10, already stored 0, new 10, events ")
    assert second == f"read 10, already stored 10, new 0, events 0 -> {db}\n"
    assert stored(db) == before


def test_ingest_on_ray_equals_single_process_ingest(
    corpus: Path, one_process: Run, local_ray: None, tmp_path: Path
) -> None:
    db = tmp_path / "ingested.db"
    args = ["ingest", str(corpus), "--db", str(db), "--engine", "ray", "--workers", "2"]
    result = runner.invoke(cli.app, args)
    assert result.exit_code == 0, result.stderr
    assert result.stderr == one_process.stderr.replace(str(one_process.path), str(db))
    assert stored(db) == stored(one_process.path)


def test_ingest_on_ray_skips_stored_articles_without_a_job(
    corpus: Path, one_process: Run, local_ray: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(ray.data, "from_arrow", None)  # a job would fail
    args = ["ingest", str(corpus), "--db", str(one_process.path), "--engine", "ray"]
    result = runner.invoke(cli.app, args)
    assert result.exit_code == 0, result.stderr
    assert "already stored 10, new 0, events 0" in result.stderr


def test_missing_ray_says_how_to_install_it(
    corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "ray", None)  # import ray fails
    args = ["annotate", str(corpus), "-o", str(tmp_path / "out"), "--engine", "ray"]
    result = runner.invoke(cli.app, args)
    assert result.exit_code == 1
    assert result.stderr == (
        "error: [E500] the Ray engine needs Ray Data, and 'ray' cannot be imported: "
        "pip install 'eventwire[ray]'\n"
    )
    assert not (tmp_path / "out").exists()


def test_importing_eventwire_does_not_import_ray() -> None:
    modules = "eventwire, eventwire.cli, eventwire.engines.parquet"
    code = f"import sys, {modules}; print('ray' in sys.modules)"
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout == "False\n"


@pytest.mark.parametrize(
    ("output", "message"),
    [
        ("-", "--engine ray writes a Parquet folder, not stdout: give -o FOLDER"),
        (
            "{corpus}",
            "{corpus} is not an empty folder; the Ray engine writes a new Parquet folder: "
            "choose another -o or remove it",
        ),
    ],
    ids=["stdout", "existing-file"],
)
def test_ray_output_must_be_a_new_folder(corpus: Path, output: str, message: str) -> None:
    target = output.format(corpus=corpus)
    args = ["annotate", str(corpus), "-o", target, "--engine", "ray"]
    result = runner.invoke(cli.app, args)
    assert result.exit_code == 1
    assert result.stderr == f"error: [E000] {message.format(corpus=corpus)}\n"


def test_load_names_what_a_parquet_folder_holds(tmp_path: Path) -> None:
    result = runner.invoke(cli.app, ["load", str(tmp_path), "--db", str(tmp_path / "x.db")])
    assert result.exit_code == 1
    assert result.stderr == (
        f"error: [E100] {tmp_path} is not an eventwire Parquet folder: it has no articles/ "
        "folder; write one with 'eventwire annotate FILES --engine ray -o FOLDER'\n"
    )
    assert not (tmp_path / "x.db").exists()


@pytest.mark.parametrize(
    ("articles", "batch_size", "workers", "expected"),
    [(10, 32, 2, 5), (1000, 32, 4, 32), (3, 32, 8, 1), (0, 32, 2, 1)],
    ids=["small-corpus-spread", "large-corpus-full-batches", "more-workers-than-articles", "empty"],
)
def test_block_size(articles: int, batch_size: int, workers: int, expected: int) -> None:
    assert block_size(articles, batch_size=batch_size, workers=workers) == expected


def test_a_failed_job_is_one_line_naming_the_worker_error() -> None:
    raised = Exception(
        "\x1b[36mray::MapWorker(MapBatches(PipelineActor)).submit()\x1b[39m (pid=1)\n"
        '  File "pipeline.py", line 3, in load\n'
        "eventwire.errors.ModelError: [E300] cannot load the spaCy model\n\n"
        "The above exception was the direct cause of the following exception:\n\n"
        "ray.exceptions.UserCodeException: UDF failed to process a data block."
    )
    assert str(job_error(raised)) == (
        "[E500] the Ray job failed: eventwire.errors.ModelError: [E300] cannot load the spaCy model"
    )
