#include "core/analytics/SegmentAttributes.h"

#include <algorithm>
#include <map>
#include <set>

#include "core/storage/UserAttributeColumns.h"

namespace reco {

SegmentAttributes SegmentAttributes::fromUsers(Database& db) {
  const auto& columns = userAttributeColumns();
  // attribute -> (user -> value), keeping every candidate until cardinalities are known.
  std::vector<std::string> candidates(columns.begin(), columns.end());
  std::map<std::string, std::unordered_map<std::int64_t, std::string>> byAttr;
  std::vector<std::int64_t> users;
  {
    auto st = db.prepare("SELECT id, " + userAttributeColumnList() + " FROM users ORDER BY id");
    while (st.step()) {
      std::int64_t id = st.columnInt(0);
      users.push_back(id);
      for (std::size_t c = 0; c < columns.size(); ++c)
        if (!st.isNull(static_cast<int>(c) + 1)) byAttr[columns[c]][id] = st.columnText(static_cast<int>(c) + 1);
    }
  }
  {
    std::set<std::string> freeKeys;
    auto st = db.prepare("SELECT user_id, key, value FROM user_attributes");
    while (st.step()) {
      std::string key = st.columnText(1);
      if (std::find(columns.begin(), columns.end(), key) != columns.end()) continue;  // the column wins
      byAttr[key][st.columnInt(0)] = st.columnText(2);
      freeKeys.insert(key);
    }
    candidates.insert(candidates.end(), freeKeys.begin(), freeKeys.end());
  }
  SegmentAttributes out;
  for (const auto& name : candidates) {
    auto it = byAttr.find(name);
    if (it == byAttr.end() || it->second.empty()) continue;  // nobody has it
    std::set<std::string> distinct;
    for (const auto& [user, value] : it->second) {
      distinct.insert(value);
      if (distinct.size() > kMaxSegmentValues + 1) break;
    }
    bool someMissing = it->second.size() < users.size();
    std::size_t count = distinct.size() + (someMissing && !distinct.count(std::string()) ? 1 : 0);
    if (count > kMaxSegmentValues) {
      std::set<std::string> all;
      for (const auto& [user, value] : it->second) all.insert(value);
      out.tooManyValues.emplace_back(name, all.size());
      continue;
    }
    out.names.push_back(name);
  }
  for (std::int64_t id : users) {
    std::vector<std::string> values;
    values.reserve(out.names.size());
    for (const auto& name : out.names) {
      const auto& m = byAttr[name];
      auto v = m.find(id);
      values.push_back(v == m.end() ? std::string() : v->second);
    }
    out.userValues.emplace(id, std::move(values));
  }
  return out;
}

}  // namespace reco
