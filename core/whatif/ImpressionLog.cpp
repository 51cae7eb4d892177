#include "core/whatif/ImpressionLog.h"

#include <algorithm>
#include <cmath>
#include <stdexcept>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

#include "core/curation/Segment.h"
#include "core/curation/UserDirectory.h"
#include "core/storage/EventStore.h"
#include "core/storage/EventType.h"
#include "core/storage/Project.h"

namespace reco {

namespace {

// Surrogate id of a placement or variant by name; throws naming the project when there is none.
std::int64_t lookupName(Project& project, const char* table, const std::string& name) {
  std::string sql = "SELECT id FROM ";
  sql.append(table).append(" WHERE name = ?");
  Statement st(project.db(), sql);
  st.bind(1, name);
  if (!st.step()) {
    std::string what = "'";
    what.append(project.path()).append("' has no ").append(std::string_view(table) == "placements" ? "placement" : "variant");
    what.append(" named '").append(name).append("'");
    throw std::runtime_error(what);
  }
  return st.columnInt(0);
}

// A click is matched to the latest earlier impression of the same user, item, slot, placement and variant, at most
// kClickWindow seconds before it (Open Bandit logs both at the same second; event logs a little later).
constexpr std::int64_t kClickWindow = 30 * 60;

struct ClickKey {
  std::int64_t user, item, position, placement, variant;
  bool operator==(const ClickKey&) const = default;
};

struct ClickKeyHash {
  std::size_t operator()(const ClickKey& k) const {
    std::uint64_t h = 1469598103934665603ULL;
    for (std::int64_t v : {k.user, k.item, k.position, k.placement, k.variant}) {
      h ^= static_cast<std::uint64_t>(v);
      h *= 1099511628211ULL;
      h ^= h >> 29;
    }
    return static_cast<std::size_t>(h);
  }
};

bool usablePropensity(double p) { return std::isfinite(p) && p > 0 && p <= 1; }

}  // namespace

std::int64_t ImpressionLog::clicks() const {
  std::int64_t n = 0;
  for (const auto& r : rows) n += r.click > 0 ? 1 : 0;
  return n;
}

double ImpressionLog::clickRate() const {
  if (rows.empty()) return std::numeric_limits<double>::quiet_NaN();
  double sum = 0;
  for (const auto& r : rows) sum += r.click;
  return sum / static_cast<double>(rows.size());
}

std::int32_t ImpressionLog::itemIndex(const std::string& extId) const {
  auto it = std::find(items.begin(), items.end(), extId);
  return it == items.end() ? -1 : static_cast<std::int32_t>(it - items.begin());
}

std::int32_t ImpressionLog::placementIndex(const std::string& name) const {
  auto it = std::find(placements.begin(), placements.end(), name);
  return it == placements.end() ? -1 : static_cast<std::int32_t>(it - placements.begin());
}

ImpressionLog readImpressionLog(Project& project, const ImpressionFilter& filter, const std::atomic<bool>* cancel) {
  const std::int64_t onlyPlacement = filter.placement ? lookupName(project, "placements", *filter.placement) : 0;
  const std::int64_t onlyVariant = filter.variant ? lookupName(project, "variants", *filter.variant) : 0;

  ImpressionLog log;
  std::unordered_map<std::int64_t, std::int32_t> itemIndex, placementIndex;
  std::vector<std::int64_t> itemIds, placementIds;
  std::unordered_map<ClickKey, std::size_t, ClickKeyHash> open;  // impressions a click may still follow
  const EventColumnMask columns = columnBit(EventColumn::User) | columnBit(EventColumn::Item) |
                                  columnBit(EventColumn::Type) | columnBit(EventColumn::Ts) |
                                  columnBit(EventColumn::Position) | columnBit(EventColumn::Placement) |
                                  columnBit(EventColumn::Variant) | columnBit(EventColumn::Propensity);
  const auto impression = static_cast<std::int64_t>(EventType::Impression);
  const auto click = static_cast<std::int64_t>(EventType::Click);
  EventScanner scan(project.db(), columns);
  while (scan.next()) {
    if (cancel && cancel->load()) throw WhatIfCancelled();
    const EventBlock& b = scan.block();
    const auto& type = b.col(EventColumn::Type);
    const auto& placement = b.col(EventColumn::Placement);
    const auto& variant = b.col(EventColumn::Variant);
    for (std::uint32_t i = scan.rowBegin(); i < scan.rowEnd(); ++i) {
      if (type[i] != impression && type[i] != click) continue;
      const std::int64_t pl = placement[i] == EventRow::kNullInt ? 0 : placement[i];
      const std::int64_t va = variant[i] == EventRow::kNullInt ? 0 : variant[i];
      if ((onlyPlacement && pl != onlyPlacement) || (onlyVariant && va != onlyVariant)) continue;
      std::int64_t pos = b.col(EventColumn::Position)[i];
      if (pos == EventRow::kNullInt || pos < 1) pos = 1;
      const ClickKey key{b.col(EventColumn::User)[i], b.col(EventColumn::Item)[i], pos, pl, va};
      const std::int64_t ts = b.col(EventColumn::Ts)[i];
      if (type[i] == click) {
        auto it = open.find(key);
        if (it != open.end()) {
          const std::int64_t delay = ts - log.rows[it->second].ts;
          if (delay >= 0 && delay <= kClickWindow) {
            log.rows[it->second].click = 1;
            open.erase(it);
          }
        }
        continue;
      }
      LoggedImpression r;
      r.user = key.user;
      r.ts = ts;
      r.position = static_cast<std::int32_t>(std::min<std::int64_t>(pos, 1 << 20));
      r.propensity = b.real(EventColumn::Propensity)[i];
      auto [it, added] = itemIndex.try_emplace(key.item, static_cast<std::int32_t>(itemIds.size()));
      if (added) itemIds.push_back(key.item);
      r.item = it->second;
      auto [pt, padded] = placementIndex.try_emplace(pl, static_cast<std::int32_t>(placementIds.size()));
      if (padded) placementIds.push_back(pl);
      r.placement = pt->second;
      log.slots = std::max(log.slots, r.position);
      open[key] = log.rows.size();
      log.rows.push_back(r);
    }
  }
  // Names of the items and placements seen.
  log.items.resize(itemIds.size());
  {
    Statement st(project.db(), "SELECT ext_id FROM items WHERE id = ?");
    for (std::size_t k = 0; k < itemIds.size(); ++k) {
      st.reset();
      st.bind(1, itemIds[k]);
      log.items[k] = st.step() ? st.columnText(0) : std::to_string(itemIds[k]);
    }
  }
  log.placements.resize(placementIds.size());
  {
    Statement st(project.db(), "SELECT name FROM placements WHERE id = ?");
    for (std::size_t k = 0; k < placementIds.size(); ++k) {
      st.reset();
      st.bind(1, placementIds[k]);
      log.placements[k] = placementIds[k] && st.step() ? st.columnText(0) : std::string();
    }
  }
  estimatePropensities(log);
  return log;
}

void restrictToSegment(ImpressionLog& log, Project& project, const Segment& segment) {
  std::unordered_map<std::string, std::int64_t> ids;
  {
    Statement st(project.db(), "SELECT id, ext_id FROM users");
    while (st.step()) ids.emplace(st.columnText(1), st.columnInt(0));
  }
  std::unordered_set<std::int64_t> members;
  UserDirectory(project).forEachUser([&](const std::string& ext, const UserAttributes& attributes) {
    if (!segment.contains(ext, attributes)) return;
    if (auto it = ids.find(ext); it != ids.end()) members.insert(it->second);
  });
  std::erase_if(log.rows, [&](const LoggedImpression& r) { return !members.count(r.user); });
  log.estimatedPropensities = 0;  // recounted: the rows that had theirs estimated may be gone
  for (const auto& r : log.rows) log.estimatedPropensities += r.propensityEstimated ? 1 : 0;
}

ActionDistribution exposureFrequencies(const ImpressionLog& log) {
  ActionDistribution d(log.placements.size(), std::vector<std::vector<double>>(
                                                  static_cast<std::size_t>(log.slots), std::vector<double>(log.items.size(), 0.0)));
  std::vector<std::vector<double>> totals(log.placements.size(), std::vector<double>(static_cast<std::size_t>(log.slots), 0.0));
  for (const auto& r : log.rows) {
    const auto p = static_cast<std::size_t>(r.placement), k = static_cast<std::size_t>(r.position - 1);
    d[p][k][static_cast<std::size_t>(r.item)] += 1;
    totals[p][k] += 1;
  }
  for (std::size_t p = 0; p < d.size(); ++p)
    for (std::size_t k = 0; k < d[p].size(); ++k)
      if (totals[p][k] > 0)
        for (double& v : d[p][k]) v /= totals[p][k];
  return d;
}

void estimatePropensities(ImpressionLog& log, bool force) {
  bool any = force;
  for (const auto& r : log.rows) any = any || !usablePropensity(r.propensity);
  if (!any) return;
  const ActionDistribution d = exposureFrequencies(log);
  for (auto& r : log.rows) {
    if (!force && usablePropensity(r.propensity)) continue;
    r.propensity = d[static_cast<std::size_t>(r.placement)][static_cast<std::size_t>(r.position - 1)]
                    [static_cast<std::size_t>(r.item)];
    r.propensityEstimated = true;
    ++log.estimatedPropensities;
  }
}

}  // namespace reco
