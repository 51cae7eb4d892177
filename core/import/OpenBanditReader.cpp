#include "core/import/OpenBanditReader.h"

#include <algorithm>
#include <cstdio>
#include <stdexcept>

#include "core/import/DelimitedReader.h"
#include "core/import/FieldParsing.h"
#include "core/import/ImportSession.h"
#include "core/import/TextEncoding.h"
#include "core/storage/EventType.h"

namespace reco {

namespace {

std::vector<std::string> readHeader(const std::string& path) {
  DelimitedReader r(path, {",", true});
  if (!r.next()) throw std::runtime_error(path + ": the file is empty (a header line is expected)");
  std::vector<std::string> out;
  for (std::string_view f : r.fields()) out.emplace_back(trimField(f));
  requireDistinctColumns(out, path);
  return out;
}

int columnOf(const std::vector<std::string>& header, const std::string& name, const std::string& path) {
  auto it = std::find(header.begin(), header.end(), name);
  if (it == header.end()) throw std::runtime_error(path + ": no column '" + name + "' (not an Open Bandit file?)");
  return static_cast<int>(it - header.begin());
}

std::string userKey(const std::vector<std::string_view>& features) {
  std::uint64_t h = 1469598103934665603ULL;  // FNV-1a over the features, separated
  for (std::string_view f : features) {
    for (char c : f) {
      h ^= static_cast<unsigned char>(c);
      h *= 1099511628211ULL;
    }
    h ^= 0x1F;
    h *= 1099511628211ULL;
  }
  char buf[24];
  std::snprintf(buf, sizeof buf, "ctx-%016llx", static_cast<unsigned long long>(h));
  return buf;
}

}  // namespace

OpenBanditReader::OpenBanditReader(ImportJob job, const ImportOptions& options) : job_(std::move(job)) {
  TextEncoding enc;
  if (!options.encoding.empty() && !parseTextEncoding(options.encoding, enc))
    throw std::runtime_error("unknown encoding '" + options.encoding + "' (use utf-8 or latin1)");
  if (!job_.events.empty()) {
    auto h = readHeader(job_.events);
    colTimestamp_ = columnOf(h, "timestamp", job_.events);
    colItem_ = columnOf(h, "item_id", job_.events);
    colPosition_ = columnOf(h, "position", job_.events);
    colClick_ = columnOf(h, "click", job_.events);
    colPropensity_ = columnOf(h, "propensity_score", job_.events);
    for (std::size_t c = 0; c < h.size(); ++c)
      if (h[c].rfind("user_feature_", 0) == 0) {
        colUserFeatures_.push_back(static_cast<int>(c));
        userFeatureNames_.push_back(h[c]);
      }
  }
  if (!job_.items.empty()) {
    auto h = readHeader(job_.items);
    ctxItem_ = columnOf(h, "item_id", job_.items);
    for (std::size_t c = 0; c < h.size(); ++c)
      if (h[c].rfind("item_feature_", 0) == 0) {
        ctxFeatures_.push_back(static_cast<int>(c));
        ctxFeatureNames_.push_back(h[c]);
      }
  }
}

void OpenBanditReader::run(ImportSession& session) {
  if (!job_.items.empty()) readItems(session);
  if (!session.stopped() && !job_.events.empty()) readEvents(session);
}

void OpenBanditReader::readItems(ImportSession& session) {
  DelimitedReader r(job_.items, {",", true});
  session.beginFile(job_.items, "items");
  r.next();  // header
  const std::size_t width = static_cast<std::size_t>(
      std::max(ctxItem_, ctxFeatures_.empty() ? 0 : *std::max_element(ctxFeatures_.begin(), ctxFeatures_.end())) + 1);
  ItemProfile profile;
  forEachRecord(session, r, [&](std::int64_t line) {
    std::string_view id = trimField(r.field(static_cast<std::size_t>(ctxItem_)));
    if (r.malformed()) {
      session.reject(line, r.malformed());
    } else if (r.fieldCount() < width) {
      session.reject(line, "expected " + std::to_string(width) + " fields, found " + std::to_string(r.fieldCount()));
    } else if (!isValidUtf8(r.rawRecord())) {
      session.reject(line, "bad encoding");
    } else if (id.empty()) {
      session.reject(line, "missing field 'item_id'");
    } else if (hasNul(id)) {
      session.reject(line, "NUL byte in field 'item_id'");
    } else {
      profile = ItemProfile();
      profile.category = job_.campaign;
      for (std::size_t k = 0; k < ctxFeatures_.size(); ++k)
        profile.attributes.emplace_back(ctxFeatureNames_[k],
                                        std::string(trimField(r.field(static_cast<std::size_t>(ctxFeatures_[k])))));
      knownItems_.push_back(session.upsertItem(job_.campaign + "/" + std::string(id), profile));
      session.rowImported();
    }
  });
  session.endFile(r.fileSize());
  std::sort(knownItems_.begin(), knownItems_.end());
}

std::size_t OpenBanditReader::eventWidth() const {
  std::size_t width = 0;
  for (int c : {colTimestamp_, colItem_, colPosition_, colClick_, colPropensity_})
    width = std::max(width, static_cast<std::size_t>(c) + 1);
  for (int c : colUserFeatures_) width = std::max(width, static_cast<std::size_t>(c) + 1);
  return width;
}

std::string OpenBanditReader::parseEvent(const DelimitedReader& r, std::size_t width, EventRow& e,
                                         std::int64_t& click) const {
  auto field = [&](int c) { return trimField(r.field(static_cast<std::size_t>(c))); };
  std::string_view ts = field(colTimestamp_), item = field(colItem_), pos = field(colPosition_),
                   clk = field(colClick_), prop = field(colPropensity_);
  if (r.malformed()) return r.malformed();
  if (r.fieldCount() < width)
    return "expected at least " + std::to_string(width) + " fields, found " + std::to_string(r.fieldCount());
  if (!isValidUtf8(r.rawRecord())) return "bad encoding";
  if (ts.empty()) return "missing field 'timestamp'";
  if (std::string reason; !parseEventTime(ts, "timestamp", e.ts, reason)) return reason;
  if (item.empty()) return "missing field 'item_id'";
  if (hasNul(item)) return "NUL byte in field 'item_id'";
  if (!pos.empty() && !parseInt64(pos, e.position)) return numberReason(pos, "position");
  if (!parseInt64(clk, click) || (click != 0 && click != 1))
    return clk.empty() ? std::string("missing field 'click'")
                       : "click must be 0 or 1, found " + quotedExcerpt(clk, 20);
  if (!prop.empty() && !parseDouble(prop, e.propensity)) return numberReason(prop, "propensity_score");
  return {};
}

void OpenBanditReader::readEvents(ImportSession& session) {
  DelimitedReader r(job_.events, {",", true});
  session.beginFile(job_.events, "events");
  r.next();  // header
  const std::int64_t placement = session.placement(job_.campaign);
  const std::int64_t variant = job_.policy.empty() ? 0 : session.variant(job_.policy);
  const bool checkItems = !job_.items.empty();
  const std::size_t width = eventWidth();
  std::string itemKey = job_.campaign + "/";
  const std::size_t prefix = itemKey.size();
  std::vector<std::string_view> features(colUserFeatures_.size());
  UserProfile profile;
  forEachRecord(session, r, [&](std::int64_t line) {
    EventRow e;
    e.type = static_cast<int>(EventType::Impression);
    e.placement = placement;
    e.variant = variant;
    std::int64_t click = 0;
    if (std::string reason = parseEvent(r, width, e, click); !reason.empty()) {
      session.reject(line, std::move(reason));
      return;
    }
    std::string_view item = trimField(r.field(static_cast<std::size_t>(colItem_)));
    itemKey.resize(prefix);
    itemKey.append(item);
    e.item = checkItems ? session.findItem(itemKey) : session.item(itemKey);
    if (checkItems && (!e.item || !std::binary_search(knownItems_.begin(), knownItems_.end(), e.item))) {
      session.reject(line, "unknown item " + quotedExcerpt(item, 60) + " (not in item_context.csv)");
      return;
    }
    // The user: one combination of the user features.
    for (std::size_t k = 0; k < colUserFeatures_.size(); ++k)
      features[k] = trimField(r.field(static_cast<std::size_t>(colUserFeatures_[k])));
    const std::string key = userKey(features);
    e.user = session.findUser(key);
    if (!e.user) {
      profile = UserProfile();
      for (std::size_t k = 0; k < features.size(); ++k)
        profile.attributes.emplace_back(userFeatureNames_[k], std::string(features[k]));
      e.user = session.upsertUser(key, profile);
    }
    session.addEvent(e);
    if (click == 1) {
      e.type = static_cast<int>(EventType::Click);
      session.addEvent(e);
    }
    session.countEvents(click == 1 ? 2 : 1);
    session.rowImported();
  });
  session.endFile(r.fileSize());
}

}  // namespace reco
