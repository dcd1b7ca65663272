"""SQLite store: migrations, WAL, idempotent saves, filters, statistics, errors."""

from __future__ import annotations

import datetime as dt
import sqlite3
from dataclasses import replace
from pathlib import Path

import pytest
from sqlalchemy import create_engine, inspect

from eventwire.errors import StoreError
from eventwire.models import (
    Actor,
    AnnotatedArticle,
    Article,
    DateBasis,
    DatePrecision,
    Event,
    EventDate,
    EventLocation,
    EventStatus,
    LocationBasis,
    PlacePrecision,
    PloverCoding,
    Sentence,
    TextSpan,
)
from eventwire.store import EventFilter, Store
from eventwire.store.migrations import MIGRATIONS
from eventwire.store.schema import metadata

ANKARA = EventLocation(
    "Ankara", "TUR", 39.92, 32.85, 323786, PlacePrecision.CITY, LocationBasis.TRIGGER
)


def actor(
    code: str, country: str | None, name: str, *sectors: str, title: str | None = None
) -> Actor:
    return Actor(
        text=name,
        start=0,
        end=len(name),
        code=code,
        country=country,
        sectors=sectors,
        name=name,
        title=title,
        resolved_by="title",
    )


FIDAN = actor("TURGOV", "TUR", "Hakan Fidan", "GOV", title="Foreign Minister")
GERAPETRITIS = actor("GRCGOV", "GRC", "Giorgos Gerapetritis", "GOV", title="Foreign Minister")
RSF = actor("SDNREB", "SDN", "Rapid Support Forces", "REB")
SUDAN_ARMY = actor("SDNMIL", "SDN", "Sudanese army", "MIL")
UN = actor("IGOUNO", None, "United Nations", "IGO")


def event(
    event_id: str,
    article_id: str,
    cameo: str,
    source: Actor | None,
    target: Actor | None,
    day: dt.date | None,
    *,
    status: EventStatus = EventStatus.ASSERTED,
    sentence: str = "Turkish Foreign Minister Hakan Fidan will meet his Greek counterpart.",
) -> Event:
    date = EventDate(
        day,
        day,
        day.isoformat() if day else None,
        DatePrecision.DAY if day else None,
        DateBasis.TEXT if day else DateBasis.UNKNOWN,
    )
    return Event(
        id=event_id,
        article_id=article_id,
        cameo=cameo,
        cameo_name=f"name of {cameo}",
        plover=PloverCoding("CONSULT", "meet", ("diplomatic", "security")),
        quad_class=1,
        goldstein=4.0,
        status=status,
        source=source,
        target=target,
        trigger=TextSpan(42, 46, "meet"),
        sentence=Sentence(1, 100, 100 + len(sentence), sentence),
        pattern="consult.meet.v1",
        date=date,
        location=ANKARA if cameo.startswith("04") else None,
        attribution=None,
    )


def annotated(
    article_id: str, *events: Event, published: dt.date | None = None
) -> AnnotatedArticle:
    article = Article(
        id=article_id,
        text="Body of " + article_id,
        title="Title " + article_id,
        published=published,
        source="Wire",
        url=None,
    )
    return AnnotatedArticle(article, (), tuple(events), (), (), ())


JAN = dt.date(2026, 1, 1)
CORPUS = (
    annotated(
        "a1",
        event(
            "ev_meet",
            "a1",
            "036",
            FIDAN,
            GERAPETRITIS,
            dt.date(2026, 1, 15),
            status=EventStatus.PLANNED,
        ),
        event("ev_shell", "a1", "195", SUDAN_ARMY, RSF, dt.date(2026, 1, 3)),
        published=dt.date(2026, 1, 9),
    ),
    annotated(
        "a2",
        event(  # another report of a1's meeting
            "ev_meet_a2",
            "a2",
            "036",
            FIDAN,
            GERAPETRITIS,
            dt.date(2026, 1, 15),
            status=EventStatus.PLANNED,
        ),
        event("ev_consult", "a2", "042", GERAPETRITIS, FIDAN, dt.date(2026, 2, 2)),
        event("ev_appeal", "a2", "0253", UN, SUDAN_ARMY, None, status=EventStatus.NEGATED),
    ),
)


@pytest.fixture
def store(tmp_path: Path) -> Store:
    opened = Store.open(tmp_path / "events.db")
    for article in CORPUS:
        opened.save(article)
    return opened


def test_open_records_every_migration(tmp_path: Path) -> None:
    path = tmp_path / "new.db"
    Store.open(path).close()
    with sqlite3.connect(path) as connection:
        versions = [v for (v,) in connection.execute("SELECT version FROM schema_migrations")]
    assert versions == [m.version for m in MIGRATIONS]


def test_migrations_are_numbered_in_order() -> None:
    versions = [m.version for m in MIGRATIONS]
    assert versions == list(range(1, len(MIGRATIONS) + 1))


def test_reopening_applies_nothing_twice(tmp_path: Path) -> None:
    path = tmp_path / "again.db"
    Store.open(path).close()
    Store.open(path).close()
    with sqlite3.connect(path) as connection:
        assert connection.execute("SELECT count(*) FROM schema_migrations").fetchone() == (
            len(MIGRATIONS),
        )


def test_migrated_database_matches_schema_module(tmp_path: Path) -> None:
    path = tmp_path / "shape.db"
    Store.open(path).close()
    inspector = inspect(create_engine(f"sqlite:///{path}"))
    for table in metadata.tables.values():
        stored = {column["name"] for column in inspector.get_columns(table.name)}
        assert stored == set(table.columns.keys()), table.name


def test_wal_and_foreign_keys_are_on(store: Store) -> None:
    with sqlite3.connect(store.path) as connection:
        assert connection.execute("PRAGMA journal_mode").fetchone() == ("wal",)
    with store._engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1


@pytest.mark.parametrize(
    ("index", "columns"),
    [
        ("ix_events_date", ["date_start", "date_end"]),
        ("ix_events_dyad", ["source_country", "target_country"]),
        ("ix_events_cameo", ["cameo"]),
        ("ix_events_status", ["status"]),
    ],
    ids=["date", "dyad", "cameo", "status"],
)
def test_query_indexes_exist(store: Store, index: str, columns: list[str]) -> None:
    with sqlite3.connect(store.path) as connection:
        found = [row[2] for row in connection.execute(f"PRAGMA index_info({index})")]
    assert found == columns


def test_save_is_idempotent(store: Store) -> None:
    before = store.stats()
    assert [store.save(article) for article in CORPUS] == [False, False]
    assert store.stats() == before
    assert (before.articles, before.events, before.mentions) == (2, 4, 5)


def test_contains(store: Store) -> None:
    assert store.contains("a1") and not store.contains("a3")


def test_same_event_in_two_articles_is_one_event_with_two_mentions(store: Store) -> None:
    [meeting] = store.query_events(EventFilter(cameo="036"))
    assert (meeting.mentions, meeting.articles) == (2, 2)
    assert meeting.event.article_id == "a1"


def test_event_round_trips_through_the_store(store: Store) -> None:
    [stored] = store.query_events(EventFilter(cameo="036"))
    assert stored.event == CORPUS[0].events[0]


@pytest.mark.parametrize(
    ("filters", "expected"),
    [
        (EventFilter(), ["ev_shell", "ev_meet", "ev_consult", "ev_appeal"]),
        (EventFilter(source="TUR"), ["ev_meet"]),
        (EventFilter(source="SDNMIL"), ["ev_shell"]),
        (EventFilter(source="sdn"), ["ev_shell"]),
        (EventFilter(target="SDN"), ["ev_shell", "ev_appeal"]),
        (EventFilter(source="IGO"), ["ev_appeal"]),
        (EventFilter(source="GRC", target="TUR"), ["ev_consult"]),
        (EventFilter(cameo="04"), ["ev_consult"]),
        (EventFilter(cameo="02"), ["ev_appeal"]),
        (EventFilter(status=EventStatus.PLANNED), ["ev_meet"]),
        (EventFilter(since=dt.date(2026, 1, 10)), ["ev_meet", "ev_consult"]),
        (EventFilter(until=dt.date(2026, 1, 31)), ["ev_shell", "ev_meet"]),
        (EventFilter(since=JAN, until=dt.date(2026, 1, 14)), ["ev_shell"]),
        (EventFilter(limit=2), ["ev_shell", "ev_meet"]),
    ],
    ids=[
        "all-undated-last",
        "source-country",
        "source-code-prefix",
        "lowercase",
        "target-country",
        "igo-code",
        "dyad",
        "cameo-root",
        "cameo-4-digit",
        "status",
        "since",
        "until",
        "window",
        "limit",
    ],
)
def test_query_filters(store: Store, filters: EventFilter, expected: list[str]) -> None:
    assert [s.event.id for s in store.query_events(filters)] == expected


def test_stats(store: Store) -> None:
    stats = store.stats()
    assert stats.actors == 5
    assert stats.by_cameo_root == (("02", 1), ("03", 1), ("04", 1), ("19", 1))
    assert stats.by_status == (("asserted", 2), ("negated", 1), ("planned", 1))
    assert [(d.source_country, d.target_country, d.events) for d in stats.top_dyads] == [
        ("GRC", "TUR", 1),
        ("SDN", "SDN", 1),
        ("TUR", "GRC", 1),
    ]


def test_event_without_actors_or_location_is_stored(tmp_path: Path) -> None:
    bare = event("ev_bare", "a9", "010", None, None, None)
    with Store.open(tmp_path / "bare.db") as opened:
        assert opened.save(annotated("a9", bare))
        [stored] = opened.query_events(EventFilter())
    assert stored.event == bare


def test_open_missing_folder_is_actionable(tmp_path: Path) -> None:
    path = tmp_path / "no" / "such" / "x.db"
    with pytest.raises(StoreError) as info:
        Store.open(path)
    assert info.value.message == (
        f"cannot open database {path}: folder {path.parent} does not exist; "
        "create it or choose another --db"
    )


def test_open_without_create_requires_existing_database(tmp_path: Path) -> None:
    path = tmp_path / "absent.db"
    with pytest.raises(StoreError, match="run 'eventwire ingest FILE --db"):
        Store.open(path, create=False)
    assert not path.exists()


def test_open_non_database_file_is_actionable(tmp_path: Path) -> None:
    path = tmp_path / "notes.db"
    path.write_text("these are not the tables you are looking for\n" * 200)
    with pytest.raises(StoreError) as info:
        Store.open(path)
    assert info.value.message == (
        f"{path} is not an SQLite database (file is not a database); choose another --db"
    )


def test_newer_schema_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "future.db"
    Store.open(path).close()
    with sqlite3.connect(path) as connection:
        connection.execute("INSERT INTO schema_migrations VALUES (999, 'future', '2030-01-01')")
    with pytest.raises(StoreError, match="schema version 999, newer than this eventwire knows"):
        Store.open(path)


def test_published_and_article_fields_are_stored(store: Store) -> None:
    with sqlite3.connect(store.path) as connection:
        row = connection.execute(
            "SELECT title, published, source FROM articles WHERE id='a1'"
        ).fetchone()
    assert row == ("Title a1", "2026-01-09", "Wire")


def test_failed_event_rolls_back_the_whole_article(tmp_path: Path) -> None:
    good = event("ev_ok", "a5", "190", RSF, SUDAN_ARMY, JAN)
    broken = replace(good, id="ev_bad", trigger=TextSpan(0, 0, None))  # type: ignore[arg-type]
    with Store.open(tmp_path / "tx.db") as opened:
        with pytest.raises(StoreError, match=r"cannot save database .*NOT NULL constraint failed"):
            opened.save(annotated("a5", good, broken))
        assert not opened.contains("a5")
        assert opened.stats().events == 0
