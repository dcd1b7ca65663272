"""The event store: SQLite schema, migrations and the queries shared by CLI, API and web."""

from eventwire.store.queries import Dyad, EventFilter, StoredEvent, StoredMention, StoreStats
from eventwire.store.store import Store

__all__ = ["Dyad", "EventFilter", "Store", "StoreStats", "StoredEvent", "StoredMention"]
