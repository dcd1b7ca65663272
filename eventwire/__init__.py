"""eventwire: news articles in; dated, geolocated, CAMEO- and PLOVER-coded events out.

>>> from eventwire import Article, Pipeline
>>> pipeline = Pipeline.load()
>>> article = Article(id="a1", text="Kenya and Uganda signed a trade deal.")
>>> [annotated] = pipeline.annotate([article])
>>> [(e.cameo, e.source.code, e.target.code) for e in annotated.events]  # doctest: +SKIP
[('057', 'KEN', 'UGA'), ('057', 'UGA', 'KEN')]
"""

from eventwire.config import Settings
from eventwire.errors import (
    DataFileError,
    EngineError,
    EventwireError,
    InputError,
    ModelError,
    RecordError,
    StoreError,
)
from eventwire.models import (
    Actor,
    AnnotatedArticle,
    Article,
    DateBasis,
    DatePrecision,
    Entity,
    Event,
    EventDate,
    EventLocation,
    EventStatus,
    LocationBasis,
    Place,
    PlacePrecision,
    PlaceRole,
    PloverCoding,
    Sentence,
    TextSpan,
    Timex,
)
from eventwire.pipeline import Pipeline
from eventwire.serialize import annotated_to_dict, event_to_dict

__version__ = "0.1.0"

__all__ = [
    "Actor",
    "AnnotatedArticle",
    "Article",
    "DataFileError",
    "DateBasis",
    "DatePrecision",
    "EngineError",
    "Entity",
    "Event",
    "EventDate",
    "EventLocation",
    "EventStatus",
    "EventwireError",
    "InputError",
    "LocationBasis",
    "ModelError",
    "Pipeline",
    "Place",
    "PlacePrecision",
    "PlaceRole",
    "PloverCoding",
    "RecordError",
    "Sentence",
    "Settings",
    "StoreError",
    "TextSpan",
    "Timex",
    "annotated_to_dict",
    "event_to_dict",
]
