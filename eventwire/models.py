"""Typed, immutable records that flow between the pipeline stages.

Every record that crosses a module boundary is defined here. Offsets are Python
string indices into the article text. JSON is produced from these records in one
place only: :mod:`eventwire.serialize`.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import StrEnum


class EventStatus(StrEnum):
    """Whether the text says an event happened, will happen, might happen or did not."""

    ASSERTED = "asserted"
    PLANNED = "planned"
    HYPOTHETICAL = "hypothetical"
    NEGATED = "negated"


class DatePrecision(StrEnum):
    DAY = "day"
    WEEK = "week"
    MONTH = "month"
    YEAR = "year"


class DateBasis(StrEnum):
    """Where an event's date comes from."""

    TEXT = "text"  # an expression attached to the trigger or in its sentence
    CONTEXT = "context"  # the discourse's reference time (an earlier expression)
    PUBLISHED = "published"  # the article's publication date
    UNKNOWN = "unknown"  # no publication date and nothing in the text


class PlacePrecision(StrEnum):
    CITY = "city"
    ADMIN1 = "admin1"
    COUNTRY = "country"
    REGION = "region"  # a sea, strait or region without an administration: "Red Sea", "Darfur"
    CONTINENT = "continent"


class PlaceRole(StrEnum):
    """What a toponym mention does in its sentence; only locations place events."""

    LOCATION = "location"  # where something is or happens: "fighting in Goma"
    ACTOR = "actor"  # a metonym that acts, is acted on or owns: "Washington said"
    NAME = "name"  # part of a name or a modifier: "Paris Police Department"
    DEMONYM = "demonym"  # a people or adjective of a country: "Russian troops"


class LocationBasis(StrEnum):
    """How an event's location was chosen."""

    TRIGGER = "trigger"  # a place attached to the trigger in the parse
    SENTENCE = "sentence"  # a place elsewhere in the event's sentence
    DOCUMENT = "document"  # the article's geographic focus


@dataclass(frozen=True, slots=True)
class Article:
    """One news article as read from input."""

    id: str
    text: str
    title: str | None = None
    published: dt.date | None = None
    source: str | None = None
    url: str | None = None
    language: str = "en"


@dataclass(frozen=True, slots=True)
class TextSpan:
    """A stretch of article text: ``text == article.text[start:end]``."""

    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class Sentence:
    index: int
    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class Entity:
    """A named entity found by the NLP stage."""

    start: int
    end: int
    text: str
    label: str


@dataclass(frozen=True, slots=True)
class Actor:
    """A resolved political actor, e.g. Shinjiro Koizumi -> ``JPNGOV``.

    ``text`` is the mention in this sentence ("he", "Koizumi"); ``name`` the canonical
    person or organisation name; ``resolved_by`` says which knowledge source decided
    the code (country, demonym, metonym, title, organisation, coreference, dictionary).
    """

    text: str
    start: int
    end: int
    code: str
    country: str | None
    sectors: tuple[str, ...] = ()
    name: str | None = None
    title: str | None = None
    resolved_by: str = "country"


@dataclass(frozen=True, slots=True)
class Timex:
    """A TIMEX3-style temporal expression normalised against the publication date."""

    start: int
    end: int
    text: str
    type: str  # DATE, TIME, DURATION, SET
    value: str  # TIMEX3 value: 2026-01-15, 2026-W03, 2026-01, P1W, XXXX-WXX-1
    mod: str | None = None  # START, MID, END, APPROX, ...
    range_start: dt.date | None = None  # calendar interval covered, when it is one
    range_end: dt.date | None = None


@dataclass(frozen=True, slots=True)
class EventDate:
    start: dt.date | None
    end: dt.date | None
    value: str | None
    precision: DatePrecision | None
    basis: DateBasis


@dataclass(frozen=True, slots=True)
class Place:
    """A toponym in the text resolved against the gazetteer."""

    start: int
    end: int
    text: str
    name: str
    country: str | None  # ISO 3166 alpha-3
    lat: float
    lon: float
    geonameid: int | None
    feature: PlacePrecision
    role: PlaceRole = PlaceRole.LOCATION


@dataclass(frozen=True, slots=True)
class EventLocation:
    name: str
    country: str | None
    lat: float
    lon: float
    geonameid: int | None
    precision: PlacePrecision
    basis: LocationBasis


@dataclass(frozen=True, slots=True)
class PloverCoding:
    type: str | None
    mode: str | None
    context: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Event:
    """One coded event with its provenance."""

    id: str
    article_id: str
    cameo: str
    cameo_name: str
    plover: PloverCoding
    quad_class: int
    goldstein: float
    status: EventStatus
    source: Actor | None
    target: Actor | None
    trigger: TextSpan
    sentence: Sentence
    pattern: str  # id of the pattern that produced the event
    date: EventDate
    location: EventLocation | None = None
    attribution: Actor | None = None  # who reports the event (reported speech)


@dataclass(frozen=True, slots=True)
class AnnotatedArticle:
    """The whole output for one article."""

    article: Article
    sentences: tuple[Sentence, ...]
    events: tuple[Event, ...]
    timexes: tuple[Timex, ...]
    places: tuple[Place, ...]
    entities: tuple[Entity, ...]
    warnings: tuple[str, ...] = field(default=())
