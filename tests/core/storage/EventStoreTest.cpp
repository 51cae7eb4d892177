// The column-block event store: codec round trips, block boundaries, the `events` virtual table's reads, writes
// and refusals, and the migration of a row-wise events table from schema version 5.
#include <gtest/gtest.h>

#include <cmath>
#include <filesystem>
#include <random>

#include "core/storage/EventStore.h"
#include "core/storage/Project.h"
#include "core/storage/Schema.h"
#include "tests/common/TempDir.h"

namespace fs = std::filesystem;
using namespace reco;

namespace {

class EventStoreTest : public ::testing::Test {
 protected:
  std::string path(const std::string& name) const { return (dir_.path / name).string(); }
  reco_test::TempDir dir_{"reco_eventstore_"};
};

EventRow randomRow(std::mt19937_64& rng, std::int64_t i) {
  EventRow e;
  e.user = 1 + static_cast<std::int64_t>(rng() % 100000);
  e.item = 1 + static_cast<std::int64_t>(rng() % 300);
  e.type = static_cast<int>(rng() % 5);
  e.ts = 1700000000 + i * 7 - static_cast<std::int64_t>(rng() % 1000);
  if (rng() % 3 == 0) e.value = static_cast<double>(rng() % 10) / 2.0;  // fits a float
  if (rng() % 2 == 0) e.position = static_cast<std::int64_t>(rng() % 12) - 1;
  e.placement = static_cast<std::int64_t>(rng() % 3);
  e.variant = static_cast<std::int64_t>(rng() % 4);
  if (rng() % 20 == 0) e.revenue = 0.01 * static_cast<double>(rng() % 100000);  // needs a double
  if (rng() % 7 == 0) e.propensity = 1.0 / static_cast<double>(1 + rng() % 9);
  return e;
}

void expectSame(const EventRow& a, const EventRow& b) {
  EXPECT_EQ(a.user, b.user);
  EXPECT_EQ(a.item, b.item);
  EXPECT_EQ(a.type, b.type);
  EXPECT_EQ(a.ts, b.ts);
  EXPECT_EQ(std::isnan(a.value), std::isnan(b.value));
  if (!std::isnan(a.value)) {
    EXPECT_EQ(a.value, b.value);
  }
  EXPECT_EQ(a.position, b.position);
  EXPECT_EQ(a.placement, b.placement);
  EXPECT_EQ(a.variant, b.variant);
  EXPECT_EQ(std::isnan(a.revenue), std::isnan(b.revenue));
  if (!std::isnan(a.revenue)) {
    EXPECT_EQ(a.revenue, b.revenue);
  }
  EXPECT_EQ(std::isnan(a.propensity), std::isnan(b.propensity));
  if (!std::isnan(a.propensity)) {
    EXPECT_EQ(a.propensity, b.propensity);
  }
}

}  // namespace

TEST(EventBlockCodec, RoundTripsEveryWidthNullsAndExtremes) {
  EventBlock b;
  b.firstId = 1;
  std::mt19937_64 rng(7);
  for (int i = 0; i < 1000; ++i) b.append(randomRow(rng, i));
  EventRow extreme;
  extreme.user = std::numeric_limits<std::int64_t>::max();
  extreme.item = -5;
  extreme.ts = std::numeric_limits<std::int64_t>::min() + 1;
  extreme.value = 1e300;
  b.append(extreme);
  const std::string blob = encodeEventBlock(b);
  EventBlock d;
  d.firstId = 1;
  d.count = b.count;
  decodeEventBlock(blob, kAllEventColumns, d);
  for (std::uint32_t i = 0; i < b.count; ++i) expectSame(b.row(i), d.row(i));
  // Narrow columns take one byte per event: the block is far smaller than ten 8-byte columns.
  EXPECT_LT(blob.size(), static_cast<std::size_t>(b.count) * 40);

  // Only the requested columns are decoded.
  EventBlock part;
  part.firstId = 1;
  part.count = b.count;
  decodeEventBlock(blob, columnBit(EventColumn::Item), part);
  EXPECT_EQ(part.col(EventColumn::Item), b.col(EventColumn::Item));
  EXPECT_TRUE(part.col(EventColumn::User).empty());
}

TEST(EventBlockCodec, DamagedBlobsAreRejectedWithTheBlockNamed) {
  EventBlock b;
  b.firstId = 65537;
  std::mt19937_64 rng(1);
  for (int i = 0; i < 10; ++i) b.append(randomRow(rng, i));
  std::string blob = encodeEventBlock(b);
  EventBlock d;
  d.firstId = 65537;
  d.count = b.count;
  try {
    decodeEventBlock(blob.substr(0, blob.size() - 3), kAllEventColumns, d);
    FAIL() << "a truncated block decoded";
  } catch (const DatabaseError& e) {
    EXPECT_NE(std::string(e.what()).find("event block 65537"), std::string::npos) << e.what();
  }
  blob[0] = 'X';
  EXPECT_THROW(decodeEventBlock(blob, kAllEventColumns, d), DatabaseError);
  d.count = 11;
  EXPECT_THROW(decodeEventBlock(encodeEventBlock(b), kAllEventColumns, d), DatabaseError);
}

TEST_F(EventStoreTest, WriterFillsBlocksAndContinuesThePartialLastOne) {
  Project p = Project::create(path("w.reco"));
  std::mt19937_64 rng(3);
  std::vector<EventRow> rows;
  const std::int64_t first = EventBlock::kCapacity + 100;
  {
    Transaction tx(p.db());
    EventWriter w(p.db());
    for (std::int64_t i = 0; i < first; ++i) {
      rows.push_back(randomRow(rng, i));
      w.append(rows.back());
    }
    w.finish();
    tx.commit();
  }
  EXPECT_EQ(p.db().queryInt("SELECT count(*) FROM event_blocks"), 2);
  {
    Transaction tx(p.db());
    EventWriter w(p.db());
    EXPECT_EQ(w.nextId(), first + 1);
    for (std::int64_t i = 0; i < 50; ++i) {
      rows.push_back(randomRow(rng, first + i));
      w.append(rows.back());
    }
    w.finish();
    tx.commit();
  }
  EXPECT_EQ(p.db().queryInt("SELECT count(*) FROM event_blocks"), 2);  // the second block was continued
  EXPECT_EQ(eventCount(p.db()), first + 50);
  EXPECT_EQ(maxEventId(p.db()), first + 50);
  std::size_t seen = 0;
  EventScanner scan(p.db(), kAllEventColumns);
  while (scan.next())
    for (std::uint32_t r = scan.rowBegin(); r < scan.rowEnd(); ++r) expectSame(scan.block().row(r), rows[seen++]);
  EXPECT_EQ(seen, rows.size());

  // A range across the block boundary, forwards and backwards.
  EventScanner range(p.db(), columnBit(EventColumn::User), EventBlock::kCapacity - 1, EventBlock::kCapacity + 2);
  std::vector<std::int64_t> ids;
  while (range.next())
    for (std::uint32_t r = range.rowBegin(); r < range.rowEnd(); ++r) ids.push_back(range.block().firstId + r);
  EXPECT_EQ(ids, (std::vector<std::int64_t>{EventBlock::kCapacity - 1, EventBlock::kCapacity,
                                            EventBlock::kCapacity + 1, EventBlock::kCapacity + 2}));
}

TEST_F(EventStoreTest, VirtualTableAnswersRangesOrderAndFilters) {
  Project p = Project::create(path("v.reco"));
  p.db().exec(
      "INSERT INTO users(id, ext_id) VALUES (1,'a'),(2,'b');"
      "INSERT INTO items(id, ext_id) VALUES (10,'x'),(20,'y');"
      "INSERT INTO placements(id, name) VALUES (1,'home');");
  p.db().exec(
      "INSERT INTO events(user_id, item_id, type, ts, value, position, placement_id, revenue) VALUES"
      " (1,10,0,100,NULL,1,1,NULL),(1,20,1,200,NULL,2,1,NULL),(2,10,3,300,NULL,NULL,NULL,9.99),"
      " (2,20,4,400,4.5,NULL,NULL,NULL)");
  auto all = [&](const std::string& sql) {
    std::string out;
    auto st = p.db().prepare(sql);
    while (st.step()) {
      if (!out.empty()) out += ';';
      for (int c = 0; c < st.columnCount(); ++c) {
        if (c) out += ',';
        out += st.isNull(c) ? "-" : st.columnText(c);
      }
    }
    return out;
  };
  EXPECT_EQ(all("SELECT id, user_id, item_id, type, ts FROM events"), "1,1,10,0,100;2,1,20,1,200;3,2,10,3,300;4,2,20,4,400");
  EXPECT_EQ(all("SELECT id FROM events ORDER BY id DESC"), "4;3;2;1");
  EXPECT_EQ(all("SELECT id FROM events WHERE id > 1 AND id <= 3"), "2;3");
  EXPECT_EQ(all("SELECT id FROM events WHERE id = 4"), "4");
  EXPECT_EQ(all("SELECT id FROM events WHERE id >= 2.5"), "3;4");
  EXPECT_EQ(all("SELECT id FROM events WHERE user_id = 2 ORDER BY id DESC"), "4;3");
  EXPECT_EQ(all("SELECT id FROM events WHERE item_id = '10'"), "1;3");
  EXPECT_EQ(all("SELECT position, placement_id, revenue, value FROM events WHERE id IN (1, 3, 4)"),
            "1,1,-,-;-,-,9.99,-;-,-,-,4.5");
  EXPECT_EQ(all("SELECT type, count(*) FROM events GROUP BY type"), "0,1;1,1;3,1;4,1");
  EXPECT_EQ(all("SELECT u.ext_id, count(*) FROM users u JOIN events e ON e.user_id = u.id GROUP BY u.id"), "a,2;b,2");

  // Append-only, typed, referentially checked.
  EXPECT_THROW(p.db().exec("DELETE FROM events WHERE id = 1"), DatabaseError);
  EXPECT_THROW(p.db().exec("UPDATE events SET ts = 5 WHERE id = 1"), DatabaseError);
  EXPECT_THROW(p.db().exec("INSERT INTO events(id, user_id, item_id, type, ts) VALUES (9, 1, 10, 0, 1)"),
               DatabaseError);
  EXPECT_THROW(p.db().exec("INSERT INTO events(user_id, item_id, type, ts) VALUES (1, 10, 0, NULL)"), DatabaseError);
  EXPECT_THROW(p.db().exec("INSERT INTO events(user_id, item_id, type, ts) VALUES ('one', 10, 0, 5)"), DatabaseError);
  EXPECT_THROW(p.db().exec("INSERT INTO events(user_id, item_id, type, ts) VALUES (3, 10, 0, 5)"), DatabaseError);
  p.db().exec("INSERT INTO events(id, user_id, item_id, type, ts) VALUES (5, 1, 10, 0, 500)");
  EXPECT_EQ(all("SELECT count(*), max(id) FROM events"), "5,5");

  // A rolled-back insert leaves nothing behind, in the buffer or in the blocks.
  p.db().exec("BEGIN");
  p.db().exec("INSERT INTO events(user_id, item_id, type, ts) VALUES (1, 10, 0, 600)");
  EXPECT_EQ(all("SELECT count(*) FROM events"), "6");  // read-your-writes inside the transaction
  p.db().exec("ROLLBACK");
  EXPECT_EQ(all("SELECT count(*) FROM events"), "5");
  p.db().exec("INSERT INTO events(user_id, item_id, type, ts) VALUES (2, 20, 1, 700)");
  EXPECT_EQ(all("SELECT id, ts FROM events WHERE id > 4"), "5,500;6,700");
}

TEST_F(EventStoreTest, MigratesRowWiseEventsFromSchemaVersion5) {
  const std::string file = path("old.reco");
  {
    // A project as schema version 5 left it: events in an ordinary table with gaps in the ids.
    Database db(file, Database::Mode::ReadWriteCreate);
    db.exec("PRAGMA journal_mode=WAL");
    for (int v = 0; v < 5; ++v) db.exec(schemaMigrations()[static_cast<std::size_t>(v)].sql);
    db.exec("PRAGMA user_version=5; PRAGMA application_id=" + std::to_string(kProjectApplicationId));
    db.exec(
        "INSERT INTO users(id, ext_id) VALUES (1,'a'); INSERT INTO items(id, ext_id) VALUES (1,'x');"
        "INSERT INTO events(id, user_id, item_id, type, ts, value) VALUES (3,1,1,4,100,5.0),(7,1,1,1,200,NULL),"
        "(8,1,1,3,300,NULL)");
  }
  Project p = Project::open(file);
  EXPECT_EQ(p.schemaVersion(), currentSchemaVersion());
  EXPECT_EQ(p.db().queryInt("SELECT count(*) FROM sqlite_schema WHERE name = 'events_v1'"), 0);
  EXPECT_EQ(eventCount(p.db()), 3);
  auto st = p.db().prepare("SELECT id, type, ts, value FROM events");
  std::vector<std::string> got;
  while (st.step())
    got.push_back(std::to_string(st.columnInt(0)) + ":" + std::to_string(st.columnInt(1)) + ":" +
                  std::to_string(st.columnInt(2)) + ":" + (st.isNull(3) ? "-" : st.columnText(3)));
  EXPECT_EQ(got, (std::vector<std::string>{"1:4:100:5.0", "2:1:200:-", "3:3:300:-"}));
}

TEST(EventBlockCodec, TimeOrderedColumnsAreDeltaEncoded) {
  EventBlock b;
  b.firstId = 1;
  std::mt19937_64 rng(11);
  std::int64_t ts = 1700000000;
  for (int i = 0; i < 5000; ++i) {
    EventRow e = randomRow(rng, i);
    ts += static_cast<std::int64_t>(rng() % 30);  // equal neighbours included; the whole range needs 4 bytes
    if (i == 4000) ts += 300;                    // a gap wider than one byte
    e.ts = ts;
    b.append(e);
  }
  EventBlock unsorted = b;
  std::swap(unsorted.ints[static_cast<unsigned>(EventColumn::Ts)][10],
            unsorted.ints[static_cast<unsigned>(EventColumn::Ts)][11]);
  const std::string sortedBlob = encodeEventBlock(b), unsortedBlob = encodeEventBlock(unsorted);
  EXPECT_LT(sortedBlob.size() + 5000, unsortedBlob.size());  // two bytes a row instead of four
  for (const auto* src : {&b, &unsorted}) {
    EventBlock d;
    d.firstId = 1;
    d.count = src->count;
    decodeEventBlock(encodeEventBlock(*src), kAllEventColumns, d);
    EXPECT_EQ(d.col(EventColumn::Ts), src->col(EventColumn::Ts));
  }
}
