"""The places stage: offline gazetteer, toponym resolution and event location."""

from eventwire.geo._resolve import distance_km
from eventwire.geo.gazetteer import Gazetteer, GazetteerEntry
from eventwire.geo.location import document_focus, event_location
from eventwire.geo.toponyms import find_places, locations

__all__ = [
    "Gazetteer",
    "GazetteerEntry",
    "distance_km",
    "document_focus",
    "event_location",
    "find_places",
    "locations",
]
