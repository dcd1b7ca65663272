"""The Parquet folder of a Ray run, and loading it into the store (pyarrow only, no Ray).

Layout of a folder ``OUT`` written by ``eventwire annotate --engine ray -o OUT``::

    OUT/articles/published_month=2026-01/*.parquet   one row per article
    OUT/events/published_month=2026-01/*.parquet     one row per coded event
    OUT/articles/published_month=undated/...         articles without a publication date

``articles`` has the store's article columns (``id``, ``title``, ``published``,
``source``, ``url``, ``text``, ``language``), ``position`` (the article's place in the
run's input) and ``warnings`` (the coder's warnings about it, a list of strings).
``events`` has the store's event columns (those of ``eventwire.store._rows.event_row``:
CAMEO, PLOVER, status, actors, trigger, sentence, date, location) and ``position`` (the
event's place in its article). Both tables are partitioned by the month of the article's
publication date, so an article and its events lie in partitions of the same name.
Dates are ISO strings, CAMEO codes text with their leading zeros, as in the store.

What the store keeps (each article and its events) goes through the folder unchanged:
:func:`read_annotated` gives back equal ``Article`` and ``Event`` records.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.dataset as pads
from sqlalchemy import Column, Float, Integer, Table

from eventwire.errors import InputError
from eventwire.ingest.batch import ArticleSink, BatchCounts
from eventwire.models import AnnotatedArticle, Article, Event
from eventwire.store import schema
from eventwire.store._rows import article_from_row, article_row, event_from_row, event_row

ARTICLES = "articles"
EVENTS = "events"
PARTITION = "published_month"
UNDATED = "undated"
EVENTS_COLUMN = "events"  # the nested events of a coded block, before the split in two tables
_STORE_ONLY = ("ingested_at",)  # set by the store when it saves the article

Row = dict[str, Any]


@functools.cache
def articles_schema() -> pa.Schema:
    """The columns of the ``articles`` table."""
    extra = [
        pa.field("position", pa.int64()),
        pa.field("warnings", pa.list_(pa.string())),
        pa.field(PARTITION, pa.string()),
    ]
    return pa.schema([*_store_fields(schema.articles), *extra])


@functools.cache
def events_schema() -> pa.Schema:
    """The columns of the ``events`` table."""
    extra = [pa.field("position", pa.int64()), pa.field(PARTITION, pa.string())]
    return pa.schema([*_store_fields(schema.events), *extra])


@functools.cache
def coded_schema() -> pa.Schema:
    """A block of coded articles: the ``articles`` columns and each article's events."""
    return articles_schema().append(pa.field(EVENTS_COLUMN, pa.list_(pa.struct(events_schema()))))


def _store_fields(table: Table) -> list[pa.Field]:
    return [
        pa.field(column.name, _arrow_type(column))
        for column in table.columns
        if column.name not in _STORE_ONLY
    ]


def _arrow_type(column: Column[Any]) -> pa.DataType:
    if isinstance(column.type, Integer):
        return pa.int64()
    if isinstance(column.type, Float):
        return pa.float64()
    return pa.string()


def published_month(article: Article) -> str:
    """The partition of an article: ``2026-01``, or ``undated``."""
    return article.published.strftime("%Y-%m") if article.published else UNDATED


def articles_table(articles: Sequence[Article], *, first_position: int = 0) -> pa.Table:
    """Articles as ``articles`` rows, numbered from ``first_position``: a block of input."""
    rows = [
        _article_record(article, position=first_position + offset, warnings=())
        for offset, article in enumerate(articles)
    ]
    return pa.Table.from_pylist(rows, schema=articles_schema())


def coded_table(annotated: Sequence[AnnotatedArticle], positions: Sequence[int]) -> pa.Table:
    """Coded articles, each with its events nested (see :func:`coded_schema`)."""
    rows = [
        {
            **_article_record(item.article, position=position, warnings=item.warnings),
            EVENTS_COLUMN: [
                _event_record(event, position=index, month=published_month(item.article))
                for index, event in enumerate(item.events)
            ],
        }
        for item, position in zip(annotated, positions, strict=True)
    ]
    return pa.Table.from_pylist(rows, schema=coded_schema())


def events_table(coded: pa.Table) -> pa.Table:
    """The ``events`` rows of a block of coded articles."""
    rows = [event for events in coded.column(EVENTS_COLUMN).to_pylist() for event in events]
    return pa.Table.from_pylist(rows, schema=events_schema())


def _article_record(article: Article, *, position: int, warnings: Sequence[str]) -> Row:
    row = article_row(article, ingested_at=dt.datetime.now(dt.UTC))
    for name in _STORE_ONLY:
        del row[name]
    return {
        **row,
        "position": position,
        "warnings": list(warnings),
        PARTITION: published_month(article),
    }


def _event_record(event: Event, *, position: int, month: str) -> Row:
    return {**event_row(event), "position": position, PARTITION: month}


def read_annotated(folder: Path) -> Iterator[AnnotatedArticle]:
    """Every article of a Parquet folder with its events and warnings, a partition (month)
    at a time, in input order within each, so memory holds one month's rows.

    Sentences, time expressions, places and entities are not in the folder (the store
    does not keep them either): those fields are empty."""
    check_folder(folder)
    for month in _partitions(folder):
        articles = _read_table(folder, ARTICLES, articles_schema(), month)
        events = _events_by_article(_read_table(folder, EVENTS, events_schema(), month))
        for row in articles.sort_by("position").to_pylist():
            found = tuple(events.pop(row["id"], ()))
            yield AnnotatedArticle(
                article_from_row(row), (), found, (), (), (), tuple(row["warnings"] or ())
            )


def annotated_from(coded: Iterable[pa.Table]) -> list[AnnotatedArticle]:
    """Coded blocks (:func:`coded_table`) as coded articles, in input order."""
    rows = sorted(
        (row for block in coded for row in block.to_pylist()), key=lambda row: row["position"]
    )
    return [
        AnnotatedArticle(
            article_from_row(row),
            (),
            tuple(event_from_row(event) for event in row[EVENTS_COLUMN]),
            (),
            (),
            (),
            tuple(row["warnings"] or ()),
        )
        for row in rows
    ]


def _events_by_article(table: pa.Table) -> dict[str, list[Event]]:
    ordered = table.sort_by([("article_id", "ascending"), ("position", "ascending")])
    found: dict[str, list[Event]] = defaultdict(list)
    for row in ordered.to_pylist():
        found[row["article_id"]].append(event_from_row(row))
    return found


def _partitions(folder: Path) -> list[str]:
    """The months of the folder, in order (``undated`` last)."""
    names = {
        path.name.split("=", 1)[1]
        for path in (folder / ARTICLES).glob(f"{PARTITION}=*")
        if path.is_dir()
    }
    return sorted(names, key=lambda name: (name == UNDATED, name))


def check_folder(folder: Path) -> None:
    """Raise an ``InputError`` unless ``folder`` holds an ``articles`` table."""
    if not (folder / ARTICLES).is_dir():
        raise InputError(
            f"{folder} is not an eventwire Parquet folder: it has no {ARTICLES}/ folder; "
            "write one with 'eventwire annotate FILES --engine ray -o FOLDER'"
        )


def _read_table(folder: Path, name: str, columns: pa.Schema, month: str) -> pa.Table:
    """One month of one table; a month without files (no events) is empty."""
    path = folder / name / f"{PARTITION}={month}"
    if not path.is_dir():
        return columns.empty_table()
    try:
        found = pads.dataset(path, schema=columns.remove(columns.get_field_index(PARTITION)))
        table = found.to_table()
    except (OSError, pa.ArrowException) as exc:
        raise InputError(f"cannot read the Parquet table {path}: {exc}") from exc
    return table.append_column(PARTITION, pa.array([month] * table.num_rows, pa.string()))


def load_parquet(folder: Path, store: ArticleSink) -> BatchCounts:
    """Save every article of a Parquet folder with its events; idempotent, as ``ingest``
    is: articles already stored are left as they are."""
    read = new = events = 0
    for annotated in read_annotated(folder):
        read += 1
        if store.save(annotated):
            new += 1
            events += len(annotated.events)
    return BatchCounts(read, 0, 0, already_stored=read - new, new=new, events=events)
