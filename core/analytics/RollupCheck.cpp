#include "core/analytics/RollupCheck.h"

#include <sqlite3.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <bit>
#include <cmath>
#include <filesystem>
#include <functional>
#include <map>
#include <optional>
#include <vector>

#include "core/analytics/Rollups.h"
#include "core/base/Files.h"

namespace reco {

namespace {

namespace fs = std::filesystem;

// One rollup entry in a form both databases share: ids of segment values and categories (which a rebuild may number
// differently) are replaced by their rank among the names of both databases.
struct Entry {
  std::array<std::int64_t, 6> key{};
  std::array<std::int64_t, 4> counts{};
  double revenue = 0;
};

struct Names {
  std::map<std::int64_t, std::string> segments, categories;  // id -> name, per database
};

Names readNames(Database& db) {
  Names n;
  auto s = db.prepare("SELECT id, attr || '=' || value FROM rollup_segment_value");
  while (s.step()) n.segments[s.columnInt(0)] = s.columnText(1);
  auto c = db.prepare("SELECT id, name FROM rollup_category");
  while (c.step()) n.categories[c.columnInt(0)] = c.columnText(1);
  return n;
}

// Maps each database's ids to shared ranks (-1 for an id without a name, e.g. the "unknown category").
class Canon {
 public:
  Canon(const Names& a, const Names& b) {
    for (const Names* n : {&a, &b}) {
      for (const auto& [id, name] : n->segments) segmentRank_[name] = 0;
      for (const auto& [id, name] : n->categories) categoryRank_[name] = 0;
    }
    std::int64_t r = 0;
    for (auto& [name, rank] : segmentRank_) rank = r++;
    r = 0;
    for (auto& [name, rank] : categoryRank_) rank = r++;
  }
  std::int64_t segment(const Names& n, std::int64_t id) const { return rank(n.segments, segmentRank_, id); }
  std::int64_t category(const Names& n, std::int64_t id) const { return rank(n.categories, categoryRank_, id); }

 private:
  static std::int64_t rank(const std::map<std::int64_t, std::string>& names,
                           const std::map<std::string, std::int64_t>& ranks, std::int64_t id) {
    const auto it = names.find(id);
    return it == names.end() ? -1 : ranks.at(it->second);
  }
  std::map<std::string, std::int64_t> segmentRank_, categoryRank_;
};

// A rollup table as the check reads it: the SQL tables whole (their size grows with days and dimension values, not
// with events), the column-blob tables one group (a day, a chunk of users) at a time. Every key lies in exactly one
// group and groups ascend with the keys, so comparing group by group finds what comparing whole tables would.
struct RollupTable {
  const char* name;
  const char* keyNames;  // for messages
  std::function<std::vector<Entry>(Database&, const Names&, const Canon&)> read;  // SQL tables
  std::optional<RollupBlobTable> blob;                                            // column-blob tables
  std::function<std::vector<Entry>(Database&, const Names&, const Canon&, std::int64_t group)> readGroup;
};

std::vector<Entry> sqlEntries(Database& db, const std::string& sql, int keys, int counts, bool revenue,
                              const std::function<void(Entry&, const Statement&)>& canonical) {
  std::vector<Entry> out;
  auto st = db.prepare(sql);
  while (st.step()) {
    Entry e;
    for (int k = 0; k < keys; ++k) e.key[static_cast<std::size_t>(k)] = st.columnInt(k);
    for (int c = 0; c < counts; ++c) e.counts[static_cast<std::size_t>(c)] = st.columnInt(keys + c);
    if (revenue) e.revenue = st.columnDouble(keys + counts);
    canonical(e, st);
    out.push_back(e);
  }
  return out;
}

const std::vector<RollupTable>& rollupTables() {
  static const std::vector<RollupTable> tables = {
      {"rollup_item_days", "day, item, placement, variant", {}, RollupBlobTable::ItemDays,
       [](Database& db, const Names&, const Canon&, std::int64_t day) {
         std::vector<Entry> out;
         for (const ItemRollupRow& r : readItemRollups(db, day))
           out.push_back({{r.day, r.item, r.placement, r.variant, 0, 0},
                          {r.impressions, r.clicks, r.addToCarts, r.purchases}, r.revenue});
         return out;
       }},
      {"rollup_segment_item_days", "day, segment value, item, placement, variant", {}, RollupBlobTable::SegmentItemDays,
       [](Database& db, const Names& n, const Canon& c, std::int64_t day) {
         std::vector<Entry> out;
         for (const ItemRollupRow& r : readSegmentItemRollups(db, day))
           out.push_back({{r.day, c.segment(n, r.segment), r.item, r.placement, r.variant, 0},
                          {r.impressions, r.clicks, r.addToCarts, r.purchases}, r.revenue});
         return out;
       }},
      {"rollup_activity_chunks", "user, block, placement, variant, category", {}, RollupBlobTable::ActivityChunks,
       [](Database& db, const Names& n, const Canon& c, std::int64_t chunk) {
         std::vector<Entry> out;
         for (const ActivityRollupRow& r : readActivityRollups(db, chunk))
           out.push_back({{r.user, r.block, r.placement, r.variant, c.category(n, r.category), 0},
                          {std::bit_cast<std::int64_t>(r.dayMask), 0, 0, 0}, 0});
         return out;
       }},
      {"rollup_fact", "segment value, day, placement, variant, category, position",
       [](Database& db, const Names& n, const Canon& c) {
         return sqlEntries(db,
                           "SELECT segment_value_id, day, placement_id, variant_id, category_id, position, impressions,"
                           " clicks, add_to_carts, purchases, revenue FROM rollup_fact",
                           6, 4, true, [&](Entry& e, const Statement&) {
                             e.key[0] = c.segment(n, e.key[0]);
                             e.key[4] = c.category(n, e.key[4]);
                           });
       },
       {},
       {}},
      {"rollup_segment_pair", "segment value a, segment value b, day, placement, variant, category",
       [](Database& db, const Names& n, const Canon& c) {
         return sqlEntries(db,
                           "SELECT value_a, value_b, day, placement_id, variant_id, category_id, impressions, clicks,"
                           " add_to_carts, purchases, revenue FROM rollup_segment_pair",
                           6, 4, true, [&](Entry& e, const Statement&) {
                             e.key[0] = c.segment(n, e.key[0]);
                             e.key[1] = c.segment(n, e.key[1]);
                             e.key[5] = c.category(n, e.key[5]);
                           });
       },
       {},
       {}},
      {"rollup_user_segment", "user, segment value",
       [](Database& db, const Names& n, const Canon& c) {
         return sqlEntries(db, "SELECT user_id, value_id FROM rollup_user_segment", 2, 0, false,
                           [&](Entry& e, const Statement&) { e.key[1] = c.segment(n, e.key[1]); });
       },
       {},
       {}},
      {"rollup_item_category", "item",
       [](Database& db, const Names& n, const Canon& c) {
         return sqlEntries(db, "SELECT item_id, category_id FROM rollup_item_category", 1, 1, false,
                           [&](Entry& e, const Statement&) { e.counts[0] = c.category(n, e.counts[0]); });
       },
       {},
       {}},
  };
  return tables;
}

bool sameMeasures(const Entry& a, const Entry& b) {
  // Revenue sums may differ in the last bits when events were added up in another order.
  return a.counts == b.counts && std::fabs(a.revenue - b.revenue) <= 1e-9 * std::max(1.0, std::fabs(b.revenue));
}

std::string keyText(const Entry& e) {
  std::string s = "(";
  for (std::size_t i = 0; i < e.key.size(); ++i) s += (i ? ", " : "") + std::to_string(e.key[i]);
  return s + ")";
}

// Differences between the stored entries of a table and the recount, counted over all its groups; the example is
// the first difference in key order.
struct Tally {
  std::int64_t missing = 0, extra = 0, different = 0, compared = 0;
  std::string example;
};

void compare(std::vector<Entry> stored, std::vector<Entry> recount, Tally& tally) {
  auto byKey = [](const Entry& a, const Entry& b) { return a.key < b.key; };
  std::sort(stored.begin(), stored.end(), byKey);
  std::sort(recount.begin(), recount.end(), byKey);
  std::string& example = tally.example;
  std::size_t i = 0, j = 0;
  while (i < stored.size() || j < recount.size()) {
    if (j == recount.size() || (i < stored.size() && stored[i].key < recount[j].key)) {
      if (!tally.extra++ && example.empty()) example = "stored entry " + keyText(stored[i]) + " has no events";
      ++i;
    } else if (i == stored.size() || recount[j].key < stored[i].key) {
      if (!tally.missing++ && example.empty()) example = "entry " + keyText(recount[j]) + " is missing";
      ++j;
    } else {
      if (!sameMeasures(stored[i], recount[j]) && !tally.different++ && example.empty())
        example = "entry " + keyText(stored[i]) + " differs from the recount";
      ++i;
      ++j;
    }
  }
  tally.compared += static_cast<std::int64_t>(stored.size());
}

// Compares one table, holding at most one group of each side in memory for the column-blob tables.
void compareTable(const RollupTable& t, Database& db, const Names& storedNames, Database& copy,
                  const Names& recountNames, const Canon& canon, ProjectCheckReport& report) {
  Tally tally;
  if (!t.blob) {
    compare(t.read(db, storedNames, canon), t.read(copy, recountNames, canon), tally);
  } else {
    std::vector<std::int64_t> groups = rollupGroups(db, *t.blob);
    const std::vector<std::int64_t> recountGroups = rollupGroups(copy, *t.blob);
    groups.insert(groups.end(), recountGroups.begin(), recountGroups.end());
    std::sort(groups.begin(), groups.end());
    groups.erase(std::unique(groups.begin(), groups.end()), groups.end());
    for (const std::int64_t g : groups)
      compare(t.readGroup(db, storedNames, canon, g), t.readGroup(copy, recountNames, canon, g), tally);
  }
  report.rollupRowsCompared += tally.compared;
  if (tally.missing + tally.extra + tally.different)
    report.problems.push_back(
        {"rollups", t.name,
         std::to_string(tally.different) + " entries differ from a recount of the events, " +
             std::to_string(tally.missing) + " are missing, " + std::to_string(tally.extra) +
             " should not exist (key: " + t.keyNames + "; e.g. " + tally.example + ")"});
}

}  // namespace

void checkRollupsAgainstRecount(Database& db, const std::string& scratchFolder, ProjectCheckReport& report) {
  if (!rollupsUpToDate(db)) {
    report.notes.push_back("the rollups are not up to date with the events (they are rebuilt on next use); not compared");
    return;
  }
  const std::string copyPath =
      (fs::path(scratchFolder) / ("recoengine-check-" + std::to_string(::getpid()) + ".reco")).string();
  removeProjectFiles(copyPath);
  struct Cleanup {
    std::string path;
    ~Cleanup() { removeProjectFiles(path); }
  } cleanup{copyPath};
  createOwnerOnlyFile(copyPath);
  Database copy(copyPath, Database::Mode::ReadWrite);
  sqlite3_backup* backup = sqlite3_backup_init(copy.handle(), "main", db.handle(), "main");
  if (!backup) throw DatabaseError("cannot copy the project for the recount: " + std::string(sqlite3_errmsg(copy.handle())));
  const int rc = sqlite3_backup_step(backup, -1);
  sqlite3_backup_finish(backup);
  if (rc != SQLITE_DONE)
    throw DatabaseError("cannot copy the project to '" + copyPath + "' for the recount: " + sqlite3_errstr(rc));
  copy.exec("PRAGMA synchronous=OFF");  // a scratch file: nothing to protect
  invalidateRollups(copy);
  rebuildRollups(copy);

  const Names storedNames = readNames(db), recountNames = readNames(copy);
  const Canon canon(storedNames, recountNames);
  for (const RollupTable& t : rollupTables()) {
    try {
      compareTable(t, db, storedNames, copy, recountNames, canon, report);
    } catch (const DatabaseError& e) {
      report.problems.push_back({"rollups", t.name, e.what()});
    }
  }
}

}  // namespace reco
