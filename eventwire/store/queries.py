"""Read queries shared by the CLI, the API and the dashboard."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, RowMapping, Select, distinct, func, or_, select
from sqlalchemy.sql.elements import ColumnElement

from eventwire.models import Event, EventStatus
from eventwire.store._rows import event_from_record, event_from_row
from eventwire.store.schema import actors, articles, events, mentions

TOP_DYADS = 10


@dataclass(frozen=True, slots=True)
class EventFilter:
    """Which events to return. Actor filters match a country (``JPN``) or a code prefix
    (``JPNGOV``, ``USAMIL``); ``cameo`` is a code prefix (``04`` -> all consultations);
    ``since``/``until`` keep events whose date interval overlaps them."""

    source: str | None = None
    target: str | None = None
    cameo: str | None = None
    status: EventStatus | None = None
    since: dt.date | None = None
    until: dt.date | None = None
    limit: int | None = None


@dataclass(frozen=True, slots=True)
class StoredEvent:
    """A stored event (its seed mention's coding) with how often it was reported: in how
    many sentences, articles and distinct sources (outlets; an article without a source
    counts as its own)."""

    event: Event
    mentions: int
    articles: int
    sources: int


@dataclass(frozen=True, slots=True)
class StoredMention:
    """One report of an event: the article and the sentence it was coded from."""

    article_id: str
    title: str | None
    published: str | None
    url: str | None
    sentence_index: int
    sentence: str
    trigger_start: int  # offsets into the sentence
    trigger_end: int
    status: str
    coding: Event  # the event as coded from this sentence alone


@dataclass(frozen=True, slots=True)
class Report:
    """One mention with what GDELT's Mentions table asks of its article."""

    event_id: str
    article_id: str
    source: str | None
    url: str | None
    ingested_at: str  # ISO 8601, UTC
    text_length: int
    sentence_index: int
    trigger_start: int  # offset into the article


@dataclass(frozen=True, slots=True)
class Dyad:
    source_country: str
    target_country: str
    events: int


@dataclass(frozen=True, slots=True)
class StoreStats:
    """Counts over the whole store."""

    articles: int
    events: int
    mentions: int
    actors: int
    by_cameo_root: tuple[tuple[str, int], ...]
    by_status: tuple[tuple[str, int], ...]
    top_dyads: tuple[Dyad, ...]


def query_events(connection: Connection, filters: EventFilter) -> list[StoredEvent]:
    """Events matching ``filters``, by date then id, with their counts."""
    query = (
        _counted()
        .where(*_conditions(filters))
        .order_by(events.c.date_start.asc().nulls_last(), events.c.id)
        .limit(filters.limit)
    )
    return [_stored(row) for row in connection.execute(query).mappings()]


def query_event(connection: Connection, event_id: str) -> StoredEvent | None:
    """One event by id, with its counts; ``None`` when the store has no such event."""
    row = connection.execute(_counted().where(events.c.id == event_id)).mappings().first()
    return _stored(row) if row else None


def _counted() -> Select[Any]:
    """Events with their counts of mentions, articles and sources."""
    outlet = func.coalesce(articles.c.source, articles.c.url, articles.c.id)
    return (
        select(
            events,
            func.count(mentions.c.id).label("n_mentions"),
            func.count(distinct(mentions.c.article_id)).label("n_articles"),
            func.count(distinct(outlet)).label("n_sources"),
        )
        .outerjoin(mentions, mentions.c.event_id == events.c.id)
        .outerjoin(articles, articles.c.id == mentions.c.article_id)
        .group_by(events.c.id)
    )


def _stored(row: RowMapping) -> StoredEvent:
    return StoredEvent(event_from_row(row), row["n_mentions"], row["n_articles"], row["n_sources"])


def event_mentions(connection: Connection, event_id: str) -> list[StoredMention]:
    """Every mention of an event, in the order the articles were stored."""
    query = (
        select(mentions, articles.c.title, articles.c.published, articles.c.url)
        .join(articles, articles.c.id == mentions.c.article_id)
        .where(mentions.c.event_id == event_id)
        .order_by(mentions.c.id)
    )
    return [
        StoredMention(
            article_id=row["article_id"],
            title=row["title"],
            published=row["published"],
            url=row["url"],
            sentence_index=row["sentence_index"],
            sentence=row["sentence_text"],
            trigger_start=row["trigger_start"] - row["sentence_start"],
            trigger_end=row["trigger_end"] - row["sentence_start"],
            status=row["status"],
            coding=event_from_record(row["record"]),
        )
        for row in connection.execute(query).mappings()
    ]


def all_reports(connection: Connection) -> list[Report]:
    """Every mention of every event, in the order they were stored."""
    query = (
        select(
            mentions.c.event_id,
            mentions.c.article_id,
            mentions.c.sentence_index,
            mentions.c.trigger_start,
            articles.c.source,
            articles.c.url,
            articles.c.ingested_at,
            func.length(articles.c.text).label("text_length"),
        )
        .join(articles, articles.c.id == mentions.c.article_id)
        .order_by(mentions.c.id)
    )
    return [Report(**row) for row in connection.execute(query).mappings()]


def _conditions(filters: EventFilter) -> list[ColumnElement[bool]]:
    conditions: list[ColumnElement[bool]] = []
    if filters.source:
        conditions.append(_actor_matches("source", filters.source))
    if filters.target:
        conditions.append(_actor_matches("target", filters.target))
    if filters.cameo:
        conditions.append(events.c.cameo.startswith(filters.cameo, autoescape=True))
    if filters.status:
        conditions.append(events.c.status == filters.status.value)
    if filters.since:
        conditions.append(events.c.date_end >= filters.since.isoformat())
    if filters.until:
        conditions.append(events.c.date_start <= filters.until.isoformat())
    return conditions


def _actor_matches(role: str, wanted: str) -> ColumnElement[bool]:
    value = wanted.strip().upper()
    return or_(
        events.c[f"{role}_country"] == value,
        events.c[f"{role}_code"].startswith(value, autoescape=True),
    )


def store_stats(connection: Connection) -> StoreStats:
    """Counts of articles, events, mentions, actors; events by CAMEO root, status, dyad."""
    return StoreStats(
        articles=_count(connection, select(func.count()).select_from(articles)),
        events=_count(connection, select(func.count()).select_from(events)),
        mentions=_count(connection, select(func.count()).select_from(mentions)),
        actors=_count(connection, select(func.count()).select_from(actors)),
        by_cameo_root=_grouped(connection, events.c.cameo_root, order_by_key=True),
        by_status=_grouped(connection, events.c.status, order_by_key=False),
        top_dyads=_top_dyads(connection),
    )


def _count(connection: Connection, query: Select[int]) -> int:
    return int(connection.scalar(query) or 0)


def _grouped(
    connection: Connection, column: ColumnElement[str], *, order_by_key: bool
) -> tuple[tuple[str, int], ...]:
    count = func.count().label("n")
    order = column if order_by_key else count.desc()
    query = select(column, count).group_by(column).order_by(order, column)
    return tuple((str(key), int(n)) for key, n in connection.execute(query))


def _top_dyads(connection: Connection) -> tuple[Dyad, ...]:
    count = func.count().label("n")
    source, target = events.c.source_country, events.c.target_country
    query = (
        select(source, target, count)
        .where(source.is_not(None), target.is_not(None))
        .group_by(source, target)
        .order_by(count.desc(), source, target)
        .limit(TOP_DYADS)
    )
    return tuple(Dyad(s, t, int(n)) for s, t, n in connection.execute(query))
