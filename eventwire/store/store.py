"""The embedded SQLite store: open (create + migrate), save annotated articles, query."""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event, select
from sqlalchemy.dialects.sqlite import insert
from sqlalchemy.exc import SQLAlchemyError

from eventwire.dedup import DedupRules
from eventwire.errors import StoreError
from eventwire.models import Actor, AnnotatedArticle, Event
from eventwire.store._groups import save_mentions
from eventwire.store._rows import actor_row, article_row
from eventwire.store.migrations import migrate
from eventwire.store.queries import (
    EventFilter,
    Report,
    StoredEvent,
    StoredMention,
    StoreStats,
    all_reports,
    event_mentions,
    query_event,
    query_events,
    store_stats,
)
from eventwire.store.schema import actors, articles

BUSY_TIMEOUT_S = 30


class Store:
    """An eventwire database. Open with :meth:`Store.open`; use as a context manager."""

    def __init__(self, engine: Engine, path: Path, rules: DedupRules) -> None:
        self._engine = engine
        self.path = path
        self.rules = rules

    @classmethod
    def open(cls, path: Path, *, create: bool = True, rules: DedupRules | None = None) -> Store:
        """Open the database at ``path``, creating it (unless ``create=False``) and
        applying pending migrations. WAL journal and foreign keys are switched on.
        ``rules`` say how close reports must be to be one event."""
        _check_location(path, create=create)
        engine = create_engine(
            f"sqlite:///{path}", connect_args={"timeout": BUSY_TIMEOUT_S}, future=True
        )
        event.listen(engine, "connect", _configure_connection)
        store = cls(engine, path, rules or DedupRules())
        with store._transaction("open") as connection:
            migrate(connection, location=str(path))
        return store

    def close(self) -> None:
        """Release the database connections."""
        self._engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def contains(self, article_id: str) -> bool:
        """Whether the article is already stored."""
        query = select(articles.c.id).where(articles.c.id == article_id)
        with self._transaction("read") as connection:
            return connection.execute(query).first() is not None

    def save(self, annotated: AnnotatedArticle) -> bool:
        """Store one article with its events, mentions and actors, in one transaction.

        Idempotent: an article already stored is left as it is and ``False`` returned.
        Each coded event is a mention; mentions of one real-world event, in this and
        stored articles, are grouped into one event (``eventwire.dedup``).
        """
        row = article_row(annotated.article, ingested_at=dt.datetime.now(dt.UTC))
        with self._transaction("save") as connection:
            added = connection.execute(insert(articles).values(row).on_conflict_do_nothing())
            if added.rowcount == 0:
                return False
            _save_events(connection, annotated.events, self.rules)
        return True

    def query_events(self, filters: EventFilter) -> list[StoredEvent]:
        """Events matching ``filters`` (see :class:`EventFilter`)."""
        with self._transaction("query") as connection:
            return query_events(connection, filters)

    def event(self, event_id: str) -> tuple[StoredEvent, list[StoredMention]] | None:
        """One event with every mention of it; ``None`` when there is no such event."""
        with self._transaction("read an event from") as connection:
            found = query_event(connection, event_id)
            if found is None:
                return None
            return found, event_mentions(connection, event_id)

    def reports(self) -> list[Report]:
        """Every mention of every event with its article's source, URL and length."""
        with self._transaction("read mentions from") as connection:
            return all_reports(connection)

    def stats(self) -> StoreStats:
        """Counts over the whole store."""
        with self._transaction("read statistics from") as connection:
            return store_stats(connection)

    @contextmanager
    def _transaction(self, action: str) -> Iterator[Connection]:
        try:
            with self._engine.begin() as connection:
                yield connection
        except SQLAlchemyError as exc:
            raise StoreError(_explain(action, self.path, exc)) from exc


def _save_events(connection: Connection, coded: Sequence[Event], rules: DedupRules) -> None:
    """Insert the actors, then the mentions as reports of (possibly stored) events."""
    if not coded:
        return
    found = {actor_row(a)["id"]: actor_row(a) for e in coded for a in _actors_of(e)}
    if found:
        connection.execute(insert(actors).on_conflict_do_nothing(), list(found.values()))
    save_mentions(connection, coded, rules)


def _actors_of(coded: Event) -> list[Actor]:
    return [a for a in (coded.source, coded.target, coded.attribution) if a is not None]


def _configure_connection(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA synchronous=NORMAL")  # durable enough in WAL mode, much faster
    cursor.close()


def _check_location(path: Path, *, create: bool) -> None:
    if path.is_dir():
        raise StoreError(f"cannot open database {path}: it is a folder; give a file path")
    if not path.parent.is_dir():
        raise StoreError(
            f"cannot open database {path}: folder {path.parent} does not exist; "
            "create it or choose another --db"
        )
    if not create and not path.exists():
        raise StoreError(
            f"no database at {path}; run 'eventwire ingest FILE --db {path}' first "
            "or choose another --db"
        )


def _explain(action: str, path: Path, exc: SQLAlchemyError) -> str:
    detail = str(getattr(exc, "orig", None) or exc).splitlines()[0]
    if "not a database" in detail:
        return f"{path} is not an SQLite database ({detail}); choose another --db"
    if "locked" in detail or "busy" in detail:
        return f"database {path} is busy ({detail}); another process is writing, retry later"
    return f"cannot {action} database {path}: {detail}"
