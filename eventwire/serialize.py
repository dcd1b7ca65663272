"""The one place where records become JSON: the public shape of ``eventwire annotate``.

The shape is described by ``eventwire/schema/annotation.schema.json``.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from eventwire.models import (
    Actor,
    AnnotatedArticle,
    Entity,
    Event,
    EventDate,
    EventLocation,
    Place,
    Sentence,
    TextSpan,
    Timex,
)
from eventwire.schema import SCHEMA_VERSION
from eventwire.store.queries import StoreStats


def annotated_to_dict(annotated: AnnotatedArticle) -> dict[str, Any]:
    """One output line for one article."""
    article = annotated.article
    record: dict[str, Any] = {
        "schema_version": SCHEMA_VERSION,
        "id": article.id,
        "article": {
            "title": article.title,
            "published": _iso(article.published),
            "source": article.source,
            "url": article.url,
        },
        "events": [event_to_dict(event) for event in annotated.events],
        "timexes": [timex_to_dict(timex) for timex in annotated.timexes],
        "places": [place_to_dict(place) for place in annotated.places],
        "entities": [entity_to_dict(entity) for entity in annotated.entities],
    }
    if annotated.warnings:
        record["warnings"] = list(annotated.warnings)
    return record


def event_to_dict(event: Event) -> dict[str, Any]:
    return {
        "id": event.id,
        "cameo": event.cameo,
        "cameo_name": event.cameo_name,
        "plover": {
            "type": event.plover.type,
            "mode": event.plover.mode,
            "context": list(event.plover.context),
        },
        "quad_class": event.quad_class,
        "goldstein": event.goldstein,
        "status": event.status.value,
        "source": actor_to_dict(event.source),
        "target": actor_to_dict(event.target),
        "trigger": span_to_dict(event.trigger),
        "sentence": sentence_to_dict(event.sentence),
        "date": date_to_dict(event.date),
        "location": location_to_dict(event.location),
        "pattern": event.pattern,
        "attribution": actor_to_dict(event.attribution),
    }


def actor_to_dict(actor: Actor | None) -> dict[str, Any] | None:
    if actor is None:
        return None
    return {
        "text": actor.text,
        "code": actor.code,
        "country": actor.country,
        "sectors": list(actor.sectors),
        "name": actor.name,
        "title": actor.title,
        "start": actor.start,
        "end": actor.end,
        "resolved_by": actor.resolved_by,
    }


def span_to_dict(span: TextSpan) -> dict[str, Any]:
    return {"start": span.start, "end": span.end, "text": span.text}


def sentence_to_dict(sentence: Sentence) -> dict[str, Any]:
    return {
        "index": sentence.index,
        "start": sentence.start,
        "end": sentence.end,
        "text": sentence.text,
    }


def date_to_dict(date: EventDate) -> dict[str, Any]:
    return {
        "start": _iso(date.start),
        "end": _iso(date.end),
        "value": date.value,
        "precision": date.precision.value if date.precision else None,
        "basis": date.basis.value,
    }


def location_to_dict(location: EventLocation | None) -> dict[str, Any] | None:
    if location is None:
        return None
    return {
        "name": location.name,
        "country": location.country,
        "lat": location.lat,
        "lon": location.lon,
        "geonameid": location.geonameid,
        "precision": location.precision.value,
        "basis": location.basis.value,
    }


def timex_to_dict(timex: Timex) -> dict[str, Any]:
    return {
        "start": timex.start,
        "end": timex.end,
        "text": timex.text,
        "type": timex.type,
        "value": timex.value,
        "mod": timex.mod,
    }


def place_to_dict(place: Place) -> dict[str, Any]:
    return {
        "start": place.start,
        "end": place.end,
        "text": place.text,
        "name": place.name,
        "country": place.country,
        "lat": place.lat,
        "lon": place.lon,
        "geonameid": place.geonameid,
        "feature": place.feature.value,
        "role": place.role.value,
    }


def entity_to_dict(entity: Entity) -> dict[str, Any]:
    return {"start": entity.start, "end": entity.end, "text": entity.text, "label": entity.label}


def _iso(value: dt.date | None) -> str | None:
    return value.isoformat() if value is not None else None


def stats_to_dict(counts: StoreStats) -> dict[str, Any]:
    """The JSON shape of ``eventwire stats --json``."""
    return {
        "articles": counts.articles,
        "events": counts.events,
        "mentions": counts.mentions,
        "actors": counts.actors,
        "by_cameo_root": dict(counts.by_cameo_root),
        "by_status": dict(counts.by_status),
        "top_dyads": [
            {"source": d.source_country, "target": d.target_country, "events": d.events}
            for d in counts.top_dyads
        ],
    }
