#include "core/evaluation/InteractionList.h"

#include "core/storage/EventStore.h"
#include "core/storage/UserAttributeColumns.h"

#include <algorithm>
#include <cmath>
#include <stdexcept>
#include <unordered_map>

namespace reco {

void InteractionList::normalize() {
  auto& v = interactions;
  std::sort(v.begin(), v.end(), [](const Interaction& a, const Interaction& b) {
    return a.user != b.user ? a.user < b.user : a.item < b.item;
  });
  std::size_t out = 0;
  for (std::size_t i = 0; i < v.size(); ++i) {
    if (out > 0 && v[out - 1].user == v[i].user && v[out - 1].item == v[i].item) {
      Interaction& m = v[out - 1];
      m.weight += v[i].weight;
      if (!std::isnan(v[i].rating) && (std::isnan(m.rating) || v[i].rating > m.rating)) m.rating = v[i].rating;
      m.timestamp = std::max(m.timestamp, v[i].timestamp);
    } else {
      v[out++] = v[i];
    }
  }
  v.resize(out);
  std::sort(v.begin(), v.end(), [](const Interaction& a, const Interaction& b) {
    if (a.user != b.user) return a.user < b.user;
    if (a.timestamp != b.timestamp) return a.timestamp < b.timestamp;
    return a.item < b.item;
  });
}

InteractionList loadInteractions(Project& project, const InteractionLoadOptions& options) {
  InteractionList list;
  auto& db = project.db();
  std::unordered_map<std::int64_t, std::int32_t> userIndex, itemIndex;
  {
    auto st = db.prepare("SELECT id FROM users ORDER BY id");
    while (st.step()) {
      userIndex.emplace(st.columnInt(0), static_cast<std::int32_t>(list.userIds.size()));
      list.userIds.push_back(st.columnInt(0));
    }
  }
  {
    auto st = db.prepare("SELECT id FROM items ORDER BY id");
    while (st.step()) {
      itemIndex.emplace(st.columnInt(0), static_cast<std::int32_t>(list.itemIds.size()));
      list.itemIds.push_back(st.columnInt(0));
    }
  }
  list.users = static_cast<std::int32_t>(list.userIds.size());
  list.items = static_cast<std::int32_t>(list.itemIds.size());
  double weights[kEventTypeCount];
  bool kept[kEventTypeCount];
  for (int t = 0; t < kEventTypeCount; ++t) {
    auto it = options.typeWeights.find(static_cast<EventType>(t));
    kept[t] = it != options.typeWeights.end() && it->second > 0;
    weights[t] = kept[t] ? it->second : 0.0;
  }
  EventScanner scan(db, columnBit(EventColumn::User) | columnBit(EventColumn::Item) | columnBit(EventColumn::Type) |
                            columnBit(EventColumn::Ts) | columnBit(EventColumn::Value));
  while (scan.next()) {
    const EventBlock& b = scan.block();
    const auto& userCol = b.col(EventColumn::User);
    const auto& itemCol = b.col(EventColumn::Item);
    const auto& typeCol = b.col(EventColumn::Type);
    const auto& tsCol = b.col(EventColumn::Ts);
    const auto& valueCol = b.real(EventColumn::Value);
    for (std::uint32_t r = 0; r < b.count; ++r) {
      const std::int64_t type = typeCol[r];
      if (type < 0 || type >= kEventTypeCount || !kept[type]) continue;
      auto u = userIndex.find(userCol[r]);
      auto i = itemIndex.find(itemCol[r]);
      if (u == userIndex.end() || i == itemIndex.end()) continue;  // dangling ids (foreign keys off)
      Interaction x;
      x.user = u->second;
      x.item = i->second;
      x.weight = options.binary ? 1.0f : static_cast<float>(weights[type]);
      if (type == static_cast<int>(EventType::Rating) && !std::isnan(valueCol[r]))
        x.rating = static_cast<float>(valueCol[r]);
      x.timestamp = tsCol[r];
      list.interactions.push_back(x);
    }
  }
  if (list.interactions.empty())
    throw std::runtime_error("project '" + project.path() + "' has no events of the kinds evaluation uses (clicks, "
                             "carts, purchases, ratings, views)");
  list.normalize();
  if (options.binary)
    for (auto& x : list.interactions) x.weight = 1.0f;
  return list;
}

std::vector<std::string> loadUserAttribute(Project& project, const InteractionList& list, const std::string& name) {
  const auto& columns = userAttributeColumns();
  std::unordered_map<std::int64_t, std::size_t> index;
  for (std::size_t i = 0; i < list.userIds.size(); ++i) index.emplace(list.userIds[i], i);
  std::vector<std::string> labels(list.userIds.size());
  auto& db = project.db();
  const bool isColumn = isUserAttributeColumn(name);
  if (!isColumn) {
    auto exists = db.prepare("SELECT 1 FROM user_attributes WHERE key=? LIMIT 1");
    exists.bind(1, name);
    if (!exists.step()) {
      std::string known;
      for (const auto& c : columns) known += (known.empty() ? "" : ", ") + c;
      auto keys = db.prepare("SELECT DISTINCT key FROM user_attributes ORDER BY key LIMIT 50");
      while (keys.step()) known += ", " + keys.columnText(0);
      throw std::runtime_error("project '" + project.path() + "' has no user attribute '" + name +
                               "' (available: " + known + ")");
    }
  }
  auto st = isColumn ? db.prepare("SELECT id, " + name + " FROM users")
                     : db.prepare("SELECT user_id, value FROM user_attributes WHERE key=?");
  if (!isColumn) st.bind(1, name);
  while (st.step()) {
    auto it = index.find(st.columnInt(0));
    if (it != index.end() && !st.isNull(1)) labels[it->second] = st.columnText(1);
  }
  return labels;
}

}  // namespace reco
