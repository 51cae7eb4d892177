// The importer end to end on small hand-made fixtures (tests/data/import): every format, rejects accounting, the
// column mapping, encodings, appending, and abort/cancel leaving the project unchanged.
#include <gtest/gtest.h>

#include <atomic>
#include <filesystem>
#include <fstream>
#include <map>
#include <string>

#include "core/import/Importer.h"
#include "core/storage/DatasetSummary.h"
#include "core/storage/Project.h"

namespace {

namespace fs = std::filesystem;
using namespace reco;

const std::string kData = std::string(RECO_TEST_DATA_DIR) + "/import/";

class ImporterTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("reco_import_" + std::to_string(::getpid()) + "_" +
                                        ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(dir_);
    fs::create_directories(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }

  Project newProject() { return Project::create((dir_ / "p.reco").string()); }
  std::string temp(const std::string& name, const std::string& content) {
    std::string path = (dir_ / name).string();
    std::ofstream(path, std::ios::binary) << content;
    return path;
  }

  static std::string text(Project& p, const std::string& sql) {
    auto st = p.db().prepare(sql);
    return st.step() ? st.columnText(0) : std::string("<none>");
  }

  // Row count and an order-independent checksum of every table's content.
  static std::map<std::string, std::pair<std::int64_t, std::string>> snapshot(Project& p) {
    std::map<std::string, std::pair<std::int64_t, std::string>> out;
    std::vector<std::string> tables;
    {
      auto st = p.db().prepare("SELECT name FROM sqlite_schema WHERE type='table' ORDER BY name");
      while (st.step()) tables.push_back(st.columnText(0));
    }
    for (const auto& t : tables) {
      auto st = p.db().prepare("SELECT * FROM \"" + t + "\"");
      std::int64_t rows = 0;
      std::uint64_t sum = 0;
      while (st.step()) {
        ++rows;
        std::uint64_t h = 1469598103934665603ULL;
        for (int c = 0; c < st.columnCount(); ++c) {
          for (char ch : (st.isNull(c) ? std::string("\x01NULL") : st.columnText(c))) {
            h ^= static_cast<unsigned char>(ch);
            h *= 1099511628211ULL;
          }
          h ^= 0xFF;
          h *= 1099511628211ULL;
        }
        sum += h;
      }
      out[t] = {rows, std::to_string(sum)};
    }
    // Indexes too: an import may drop and rebuild them.
    out["<schema>"] = {0, text(p, "SELECT group_concat(sql, ';') FROM (SELECT sql FROM sqlite_schema ORDER BY name)")};
    return out;
  }

  static void expectAccounting(const ImportResult& r) {
    EXPECT_EQ(r.rowsRead, r.rowsImported + r.rowsRejected);
    std::uint64_t read = 0, imported = 0, rejected = 0, events = 0;
    for (const auto& f : r.files) {
      EXPECT_EQ(f.rowsRead, f.rowsImported + f.rowsRejected) << f.file;
      read += f.rowsRead;
      imported += f.rowsImported;
      rejected += f.rowsRejected;
      events += f.events;
    }
    EXPECT_EQ(read, r.rowsRead);
    EXPECT_EQ(imported, r.rowsImported);
    EXPECT_EQ(rejected, r.rowsRejected);
    EXPECT_EQ(events, r.eventsImported);
    EXPECT_EQ(r.rejects.size(), std::min<std::uint64_t>(r.rowsRejected, 1000));
  }

  fs::path dir_;
};

TEST_F(ImporterTest, GenericEventLogWithEdgeCases) {
  Project p = newProject();
  ImportResult r = importFiles(p, {kData + "events_mixed.csv"}, {});
  ASSERT_TRUE(r.committed) << r.error;
  expectAccounting(r);
  EXPECT_EQ(r.rowsRead, 13u);  // data rows; the blank line is not a row
  EXPECT_EQ(r.rowsImported, 6u);
  EXPECT_EQ(r.rowsRejected, 7u);
  EXPECT_EQ(r.eventsImported, 6u);
  ASSERT_EQ(r.formats.size(), 1u);
  EXPECT_EQ(r.formats[0], ImportFormat::Events);

  std::map<std::int64_t, std::string> rejects;
  for (const auto& x : r.rejects) {
    EXPECT_EQ(x.file, kData + "events_mixed.csv");
    rejects[x.line] = x.reason;
  }
  EXPECT_EQ(rejects[7], "unknown event type 'foo'");
  EXPECT_EQ(rejects[8], "missing field 'user'");
  EXPECT_EQ(rejects[9], "unparsable timestamp 'yesterday' in column 'timestamp'");
  EXPECT_EQ(rejects[10], "unparsable number 'x1' in column 'position'");
  EXPECT_EQ(rejects[11], "unparsable number 'abc' in column 'price_paid'");
  EXPECT_EQ(rejects[12], "bad encoding");
  EXPECT_EQ(rejects[16], "row has 10 fields but the header has 9");

  auto s = summarizeDataset(p);
  EXPECT_EQ(s.users, 4);  // u1, u2, u4, u5
  EXPECT_EQ(s.items, 4);
  EXPECT_EQ(s.events, 6);
  EXPECT_EQ(s.eventsByType["click"], 2);
  EXPECT_EQ(s.eventsByType["purchase"], 1);
  EXPECT_EQ(s.eventsByType["view"], 1);
  EXPECT_EQ(s.placements, 3);  // home, "pdp, bottom", pdp: rejected rows create nothing
  EXPECT_EQ(s.variants, 2);
  // Quoted fields: delimiter, CRLF newline and doubled quotes inside.
  EXPECT_EQ(text(p, "SELECT title FROM items WHERE ext_id='i2'"), "Title, with comma");
  EXPECT_EQ(text(p, "SELECT title FROM items WHERE ext_id='i3'"), "Multi\r\nline \"quoted\" title");
  EXPECT_EQ(text(p, "SELECT title FROM items WHERE ext_id='i4'"), "caf\xC3\xA9 cr\xC3\xA8me");
  // Timestamps: Z, +01:00 offset, Unix seconds, fractional seconds, -05:00 with fraction.
  EXPECT_EQ(text(p, "SELECT group_concat(ts, ' ') FROM (SELECT ts FROM events ORDER BY id)"),
            "1709287200 1709283605 1709287200 1709287260 1709368200 1709386200");
  EXPECT_EQ(text(p, "SELECT revenue FROM events WHERE type=3"), "19.9");
  EXPECT_EQ(text(p, "SELECT count(*) FROM events WHERE position IS NULL AND placement_id IS NULL"), "1");
  EXPECT_EQ(text(p, "SELECT count(*) FROM imports"), "1");
  EXPECT_EQ(text(p, "SELECT rows_read || '/' || rows_imported || '/' || rows_rejected FROM imports"), "13/6/7");
}

TEST_F(ImporterTest, ColumnMappingAndLatin1) {
  Project p = newProject();
  ImportOptions o;
  o.encoding = "latin1";
  o.mapping = {{"user", "visitor"}, {"item", "product"}, {"type", "action"}, {"timestamp", "when"},
               {"value", "score"}};
  ImportResult r = importFiles(p, {kData + "events_latin1.tsv"}, o);
  ASSERT_TRUE(r.committed) << r.error;
  expectAccounting(r);
  EXPECT_EQ(r.rowsImported, 2u);
  ASSERT_EQ(r.rejects.size(), 1u);
  EXPECT_EQ(r.rejects[0].line, 4);
  EXPECT_EQ(r.rejects[0].reason, "missing field 'value' (a rating needs one)");
  EXPECT_EQ(text(p, "SELECT ext_id FROM users ORDER BY id LIMIT 1"), "m\xC3\xBCller");
  EXPECT_EQ(text(p, "SELECT ext_id FROM items"), "cr\xC3\xA8me br\xC3\xBBl\xC3\xA9""e");
  EXPECT_EQ(text(p, "SELECT sum(value) FROM events WHERE type=4"), "7.5");
}

TEST_F(ImporterTest, MissingRequiredColumnIsUnusableInputAndWritesNothing) {
  Project p = newProject();
  auto before = snapshot(p);
  std::string f = temp("nots.csv", "user,item,when\nu1,i1,2024-01-01\n");
  try {
    importFiles(p, {f}, {});
    FAIL() << "expected an exception";
  } catch (const std::runtime_error& e) {
    EXPECT_NE(std::string(e.what()).find("timestamp"), std::string::npos) << e.what();
    EXPECT_NE(std::string(e.what()).find("nots.csv"), std::string::npos) << e.what();
  }
  ImportOptions o;
  o.mapping = {{"timestamp", "no_such_column"}};
  EXPECT_THROW(importFiles(p, {f}, o), std::runtime_error);
  o.mapping = {{"colour", "when"}};
  EXPECT_THROW(importFiles(p, {f}, o), std::runtime_error);
  EXPECT_THROW(importFiles(p, {(dir_ / "missing.csv").string()}, {}), std::runtime_error);
  EXPECT_EQ(snapshot(p), before);
  // With the mapping it works.
  o.mapping = {{"timestamp", "when"}};
  EXPECT_TRUE(importFiles(p, {f}, o).committed);
}

TEST_F(ImporterTest, UnterminatedQuoteRejectsOneRow) {
  Project p = newProject();
  ImportResult r = importFiles(p, {kData + "events_unterminated.csv"}, {});
  ASSERT_TRUE(r.committed);
  expectAccounting(r);
  EXPECT_EQ(r.rowsRead, 2u);
  EXPECT_EQ(r.rowsImported, 1u);
  ASSERT_EQ(r.rejects.size(), 1u);
  EXPECT_EQ(r.rejects[0].line, 3);
  EXPECT_EQ(r.rejects[0].reason, "unterminated quoted field");
}

TEST_F(ImporterTest, MovieLens100KFolder) {
  Project p = newProject();
  ImportResult r = importFiles(p, {kData + "ml-100k"}, {});
  ASSERT_TRUE(r.committed) << r.error;
  expectAccounting(r);
  ASSERT_EQ(r.formats.size(), 1u);
  EXPECT_EQ(r.formats[0], ImportFormat::MovieLens100K);
  ASSERT_EQ(r.files.size(), 3u);
  EXPECT_EQ(r.files[0].role, "users");
  EXPECT_EQ(r.files[1].role, "items");
  EXPECT_EQ(r.files[2].role, "events");
  EXPECT_EQ(r.files[2].rowsRead, 8u);
  EXPECT_EQ(r.files[2].rowsImported, 4u);
  EXPECT_EQ(r.rowsRead, 3u + 3u + 8u);
  EXPECT_EQ(r.eventsImported, 4u);
  std::map<std::int64_t, std::string> rejects;
  for (const auto& x : r.rejects) rejects[x.line] = x.reason;
  EXPECT_EQ(rejects[5], "unknown item '99' (not in u.item)");
  EXPECT_EQ(rejects[6], "unknown user '7' (not in u.user)");
  EXPECT_EQ(rejects[7], "unparsable number 'five' in column 'rating'");
  EXPECT_EQ(rejects[8], "expected 4 fields, found 3");

  EXPECT_EQ(text(p, "SELECT title FROM items WHERE ext_id='2'"), "Mis\xC3\xA9rables, Les (1995)");
  EXPECT_EQ(text(p, "SELECT category FROM items WHERE ext_id='2'"), "Drama");
  EXPECT_EQ(text(p, "SELECT value FROM item_attributes WHERE item_id=(SELECT id FROM items WHERE ext_id='1') "
                    "AND key='genres'"),
            "Animation|Children's|Comedy");
  EXPECT_EQ(text(p, "SELECT category FROM items WHERE ext_id='3'"), "unknown");
  EXPECT_EQ(text(p, "SELECT age_band || ' ' || gender || ' ' || occupation FROM users WHERE ext_id='1'"),
            "18-24 M technician");
  EXPECT_EQ(text(p, "SELECT age_band FROM users WHERE ext_id='3'"), "under 18");
  EXPECT_EQ(text(p, "SELECT value FROM user_attributes WHERE key='zip' AND user_id=(SELECT id FROM users "
                    "WHERE ext_id='2')"),
            "94043");
  EXPECT_EQ(text(p, "SELECT count(*) FROM events WHERE type=4"), "4");
  EXPECT_EQ(text(p, "SELECT sum(value) FROM events"), "13.0");
}

TEST_F(ImporterTest, MovieLens1M) {
  Project p = newProject();
  ImportOptions o;
  o.format = ImportFormat::MovieLens1M;
  ImportResult r = importFiles(p, {kData + "ml-1m/ratings.dat"}, o);
  ASSERT_TRUE(r.committed) << r.error;
  expectAccounting(r);
  EXPECT_EQ(r.eventsImported, 3u);
  ASSERT_EQ(r.rejects.size(), 1u);
  EXPECT_EQ(r.rejects[0].reason, "unknown item '5' (not in movies.dat)");
  EXPECT_EQ(text(p, "SELECT title FROM items WHERE ext_id='2'"), "Star Wars: Episode IV - A New Hope (1977)");
  EXPECT_EQ(text(p, "SELECT title FROM items WHERE ext_id='3'"), "Cit\xC3\xA9 des enfants perdus, La (1995)");
  EXPECT_EQ(text(p, "SELECT category FROM items WHERE ext_id='1'"), "Animation");
  EXPECT_EQ(text(p, "SELECT age_band || '/' || gender || '/' || occupation FROM users WHERE ext_id='1'"),
            "under 18/F/K-12 student");
  EXPECT_EQ(text(p, "SELECT occupation FROM users WHERE ext_id='2'"), "self-employed");
}

TEST_F(ImporterTest, MovieLensLatestSmallAutoDetected) {
  Project p = newProject();
  ImportResult r = importFiles(p, {kData + "ml-latest"}, {});
  ASSERT_TRUE(r.committed) << r.error;
  expectAccounting(r);
  EXPECT_EQ(r.formats[0], ImportFormat::MovieLensLatest);
  EXPECT_EQ(r.eventsImported, 3u);
  ASSERT_EQ(r.rejects.size(), 1u);
  EXPECT_EQ(r.rejects[0].line, 5);
  EXPECT_EQ(r.rejects[0].reason, "missing field 'rating'");
  EXPECT_EQ(text(p, "SELECT title FROM items WHERE ext_id='11'"), "American President, The (1995)");
  EXPECT_EQ(text(p, "SELECT title FROM items WHERE ext_id='99'"), "Movie with \"quotes\" (2000)");
  EXPECT_EQ(text(p, "SELECT coalesce(category, 'NULL') FROM items WHERE ext_id='99'"), "NULL");
  EXPECT_EQ(text(p, "SELECT value FROM events WHERE item_id=(SELECT id FROM items WHERE ext_id='99')"), "0.5");
}

TEST_F(ImporterTest, OpenBanditRowsAndEvents) {
  Project p = newProject();
  ImportResult r = importFiles(p, {kData + "obd"}, {});
  ASSERT_TRUE(r.committed) << r.error;
  expectAccounting(r);
  EXPECT_EQ(r.formats[0], ImportFormat::OpenBandit);
  ASSERT_EQ(r.files.size(), 2u);
  EXPECT_EQ(r.files[0].role, "items");
  EXPECT_EQ(r.files[0].rowsImported, 3u);
  EXPECT_EQ(r.files[1].rowsRead, 5u);
  EXPECT_EQ(r.files[1].rowsImported, 3u);
  EXPECT_EQ(r.files[1].events, 4u);  // three impressions, one of them clicked
  std::map<std::int64_t, std::string> rejects;
  for (const auto& x : r.rejects) rejects[x.line] = x.reason;
  EXPECT_EQ(rejects[5], "click must be 0 or 1, found '2'");
  EXPECT_EQ(rejects[6], "unknown item '7' (not in item_context.csv)");
  auto s = summarizeDataset(p);
  EXPECT_EQ(s.users, 2);  // two distinct user-feature combinations
  EXPECT_EQ(s.items, 3);
  EXPECT_EQ(s.eventsByType["impression"], 3);
  EXPECT_EQ(s.eventsByType["click"], 1);
  EXPECT_EQ(text(p, "SELECT group_concat(name) FROM placements"), "men");
  EXPECT_EQ(text(p, "SELECT group_concat(name) FROM variants"), "random");
  EXPECT_EQ(text(p, "SELECT ext_id || ' ' || category FROM items ORDER BY id LIMIT 1"), "men/0 men");
  EXPECT_EQ(text(p, "SELECT ts || ' ' || position || ' ' || round(propensity, 4) FROM events WHERE type=1"),
            "1574553816 1 0.3333");
  EXPECT_EQ(text(p, "SELECT count(*) FROM user_attributes WHERE key LIKE 'user_feature_%'"), "8");
}

TEST_F(ImporterTest, AppendingSecondImportReusesUsersAndItems) {
  Project p = newProject();
  ASSERT_TRUE(importFiles(p, {kData + "events_mixed.csv"}, {}).committed);
  std::string more = temp("more.csv", "user,item,type,ts\nu1,i1,purchase,2024-03-05\nnew,i9,click,2024-03-06\n");
  ImportResult r = importFiles(p, {more}, {});
  ASSERT_TRUE(r.committed);
  EXPECT_EQ(r.usersAdded, 1u);
  EXPECT_EQ(r.itemsAdded, 1u);
  auto s = summarizeDataset(p);
  EXPECT_EQ(s.users, 5);
  EXPECT_EQ(s.items, 5);
  EXPECT_EQ(s.events, 8);
  EXPECT_EQ(text(p, "SELECT count(*) FROM events WHERE user_id=(SELECT id FROM users WHERE ext_id='u1')"), "3");
  EXPECT_EQ(text(p, "SELECT count(*) FROM imports"), "2");
  EXPECT_EQ(text(p, "PRAGMA foreign_key_check"), "<none>");
  EXPECT_EQ(text(p, "PRAGMA foreign_keys"), "1");  // restored after the bulk load
}

TEST_F(ImporterTest, AbortStopsAtFirstBadRowAndLeavesProjectUnchanged) {
  Project p = newProject();
  ASSERT_TRUE(importFiles(p, {kData + "ml-100k"}, {}).committed);
  auto before = snapshot(p);
  ImportOptions o;
  o.onError = ErrorPolicy::Abort;
  ImportResult r = importFiles(p, {kData + "events_mixed.csv"}, o);
  EXPECT_FALSE(r.committed);
  EXPECT_FALSE(r.cancelled);
  expectAccounting(r);
  EXPECT_EQ(r.rowsRejected, 1u);
  EXPECT_EQ(r.rowsRead, 5u);  // four good rows, then the bad one on line 7
  EXPECT_EQ(r.error, kData + "events_mixed.csv:7: unknown event type 'foo'");
  EXPECT_EQ(snapshot(p), before);
}

TEST_F(ImporterTest, CancelOfALargeImportLeavesProjectUnchanged) {
  Project p = newProject();
  ASSERT_TRUE(importFiles(p, {kData + "ml-latest"}, {}).committed);
  // Several event blocks, and many cancel checks.
  std::string content = "user,item,type,timestamp\n";
  for (int i = 0; i < 300000; ++i) {
    content += 'u';
    content += std::to_string(i % 997);
    content += ",i";
    content += std::to_string(i % 301);
    content += ",click,";
    content += std::to_string(1700000000 + i);
    content += '\n';
  }
  std::string big = temp("big.csv", content);
  auto before = snapshot(p);
  std::atomic<bool> cancel{false};
  std::uint64_t lastRows = 0;
  int calls = 0;
  ImportResult r = importFiles(
      p, {big}, {},
      [&](const ImportProgress& pr) {
        ++calls;
        EXPECT_GE(pr.rowsRead, lastRows);
        lastRows = pr.rowsRead;
        EXPECT_LE(pr.bytesDone, pr.bytesTotal);
        if (pr.currentFile == big) cancel = true;
      },
      &cancel);
  EXPECT_FALSE(r.committed);
  EXPECT_TRUE(r.cancelled);
  EXPECT_GT(calls, 0);
  EXPECT_LT(r.rowsRead, 300000u);
  expectAccounting(r);
  EXPECT_EQ(snapshot(p), before);
  // And the same file imports fully when not cancelled: five event blocks appended after the ones already there.
  const std::string eventsBefore = text(p, "SELECT count(*) FROM events");
  ImportResult ok = importFiles(p, {big}, {});
  ASSERT_TRUE(ok.committed);
  EXPECT_EQ(ok.rowsImported, 300000u);
  EXPECT_EQ(text(p, "SELECT count(*) FROM events"), std::to_string(std::stoll(eventsBefore) + 300000));
  EXPECT_EQ(text(p, "SELECT count(*) FROM events WHERE id > " + eventsBefore + " AND type = 1"), "300000");
  EXPECT_EQ(text(p, "PRAGMA integrity_check"), "ok");
}

TEST_F(ImporterTest, PreviewShowsFormatHeaderRowsAndMapping) {
  ImportPreview pv = previewImport({kData + "events_mixed.csv"}, {}, 3);
  EXPECT_EQ(pv.format, ImportFormat::Events);
  EXPECT_EQ(pv.delimiter, ',');
  ASSERT_EQ(pv.header.size(), 9u);
  EXPECT_EQ(pv.header[0], "user_id");
  ASSERT_EQ(pv.rows.size(), 3u);
  EXPECT_EQ(pv.rows[2][8], "Title, with comma");
  EXPECT_EQ(pv.suggestedMapping.at("user"), "user_id");
  EXPECT_EQ(pv.suggestedMapping.at("type"), "event_type");
  EXPECT_EQ(pv.suggestedMapping.at("revenue"), "price_paid");
  EXPECT_EQ(pv.suggestedMapping.at("variant"), "variant");

  ImportPreview ml = previewImport({kData + "ml-100k"}, {}, 20);
  EXPECT_EQ(ml.format, ImportFormat::MovieLens100K);
  EXPECT_EQ(ml.files.size(), 3u);
  EXPECT_EQ(ml.rows.size(), 8u);
  EXPECT_EQ(ml.delimiter, '\t');
}

}  // namespace
