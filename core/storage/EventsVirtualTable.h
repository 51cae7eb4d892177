// The `events` table as SQL sees it: an eponymous virtual table over the column blocks of EventStore, so queries,
// tools and tests keep writing `SELECT ... FROM events WHERE user_id = ? ORDER BY id` and
// `INSERT INTO events(user_id, item_id, type, ts, ...) VALUES ...`.
// Columns: id, user_id, item_id, type, ts, value, position, placement_id, variant_id, revenue, propensity.
// Reads narrow by id ranges (and ORDER BY id in either direction) and filter by user_id, item_id and type while
// decoding. Events are append-only: INSERT appends (an explicit id must be the next one), UPDATE and DELETE fail.
// With PRAGMA foreign_keys on, an insert referring to an unknown user, item or event type fails like a foreign key.
// Inserted rows are buffered per connection and written as blocks before the next read and at commit.
#pragma once

struct sqlite3;

namespace reco {

// Registers the module on a connection (Database does this for every connection it opens).
void registerEventsVirtualTable(sqlite3* db);

}  // namespace reco
