"""Duplicate events: reports of one event grouped, whatever order the articles come in."""

from __future__ import annotations

import datetime as dt
import itertools
import json
import sqlite3
from dataclasses import replace
from pathlib import Path

import pytest
from sqlalchemy import create_engine, insert, text
from test_store import FIDAN, GERAPETRITIS, RSF, SUDAN_ARMY, actor, annotated, event
from typer.testing import CliRunner

from eventwire import cli
from eventwire.dedup import DedupRules, group_events, same_event
from eventwire.models import (
    AnnotatedArticle,
    DateBasis,
    DatePrecision,
    Event,
    EventDate,
    EventLocation,
    EventStatus,
    LocationBasis,
    PlacePrecision,
)
from eventwire.store import EventFilter, Store
from eventwire.store._rows import article_row, event_row, mention_row
from eventwire.store.migrations import MIGRATIONS, applied_versions
from eventwire.store.schema import articles, events, schema_migrations

MONDAY = dt.date(2026, 3, 2)
USA = actor("USA", "USA", "United States")
USAGOV = actor("USAGOV", "USA", "White House", "GOV")
USAMIL = actor("USAMIL", "USA", "US Navy", "MIL")


def place(
    name: str, lat: float, lon: float, precision: PlacePrecision = PlacePrecision.CITY
) -> EventLocation:
    return EventLocation(name, "SDN", lat, lon, None, precision, LocationBasis.SENTENCE)


KHARTOUM = place("Khartoum", 15.55, 32.53)
OMDURMAN = place("Omdurman", 15.64, 32.48)  # across the Nile, about 10 km
EL_FASHER = place("El Fasher", 13.63, 25.35)  # about 800 km west
SUDAN = place("Sudan", 15.0, 30.0, PlacePrecision.COUNTRY)
KHARTOUM_STATE = place("Khartoum State", 15.9, 32.8, PlacePrecision.ADMIN1)  # 50 km
DARFUR = place("Darfur", 13.0, 24.5, PlacePrecision.REGION)  # about 900 km


def shelling(
    mention_id: str, article_id: str, day: dt.date | None = MONDAY, **changes: object
) -> Event:
    """The army shelling the RSF, reported in ``article_id``."""
    base = replace(event(mention_id, article_id, "195", SUDAN_ARMY, RSF, day), location=KHARTOUM)
    return replace(base, **changes)  # type: ignore[arg-type]


def published_on(day: dt.date) -> EventDate:
    return EventDate(day, day, day.isoformat(), DatePrecision.DAY, DateBasis.PUBLISHED)


def groups_of(*mentions: Event) -> list[list[str]]:
    return [[m.id for m in group.mentions] for group in group_events(mentions)]


def test_reports_of_one_shelling_in_three_articles_are_one_event() -> None:
    reports = [shelling("m1", "reuters"), shelling("m2", "afp"), shelling("m3", "bbc")]
    [group] = group_events(reports)
    assert (group.id, len(group.mentions)) == ("m2", 3)  # ties broken by article id


def test_the_best_dated_report_is_the_seed() -> None:
    vague = shelling("vague", "a1", date=published_on(MONDAY + dt.timedelta(days=1)))
    exact = shelling("exact", "a2")
    assert groups_of(vague, exact) == [["exact", "vague"]]


@pytest.mark.parametrize(
    ("other", "same"),
    [
        (shelling("x", "b", cameo="190"), True),  # same family: 19 Fight
        (shelling("x", "b", cameo="180"), False),
        (shelling("x", "b", status=EventStatus.NEGATED), False),
        (shelling("x", "b", target=SUDAN_ARMY), False),
        (shelling("x", "b", target=None), False),
        (shelling("x", "b", MONDAY + dt.timedelta(days=1)), False),  # dates do not overlap
        (shelling("x", "b", date=published_on(MONDAY + dt.timedelta(days=2))), True),
        (shelling("x", "b", date=published_on(MONDAY + dt.timedelta(days=3))), False),
        (shelling("x", "b", date=published_on(MONDAY - dt.timedelta(days=1))), False),
        (shelling("x", "b", location=OMDURMAN), True),
        (shelling("x", "b", location=EL_FASHER), False),
        (shelling("x", "b", location=SUDAN), True),  # a country holds the town
        (shelling("x", "b", location=KHARTOUM_STATE), True),
        (shelling("x", "b", location=DARFUR), False),
        (shelling("x", "b", location=None), True),
        (shelling("x", "b", location=replace(OMDURMAN, country="EGY")), False),
    ],
    ids=[
        "same-root",
        "other-root",
        "other-status",
        "other-target",
        "no-target",
        "next-day",
        "published-within-window",
        "published-after-window",
        "published-before",
        "nearby-town",
        "distant-town",
        "country",
        "division-around",
        "distant-region",
        "no-place",
        "other-country",
    ],
)
def test_what_makes_two_reports_one_event(other: Event, same: bool) -> None:
    assert same_event(shelling("seed", "a"), other) is same


@pytest.mark.parametrize(
    ("first", "second", "same"),
    [(USA, USAGOV, True), (USAGOV, USAGOV, True), (USAGOV, USAMIL, False)],
    ids=["country-and-government", "equal", "government-and-military"],
)
def test_compatible_actors(first: object, second: object, same: bool) -> None:
    a = replace(shelling("a", "a1"), source=first)  # type: ignore[arg-type]
    b = replace(shelling("b", "a2"), source=second)  # type: ignore[arg-type]
    assert same_event(a, b) is same


def test_grouping_does_not_depend_on_the_order_of_reports() -> None:
    reports = [
        shelling("exact", "a1"),
        shelling("vague", "a2", date=published_on(MONDAY + dt.timedelta(days=1))),
        shelling("far", "a3", location=EL_FASHER),
        shelling("later", "a4", MONDAY + dt.timedelta(days=1)),
        shelling("country", "a5", location=SUDAN),
    ]
    results = {
        tuple(tuple(sorted(m.id for m in g.mentions)) for g in group_events(order))
        for order in itertools.permutations(reports)
    }
    assert len(results) == 1


def test_daily_reports_do_not_chain_into_one_event() -> None:
    days = [MONDAY + dt.timedelta(days=n) for n in range(10)]
    reports = [shelling(f"d{n}", f"a{n}", date=published_on(day)) for n, day in enumerate(days)]
    rules = DedupRules()
    for group in group_events(reports, rules):
        starts = [m.date.start for m in group.mentions if m.date.start]
        assert (max(starts) - min(starts)).days <= rules.window_days


def test_undated_reports_merge_only_within_their_article() -> None:
    assert groups_of(shelling("a", "x", None), shelling("b", "x", None)) == [["a", "b"]]
    assert len(groups_of(shelling("a", "x", None), shelling("b", "y", None))) == 2


# The store


def save_all(path: Path, articles: list[tuple[str, tuple[Event, ...], str]]) -> None:
    with Store.open(path) as store:
        for article_id, mentions, source in articles:
            article = annotated(article_id, *mentions)
            store.save(replace(article, article=replace(article.article, source=source)))


CORPUS = [
    ("reuters-1", (shelling("m-reuters", "reuters-1"),), "Reuters"),
    (
        "afp-1",
        (
            shelling("m-afp", "afp-1", date=published_on(MONDAY + dt.timedelta(days=1))),
            event("m-meet", "afp-1", "036", FIDAN, GERAPETRITIS, MONDAY),
        ),
        "AFP",
    ),
    ("reuters-2", (shelling("m-reuters-2", "reuters-2", location=OMDURMAN),), "Reuters"),
    ("bbc-1", (shelling("m-bbc", "bbc-1", location=EL_FASHER),), "BBC"),
]


def summary(path: Path) -> set[tuple[str, int, int, int]]:
    with Store.open(path, create=False) as store:
        found = store.query_events(EventFilter())
    return {(s.event.id, s.mentions, s.articles, s.sources) for s in found}


def test_stored_reports_are_grouped_with_counts(tmp_path: Path) -> None:
    save_all(tmp_path / "a.db", CORPUS)
    assert summary(tmp_path / "a.db") == {
        ("m-reuters", 3, 3, 2),  # two Reuters stories and one from AFP
        ("m-meet", 1, 1, 1),
        ("m-bbc", 1, 1, 1),  # El Fasher is 800 km away: another shelling
    }


def test_ids_and_groups_do_not_depend_on_ingest_order(tmp_path: Path) -> None:
    save_all(tmp_path / "forward.db", CORPUS)
    save_all(tmp_path / "backward.db", CORPUS[::-1])
    assert summary(tmp_path / "forward.db") == summary(tmp_path / "backward.db")


def test_a_better_report_takes_over_an_event_and_keeps_every_mention(tmp_path: Path) -> None:
    path = tmp_path / "takeover.db"
    vague = shelling("m-vague", "a1", date=published_on(MONDAY + dt.timedelta(days=1)))
    save_all(path, [("a1", (vague,), "AFP"), ("a2", (shelling("m-exact", "a2"),), "AP")])
    assert summary(path) == {("m-exact", 2, 2, 2)}
    with Store.open(path, create=False) as store:
        assert store.event("m-vague") is None
        shown = store.event("m-exact")
    assert shown is not None
    assert [m.article_id for m in shown[1]] == ["a1", "a2"]


def test_each_mention_keeps_its_own_coding(tmp_path: Path) -> None:
    path = tmp_path / "records.db"
    other = shelling("m-other", "a2", cameo="190", location=OMDURMAN)
    save_all(path, [("a1", (shelling("m-seed", "a1"),), "AFP"), ("a2", (other,), "AP")])
    with sqlite3.connect(path) as connection:
        rows = connection.execute(
            "SELECT mention_id, event_id, json_extract(record, '$.cameo'), "
            "json_extract(record, '$.location_name') FROM mentions ORDER BY id"
        ).fetchall()
    assert rows == [
        ("m-seed", "m-seed", "195", "Khartoum"),
        ("m-other", "m-seed", "190", "Omdurman"),
    ]


def version_1_store(path: Path, *saved: AnnotatedArticle) -> None:
    """A database as eventwire wrote it before event groups (schema version 1)."""
    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as connection:
        applied_versions(connection)  # the bookkeeping table
        MIGRATIONS[0].apply(connection)
        connection.execute(schema_migrations.insert().values(version=1, name="v1", applied_at=""))
        for annotated_article in saved:
            row = article_row(annotated_article.article, ingested_at=dt.datetime(2026, 1, 1))
            connection.execute(insert(articles).values(row))
            for coded in annotated_article.events:
                connection.execute(insert(events).values(event_row(coded)))
                old = {k: v for k, v in mention_row(coded, coded.id).items() if k in V1_MENTION}
                connection.execute(text(_insert_sql("mentions", old)), old)
    engine.dispose()


V1_MENTION = (
    "event_id", "article_id", "sentence_index", "sentence_start", "sentence_end",
    "trigger_start", "trigger_end", "sentence_text", "status",
)  # fmt: skip


def _insert_sql(table: str, row: dict[str, object]) -> str:
    return f"INSERT INTO {table} ({', '.join(row)}) VALUES ({', '.join(':' + k for k in row)})"


def test_a_version_1_database_is_migrated_and_grouped(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    version_1_store(path, annotated("a1", shelling("m-old", "a1")))
    save_all(path, [("a2", (shelling("m-new", "a2"),), "AP")])
    assert summary(path) == {("m-old", 2, 2, 2)}


def test_two_dyads_of_one_trigger_can_be_one_event(tmp_path: Path) -> None:
    path = tmp_path / "trigger.db"
    usa = replace(shelling("m-usa", "a1"), source=USA)
    usagov = replace(shelling("m-usagov", "a1"), source=USAGOV)  # same sentence and trigger
    save_all(path, [("a1", (usa, usagov), "AP")])
    assert summary(path) == {("m-usagov", 2, 1, 1)}


@pytest.mark.parametrize("rules", [DedupRules(window_days=0), DedupRules(distance_km=5)])
def test_rules_can_be_tightened(tmp_path: Path, rules: DedupRules) -> None:
    path = tmp_path / "strict.db"
    with Store.open(path, rules=rules) as store:
        for article_id, mentions, _ in CORPUS:
            store.save(annotated(article_id, *mentions))
        assert len(store.query_events(EventFilter(cameo="19"))) > 2


def test_ingest_groups_two_outlets_reports_of_one_shelling(tmp_path: Path) -> None:
    stories = [
        ("reuters-kh", "Reuters", "Russian forces shelled Kharkiv on Monday, officials said."),
        ("afp-kh", "AFP", "Russian troops shelled the city of Kharkiv on Monday."),
        ("ap-od", "AP", "Russian forces shelled Odesa on Monday, officials said."),
    ]
    corpus = tmp_path / "wires.jsonl"
    corpus.write_text(
        "".join(
            json.dumps({"id": i, "source": s, "text": t, "published": "2026-03-03"}) + "\n"
            for i, s, t in stories
        ),
        encoding="utf-8",
    )
    db = tmp_path / "wires.db"
    result = CliRunner().invoke(cli.app, ["ingest", str(corpus), "--db", str(db)])
    assert result.exit_code == 0, result.output
    with Store.open(db, create=False) as store:
        found = store.query_events(EventFilter(source="RUS"))
    counts = sorted((s.event.location.name if s.event.location else "", s.sources) for s in found)
    assert counts == [("Kharkiv", 2), ("Odesa", 1)]  # Odesa is 550 km away: another event
