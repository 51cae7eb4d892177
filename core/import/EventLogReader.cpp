#include "core/import/EventLogReader.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <limits>
#include <stdexcept>

#include "core/base/Time.h"
#include "core/import/DelimitedReader.h"
#include "core/import/FieldParsing.h"
#include "core/import/ImportPlan.h"
#include "core/import/ImportSession.h"
#include "core/storage/EventType.h"

namespace reco {

namespace {

// Lowercase without '_', '-', ' ' and '.': "User ID", "user_id" and "userId" all become "userid".
std::string normalizeName(std::string_view s) {
  std::string out;
  for (char c : s) {
    if (c == '_' || c == '-' || c == ' ' || c == '.') continue;
    out.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
  }
  return out;
}

// Recognised column names per field (normalised), in order of preference.
const std::vector<std::vector<std::string>>& aliases() {
  static const std::vector<std::vector<std::string>> a = {
      {"user", "userid", "visitor", "visitorid", "customer", "customerid", "uid", "memberid", "clientid"},
      {"item", "itemid", "movieid", "movie", "productid", "product", "sku", "iid", "articleid", "contentid", "asin"},
      {"type", "eventtype", "event", "action", "interaction", "interactiontype", "behavior", "behaviour", "eventname"},
      {"timestamp", "ts", "time", "datetime", "date", "eventtime", "createdat", "unixtime", "timestampsec"},
      {"rating", "value", "score", "stars"},
      {"position", "rank", "slot", "pos"},
      {"placement", "page", "surface", "widget", "module"},
      {"variant", "model", "arm", "policy", "bucket", "treatment", "experimentvariant", "algorithm"},
      {"revenue", "pricepaid", "amount", "sales", "purchaseamount"},
      {"propensity", "propensityscore", "pscore", "actionprob", "loggingprob"},
      {"title", "name", "itemname", "itemtitle", "productname"},
      {"category", "genre", "genres", "itemcategory", "categoryid"},
      {"price", "itemprice", "listprice", "unitprice"},
  };
  return a;
}

std::string quoteList(const std::vector<std::string>& names) {
  std::string out;
  for (const auto& n : names) out += (out.empty() ? "'" : ", '") + n + "'";
  return out;
}

}  // namespace

std::map<std::string, std::string> EventLogReader::suggestMapping(const std::vector<std::string>& header) {
  std::map<std::string, std::string> out;
  std::vector<std::string> norm;
  for (const auto& h : header) norm.push_back(normalizeName(h));
  std::vector<bool> used(header.size(), false);
  const auto& fields = eventFieldNames();
  for (std::size_t f = 0; f < fields.size(); ++f) {
    bool found = false;
    for (const std::string& alias : aliases()[f]) {
      for (std::size_t c = 0; c < header.size() && !found; ++c) {
        if (!used[c] && norm[c] == alias) {
          out[fields[f]] = header[c];
          used[c] = true;
          found = true;
        }
      }
      if (found) break;
    }
  }
  return out;
}

EventLogReader::EventLogReader(std::string path, const ImportOptions& options) : path_(std::move(path)) {
  if (!options.encoding.empty() && !parseTextEncoding(options.encoding, encoding_))
    throw std::runtime_error("unknown encoding '" + options.encoding + "' (use utf-8 or latin1)");
  delimiter_ = options.delimiter ? options.delimiter : detectDelimiter(readFirstLine(path_));
  DelimitedReader reader(path_, {std::string(1, delimiter_), true});
  if (!reader.next()) throw std::runtime_error(path_ + ": the file is empty (a header line is expected)");
  for (std::string_view f : reader.fields()) {
    std::string name(trimField(f));
    if (encoding_ == TextEncoding::Latin1) name = latin1ToUtf8(name);
    header_.push_back(std::move(name));
  }
  if (encoding_ == TextEncoding::Utf8 && !isValidUtf8(reader.rawRecord()))
    throw std::runtime_error(path_ + ":" + std::to_string(reader.line()) +
                             ": bad encoding in the header (not UTF-8; try --encoding latin1)");

  std::map<std::string, std::string> mapping = suggestMapping(header_);
  const auto& fields = eventFieldNames();
  for (const auto& [field, column] : options.mapping) {
    if (std::find(fields.begin(), fields.end(), field) == fields.end())
      throw std::runtime_error("unknown field '" + field + "' in the column mapping (fields: " + quoteList(fields) +
                               ")");
    // A column given explicitly is no longer an automatic choice for another field.
    for (auto it = mapping.begin(); it != mapping.end();) {
      if (it->first != field && it->second == column) it = mapping.erase(it);
      else ++it;
    }
    mapping[field] = column;
  }
  column_.fill(-1);
  for (std::size_t f = 0; f < fields.size(); ++f) {
    auto it = mapping.find(fields[f]);
    if (it == mapping.end() || it->second.empty()) continue;
    int index = -1;
    for (std::size_t c = 0; c < header_.size() && index < 0; ++c)
      if (header_[c] == it->second) index = static_cast<int>(c);
    for (std::size_t c = 0; c < header_.size() && index < 0; ++c)
      if (normalizeName(header_[c]) == normalizeName(it->second)) index = static_cast<int>(c);
    if (index < 0)
      throw std::runtime_error(path_ + ": no column '" + it->second + "' (mapped to field '" + fields[f] +
                               "'); the columns are " + quoteList(header_));
    column_[f] = index;
  }
  for (Field required : {User, Item, Timestamp}) {
    if (column_[required] < 0)
      throw std::runtime_error(path_ + ": no column for field '" + fields[required] + "' among " + quoteList(header_) +
                               " (name it --map " + fields[required] + "=COLUMN)");
  }
}

std::map<std::string, std::string> EventLogReader::mapping() const {
  std::map<std::string, std::string> out;
  for (std::size_t f = 0; f < column_.size(); ++f)
    if (column_[f] >= 0) out[eventFieldNames()[f]] = header_[static_cast<std::size_t>(column_[f])];
  return out;
}

void EventLogReader::run(ImportSession& session) {
  DelimitedReader reader(path_, {std::string(1, delimiter_), true});
  session.beginFile(path_, "events");
  if (!reader.next()) {  // the header
    session.endFile(reader.fileSize());
    return;
  }
  const std::size_t headerCount = header_.size();
  const bool latin1 = encoding_ == TextEncoding::Latin1;
  const int defaultType = static_cast<int>(column_[Value] >= 0 ? EventType::Rating : EventType::View);
  const bool hasItemDetails = column_[Title] >= 0 || column_[Category] >= 0 || column_[Price] >= 0;
  // Raw type text -> type (or -1 for unknown), so the common case costs one short comparison.
  std::vector<std::pair<std::string, int>> typeCache;
  std::string convert[kFieldCount];  // Latin-1 conversions, reused
  std::string reason;
  ItemProfile details;

  auto text = [&](Field f) -> std::string_view {
    const int c = column_[f];
    if (c < 0) return {};
    std::string_view v = trimField(reader.field(static_cast<std::size_t>(c)));
    if (latin1 && !isAscii(v)) {
      convert[f].clear();
      appendLatin1AsUtf8(v, convert[f]);
      return convert[f];
    }
    return v;
  };
  auto unparsable = [&](Field f, std::string_view v) {
    return "unparsable number '" + std::string(v.substr(0, 60)) + "' in column '" +
           header_[static_cast<std::size_t>(column_[f])] + "'";
  };

  struct LastId {
    std::string text;
    std::int64_t id = 0;
  };
  // Empty text never matches: empty ids are rejected above and empty names skipped.
  LastId lastUser, lastItem, lastPlacement, lastVariant;
  while (reader.next()) {
    if (!session.tick(reader.bytesConsumed())) break;
    const std::int64_t line = reader.line();
    if (reader.malformed()) {
      session.reject(line, reader.malformed());
    } else if (reader.fieldCount() > headerCount) {
      session.reject(line, "row has " + std::to_string(reader.fieldCount()) + " fields but the header has " +
                               std::to_string(headerCount));
    } else if (!latin1 && !isValidUtf8(reader.rawRecord())) {
      session.reject(line, "bad encoding");
    } else {
      EventRow e;
      reason.clear();
      std::string_view user = text(User), item = text(Item);
      session.prefetchItem(item);  // the id lookup below would otherwise wait on a cache miss
      if (user != lastUser.text) session.prefetchUser(user);
      std::string_view ts = text(Timestamp);
      if (user.empty()) reason = "missing field 'user'";
      else if (item.empty()) reason = "missing field 'item'";
      else if (ts.empty()) reason = "missing field 'timestamp'";
      else if (!parseTimestamp(ts, e.ts))
        reason = "unparsable timestamp '" + std::string(ts.substr(0, 60)) + "' in column '" +
                 header_[static_cast<std::size_t>(column_[Timestamp])] + "'";
      if (reason.empty()) {
        e.type = defaultType;
        if (column_[Type] >= 0) {
          std::string_view t = text(Type);
          if (t.empty()) {
            reason = "missing field 'type'";
          } else {
            int found = -2;
            for (const auto& [raw, type] : typeCache)
              if (raw == t) {
                found = type;
                break;
              }
            if (found == -2) {
              auto parsed = parseEventType(t);
              found = parsed ? static_cast<int>(*parsed) : -1;
              if (typeCache.size() < 64) typeCache.emplace_back(std::string(t), found);
            }
            if (found < 0) reason = "unknown event type '" + std::string(t.substr(0, 60)) + "'";
            else e.type = found;
          }
        }
      }
      auto number = [&](Field f, double& out) {
        if (!reason.empty() || column_[f] < 0) return;
        std::string_view v = text(f);
        if (v.empty()) return;
        if (!parseDouble(v, out)) reason = unparsable(f, v);
      };
      number(Value, e.value);
      number(Revenue, e.revenue);
      number(Propensity, e.propensity);
      if (reason.empty() && e.type == static_cast<int>(EventType::Rating) && std::isnan(e.value))
        reason = "missing field 'value' (a rating needs one)";
      if (reason.empty() && column_[Position] >= 0) {
        std::string_view v = text(Position);
        if (!v.empty() && !parseInt64(v, e.position)) reason = unparsable(Position, v);
      }
      double price = std::numeric_limits<double>::quiet_NaN();
      number(Price, price);
      if (!reason.empty()) {
        session.reject(line, std::move(reason));
        reason = std::string();
      } else {
        // Logs come in sessions (a list of impressions for one user): remember the last id of each kind.
        if (user != lastUser.text) {
          lastUser.text.assign(user);
          lastUser.id = session.user(user);
        }
        e.user = lastUser.id;
        if (hasItemDetails) {
          std::int64_t id = session.findItem(item);
          if (!id || !session.itemHasTitle(id)) {
            std::string_view title = text(Title), category = text(Category);
            details.title = title.empty() ? std::nullopt : std::optional<std::string>(title);
            details.category = category.empty() ? std::nullopt : std::optional<std::string>(category);
            details.price = std::isnan(price) ? std::nullopt : std::optional<double>(price);
            id = session.item(item, &details);
          }
          e.item = id;
        } else {
          if (item != lastItem.text) {
            lastItem.text.assign(item);
            lastItem.id = session.item(item);
          }
          e.item = lastItem.id;
        }
        if (column_[Placement] >= 0) {
          std::string_view v = text(Placement);
          if (!v.empty()) {
            if (v != lastPlacement.text) {
              lastPlacement.text.assign(v);
              lastPlacement.id = session.placement(v);
            }
            e.placement = lastPlacement.id;
          }
        }
        if (column_[Variant] >= 0) {
          std::string_view v = text(Variant);
          if (!v.empty()) {
            if (v != lastVariant.text) {
              lastVariant.text.assign(v);
              lastVariant.id = session.variant(v);
            }
            e.variant = lastVariant.id;
          }
        }
        session.addEvent(e);
        session.countEvents(1);
        session.rowImported();
      }
    }
    if (session.stopped()) break;
  }
  session.endFile(reader.fileSize());
}

}  // namespace reco
