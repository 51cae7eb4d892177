#include "core/storage/Schema.h"

#include "core/storage/EventStore.h"

namespace reco {

// Long on purpose: it is data, the SQL of every schema version in order, one entry per migration; a project
// file of version N runs entries N.. on open. Splitting it would scatter the schema's history.
const std::vector<Migration>& schemaMigrations() {
  static const std::vector<Migration> migrations = {
      {"users, items, events",
       R"SQL(
CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE users(
  id INTEGER PRIMARY KEY,
  ext_id TEXT NOT NULL UNIQUE,
  country TEXT, device TEXT, age_band TEXT, gender TEXT, occupation TEXT,
  is_new INTEGER, signup_ts INTEGER);
CREATE TABLE user_attributes(
  user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  key TEXT NOT NULL, value TEXT NOT NULL,
  PRIMARY KEY(user_id, key)) WITHOUT ROWID;
CREATE TABLE items(
  id INTEGER PRIMARY KEY,
  ext_id TEXT NOT NULL UNIQUE,
  title TEXT, category TEXT, price REAL);
CREATE TABLE item_attributes(
  item_id INTEGER NOT NULL REFERENCES items(id) ON DELETE CASCADE,
  key TEXT NOT NULL, value TEXT NOT NULL,
  PRIMARY KEY(item_id, key)) WITHOUT ROWID;
CREATE TABLE event_types(id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE);
INSERT INTO event_types(id, name) VALUES
  (0,'impression'),(1,'click'),(2,'add_to_cart'),(3,'purchase'),(4,'rating'),(5,'view');
CREATE TABLE placements(id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE);
CREATE TABLE variants(id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE);
CREATE TABLE events(
  id INTEGER PRIMARY KEY,
  user_id INTEGER NOT NULL REFERENCES users(id),
  item_id INTEGER NOT NULL REFERENCES items(id),
  type INTEGER NOT NULL REFERENCES event_types(id),
  ts INTEGER NOT NULL,            -- Unix seconds, UTC
  value REAL,                     -- rating or other numeric value
  position INTEGER,               -- 1-based position in the shown list
  placement_id INTEGER REFERENCES placements(id),
  variant_id INTEGER REFERENCES variants(id),  -- A/B variant or model that served the list
  revenue REAL,
  propensity REAL);               -- logging policy's probability, when known
CREATE INDEX events_user ON events(user_id, ts);
CREATE INDEX events_item ON events(item_id);
CREATE TABLE imports(
  id INTEGER PRIMARY KEY,
  started_at INTEGER NOT NULL,
  files TEXT NOT NULL,
  format TEXT NOT NULL,
  rows_read INTEGER NOT NULL,
  rows_imported INTEGER NOT NULL,
  rows_rejected INTEGER NOT NULL,
  seconds REAL NOT NULL);
)SQL"},
      {"analytics rollups (segments, categories, daily facts, segment pairs, items, user activity)",
       R"SQL(
CREATE TABLE rollup_segment_value(id INTEGER PRIMARY KEY, attr TEXT NOT NULL, value TEXT NOT NULL,
  UNIQUE(attr, value));
CREATE TABLE rollup_user_segment(user_id INTEGER NOT NULL, value_id INTEGER NOT NULL,
  PRIMARY KEY(user_id, value_id)) WITHOUT ROWID;
CREATE TABLE rollup_category(id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE);
CREATE TABLE rollup_item_category(item_id INTEGER PRIMARY KEY, category_id INTEGER NOT NULL);
CREATE TABLE rollup_fact(
  segment_value_id INTEGER NOT NULL, day INTEGER NOT NULL, placement_id INTEGER NOT NULL,
  variant_id INTEGER NOT NULL, category_id INTEGER NOT NULL, position INTEGER NOT NULL,
  impressions INTEGER NOT NULL, clicks INTEGER NOT NULL, add_to_carts INTEGER NOT NULL,
  purchases INTEGER NOT NULL, revenue REAL NOT NULL,
  PRIMARY KEY(segment_value_id, day, placement_id, variant_id, category_id, position)) WITHOUT ROWID;
CREATE TABLE rollup_segment_pair(
  value_a INTEGER NOT NULL, value_b INTEGER NOT NULL, day INTEGER NOT NULL, placement_id INTEGER NOT NULL,
  variant_id INTEGER NOT NULL, category_id INTEGER NOT NULL,
  impressions INTEGER NOT NULL, clicks INTEGER NOT NULL, add_to_carts INTEGER NOT NULL,
  purchases INTEGER NOT NULL, revenue REAL NOT NULL,
  PRIMARY KEY(value_a, value_b, day, placement_id, variant_id, category_id)) WITHOUT ROWID;
CREATE TABLE rollup_item(
  day INTEGER NOT NULL, item_id INTEGER NOT NULL, placement_id INTEGER NOT NULL, variant_id INTEGER NOT NULL,
  impressions INTEGER NOT NULL, clicks INTEGER NOT NULL, add_to_carts INTEGER NOT NULL,
  purchases INTEGER NOT NULL, revenue REAL NOT NULL,
  PRIMARY KEY(day, item_id, placement_id, variant_id)) WITHOUT ROWID;
CREATE TABLE rollup_user_activity(
  user_id INTEGER NOT NULL, block INTEGER NOT NULL, placement_id INTEGER NOT NULL, variant_id INTEGER NOT NULL,
  category_id INTEGER NOT NULL, day_mask INTEGER NOT NULL,
  PRIMARY KEY(user_id, block, placement_id, variant_id, category_id)) WITHOUT ROWID;
)SQL"},
      {"curation: segments, rules, rule set versions",
       R"SQL(
CREATE TABLE curation_segments(
  name TEXT PRIMARY KEY,
  expression TEXT,                -- boolean expression over user attributes, or NULL for a list
  user_ids TEXT,                  -- JSON array of user ext_ids, or NULL for an expression
  note TEXT NOT NULL DEFAULT '',
  CHECK ((expression IS NULL) <> (user_ids IS NULL))) WITHOUT ROWID;
CREATE TABLE curation_rules(
  id INTEGER PRIMARY KEY,
  kind TEXT NOT NULL,
  segment TEXT NOT NULL,          -- a curation_segments name or 'all users'
  item TEXT, category TEXT, position INTEGER, factor REAL, max_items INTEGER,
  starts_at INTEGER, ends_at INTEGER,  -- Unix seconds, UTC; window [starts_at, ends_at)
  enabled INTEGER NOT NULL, priority INTEGER NOT NULL,
  note TEXT NOT NULL DEFAULT '', author TEXT NOT NULL DEFAULT '',
  created_at INTEGER NOT NULL);
CREATE TABLE rule_set_versions(
  version INTEGER PRIMARY KEY,
  message TEXT NOT NULL,
  author TEXT NOT NULL,
  created_at INTEGER NOT NULL,
  snapshot TEXT NOT NULL,         -- canonical JSON {"rules": [...], "segments": [...]}
  sha256 TEXT NOT NULL);          -- of the exported document's canonical form
)SQL"},
      {"evaluation runs and tuning trials",
       R"SQL(
CREATE TABLE evaluation_runs(
  id INTEGER PRIMARY KEY,
  kind TEXT NOT NULL,              -- 'evaluate' or 'tune'
  created_at INTEGER NOT NULL,     -- Unix seconds
  data_fingerprint TEXT NOT NULL,  -- Project::dataFingerprint() when the run was made
  split_spec TEXT NOT NULL,        -- SplitSpec::toString(), e.g. 'stratified-item:0.75'
  seed INTEGER NOT NULL,
  seeds INTEGER NOT NULL,
  config TEXT NOT NULL,            -- JSON: cut-offs, relevance threshold, bootstrap, interaction loading
  models TEXT NOT NULL,            -- JSON array of {label, algorithm, params}
  metrics TEXT NOT NULL,           -- JSON: per model metrics with CIs, segments; comparisons
  timings TEXT NOT NULL,           -- JSON: per model fit/score seconds
  seconds REAL NOT NULL);
CREATE INDEX evaluation_runs_created ON evaluation_runs(created_at);
CREATE TABLE tuning_trials(
  run_id INTEGER NOT NULL REFERENCES evaluation_runs(id) ON DELETE CASCADE,
  trial INTEGER NOT NULL,          -- 0-based, in search order
  params TEXT NOT NULL,            -- JSON object
  objective TEXT NOT NULL,         -- metric maximized on the validation split
  value REAL,                      -- NULL when the trial failed
  error TEXT NOT NULL DEFAULT '',
  seconds REAL NOT NULL,
  PRIMARY KEY(run_id, trial)) WITHOUT ROWID;
)SQL"},
      {"trained models",
       R"SQL(
CREATE TABLE models(
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL UNIQUE,
  algorithm TEXT NOT NULL,          -- popular, itemknn, ials, bpr, ease
  params TEXT NOT NULL,             -- JSON object of resolved hyper-parameters
  trained_at INTEGER NOT NULL,      -- Unix seconds
  seconds REAL NOT NULL,            -- training wall time
  data_fingerprint TEXT NOT NULL,   -- Project::dataFingerprint() of the data trained on
  matrix_settings TEXT NOT NULL,    -- JSON: MatrixSettings used to build the training matrix
  users INTEGER NOT NULL,
  items INTEGER NOT NULL,
  interactions INTEGER NOT NULL,
  loss TEXT NOT NULL,               -- JSON array: per-iteration loss (null where none)
  blob BLOB NOT NULL);              -- Recommender::save(): magic, version, checksum, payload
)SQL"},
      {"columnar event store (event_blocks; `events` becomes a virtual table over it)",
       R"SQL(
CREATE TABLE event_blocks(
  first_event INTEGER PRIMARY KEY,  -- id of the block's first event; the block holds first_event .. +count-1
  count INTEGER NOT NULL CHECK (count BETWEEN 1 AND 65536),
  min_ts INTEGER NOT NULL,
  max_ts INTEGER NOT NULL,
  data BLOB NOT NULL);              -- EventStore's column encoding
ALTER TABLE events RENAME TO events_v1;
)SQL"},
      {"item and user-activity rollups as column blobs",
       R"SQL(
DROP TABLE rollup_item;
DROP TABLE rollup_user_activity;
CREATE TABLE rollup_item_days(
  day INTEGER PRIMARY KEY,        -- days since 1970-01-01 (UTC)
  entries INTEGER NOT NULL,
  data BLOB NOT NULL);            -- sorted (item, placement, variant) entries with their measures (ColumnCodec)
CREATE TABLE rollup_activity_chunks(
  chunk INTEGER PRIMARY KEY,      -- user_id >> 14
  entries INTEGER NOT NULL,
  data BLOB NOT NULL);            -- sorted (user, block, placement, variant, category) entries with day masks
UPDATE meta SET value = '-1' WHERE key = 'rollup.last_event_id' AND value <> '0';
)SQL"},
      {"item rollups per segment value",
       R"SQL(
CREATE TABLE rollup_segment_item_days(
  day INTEGER PRIMARY KEY,
  entries INTEGER NOT NULL,
  data BLOB NOT NULL);            -- sorted (segment value, item, placement, variant) entries with their measures
UPDATE meta SET value = '-1' WHERE key = 'rollup.last_event_id' AND value <> '0';
)SQL"},
      {"checksums (CRC32C) of event blocks and rollup blobs",
       // The rollup blob tables become virtual tables over <table>_stored that verify the checksum on read and store it
       // on write (core/storage/BlobChecksum.h); EventStore checks event blocks itself.
       R"SQL(
ALTER TABLE event_blocks ADD COLUMN crc32c INTEGER;  -- CRC32C of data
UPDATE event_blocks SET crc32c = reco_crc32c(data);
ALTER TABLE rollup_item_days RENAME TO rollup_item_days_stored;
ALTER TABLE rollup_item_days_stored ADD COLUMN crc32c INTEGER;
UPDATE rollup_item_days_stored SET crc32c = reco_crc32c(data);
CREATE VIRTUAL TABLE rollup_item_days USING reco_checked_blobs(rollup_item_days_stored, day);
ALTER TABLE rollup_segment_item_days RENAME TO rollup_segment_item_days_stored;
ALTER TABLE rollup_segment_item_days_stored ADD COLUMN crc32c INTEGER;
UPDATE rollup_segment_item_days_stored SET crc32c = reco_crc32c(data);
CREATE VIRTUAL TABLE rollup_segment_item_days USING reco_checked_blobs(rollup_segment_item_days_stored, day);
ALTER TABLE rollup_activity_chunks RENAME TO rollup_activity_chunks_stored;
ALTER TABLE rollup_activity_chunks_stored ADD COLUMN crc32c INTEGER;
UPDATE rollup_activity_chunks_stored SET crc32c = reco_crc32c(data);
CREATE VIRTUAL TABLE rollup_activity_chunks USING reco_checked_blobs(rollup_activity_chunks_stored, chunk);
)SQL"},
      // Append further migrations here (models, evaluation runs, rollups, rule sets ...).
  };
  return migrations;
}

void runMigrationCode(Database& db, int version) {
  if (version == 6) {
    // Move the row-wise events into blocks, in id order (ids become contiguous), then drop the old table and its
    // indexes. Rollups are keyed by event id: they are rebuilt from scratch on next use.
    EventWriter writer(db);
    auto st = db.prepare(
        "SELECT user_id, item_id, type, ts, value, position, placement_id, variant_id, revenue, propensity"
        " FROM events_v1 ORDER BY id");
    std::int64_t moved = 0;
    while (st.step()) {
      ++moved;
      EventRow e;
      e.user = st.columnInt(0);
      e.item = st.columnInt(1);
      e.type = static_cast<int>(st.columnInt(2));
      e.ts = st.columnInt(3);
      if (!st.isNull(4)) e.value = st.columnDouble(4);
      if (!st.isNull(5)) e.position = st.columnInt(5);
      e.placement = st.columnInt(6);
      e.variant = st.columnInt(7);
      if (!st.isNull(8)) e.revenue = st.columnDouble(8);
      if (!st.isNull(9)) e.propensity = st.columnDouble(9);
      writer.append(e);
    }
    writer.finish();
    st = Statement();
    db.exec("DROP TABLE events_v1");
    if (moved)
      db.exec("INSERT INTO meta(key, value) VALUES('rollup.last_event_id', '-1')"
              " ON CONFLICT(key) DO UPDATE SET value=excluded.value");
  }
}

}  // namespace reco
