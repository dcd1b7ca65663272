-- Version 1: articles, events (one row per distinct event id), mentions (provenance),
-- actors (distinct resolved actors). Dates are ISO 8601 text; lists are space-separated.
CREATE TABLE articles (
    id TEXT PRIMARY KEY,
    title TEXT,
    published TEXT,
    source TEXT,
    url TEXT,
    text TEXT NOT NULL,
    language TEXT NOT NULL,
    ingested_at TEXT NOT NULL
);

CREATE TABLE events (
    id TEXT PRIMARY KEY,
    article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    cameo TEXT NOT NULL,
    cameo_name TEXT NOT NULL,
    cameo_root TEXT NOT NULL,
    quad_class INTEGER NOT NULL,
    goldstein REAL NOT NULL,
    plover_type TEXT,
    plover_mode TEXT,
    plover_context TEXT NOT NULL,
    status TEXT NOT NULL,
    pattern TEXT NOT NULL,
    source_text TEXT,
    source_start_offset INTEGER,
    source_end_offset INTEGER,
    source_code TEXT,
    source_country TEXT,
    source_sectors TEXT,
    source_name TEXT,
    source_title TEXT,
    source_resolved_by TEXT,
    target_text TEXT,
    target_start_offset INTEGER,
    target_end_offset INTEGER,
    target_code TEXT,
    target_country TEXT,
    target_sectors TEXT,
    target_name TEXT,
    target_title TEXT,
    target_resolved_by TEXT,
    attribution_text TEXT,
    attribution_start_offset INTEGER,
    attribution_end_offset INTEGER,
    attribution_code TEXT,
    attribution_country TEXT,
    attribution_sectors TEXT,
    attribution_name TEXT,
    attribution_title TEXT,
    attribution_resolved_by TEXT,
    trigger_text TEXT NOT NULL,
    trigger_start INTEGER NOT NULL,
    trigger_end INTEGER NOT NULL,
    sentence_index INTEGER NOT NULL,
    sentence_start INTEGER NOT NULL,
    sentence_end INTEGER NOT NULL,
    sentence_text TEXT NOT NULL,
    date_start TEXT,
    date_end TEXT,
    date_value TEXT,
    date_precision TEXT,
    date_basis TEXT NOT NULL,
    location_name TEXT,
    location_country TEXT,
    location_lat REAL,
    location_lon REAL,
    location_geonameid INTEGER,
    location_precision TEXT,
    location_basis TEXT
);

CREATE TABLE mentions (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    event_id TEXT NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    sentence_index INTEGER NOT NULL,
    sentence_start INTEGER NOT NULL,
    sentence_end INTEGER NOT NULL,
    trigger_start INTEGER NOT NULL,
    trigger_end INTEGER NOT NULL,
    sentence_text TEXT NOT NULL,
    status TEXT NOT NULL,
    UNIQUE (event_id, article_id, sentence_index, trigger_start)
);

CREATE TABLE actors (
    id TEXT PRIMARY KEY,
    code TEXT NOT NULL,
    country TEXT,
    name TEXT,
    title TEXT,
    sectors TEXT NOT NULL
);

CREATE INDEX ix_events_date ON events (date_start, date_end);
CREATE INDEX ix_events_dyad ON events (source_country, target_country);
CREATE INDEX ix_events_cameo ON events (cameo);
CREATE INDEX ix_events_status ON events (status);
CREATE INDEX ix_events_article ON events (article_id);
CREATE INDEX ix_events_source_code ON events (source_code);
CREATE INDEX ix_events_target_code ON events (target_code);
CREATE INDEX ix_mentions_event ON mentions (event_id);
CREATE INDEX ix_mentions_article ON mentions (article_id);
CREATE INDEX ix_actors_code ON actors (code);
