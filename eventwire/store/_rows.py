"""Flatten records into table rows and rebuild them: the only place that knows both."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Mapping
from typing import Any

from eventwire.dedup import COUNTRY_CODE_LENGTH
from eventwire.models import (
    Actor,
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
from eventwire.store.schema import ACTOR_ROLES

Row = dict[str, Any]

# Every events row has every key (``None`` when absent) so rows batch into one executemany.
ACTOR_KEYS = (
    "text", "start_offset", "end_offset", "code", "country", "sectors", "name", "title",
    "resolved_by",
)  # fmt: skip
_ACTOR_KEYS_OF = {role: tuple(f"{role}_{key}" for key in ACTOR_KEYS) for role in ACTOR_ROLES}
LOCATION_KEYS = tuple(
    f"location_{key}"
    for key in ("name", "country", "lat", "lon", "geonameid", "precision", "basis")
)


def article_row(article: Article, *, ingested_at: dt.datetime) -> Row:
    """The ``articles`` row of one article."""
    return {
        "id": article.id,
        "title": article.title,
        "published": _iso(article.published),
        "source": article.source,
        "url": article.url,
        "text": article.text,
        "language": article.language,
        "ingested_at": ingested_at.isoformat(timespec="seconds"),
    }


def article_from_row(row: Mapping[str, Any]) -> Article:
    """Rebuild the ``Article`` of an ``articles`` row."""
    published = row["published"]
    return Article(
        id=row["id"],
        text=row["text"],
        title=row["title"],
        published=_date(published),
        source=row["source"],
        url=row["url"],
        language=row["language"],
    )


def event_row(event: Event) -> Row:
    """The ``events`` row of one event."""
    row: Row = {
        "id": event.id,
        "article_id": event.article_id,
        "cameo": event.cameo,
        "cameo_name": event.cameo_name,
        "cameo_root": event.cameo[:2],
        "quad_class": event.quad_class,
        "goldstein": event.goldstein,
        "plover_type": event.plover.type,
        "plover_mode": event.plover.mode,
        "plover_context": " ".join(event.plover.context),
        "status": event.status.value,
        "pattern": event.pattern,
    }
    for role in ACTOR_ROLES:
        row.update(_actor_fields(role, getattr(event, role)))
    row.update(_span_fields(event))
    row.update(_date_fields(event.date))
    row.update(_location_fields(event.location))
    return row


def mention_row(event: Event, group_id: str) -> Row:
    """The ``mentions`` row: where ``event`` was reported, as a report of event ``group_id``,
    with the coding read there."""
    return {
        "event_id": group_id,
        "article_id": event.article_id,
        "mention_id": event.id,
        **mention_keys(event_row(event)),
        "sentence_index": event.sentence.index,
        "sentence_start": event.sentence.start,
        "sentence_end": event.sentence.end,
        "trigger_start": event.trigger.start,
        "trigger_end": event.trigger.end,
        "sentence_text": event.sentence.text,
        "status": event.status.value,
    }


def mention_keys(row: Row) -> Row:
    """A mention's own coding (an ``events`` row as JSON) and the keys of its duplicates'
    block (see ``eventwire.dedup.block_key``)."""
    return {
        "record": json.dumps(row, ensure_ascii=False, separators=(",", ":")),
        "cameo_root": row["cameo_root"],
        "source_key": (row["source_code"] or "")[:COUNTRY_CODE_LENGTH],
        "target_key": (row["target_code"] or "")[:COUNTRY_CODE_LENGTH],
        "date_start": row["date_start"],
    }


def event_from_record(record: str) -> Event:
    """The coding a mention row keeps (see :func:`mention_keys`)."""
    return event_from_row(json.loads(record))


def actor_row(actor: Actor) -> Row:
    """The ``actors`` row: a resolved actor, keyed by a hash of its identity."""
    sectors = " ".join(actor.sectors)
    identity = "\x1f".join(
        [actor.code, actor.country or "", actor.name or "", actor.title or "", sectors]
    )
    return {
        "id": hashlib.sha1(identity.encode("utf-8")).hexdigest(),
        "code": actor.code,
        "country": actor.country,
        "name": actor.name,
        "title": actor.title,
        "sectors": sectors,
    }


def _actor_fields(role: str, actor: Actor | None) -> Row:
    if actor is None:
        return dict.fromkeys(_ACTOR_KEYS_OF[role])
    return {
        f"{role}_text": actor.text,
        f"{role}_start_offset": actor.start,
        f"{role}_end_offset": actor.end,
        f"{role}_code": actor.code,
        f"{role}_country": actor.country,
        f"{role}_sectors": " ".join(actor.sectors),
        f"{role}_name": actor.name,
        f"{role}_title": actor.title,
        f"{role}_resolved_by": actor.resolved_by,
    }


def _span_fields(event: Event) -> Row:
    return {
        "trigger_text": event.trigger.text,
        "trigger_start": event.trigger.start,
        "trigger_end": event.trigger.end,
        "sentence_index": event.sentence.index,
        "sentence_start": event.sentence.start,
        "sentence_end": event.sentence.end,
        "sentence_text": event.sentence.text,
    }


def _date_fields(date: EventDate) -> Row:
    return {
        "date_start": _iso(date.start),
        "date_end": _iso(date.end),
        "date_value": date.value,
        "date_precision": date.precision.value if date.precision else None,
        "date_basis": date.basis.value,
    }


def _location_fields(location: EventLocation | None) -> Row:
    if location is None:
        return dict.fromkeys(LOCATION_KEYS)
    return {
        "location_name": location.name,
        "location_country": location.country,
        "location_lat": location.lat,
        "location_lon": location.lon,
        "location_geonameid": location.geonameid,
        "location_precision": location.precision.value,
        "location_basis": location.basis.value,
    }


def event_from_row(row: Mapping[Any, Any]) -> Event:
    """Rebuild the ``Event`` record stored in an ``events`` row."""
    return Event(
        id=row["id"],
        article_id=row["article_id"],
        cameo=row["cameo"],
        cameo_name=row["cameo_name"],
        plover=PloverCoding(
            row["plover_type"], row["plover_mode"], tuple(row["plover_context"].split())
        ),
        quad_class=row["quad_class"],
        goldstein=row["goldstein"],
        status=EventStatus(row["status"]),
        source=_actor_from_row(row, "source"),
        target=_actor_from_row(row, "target"),
        trigger=TextSpan(row["trigger_start"], row["trigger_end"], row["trigger_text"]),
        sentence=Sentence(
            row["sentence_index"], row["sentence_start"], row["sentence_end"], row["sentence_text"]
        ),
        pattern=row["pattern"],
        date=_date_from_row(row),
        location=_location_from_row(row),
        attribution=_actor_from_row(row, "attribution"),
    )


def _actor_from_row(row: Mapping[Any, Any], role: str) -> Actor | None:
    if row[f"{role}_code"] is None:
        return None
    return Actor(
        text=row[f"{role}_text"],
        start=row[f"{role}_start_offset"],
        end=row[f"{role}_end_offset"],
        code=row[f"{role}_code"],
        country=row[f"{role}_country"],
        sectors=tuple((row[f"{role}_sectors"] or "").split()),
        name=row[f"{role}_name"],
        title=row[f"{role}_title"],
        resolved_by=row[f"{role}_resolved_by"],
    )


def _date_from_row(row: Mapping[Any, Any]) -> EventDate:
    precision = row["date_precision"]
    return EventDate(
        start=_date(row["date_start"]),
        end=_date(row["date_end"]),
        value=row["date_value"],
        precision=DatePrecision(precision) if precision else None,
        basis=DateBasis(row["date_basis"]),
    )


def _location_from_row(row: Mapping[Any, Any]) -> EventLocation | None:
    if row["location_name"] is None:
        return None
    return EventLocation(
        name=row["location_name"],
        country=row["location_country"],
        lat=row["location_lat"],
        lon=row["location_lon"],
        geonameid=row["location_geonameid"],
        precision=PlacePrecision(row["location_precision"]),
        basis=LocationBasis(row["location_basis"]),
    )


def _iso(value: dt.date | None) -> str | None:
    return value.isoformat() if value else None


def _date(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None
