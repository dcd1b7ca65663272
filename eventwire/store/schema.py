"""The current schema as SQLAlchemy Core tables, used by the query code.

The tables are *created* by the migrations (``migrations.py`` and ``data/migrations``);
a test checks that a migrated database has exactly these columns.
"""

from __future__ import annotations

from sqlalchemy import Column, Float, ForeignKey, Integer, MetaData, Table, Text

ACTOR_ROLES = ("source", "target", "attribution")

metadata = MetaData()


def _actor_columns(role: str) -> list[Column[object]]:
    integer_fields = ("start_offset", "end_offset")
    text_fields = ("text", "code", "country", "sectors", "name", "title", "resolved_by")
    columns: list[Column[object]] = [Column(f"{role}_{name}", Text) for name in text_fields]
    columns += [Column(f"{role}_{name}", Integer) for name in integer_fields]
    return columns


articles = Table(
    "articles",
    metadata,
    Column("id", Text, primary_key=True),
    Column("title", Text),
    Column("published", Text),
    Column("source", Text),
    Column("url", Text),
    Column("text", Text, nullable=False),
    Column("language", Text, nullable=False),
    Column("ingested_at", Text, nullable=False),
)

events = Table(
    "events",
    metadata,
    Column("id", Text, primary_key=True),
    Column("article_id", Text, ForeignKey("articles.id"), nullable=False),
    Column("cameo", Text, nullable=False),
    Column("cameo_name", Text, nullable=False),
    Column("cameo_root", Text, nullable=False),
    Column("quad_class", Integer, nullable=False),
    Column("goldstein", Float, nullable=False),
    Column("plover_type", Text),
    Column("plover_mode", Text),
    Column("plover_context", Text, nullable=False),
    Column("status", Text, nullable=False),
    Column("pattern", Text, nullable=False),
    *[column for role in ACTOR_ROLES for column in _actor_columns(role)],
    Column("trigger_text", Text, nullable=False),
    Column("trigger_start", Integer, nullable=False),
    Column("trigger_end", Integer, nullable=False),
    Column("sentence_index", Integer, nullable=False),
    Column("sentence_start", Integer, nullable=False),
    Column("sentence_end", Integer, nullable=False),
    Column("sentence_text", Text, nullable=False),
    Column("date_start", Text),
    Column("date_end", Text),
    Column("date_value", Text),
    Column("date_precision", Text),
    Column("date_basis", Text, nullable=False),
    Column("location_name", Text),
    Column("location_country", Text),
    Column("location_lat", Float),
    Column("location_lon", Float),
    Column("location_geonameid", Integer),
    Column("location_precision", Text),
    Column("location_basis", Text),
)

mentions = Table(
    "mentions",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("event_id", Text, ForeignKey("events.id"), nullable=False),
    Column("article_id", Text, ForeignKey("articles.id"), nullable=False),
    Column("sentence_index", Integer, nullable=False),
    Column("sentence_start", Integer, nullable=False),
    Column("sentence_end", Integer, nullable=False),
    Column("trigger_start", Integer, nullable=False),
    Column("trigger_end", Integer, nullable=False),
    Column("sentence_text", Text, nullable=False),
    Column("status", Text, nullable=False),
    Column("mention_id", Text),
    Column("record", Text),
    Column("cameo_root", Text),
    Column("source_key", Text),
    Column("target_key", Text),
    Column("date_start", Text),
)

actors = Table(
    "actors",
    metadata,
    Column("id", Text, primary_key=True),
    Column("code", Text, nullable=False),
    Column("country", Text),
    Column("name", Text),
    Column("title", Text),
    Column("sectors", Text, nullable=False),
)

schema_migrations = Table(
    "schema_migrations",
    metadata,
    Column("version", Integer, primary_key=True),
    Column("name", Text, nullable=False),
    Column("applied_at", Text, nullable=False),
)
