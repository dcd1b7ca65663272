"""The eventwire command: bad input reported as file:line, clean errors, store commands."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Iterator
from pathlib import Path

import pytest
from test_store import FIDAN, GERAPETRITIS, RSF, SUDAN_ARMY, annotated, event
from typer.testing import CliRunner

from eventwire import cli
from eventwire.config import Settings
from eventwire.models import AnnotatedArticle, Article, EventStatus
from eventwire.store import Store

runner = CliRunner()

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
                event(
                    "ev_meet", "a1", "036", FIDAN, GERAPETRITIS, None, status=EventStatus.PLANNED
                ),
            )
        )
        store.save(
            annotated(
                "a2",
                event("ev_shell", "a2", "195", SUDAN_ARMY, RSF, None),
                event(
                    "ev_meet", "a2", "036", FIDAN, GERAPETRITIS, None, status=EventStatus.PLANNED
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
        "issues: 3 skipped, 1 kept with warnings",
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
        "issues: 2 skipped, 0 kept with warnings",
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
