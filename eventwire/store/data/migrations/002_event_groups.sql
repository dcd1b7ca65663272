-- Version 2: an event is a group of reports (see eventwire/dedup.py). Each mention keeps
-- the coding read from its own sentence (record: the events-row columns as JSON, with
-- mention_id the id the pipeline gave it), and the keys that find its possible duplicates.
ALTER TABLE mentions ADD COLUMN mention_id TEXT;
ALTER TABLE mentions ADD COLUMN record TEXT;
ALTER TABLE mentions ADD COLUMN cameo_root TEXT;
ALTER TABLE mentions ADD COLUMN source_key TEXT;
ALTER TABLE mentions ADD COLUMN target_key TEXT;
ALTER TABLE mentions ADD COLUMN date_start TEXT;
CREATE INDEX ix_mentions_block ON mentions (cameo_root, source_key, target_key, date_start);
