#include "core/data/MatrixBuilder.h"

#include "core/base/Time.h"
#include "core/storage/EventStore.h"

#include <algorithm>
#include <cmath>
#include <optional>
#include <chrono>
#include <limits>
#include <string>
#include <unordered_map>
#include <vector>

namespace reco {

namespace {

// Dense indices for project ids: a direct table when ids are compact (the usual INTEGER PRIMARY KEY case),
// a hash map otherwise.
class IdIndex {
 public:
  explicit IdIndex(std::int64_t maxId, std::int64_t count) {
    direct_ = maxId >= 0 && maxId <= 4 * count + (1 << 20);
    if (direct_) table_.assign(static_cast<std::size_t>(maxId) + 1, -1);
  }
  std::int32_t operator()(std::int64_t id) {
    if (direct_ && id >= 0 && id < static_cast<std::int64_t>(table_.size())) {
      auto& slot = table_[static_cast<std::size_t>(id)];
      if (slot < 0) {
        slot = static_cast<std::int32_t>(ids_.size());
        ids_.push_back(id);
      }
      return slot;
    }
    auto [it, inserted] = map_.emplace(id, static_cast<std::int32_t>(ids_.size()));
    if (inserted) ids_.push_back(id);
    return it->second;
  }
  const std::vector<std::int64_t>& ids() const { return ids_; }

 private:
  bool direct_ = false;
  std::vector<std::int32_t> table_;
  std::unordered_map<std::int64_t, std::int32_t> map_;
  std::vector<std::int64_t> ids_;  // first-seen order
};

// Ranks first-seen indices by ascending id: rank[firstSeen] = final index.
std::vector<std::int32_t> rankById(const std::vector<std::int64_t>& ids) {
  std::vector<std::int32_t> order(ids.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = static_cast<std::int32_t>(i);
  std::sort(order.begin(), order.end(), [&](std::int32_t a, std::int32_t b) {
    return ids[static_cast<std::size_t>(a)] < ids[static_cast<std::size_t>(b)];
  });
  std::vector<std::int32_t> rank(ids.size());
  for (std::size_t r = 0; r < order.size(); ++r) rank[static_cast<std::size_t>(order[r])] = static_cast<std::int32_t>(r);
  return rank;
}

}  // namespace

MatrixBuilder::MatrixBuilder(MatrixSettings settings) : settings_(std::move(settings)) { settings_.validate(); }

InteractionMatrix MatrixBuilder::build(Project& project, const std::function<void(double)>& progress,
                                       const std::atomic<bool>* cancel) {
  const auto start = std::chrono::steady_clock::now();
  stats_ = {};
  auto& db = project.db();
  std::string types;
  for (int t = 0; t < kEventTypeCount; ++t)
    if (settings_.typeWeights[static_cast<std::size_t>(t)] > 0) {
      if (!types.empty()) types += ',';
      types += std::to_string(t);
    }

  std::int64_t from = std::numeric_limits<std::int64_t>::min(), to = std::numeric_limits<std::int64_t>::max();
  if (settings_.fromTimestamp) from = *settings_.fromTimestamp;
  if (settings_.toTimestamp) to = *settings_.toTimestamp;
  if (settings_.windowDays > 0) {
    // The newest event of a kind that counts: block headers bound it, the type column decides.
    std::optional<std::int64_t> newestTs;
    EventScanner scan(db, columnBit(EventColumn::Type) | columnBit(EventColumn::Ts));
    while (scan.next()) {
      const EventBlock& b = scan.block();
      if (newestTs && b.maxTs <= *newestTs) continue;
      const auto& typeCol = b.col(EventColumn::Type);
      const auto& tsCol = b.col(EventColumn::Ts);
      for (std::uint32_t r = 0; r < b.count; ++r) {
        const std::int64_t t = typeCol[r];
        if (t < 0 || t >= kEventTypeCount || !(settings_.typeWeights[static_cast<std::size_t>(t)] > 0)) continue;
        if (!newestTs || tsCol[r] > *newestTs) newestTs = tsCol[r];
      }
    }
    if (newestTs) {
      // The window ends with the newest event (or `to`, when that is earlier) and spans windowDays days.
      const std::int64_t newest = std::min(*newestTs + 1, to);
      from = std::max(from, newest - static_cast<std::int64_t>(settings_.windowDays) * 86400);
      to = newest;
    }
  }
  const bool windowed = from != std::numeric_limits<std::int64_t>::min() || to != std::numeric_limits<std::int64_t>::max();
  if (windowed) {
    stats_.windowFrom = from;
    stats_.windowTo = to;
  }

  const std::int64_t eventsTotal = eventCount(db);
  IdIndex users(db.queryInt("SELECT coalesce(max(id), 0) FROM users"), db.queryInt("SELECT count(*) FROM users"));
  IdIndex items(db.queryInt("SELECT coalesce(max(id), 0) FROM items"), db.queryInt("SELECT count(*) FROM items"));
  std::vector<Triplet> triplets;
  triplets.reserve(static_cast<std::size_t>(std::min<std::int64_t>(eventsTotal, 1 << 26)));

  const auto& weights = settings_.typeWeights;
  const bool binaryRatings = settings_.ratingMode == MatrixSettings::RatingMode::Binary;
  const double threshold = settings_.ratingThreshold;
  std::int64_t read = 0, scanned = 0;
  EventScanner scan(db, columnBit(EventColumn::User) | columnBit(EventColumn::Item) | columnBit(EventColumn::Type) |
                            columnBit(EventColumn::Ts) | columnBit(EventColumn::Value));
  while (scan.next()) {
    if (cancel && cancel->load(std::memory_order_relaxed)) throw MatrixBuildCancelled();
    const EventBlock& b = scan.block();
    if (progress && eventsTotal > 0) progress(0.9 * std::min(1.0, static_cast<double>(scanned) / eventsTotal));
    scanned += b.count;
    if (b.maxTs < from || b.minTs >= to) continue;
    const auto& userCol = b.col(EventColumn::User);
    const auto& itemCol = b.col(EventColumn::Item);
    const auto& typeCol = b.col(EventColumn::Type);
    const auto& tsCol = b.col(EventColumn::Ts);
    const auto& valueCol = b.real(EventColumn::Value);
    for (std::uint32_t r = 0; r < b.count; ++r) {
      const std::int64_t type = typeCol[r];
      if (type < 0 || type >= kEventTypeCount) continue;
      float w = weights[static_cast<std::size_t>(type)];
      if (!(w > 0) || tsCol[r] < from || tsCol[r] >= to) continue;
      ++read;
      if (type == static_cast<int>(EventType::Rating)) {
        const double value = valueCol[r];
        if (std::isnan(value)) continue;  // a rating without a value says nothing
        if (binaryRatings) {
          if (value < threshold) continue;
        } else {
          w *= static_cast<float>(value);
        }
      }
      if (!(w > 0)) continue;
      triplets.push_back({users(userCol[r]), items(itemCol[r]), w});
    }
  }
  stats_.eventsRead = read;
  stats_.eventsUsed = static_cast<std::int64_t>(triplets.size());

  // Rows and columns in ascending id order.
  const auto userRank = rankById(users.ids());
  const auto itemRank = rankById(items.ids());
  for (auto& t : triplets) {
    t.row = userRank[static_cast<std::size_t>(t.row)];
    t.col = itemRank[static_cast<std::size_t>(t.col)];
  }
  std::vector<std::int64_t> userIds(users.ids().size()), itemIds(items.ids().size());
  for (std::size_t i = 0; i < userIds.size(); ++i) userIds[static_cast<std::size_t>(userRank[i])] = users.ids()[i];
  for (std::size_t i = 0; i < itemIds.size(); ++i) itemIds[static_cast<std::size_t>(itemRank[i])] = items.ids()[i];

  auto m = InteractionMatrix::fromTriplets(static_cast<std::int32_t>(userIds.size()),
                                           static_cast<std::int32_t>(itemIds.size()), std::move(triplets));
  if (cancel && cancel->load(std::memory_order_relaxed)) throw MatrixBuildCancelled();

  // Cap, then filter until stable, then drop the rows and columns left empty.
  const float cap = settings_.maxWeight;
  std::vector<char> keepUser(userIds.size(), 1), keepItem(itemIds.size(), 1);
  for (;;) {
    std::vector<std::int64_t> perUser(userIds.size(), 0), perItem(itemIds.size(), 0);
    for (std::int32_t u = 0; u < m.rows(); ++u) {
      if (!keepUser[static_cast<std::size_t>(u)]) continue;
      for (auto i : m.rowIndices(u))
        if (keepItem[static_cast<std::size_t>(i)]) {
          ++perUser[static_cast<std::size_t>(u)];
          ++perItem[static_cast<std::size_t>(i)];
        }
    }
    bool changed = false;
    for (std::size_t u = 0; u < perUser.size(); ++u)
      if (keepUser[u] && perUser[u] < std::max(1, settings_.minUserInteractions)) {
        keepUser[u] = 0;
        changed = true;
      }
    for (std::size_t i = 0; i < perItem.size(); ++i)
      if (keepItem[i] && perItem[i] < std::max(1, settings_.minItemInteractions)) {
        keepItem[i] = 0;
        changed = true;
      }
    if (!changed) break;
  }
  std::vector<std::int32_t> newUser(userIds.size(), -1), newItem(itemIds.size(), -1);
  std::vector<std::int64_t> keptUserIds, keptItemIds;
  for (std::size_t u = 0; u < userIds.size(); ++u)
    if (keepUser[u]) {
      newUser[u] = static_cast<std::int32_t>(keptUserIds.size());
      keptUserIds.push_back(userIds[u]);
    }
  for (std::size_t i = 0; i < itemIds.size(); ++i)
    if (keepItem[i]) {
      newItem[i] = static_cast<std::int32_t>(keptItemIds.size());
      keptItemIds.push_back(itemIds[i]);
    }
  stats_.usersDropped = static_cast<std::int64_t>(userIds.size() - keptUserIds.size());
  stats_.itemsDropped = static_cast<std::int64_t>(itemIds.size() - keptItemIds.size());
  const bool filtered = stats_.usersDropped > 0 || stats_.itemsDropped > 0;
  if (filtered || cap > 0) {
    std::vector<Triplet> kept;
    kept.reserve(static_cast<std::size_t>(m.nnz()));
    for (std::int32_t u = 0; u < m.rows(); ++u) {
      if (newUser[static_cast<std::size_t>(u)] < 0) continue;
      auto idx = m.rowIndices(u);
      auto val = m.rowValues(u);
      for (std::size_t e = 0; e < idx.size(); ++e) {
        const auto ni = newItem[static_cast<std::size_t>(idx[e])];
        if (ni >= 0) kept.push_back({newUser[static_cast<std::size_t>(u)], ni, cap > 0 ? std::min(val[e], cap) : val[e]});
      }
    }
    m = InteractionMatrix::fromTriplets(static_cast<std::int32_t>(keptUserIds.size()),
                                        static_cast<std::int32_t>(keptItemIds.size()), std::move(kept));
  }
  m.userIds = std::move(keptUserIds);
  m.itemIds = std::move(keptItemIds);
  stats_.seconds = secondsSince(start);
  if (progress) progress(1.0);
  return m;
}

}  // namespace reco
