"""Export of stored events: CSV, PLOVER JSON lines and Parquet, each read back."""

from __future__ import annotations

import csv
import dataclasses
import datetime as dt
import json
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from conftest import SHARED
from test_store import FIDAN, GERAPETRITIS, RSF, SUDAN_ARMY, annotated, event
from typer.testing import CliRunner

from eventwire import cli, gdelt
from eventwire.export import CSV_COLUMNS, ExportFormat
from eventwire.models import EventLocation, LocationBasis, PlacePrecision
from eventwire.store import Store, StoredEvent

runner = CliRunner()
DAY = dt.date(2026, 1, 15)


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "events.db"
    with Store.open(path) as store:
        store.save(annotated("a1", event("ev_meet", "a1", "036", FIDAN, GERAPETRITIS, DAY)))
        store.save(annotated("a2", event("ev_meet_a2", "a2", "036", FIDAN, GERAPETRITIS, DAY)))
        store.save(annotated("a3", event("ev_fight", "a3", "190", RSF, SUDAN_ARMY, None)))
    return path


def _export(db: Path, out: Path, fmt: ExportFormat) -> str:
    result = runner.invoke(cli.app, ["export", "--db", str(db), "--format", fmt, "-o", str(out)])
    assert result.exit_code == 0, result.output
    return result.output


def test_csv_keeps_leading_zeros_and_counts(db: Path, tmp_path: Path) -> None:
    out = tmp_path / "events.csv"
    assert "exported 2 events" in _export(db, out, ExportFormat.CSV)
    with out.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert tuple(rows[0]) == CSV_COLUMNS
    meet = next(r for r in rows if r["id"] == "ev_meet")
    assert (meet["cameo"], meet["mentions"], meet["articles"]) == ("036", "2", "2")
    assert (meet["source_code"], meet["target_code"]) == ("TURGOV", "GRCGOV")


def test_plover_lines_carry_type_mode_context_and_actors(db: Path, tmp_path: Path) -> None:
    out = tmp_path / "events.jsonl"
    _export(db, out, ExportFormat.PLOVER)
    records = {r["event_id"]: r for r in map(json.loads, out.read_text().splitlines())}
    meet = records["ev_meet"]
    assert (meet["event_type"], meet["event_mode"]) == ("CONSULT", "meet")
    assert meet["event_context"] == ["diplomatic", "security"]
    assert meet["actors"]["source"]["code"] == "TURGOV"
    assert (meet["cameo"], meet["event_date"], meet["num_articles"]) == ("036", "2026-01-15", 2)
    assert records["ev_fight"]["event_date"] is None


def test_parquet_has_typed_and_list_columns(db: Path, tmp_path: Path) -> None:
    out = tmp_path / "events.parquet"
    _export(db, out, ExportFormat.PARQUET)
    table = pq.read_table(out)
    assert set(CSV_COLUMNS) <= set(table.column_names)
    rows = {row["id"]: row for row in table.to_pylist()}
    meet = rows["ev_meet"]
    assert (meet["cameo"], meet["date_start"], meet["mentions"]) == ("036", DAY, 2)
    assert meet["source_sectors"] == ["GOV"] and meet["plover_context"] == [
        "diplomatic",
        "security",
    ]
    assert rows["ev_fight"]["date_start"] is None
    kind = table.schema.field("source_sectors").type
    assert pa.types.is_list(kind) and pa.types.is_string(kind.value_type)


def test_export_of_a_missing_database_is_a_clean_error(tmp_path: Path) -> None:
    missing, out = tmp_path / "none.db", tmp_path / "out.csv"
    result = runner.invoke(cli.app, ["export", "--db", str(missing), "-o", str(out)])
    assert result.exit_code == 1
    assert not out.exists()


def _table(path: Path) -> list[list[str]]:
    return [line.split("\t") for line in path.read_text(encoding="utf-8").splitlines()]


def test_gdelt_events_have_every_column_in_order(db: Path, tmp_path: Path) -> None:
    out = tmp_path / "events.export.CSV"
    _export(db, out, ExportFormat.GDELT)
    names = gdelt.columns()["events"]
    reference = SHARED / "reference" / "gdelt2_events_columns.csv"
    if reference.exists():
        with reference.open(encoding="utf-8") as handle:
            assert names == tuple(row["tableId"] for row in csv.DictReader(handle))
    rows = [dict(zip(names, row, strict=True)) for row in _table(out)]
    meet = next(r for r in rows if r["EventCode"] == "036")
    assert (meet["EventBaseCode"], meet["EventRootCode"], meet["QuadClass"]) == ("036", "03", "1")
    assert (meet["SQLDATE"], meet["MonthYear"], meet["Year"]) == ("20260115", "202601", "2026")
    assert (meet["Actor1Code"], meet["Actor1Name"], meet["Actor1Type1Code"]) == (
        "TURGOV",
        "HAKAN FIDAN",
        "GOV",
    )
    assert (meet["NumMentions"], meet["NumArticles"]) == ("2", "2")
    assert meet["GLOBALEVENTID"] == str(gdelt.global_event_id("ev_meet"))
    assert len(meet["DATEADDED"]) == 14 and meet["DATEADDED"].isdigit()


def test_gdelt_mentions_have_one_line_a_mention(db: Path, tmp_path: Path) -> None:
    out = tmp_path / "mentions.CSV"
    assert "exported 3 mentions" in _export(db, out, ExportFormat.GDELT_MENTIONS)
    names = gdelt.columns()["mentions"]
    rows = [dict(zip(names, row, strict=True)) for row in _table(out)]
    meet = [r for r in rows if r["GLOBALEVENTID"] == str(gdelt.global_event_id("ev_meet"))]
    assert len(meet) == 2
    assert {r["MentionType"] for r in rows} == {"2"}  # no URLs: textual citations
    assert {r["MentionIdentifier"] for r in meet} == {"a1", "a2"}
    assert all(int(r["SentenceID"]) >= 1 and r["MentionDocLen"].isdigit() for r in rows)


def test_gdelt_action_place_uses_fips_codes() -> None:
    base = event("ev_kyiv", "a9", "190", RSF, SUDAN_ARMY, DAY)
    place = EventLocation(
        "Kyiv", "UKR", 50.45, 30.52, 703448, PlacePrecision.CITY, LocationBasis.TRIGGER
    )
    stored = StoredEvent(dataclasses.replace(base, location=place), 1, 1, 1)
    row = dict(zip(gdelt.columns()["events"], gdelt.event_row(stored, []), strict=True))
    assert (row["ActionGeo_Type"], row["ActionGeo_CountryCode"]) == ("4", "UP")  # FIPS, not ISO
    assert (row["ActionGeo_FullName"], row["ActionGeo_FeatureID"]) == ("Kyiv, Ukraine", "703448")
