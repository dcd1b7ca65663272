"""Stored events out as files other tools read: CSV, PLOVER/POLECAT-style JSON lines,
Parquet with list columns, and GDELT 2.0 Events and Mentions tables (:mod:`eventwire.gdelt`).

One row per event, with how often it was reported (mentions, articles, sources). The CSV is also
what ``eventwire events --format csv`` prints. CAMEO codes are always text ("042" keeps
its zero).
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable, Sequence
from enum import StrEnum
from pathlib import Path
from typing import Any, TextIO

from eventwire import gdelt
from eventwire.errors import EventwireError
from eventwire.models import Actor, Event
from eventwire.serialize import location_to_dict
from eventwire.store import EventFilter, Store
from eventwire.store.queries import StoredEvent

CSV_COLUMNS = (
    "id",
    "date_start",
    "date_end",
    "cameo",
    "cameo_name",
    "status",
    "goldstein",
    "quad_class",
    "source_code",
    "source_name",
    "target_code",
    "target_name",
    "location",
    "location_country",
    "mentions",
    "articles",
    "sources",
    "article_id",
    "sentence",
)


class ExportFormat(StrEnum):
    CSV = "csv"
    PLOVER = "plover"
    PARQUET = "parquet"
    GDELT = "gdelt"
    GDELT_MENTIONS = "gdelt-mentions"


def export_store(store: Store, fmt: ExportFormat, path: Path) -> int:
    """Write every stored event (or, for ``gdelt-mentions``, every mention) to ``path`` in
    ``fmt``; returns the number of lines or rows written."""
    found = store.query_events(EventFilter())
    try:
        if fmt is ExportFormat.PARQUET:
            write_parquet(found, path)
            return len(found)
        with path.open("w", encoding="utf-8", newline="") as out:
            return _write_text(store, found, fmt, out)
    except OSError as exc:
        raise EventwireError(f"cannot write {path}: {exc.strerror or exc}") from exc


def _write_text(store: Store, found: Sequence[StoredEvent], fmt: ExportFormat, out: TextIO) -> int:
    if fmt is ExportFormat.CSV:
        write_csv(found, out)
    elif fmt is ExportFormat.PLOVER:
        write_plover(found, out)
    elif fmt is ExportFormat.GDELT:
        gdelt.write_events(found, store.reports(), out)
    else:
        reports = store.reports()
        gdelt.write_mentions(found, reports, out)
        return len(reports)
    return len(found)


def write_csv(found: Iterable[StoredEvent], out: TextIO) -> None:
    """One header line, then one line per event."""
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    for stored in found:
        writer.writerow(csv_row(stored))


def csv_row(stored: StoredEvent) -> list[object]:
    """The CSV_COLUMNS values of one event."""
    event = stored.event
    source, target, place = event.source, event.target, event.location
    return [
        event.id,
        event.date.start or "",
        event.date.end or "",
        event.cameo,
        event.cameo_name,
        event.status.value,
        event.goldstein,
        event.quad_class,
        source.code if source else "",
        _actor_name(source),
        target.code if target else "",
        _actor_name(target),
        place.name if place else "",
        (place.country or "") if place else "",
        stored.mentions,
        stored.articles,
        stored.sources,
        event.article_id,
        event.sentence.text,
    ]


def write_plover(found: Iterable[StoredEvent], out: TextIO) -> None:
    """One PLOVER/POLECAT-style JSON object per line."""
    for stored in found:
        out.write(json.dumps(plover_record(stored), ensure_ascii=False) + "\n")


def plover_record(stored: StoredEvent) -> dict[str, Any]:
    """An event as POLECAT lays one out: PLOVER type, mode and context first, then the
    actors, date, place, the CAMEO code it maps from, and its provenance."""
    event = stored.event
    return {
        "event_id": event.id,
        "event_type": event.plover.type,
        "event_mode": event.plover.mode,
        "event_context": list(event.plover.context),
        "status": event.status.value,
        "event_date": event.date.start.isoformat() if event.date.start else None,
        "event_date_end": event.date.end.isoformat() if event.date.end else None,
        "actors": {"source": _plover_actor(event.source), "target": _plover_actor(event.target)},
        "location": location_to_dict(event.location),
        "cameo": event.cameo,
        "goldstein": event.goldstein,
        "quad_class": event.quad_class,
        "num_mentions": stored.mentions,
        "num_articles": stored.articles,
        "num_sources": stored.sources,
        "story_id": event.article_id,
        "sentence": event.sentence.text,
    }


def write_parquet(found: Sequence[StoredEvent], path: Path) -> None:
    """A Parquet file with the CSV columns plus list columns: the actors' sectors and the
    PLOVER type, mode and context."""
    import pyarrow as pa  # imported here: only Parquet needs it
    import pyarrow.parquet as pq

    columns: dict[str, list[Any]] = {name: [] for name in CSV_COLUMNS}
    lists: dict[str, list[Any]] = {
        "source_sectors": [],
        "target_sectors": [],
        "plover_type": [],
        "plover_mode": [],
        "plover_context": [],
    }
    for stored in found:
        for name, value in zip(CSV_COLUMNS, csv_row(stored), strict=True):
            columns[name].append(value if value != "" else None)
        _add_lists(lists, stored.event)
    table = pa.table({**columns, **lists}, schema=_schema(pa))
    pq.write_table(table, path)


def _add_lists(lists: dict[str, list[Any]], event: Event) -> None:
    lists["source_sectors"].append(list(event.source.sectors) if event.source else [])
    lists["target_sectors"].append(list(event.target.sectors) if event.target else [])
    lists["plover_type"].append(event.plover.type)
    lists["plover_mode"].append(event.plover.mode)
    lists["plover_context"].append(list(event.plover.context))


def _schema(pa: Any) -> Any:
    text, words = pa.string(), pa.list_(pa.string())
    kinds = {"goldstein": pa.float64(), "quad_class": pa.int8(), "mentions": pa.int64()}
    kinds |= {
        "articles": pa.int64(),
        "sources": pa.int64(),
        "date_start": pa.date32(),
        "date_end": pa.date32(),
    }
    fields = [pa.field(name, kinds.get(name, text)) for name in CSV_COLUMNS]
    fields += [pa.field(name, words) for name in ("source_sectors", "target_sectors")]
    fields += [pa.field("plover_type", text), pa.field("plover_mode", text)]
    return pa.schema([*fields, pa.field("plover_context", words)])


def _actor_name(actor: Actor | None) -> str:
    return (actor.name or actor.text) if actor else ""


def _plover_actor(actor: Actor | None) -> dict[str, Any] | None:
    if actor is None:
        return None
    return {
        "code": actor.code,
        "name": actor.name or actor.text,
        "country": actor.country,
        "sectors": list(actor.sectors),
        "text": actor.text,
    }
