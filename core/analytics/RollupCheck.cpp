#include "core/analytics/RollupCheck.h"

#include <sqlite3.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <bit>
#include <cmath>
#include <filesystem>
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

// A rollup table as the check reads it (its description: Rollups' rollupTableList): the SQL tables whole (their size
// grows with days and dimension values, not with events), the column-blob tables one group (a day, a chunk of users)
// at a time. Every key lies in exactly one group and groups ascend with the keys, so comparing group by group finds
// what comparing whole tables would.
std::vector<Entry> readSqlTable(Database& db, const RollupTableInfo& t, const Names& n, const Canon& c) {
  std::string columns;
  for (const RollupColumn& col : t.columns) columns += std::string(columns.empty() ? "" : ", ") + col.name;
  std::vector<Entry> out;
  auto st = db.prepare("SELECT " + columns + " FROM " + t.name);
  while (st.step()) {
    Entry e;
    std::size_t key = 0, count = 0;
    for (int i = 0; i < static_cast<int>(t.columns.size()); ++i) {
      switch (t.columns[static_cast<std::size_t>(i)].role) {
        case RollupColumnRole::Key: e.key[key++] = st.columnInt(i); break;
        case RollupColumnRole::SegmentValueKey: e.key[key++] = c.segment(n, st.columnInt(i)); break;
        case RollupColumnRole::CategoryKey: e.key[key++] = c.category(n, st.columnInt(i)); break;
        case RollupColumnRole::Count: e.counts[count++] = st.columnInt(i); break;
        case RollupColumnRole::CategoryValue: e.counts[count++] = c.category(n, st.columnInt(i)); break;
        case RollupColumnRole::Revenue: e.revenue = st.columnDouble(i); break;
      }
    }
    out.push_back(e);
  }
  return out;
}

std::vector<Entry> readBlobGroup(Database& db, RollupBlobTable table, const Names& n, const Canon& c,
                                 std::int64_t group) {
  std::vector<Entry> out;
  switch (table) {
    case RollupBlobTable::ItemDays:
      for (const ItemRollupRow& r : readItemRollups(db, group))
        out.push_back({{r.day, r.item, r.placement, r.variant, 0, 0},
                       {r.impressions, r.clicks, r.addToCarts, r.purchases}, r.revenue});
      break;
    case RollupBlobTable::SegmentItemDays:
      for (const ItemRollupRow& r : readSegmentItemRollups(db, group))
        out.push_back({{r.day, c.segment(n, r.segment), r.item, r.placement, r.variant, 0},
                       {r.impressions, r.clicks, r.addToCarts, r.purchases}, r.revenue});
      break;
    case RollupBlobTable::ActivityChunks:
      for (const ActivityRollupRow& r : readActivityRollups(db, group))
        out.push_back({{r.user, r.block, r.placement, r.variant, c.category(n, r.category), 0},
                       {std::bit_cast<std::int64_t>(r.dayMask), 0, 0, 0}, 0});
      break;
  }
  return out;
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
void compareTable(const RollupTableInfo& t, Database& db, const Names& storedNames, Database& copy,
                  const Names& recountNames, const Canon& canon, ProjectCheckReport& report) {
  Tally tally;
  if (!t.blob) {
    compare(readSqlTable(db, t, storedNames, canon), readSqlTable(copy, t, recountNames, canon), tally);
  } else {
    std::vector<std::int64_t> groups = rollupGroups(db, *t.blob);
    const std::vector<std::int64_t> recountGroups = rollupGroups(copy, *t.blob);
    groups.insert(groups.end(), recountGroups.begin(), recountGroups.end());
    std::sort(groups.begin(), groups.end());
    groups.erase(std::unique(groups.begin(), groups.end()), groups.end());
    for (const std::int64_t g : groups)
      compare(readBlobGroup(db, *t.blob, storedNames, canon, g), readBlobGroup(copy, *t.blob, recountNames, canon, g),
              tally);
  }
  report.rollupRowsCompared += tally.compared;
  if (tally.missing + tally.extra + tally.different)
    report.problems.push_back(
        {"rollups", t.name,
         std::to_string(tally.different) + " entries differ from a recount of the events, " +
             std::to_string(tally.missing) + " are missing, " + std::to_string(tally.extra) +
             " should not exist (key: " + t.keyWords + "; e.g. " + tally.example + ")"});
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
  for (const RollupTableInfo& t : rollupTableList()) {
    try {
      compareTable(t, db, storedNames, copy, recountNames, canon, report);
    } catch (const DatabaseError& e) {
      report.problems.push_back({"rollups", t.name, e.what()});
    }
  }
}

}  // namespace reco
