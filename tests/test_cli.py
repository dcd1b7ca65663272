"""The eventwire command: bad input reported as file:line, clean errors, store commands."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import os
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import pytest
from conftest import REPO, SHARED
from rich.progress import Progress
from spacy.language import Language
from test_pipeline import build_pipeline, sharing_resources
from test_store import FIDAN, GERAPETRITIS, RSF, SUDAN_ARMY, annotated, event
from typer.testing import CliRunner

from eventwire import cli
from eventwire.config import Settings, all_cores
from eventwire.ingest import expected_articles
from eventwire.models import AnnotatedArticle, Article, EventStatus
from eventwire.pipeline import Pipeline
from eventwire.schema import validate_annotation
from eventwire.store import Store

runner = CliRunner()
DAY = dt.date(2026, 1, 15)

ARTICLES = [
    {
        "id": "dw-athens",
        "text": "Greek Foreign Minister Giorgos Gerapetritis will travel to Ankara.",
        "published": "2026-01-05",
    },
    {
        "id": "bbc-khartoum",
        "text": "The Sudanese army shelled Rapid Support Forces positions.",
        "published": "2026-01-06",
    },
]


class FakePipeline:
    """Codes a Greece -> Turkey meeting in every article; records what it was given."""

    def __init__(self) -> None:
        self.seen: list[str] = []

    def annotate(
        self, articles: Iterable[Article], *, workers: int = 1
    ) -> Iterator[AnnotatedArticle]:
        for article in articles:
            self.seen.append(article.id)
            coded = event(
                f"ev_{article.id}",
                article.id,
                "036",
                GERAPETRITIS,
                FIDAN,
                article.published,
                status=EventStatus.PLANNED,
            )
            yield AnnotatedArticle(article, (), (coded,), (), (), ())


@pytest.fixture
def fake(monkeypatch: pytest.MonkeyPatch) -> FakePipeline:
    pipeline = FakePipeline()
    monkeypatch.setattr(cli, "load_pipeline", lambda settings: pipeline)
    return pipeline


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    path = tmp_path / "news.jsonl"
    lines = [
        json.dumps(ARTICLES[0]),
        "{not json",
        '["a list"]',
        json.dumps({"id": "x", "text": " "}),
        json.dumps({**ARTICLES[1], "published": "yesterday"}),
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "events.db"
    with Store.open(path) as store:
        store.save(
            annotated(
                "a1",
                event("ev_meet", "a1", "036", FIDAN, GERAPETRITIS, DAY, status=EventStatus.PLANNED),
            )
        )
        store.save(
            annotated(
                "a2",
                event("ev_shell", "a2", "195", SUDAN_ARMY, RSF, None),
                event(  # another report of a1's meeting
                    "ev_meet_a2", "a2", "036", FIDAN, GERAPETRITIS, DAY, status=EventStatus.PLANNED
                ),
            )
        )
    return path


def test_ingest_reports_every_bad_record_and_goes_on(
    fake: FakePipeline, corpus: Path, tmp_path: Path
) -> None:
    result = runner.invoke(cli.app, ["ingest", str(corpus), "--db", str(tmp_path / "out.db")])
    assert result.exit_code == 0
    assert result.stderr.splitlines() == [
        f"{corpus}:2: skipped: invalid JSON at column 2: "
        "Expecting property name enclosed in double quotes",
        f"{corpus}:3: skipped: record must be a JSON object, got array",
        f"{corpus}:4: skipped: field 'text' is empty",
        f"{corpus}:5: warning: unparseable 'published' 'yesterday'; kept without date",
        "issues: 3 skipped, 1 warning",
        f"read 2, skipped-bad 3, already stored 0, new 2, events 2 -> {tmp_path / 'out.db'}",
    ]
    assert fake.seen == ["dw-athens", "bbc-khartoum"]


def test_ingest_twice_codes_nothing_again(fake: FakePipeline, corpus: Path, tmp_path: Path) -> None:
    args = ["ingest", str(corpus), "--db", str(tmp_path / "out.db")]
    runner.invoke(cli.app, args)
    fake.seen.clear()
    result = runner.invoke(cli.app, args)
    assert result.exit_code == 0
    assert result.stderr.splitlines()[-1].startswith(
        "read 2, skipped-bad 3, already stored 2, new 0, events 0"
    )
    assert fake.seen == []


def test_ingest_of_stored_articles_loads_no_model(
    monkeypatch: pytest.MonkeyPatch, corpus: Path, tmp_path: Path
) -> None:
    loads: list[Settings] = []

    def load(settings: Settings) -> FakePipeline:
        loads.append(settings)
        return FakePipeline()

    monkeypatch.setattr(cli, "load_pipeline", load)
    args = ["ingest", str(corpus), "--db", str(tmp_path / "lazy.db")]
    runner.invoke(cli.app, args)
    result = runner.invoke(cli.app, args)
    assert result.exit_code == 0, result.stderr
    assert len(loads) == 1


def test_ingest_fails_only_when_nothing_could_be_read(fake: FakePipeline, tmp_path: Path) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": "1"}\n', encoding="utf-8")
    missing = tmp_path / "missing.jsonl"
    result = runner.invoke(
        cli.app, ["ingest", str(bad), str(missing), "--db", str(tmp_path / "x.db")]
    )
    assert result.exit_code == 1
    assert result.stderr.splitlines() == [
        f"{bad}:1: skipped: field 'text' is missing",
        f"{missing}: skipped: cannot read file: No such file or directory",
        "issues: 2 skipped, 0 warnings",
        f"error: no article could be read from {bad} {missing}",
    ]


def test_ingest_into_missing_folder_is_a_clean_error(
    fake: FakePipeline, corpus: Path, tmp_path: Path
) -> None:
    target = tmp_path / "nowhere" / "x.db"
    result = runner.invoke(cli.app, ["ingest", str(corpus), "--db", str(target)])
    assert result.exit_code == 1
    assert result.stderr == (
        f"error: [E400] cannot open database {target}: folder {target.parent} does not exist; "
        "create it or choose another --db\n"
    )
    assert isinstance(result.exception, SystemExit)


def test_store_commands_refuse_a_missing_database(tmp_path: Path) -> None:
    path = tmp_path / "absent.db"
    result = runner.invoke(cli.app, ["stats", "--db", str(path)])
    assert result.exit_code == 1
    assert result.stderr == (
        f"error: [E400] no database at {path}; run 'eventwire ingest FILE --db {path}' first "
        "or choose another --db\n"
    )
    assert not path.exists()


def test_stats_json(db: Path) -> None:
    result = runner.invoke(cli.app, ["stats", "--db", str(db), "--json"])
    assert result.exit_code == 0
    assert json.loads(result.stdout) == {
        "articles": 2,
        "events": 2,
        "mentions": 3,
        "actors": 4,
        "by_cameo_root": {"03": 1, "19": 1},
        "by_status": {"asserted": 1, "planned": 1},
        "top_dyads": [
            {"source": "SDN", "target": "SDN", "events": 1},
            {"source": "TUR", "target": "GRC", "events": 1},
        ],
    }


def test_stats_text(db: Path) -> None:
    result = runner.invoke(cli.app, ["stats", "--db", str(db)])
    assert result.stdout.split() == ["articles", "2", "events", "2", "mentions", "3", "actors", "4"]


def test_database_from_environment(db: Path) -> None:
    result = runner.invoke(cli.app, ["stats", "--json"], env={"EVENTWIRE_DB": str(db)})
    assert json.loads(result.stdout)["articles"] == 2


@pytest.mark.parametrize(
    ("options", "expected_ids"),
    [
        ([], ["ev_meet", "ev_shell"]),
        (["--source", "TUR"], ["ev_meet"]),
        (["--target", "SDNREB"], ["ev_shell"]),
        (["--cameo", "19"], ["ev_shell"]),
        (["--status", "planned"], ["ev_meet"]),
        (["--limit", "1"], ["ev_meet"]),
    ],
    ids=["all", "source", "target-code", "cameo", "status", "limit"],
)
def test_events_csv_filters(db: Path, options: list[str], expected_ids: list[str]) -> None:
    result = runner.invoke(cli.app, ["events", "--db", str(db), "--format", "csv", *options])
    assert result.exit_code == 0, result.stderr
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert [row["id"] for row in rows] == expected_ids


def test_events_csv_carries_counts_and_sentence(db: Path) -> None:
    result = runner.invoke(
        cli.app, ["events", "--db", str(db), "--format", "csv", "--cameo", "036"]
    )
    [row] = csv.DictReader(io.StringIO(result.stdout))
    assert (row["source_code"], row["target_code"], row["mentions"], row["articles"]) == (
        "TURGOV",
        "GRCGOV",
        "2",
        "2",
    )
    assert row["sentence"].startswith("Turkish Foreign Minister Hakan Fidan will meet")


def test_events_table_shows_actors(db: Path) -> None:
    result = runner.invoke(cli.app, ["events", "--db", str(db)])
    assert result.exit_code == 0
    assert "TURGOV Hakan Fidan" in result.stdout and "2 events" in result.stdout


def test_events_rejects_unknown_format(db: Path) -> None:
    result = runner.invoke(cli.app, ["events", "--db", str(db), "--format", "xml"])
    assert result.exit_code == 2
    message = " ".join(result.stderr.replace("│", " ").split())
    assert "'xml' is not one of 'table', 'jsonl', 'csv'" in message


def test_events_rejects_bad_date(db: Path) -> None:
    result = runner.invoke(cli.app, ["events", "--db", str(db), "--since", "January"])
    assert result.exit_code == 2
    assert "Invalid value for '--since'" in " ".join(result.stderr.replace("│", " ").split())


def test_summary_names_cameo_roots_and_shows_sentences(db: Path) -> None:
    result = runner.invoke(cli.app, ["summary", "--db", str(db)])
    assert result.exit_code == 0, result.stderr
    assert "2 articles, 2 events, 3 mentions, 4 actors" in result.stdout
    assert "EXPRESS INTENT TO COOPERATE" in result.stdout and "FIGHT" in result.stdout
    assert "Turkish Foreign Minister Hakan Fidan will meet" in result.stdout


def test_every_setting_is_documented() -> None:
    described = Settings.describe()
    assert {name for name, _, _ in described} == set(Settings.__dataclass_fields__)
    assert all(help_text.strip() for _, _, help_text in described)


def test_bad_setting_in_environment_is_a_clean_error(db: Path) -> None:
    result = runner.invoke(cli.app, ["stats", "--db", str(db)], env={"EVENTWIRE_WORKERS": "many"})
    assert result.exit_code == 1
    assert result.stderr.startswith("error: [E000] setting 'workers' has an invalid value 'many'")


def test_settings_file_and_override_precedence(tmp_path: Path) -> None:
    config = tmp_path / "eventwire.toml"
    config.write_text('workers = 4\ndb = "corpus.db"\n', encoding="utf-8")
    from_file = Settings.from_file(config)
    overridden = Settings.from_env({"EVENTWIRE_WORKERS": "8"}, base=from_file)
    assert (from_file.workers, from_file.db) == (4, Path("corpus.db"))
    assert overridden.with_overrides(db=None).workers == 8


def test_ingest_reads_stdin(fake: FakePipeline, tmp_path: Path) -> None:
    lines = "".join(json.dumps(article) + "\n" for article in ARTICLES)
    result = runner.invoke(cli.app, ["ingest", "-", "--db", str(tmp_path / "in.db")], input=lines)
    assert result.exit_code == 0, result.stderr
    assert fake.seen == ["dw-athens", "bbc-khartoum"]


def test_workers_option_reaches_the_pipeline(
    monkeypatch: pytest.MonkeyPatch, corpus: Path, tmp_path: Path
) -> None:
    given: list[Settings] = []

    def load(settings: Settings) -> FakePipeline:
        given.append(settings)
        return FakePipeline()

    monkeypatch.setattr(cli, "load_pipeline", load)
    db = tmp_path / "w.db"
    runner.invoke(cli.app, ["ingest", str(corpus), "--db", str(db), "--workers", "3"])
    assert (given[0].workers, given[0].db) == (3, db)


def test_annotate_writes_one_line_per_accepted_article(
    fake: FakePipeline, corpus: Path, tmp_path: Path
) -> None:
    out = tmp_path / "coded.jsonl"
    result = runner.invoke(cli.app, ["annotate", str(corpus), "-o", str(out)])
    assert result.exit_code == 0, result.stderr
    lines = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [line["id"] for line in lines] == ["dw-athens", "bbc-khartoum"]
    assert [e["cameo"] for e in lines[0]["events"]] == ["036"]
    assert result.stderr.splitlines()[-1] == "annotated 2 articles, 2 events"


def test_annotate_stdin_to_stdout(fake: FakePipeline) -> None:
    text = "South Korean President Lee Jae-myung met Japan's prime minister in Seoul."
    article = {"id": "yonhap-1", "text": text}
    result = runner.invoke(cli.app, ["annotate", "-", "-o", "-"], input=json.dumps(article) + "\n")
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout)["id"] == "yonhap-1"


def test_events_jsonl_adds_counts(db: Path) -> None:
    result = runner.invoke(cli.app, ["events", "--db", str(db), "--format", "jsonl"])
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [(r["id"], r["cameo"], r["mentions"], r["articles"]) for r in records] == [
        ("ev_meet", "036", 2, 2),
        ("ev_shell", "195", 1, 1),
    ]


# End to end with the real pipeline (the session's spaCy model, shared by every test).

EXAMPLES = REPO / "examples" / "articles.jsonl"
SEED = SHARED / "seed" / "article.jsonl"
SLOW_TESTS = "EVENTWIRE_SLOW_TESTS"


@pytest.fixture(scope="module")
def shared_pipeline(nlp: Language) -> Pipeline:
    return build_pipeline(nlp)


@pytest.fixture
def real(monkeypatch: pytest.MonkeyPatch, shared_pipeline: Pipeline) -> None:
    """The CLI codes with the real pipeline, under the settings it was given."""
    monkeypatch.setattr(
        cli, "load_pipeline", lambda settings: sharing_resources(shared_pipeline, settings)
    )


@pytest.fixture(scope="module")
def examples_db(tmp_path_factory: pytest.TempPathFactory, shared_pipeline: Pipeline) -> Path:
    """The bundled examples ingested once with the real pipeline."""
    path = tmp_path_factory.mktemp("examples") / "examples.db"
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(cli, "load_pipeline", lambda settings: shared_pipeline)
        result = runner.invoke(cli.app, ["ingest", str(EXAMPLES), "--db", str(path)])
    assert result.exit_code == 0, result.stderr
    return path


@pytest.fixture(scope="module")
def examples_annotated(
    tmp_path_factory: pytest.TempPathFactory, shared_pipeline: Pipeline
) -> list[dict[str, Any]]:
    """The bundled examples through ``eventwire annotate``, as decoded lines."""
    out = tmp_path_factory.mktemp("annotated") / "examples.jsonl"
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(cli, "load_pipeline", lambda settings: shared_pipeline)
        result = runner.invoke(cli.app, ["annotate", str(EXAMPLES), "-o", str(out)])
    assert result.exit_code == 0, result.stderr
    return [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]


def example_ids() -> list[str]:
    lines = EXAMPLES.read_text(encoding="utf-8").splitlines()
    return [json.loads(line)["id"] for line in lines]


def stats_of(db: Path) -> dict[str, Any]:
    result = runner.invoke(cli.app, ["stats", "--db", str(db), "--json"])
    assert result.exit_code == 0, result.stderr
    record: dict[str, Any] = json.loads(result.stdout)
    return record


def test_annotate_examples_writes_valid_lines_in_input_order(
    examples_annotated: list[dict[str, Any]],
) -> None:
    assert [record["id"] for record in examples_annotated] == example_ids()
    for record in examples_annotated:
        validate_annotation(record)
    assert all(record["events"] for record in examples_annotated)


@pytest.mark.skipif(not SEED.exists(), reason="../shared/seed is only beside the main checkout")
def test_annotate_the_seed_article(real: None, tmp_path: Path) -> None:
    out = tmp_path / "seed.jsonl"
    result = runner.invoke(cli.app, ["annotate", str(SEED), "-o", str(out)])
    assert result.exit_code == 0, result.stderr
    [line] = out.read_text(encoding="utf-8").splitlines()
    record = json.loads(line)
    validate_annotation(record)
    assert record["id"] == "seed-koizumi-washington"
    assert result.stderr.splitlines()[-1] == f"annotated 1 articles, {len(record['events'])} events"


def test_ingest_examples_twice_changes_nothing(real: None, tmp_path: Path) -> None:
    db = tmp_path / "twice.db"
    first = runner.invoke(cli.app, ["ingest", str(EXAMPLES), "--db", str(db)])
    before = stats_of(db)
    second = runner.invoke(cli.app, ["ingest", str(EXAMPLES), "--db", str(db)])
    n = len(example_ids())
    assert (first.exit_code, second.exit_code) == (0, 0)
    assert first.stderr.splitlines()[-1] == (
        f"read {n}, skipped-bad 0, already stored 0, new {n}, events {before['mentions']} -> {db}"
    )
    assert second.stderr.splitlines() == [
        f"read {n}, skipped-bad 0, already stored {n}, new 0, events 0 -> {db}"
    ]
    assert stats_of(db) == before


def test_stats_json_counts_the_examples(
    examples_db: Path, examples_annotated: list[dict[str, Any]]
) -> None:
    counts = stats_of(examples_db)
    coded = sum(len(record["events"]) for record in examples_annotated)
    assert counts["articles"] == len(example_ids())
    assert counts["mentions"] == coded
    assert 0 < counts["events"] <= coded
    assert sum(counts["by_cameo_root"].values()) == counts["events"]
    assert sum(counts["by_status"].values()) == counts["events"]
    assert {"source": "JPN", "target": "USA"} in [
        {"source": d["source"], "target": d["target"]} for d in counts["top_dyads"]
    ]


def test_events_filters_find_the_planned_japan_us_meetings(examples_db: Path) -> None:
    filters = ["--source", "JPN", "--target", "USA", "--cameo", "036", "--status", "planned"]
    window = ["--since", "2026-01-01", "--until", "2026-12-31"]
    result = runner.invoke(
        cli.app, ["events", "--db", str(examples_db), "--format", "jsonl", *filters, *window]
    )
    assert result.exit_code == 0, result.stderr
    found = [json.loads(line) for line in result.stdout.splitlines()]
    assert found, "no planned Japan -> US meeting was coded"
    for record in found:
        assert (record["source"]["country"], record["target"]["country"]) == ("JPN", "USA")
        assert record["cameo"] == "036" and record["status"] == "planned"
        assert "2026-01-01" <= record["date"]["start"] <= "2026-12-31"
    assert any(
        "Hegseth" in (record["target"]["name"] or "") and record["date"]["start"] == "2026-01-15"
        for record in found
    )


def test_events_date_window_excludes_other_years(examples_db: Path) -> None:
    window = ["--since", "2030-01-01", "--until", "2030-12-31", "--format", "jsonl"]
    result = runner.invoke(cli.app, ["events", "--db", str(examples_db), *window])
    assert (result.exit_code, result.stdout) == (0, "")


# Bad input through the whole pipeline: the message on stderr, the rest of the batch stored.

GOOD_BEFORE = {
    "id": "ap-seoul",
    "text": "South Korean President Lee Jae-myung met Japanese Prime Minister Sanae Takaichi "
    "in Seoul on Tuesday.",
    "published": "2026-01-13",
}
GOOD_AFTER = {
    "id": "afp-bukavu",
    "text": "M23 rebels seized the airport of Bukavu on Sunday, the Congolese army said.",
    "published": "2026-02-16",
}
UNDATED = {
    "id": "aa-istanbul",
    "text": "Turkish police detained Istanbul Mayor Ekrem Imamoglu on Wednesday. "
    "He will appear before a judge next week.",
    "published": "last Tuesday",
}
CP1252_RECORD = {
    "id": "efe-rabat",
    "text": "Spanish Prime Minister Pedro Sánchez will visit Morocco next month.",
    "published": "2026-01-20",
}


@pytest.mark.parametrize(
    ("bad_line", "issues"),
    [
        (
            b'{"id": "x-1", "text": "Protesters marched',
            ["{file}:2: skipped: invalid JSON at column 23: Unterminated string starting at"],
        ),
        (
            b'{"id": "reuters-9", "title": "Talks in Doha"}',
            ["{file}:2: skipped: field 'text' is missing"],
        ),
        (b'{"id": "afp-3", "text": ""}', ["{file}:2: skipped: field 'text' is empty"]),
        (
            json.dumps(CP1252_RECORD, ensure_ascii=False).encode("cp1252"),
            ["{file}:2: warning: not valid UTF-8 (byte 0xe1 at offset 59); decoded as cp1252"],
        ),
        (
            json.dumps(UNDATED).encode(),
            [
                "{file}:2: warning: unparseable 'published' 'last Tuesday'; kept without date",
                "article 'aa-istanbul': warning: no publication date: "
                "relative dates are left unresolved",
            ],
        ),
    ],
    ids=["malformed-json", "no-text", "empty-article", "non-utf8", "unparseable-published"],
)
def test_bad_record_is_reported_and_the_batch_is_stored(
    real: None, tmp_path: Path, bad_line: bytes, issues: list[str]
) -> None:
    corpus = tmp_path / "batch.jsonl"
    good = [json.dumps(GOOD_BEFORE).encode(), json.dumps(GOOD_AFTER).encode()]
    corpus.write_bytes(b"\n".join([good[0], bad_line, good[1]]) + b"\n")
    db = tmp_path / "bad.db"
    result = runner.invoke(cli.app, ["ingest", str(corpus), "--db", str(db)])
    assert result.exit_code == 0, result.stderr
    expected = [issue.format(file=corpus) for issue in issues]
    skipped = sum(": skipped: " in issue for issue in expected)
    warned = len(expected) - skipped
    stored = 3 - skipped
    lines = result.stderr.splitlines()
    assert lines[:-1] == [
        *expected,
        f"issues: {skipped} skipped, {warned} warning{'' if warned == 1 else 's'}",
    ]
    assert lines[-1].startswith(f"read {stored}, skipped-bad {skipped}, already stored 0")
    with Store.open(db, create=False) as store:
        assert store.contains("ap-seoul") and store.contains("afp-bukavu")
        assert store.stats().articles == stored


def test_unparseable_publication_date_leaves_relative_dates_unresolved(
    real: None, tmp_path: Path
) -> None:
    corpus = tmp_path / "undated.jsonl"
    corpus.write_text(json.dumps(UNDATED) + "\n", encoding="utf-8")
    out = tmp_path / "undated.out.jsonl"
    result = runner.invoke(cli.app, ["annotate", str(corpus), "-o", str(out)])
    assert result.exit_code == 0, result.stderr
    record = json.loads(out.read_text(encoding="utf-8"))
    validate_annotation(record)
    assert record["article"]["published"] is None and record["events"]
    for coded in record["events"]:
        assert coded["date"]["start"] is None, coded["date"]
        assert coded["date"]["basis"] in ("unknown", "text")


def test_empty_file_is_the_only_failure(real: None, tmp_path: Path) -> None:
    empty = tmp_path / "empty.jsonl"
    empty.write_text("\n\n", encoding="utf-8")
    result = runner.invoke(cli.app, ["ingest", str(empty), "--db", str(tmp_path / "e.db")])
    assert result.exit_code == 1
    assert result.stderr == f"error: no article could be read from {empty}\n"


def long_text(size: int) -> str:
    """Varied news paragraphs (the bundled examples) repeated up to ``size`` characters."""
    paragraphs = [json.loads(line)["text"] for line in EXAMPLES.read_text("utf-8").splitlines()]
    block = "\n\n".join(paragraphs)
    return "\n\n".join([block] * (size // len(block) + 1))[:size].rstrip() + "."


def ingest_long_article(tmp_path: Path, size: int, chunk: int) -> tuple[Path, str, Any]:
    text = long_text(size)
    corpus = tmp_path / "long.jsonl"
    article = {"id": "long-digest", "text": text, "published": "2026-01-09"}
    corpus.write_text(json.dumps(article) + "\n", encoding="utf-8")
    db = tmp_path / "long.db"
    args = ["ingest", str(corpus), "--db", str(db)]
    result = runner.invoke(cli.app, args, env={"EVENTWIRE_MAX_CHUNK_CHARS": str(chunk)})
    return db, text, result


def check_long_article_stored_once(db: Path, text: str, result: Any) -> None:
    assert result.exit_code == 0, result.stderr
    assert result.stderr.splitlines()[:2] == [
        f"article 'long-digest': warning: long text ({len(text):,} characters) coded in chunks",
        "issues: 0 skipped, 1 warning",
    ]
    counts = stats_of(db)
    assert counts["articles"] == 1 and counts["events"] > 0
    again = runner.invoke(cli.app, ["ingest", str(db.parent / "long.jsonl"), "--db", str(db)])
    assert "already stored 1, new 0" in again.stderr
    assert stats_of(db) == counts


def test_long_article_is_coded_in_chunks_and_stored_once(real: None, tmp_path: Path) -> None:
    db, text, result = ingest_long_article(tmp_path, 30_000, chunk=4_000)
    check_long_article_stored_once(db, text, result)


def test_five_megabyte_article_is_skipped_with_its_size(real: None, tmp_path: Path) -> None:
    text = long_text(5_000_000)
    corpus = tmp_path / "mixed.jsonl"
    records = [
        {"id": "dump", "text": text},
        {"id": "ok", "text": "Kenya and Uganda signed a deal."},
    ]
    corpus.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    db = tmp_path / "big.db"
    result = runner.invoke(cli.app, ["ingest", str(corpus), "--db", str(db)])
    assert result.exit_code == 0, result.stderr
    assert result.stderr.splitlines()[0] == (
        f"{corpus}:1: skipped: field 'text' has {len(text):,} characters, over the limit of "
        "1,000,000 (setting max_article_chars)"
    )
    assert stats_of(db)["articles"] == 1


@pytest.mark.skipif(
    not os.environ.get(SLOW_TESTS), reason=f"5 MB article: minutes; set {SLOW_TESTS}=1"
)
def test_five_megabyte_article_is_coded_in_chunks_when_allowed(real: None, tmp_path: Path) -> None:
    os.environ["EVENTWIRE_MAX_ARTICLE_CHARS"] = "6000000"
    try:
        db, text, result = ingest_long_article(tmp_path, 5_000_000, chunk=100_000)
    finally:
        del os.environ["EVENTWIRE_MAX_ARTICLE_CHARS"]
    check_long_article_stored_once(db, text, result)


def test_legacy_dictionaries_extend_the_actors(tmp_path: Path) -> None:
    actors = tmp_path / "actors.txt"
    actors.write_text("ARNOR_ [ARN]\nGONDOR [GON]\n", encoding="utf-8")
    agents = tmp_path / "agents.txt"
    agents.write_text("RANGER [~MIL]\n", encoding="utf-8")
    corpus = tmp_path / "middle-earth.jsonl"
    article = {"id": "me-1", "text": "Rangers of Arnor attacked Gondor on Monday."}
    corpus.write_text(json.dumps(article) + "\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    args = ["annotate", str(corpus), "-o", str(out), "--actors", str(actors)]
    result = runner.invoke(cli.app, [*args, "--agents", str(agents)])
    assert result.exit_code == 0, result.stderr
    events = json.loads(out.read_text(encoding="utf-8"))["events"]
    assert [(e["cameo"], e["source"]["code"], e["target"]["code"]) for e in events] == [
        ("190", "ARNMIL", "GON")
    ]


def test_yaml_dictionary_codes_by_the_article_date(tmp_path: Path) -> None:
    actors = tmp_path / "actors.yaml"
    actors.write_text(
        "actors:\n"
        "  - name: Marta Ilvesaar\n"
        "    codes:\n"
        "      - {code: ESTGOV, until: 2024-11-30}\n"
        "      - {code: IGOEEC, from: 2024-12-01}\n",
        encoding="utf-8",
    )
    text = "Marta Ilvesaar criticised Russia on Monday."
    corpus = tmp_path / "news.jsonl"
    corpus.write_text(
        "\n".join(
            json.dumps({"id": day, "text": text, "published": day})
            for day in ("2024-03-01", "2025-03-01")
        )
        + "\n",
        encoding="utf-8",
    )
    out = tmp_path / "out.jsonl"
    result = runner.invoke(
        cli.app, ["annotate", str(corpus), "-o", str(out), "--actors", str(actors)]
    )
    assert result.exit_code == 0, result.stderr
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    sources = [[(e["cameo"][:2], e["source"]["code"]) for e in r["events"]] for r in records]
    assert sources == [[("11", "ESTGOV")], [("11", "IGOEEC")]]
    assert records[0]["events"][0]["source"]["resolved_by"] == "dictionary"


def test_malformed_dictionary_is_a_one_line_error(tmp_path: Path, corpus: Path) -> None:
    actors = tmp_path / "actors.csv"
    actors.write_text("name,aliases,code,from,until\nA,,US,,\n", encoding="utf-8")
    args = ["annotate", str(corpus), "-o", str(tmp_path / "out.jsonl"), "--actors", str(actors)]
    result = runner.invoke(cli.app, args)
    assert result.exit_code != 0
    assert f"{actors}:2" in result.stderr and "actor code" in result.stderr


def test_workers_default_to_all_cores() -> None:
    assert Settings().workers == all_cores() >= 1
    assert dict((name, default) for name, default, _ in Settings.describe())["workers"] == repr(
        all_cores()
    )


def test_progress_knows_the_total_of_plain_json_lines_only(tmp_path: Path) -> None:
    plain = tmp_path / "a.jsonl"
    plain.write_text('{"text": "One."}\n\n{"text": "Two."}\n', encoding="utf-8")
    page = tmp_path / "b.html"
    page.write_text("<html><body><p>Three.</p></body></html>", encoding="utf-8")
    assert expected_articles([plain, plain]) == 4
    assert expected_articles([plain, page]) is None
    assert expected_articles(["-"]) is None


def test_progress_shows_the_mean_rate_and_the_time_left_at_it() -> None:
    clock = [0.0]
    progress = Progress(get_time=lambda: clock[0])
    task_id = progress.add_task("ingesting", total=1000)
    clock[0] = 10.0
    progress.update(task_id, completed=32)  # one batch
    clock[0] = 20.0
    progress.update(task_id, completed=200)
    [task] = progress.tasks
    rate = cli._RateColumn().render(task).plain
    left = cli._RemainingColumn().render(task).plain
    assert (rate, left) == ("10.0 articles/s", "0:01:20")


def test_show_prints_the_event_and_every_mention(db: Path) -> None:
    result = runner.invoke(cli.app, ["show", "ev_meet", "--db", str(db)])
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines[0].startswith("ev_meet  036 ")
    assert "2 mentions in 2 articles" in result.stdout
    assert [line.split(":")[0] for line in lines if line.startswith("- ")] == ["- a1", "- a2"]
    assert lines.count("  (036 TURGOV Hakan Fidan -> GRCGOV Giorgos Gerapetritis, 2026-01-15)") == 2


def test_show_json_lists_the_reports(db: Path) -> None:
    result = runner.invoke(cli.app, ["show", "ev_meet", "--db", str(db), "--json"])
    shown = json.loads(result.stdout)
    assert (shown["cameo"], shown["mentions"]) == ("036", 2)
    assert [report["article_id"] for report in shown["reports"]] == ["a1", "a2"]
    assert [report["coding"]["id"] for report in shown["reports"]] == ["ev_meet", "ev_meet_a2"]


def test_show_of_an_unknown_event_is_a_clean_error(db: Path) -> None:
    result = runner.invoke(cli.app, ["show", "ev_nothing", "--db", str(db)])
    assert result.exit_code == 1
    assert "no event 'ev_nothing' in the store" in result.stderr


def test_bench_reports_both_speeds_and_memory() -> None:
    corpus = REPO / "examples" / "articles.jsonl"
    result = runner.invoke(cli.app, ["bench", str(corpus), "--workers", "1", "--json"])
    assert result.exit_code == 0, result.output
    figures = json.loads(result.stdout)
    assert (figures["articles"], figures["workers"]) == (14, 1)
    assert figures["sentences"] > figures["articles"] > 0 and figures["events"] > 0
    assert figures["speed_ratio"] == pytest.approx(
        figures["spacy_seconds"] / figures["pipeline_seconds"]
    )
    assert figures["peak_mib_per_worker"] > 100  # a spaCy model is loaded
