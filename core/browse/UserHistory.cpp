#include "core/browse/UserHistory.h"

#include <algorithm>
#include <unordered_map>

#include "core/storage/EventStore.h"
#include "core/storage/EventType.h"

namespace reco {

UserHistory::UserHistory(Project& project, std::int64_t userId, bool includeImpressions) : userId_(userId) {
  EventScanner scan(project.db(), columnBit(EventColumn::User));
  const EventColumnMask rest =
      columnBit(EventColumn::Item) | columnBit(EventColumn::Type) | columnBit(EventColumn::Ts) |
      columnBit(EventColumn::Value);
  const int impression = static_cast<int>(EventType::Impression);
  while (scan.next()) {
    const auto& users = scan.block().col(EventColumn::User);
    const auto first = std::find(users.begin(), users.end(), userId);
    if (first == users.end()) continue;
    scan.decodeMore(rest);
    const EventBlock& b = scan.block();
    const auto& items = b.col(EventColumn::Item);
    const auto& types = b.col(EventColumn::Type);
    const auto& times = b.col(EventColumn::Ts);
    const auto& values = b.real(EventColumn::Value);
    for (auto i = static_cast<std::size_t>(first - users.begin()); i < users.size(); ++i) {
      if (users[i] != userId) continue;
      ++seen_;
      const int type = static_cast<int>(types[i]);
      if (!includeImpressions && type == impression) continue;
      entries_.push_back({b.firstId + static_cast<std::int64_t>(i), times[i], items[i], values[i], type});
    }
  }
  std::sort(entries_.begin(), entries_.end(),
            [](const Entry& a, const Entry& b) { return a.ts != b.ts ? a.ts > b.ts : a.id > b.id; });
}

std::vector<UserHistoryEvent> UserHistory::page(Project& project, std::size_t offset, std::size_t limit) const {
  std::vector<UserHistoryEvent> rows;
  if (offset >= entries_.size()) return rows;
  const std::size_t end = offset + std::min(limit, entries_.size() - offset);
  rows.reserve(end - offset);
  auto itemSt = project.db().prepare("SELECT ext_id, title, category FROM items WHERE id = ?");
  struct Names {
    std::string ext, title, category;
  };
  std::unordered_map<std::int64_t, Names> names;  // one lookup per distinct item of the page
  for (std::size_t i = offset; i < end; ++i) {
    const Entry& e = entries_[i];
    auto it = names.find(e.item);
    if (it == names.end()) {
      itemSt.reset();
      itemSt.bind(1, e.item);
      Names n;
      if (itemSt.step()) n = {itemSt.columnText(0), itemSt.columnText(1), itemSt.columnText(2)};
      else n.ext = std::string("#").append(std::to_string(e.item));
      it = names.emplace(e.item, std::move(n)).first;
    }
    UserHistoryEvent row;
    row.id = e.id;
    row.ts = e.ts;
    row.itemId = e.item;
    row.itemExtId = it->second.ext;
    row.title = it->second.title;
    row.category = it->second.category;
    row.type = e.type >= 0 && e.type < kEventTypeCount ? std::string(kEventTypeNames[static_cast<std::size_t>(e.type)])
                                                       : std::string("type ").append(std::to_string(e.type));
    row.value = e.value;
    rows.push_back(std::move(row));
  }
  return rows;
}

}  // namespace reco
