"""Versioned schema migrations: plain decorated functions, recorded in ``schema_migrations``.

To change the schema, add a function decorated with the next version number, append it
to ``MIGRATIONS`` and update ``schema.py``; a database is brought up to date by applying,
in order, every migration it has not recorded yet.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from importlib import resources

from sqlalchemy import Connection, select, text

from eventwire.errors import StoreError
from eventwire.store._rows import mention_keys
from eventwire.store.schema import events, mentions, schema_migrations

BOOKKEEPING_DDL = (
    "CREATE TABLE IF NOT EXISTS schema_migrations ("
    "version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)"
)


@dataclass(frozen=True, slots=True)
class Migration:
    """One schema step: ``apply`` runs inside the transaction that records it."""

    version: int
    name: str
    apply: Callable[[Connection], None]


def migration(version: int, name: str) -> Callable[[Callable[[Connection], None]], Migration]:
    """Declare a function as the migration to ``version``."""

    def wrap(function: Callable[[Connection], None]) -> Migration:
        return Migration(version, name, function)

    return wrap


def run_sql_file(connection: Connection, filename: str) -> None:
    """Execute every ``;``-separated statement of a packaged ``data/migrations`` file.

    Lines starting with ``--`` are comments; statements must not contain ``;`` in literals.
    """
    script = resources.files("eventwire.store").joinpath("data", "migrations", filename)
    lines = script.read_text(encoding="utf-8").splitlines()
    code = "\n".join(line for line in lines if not line.lstrip().startswith("--"))
    for statement in code.split(";"):
        if statement.strip():
            connection.execute(text(statement))


@migration(1, "initial schema: articles, events, mentions, actors")
def initial_schema(connection: Connection) -> None:
    run_sql_file(connection, "001_initial.sql")


@migration(2, "event groups: each mention keeps its own coding and duplicate keys")
def event_groups(connection: Connection) -> None:
    run_sql_file(connection, "002_event_groups.sql")
    backfill_mentions(connection)


MIGRATIONS: tuple[Migration, ...] = (initial_schema, event_groups)


def backfill_mentions(connection: Connection) -> None:
    """Give mentions stored before version 2 the coding of the event they point to."""
    for row in connection.execute(select(events)).mappings():
        connection.execute(
            mentions.update()
            .where(mentions.c.event_id == row["id"])
            .values(mention_id=row["id"], **mention_keys(dict(row)))
        )


def applied_versions(connection: Connection) -> set[int]:
    """Versions already recorded in the database."""
    connection.execute(text(BOOKKEEPING_DDL))
    return set(connection.scalars(select(schema_migrations.c.version)))


def migrate(connection: Connection, *, location: str) -> list[Migration]:
    """Apply pending migrations in order; return those applied."""
    done = applied_versions(connection)
    newest = max(m.version for m in MIGRATIONS)
    if done and max(done) > newest:
        raise StoreError(
            f"database {location} has schema version {max(done)}, newer than this "
            f"eventwire knows ({newest}); upgrade eventwire to use it"
        )
    pending = [m for m in MIGRATIONS if m.version not in done]
    for step in pending:
        step.apply(connection)
        connection.execute(
            schema_migrations.insert().values(
                version=step.version, name=step.name, applied_at=_now()
            )
        )
    return pending


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
