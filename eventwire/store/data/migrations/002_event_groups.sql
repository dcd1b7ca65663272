-- Version 2: an event is a group of reports (see eventwire/dedup.py). Each mention keeps
-- the coding read from its own sentence (record: the events-row columns as JSON, with
-- mention_id the id the pipeline gave it) and the keys that find its possible duplicates.
-- A mention is unique by its own id in its article: one event may now hold two mentions
-- of one trigger (compatible dyads of one sentence), so the table is rebuilt.
CREATE TABLE mentions_v2 (
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
    mention_id TEXT,
    record TEXT,
    cameo_root TEXT,
    source_key TEXT,
    target_key TEXT,
    date_start TEXT,
    UNIQUE (article_id, mention_id)
);
INSERT INTO mentions_v2 (
    id, event_id, article_id, sentence_index, sentence_start, sentence_end, trigger_start,
    trigger_end, sentence_text, status
)
SELECT id, event_id, article_id, sentence_index, sentence_start, sentence_end, trigger_start,
    trigger_end, sentence_text, status
FROM mentions;
DROP TABLE mentions;
ALTER TABLE mentions_v2 RENAME TO mentions;
CREATE INDEX ix_mentions_event ON mentions (event_id);
CREATE INDEX ix_mentions_article ON mentions (article_id);
CREATE INDEX ix_mentions_block ON mentions (cameo_root, source_key, target_key, date_start);
