#include "core/import/EventLogReader.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <limits>
#include <stdexcept>

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

// The names quoted and listed; a long name is cut (quotedExcerpt()) and a long list ends after 20 names.
std::string quoteList(const std::vector<std::string>& names) {
  std::string out;
  for (std::size_t i = 0; i < names.size() && i < 20; ++i) out += (out.empty() ? "" : ", ") + quotedExcerpt(names[i]);
  if (names.size() > 20) out += ", \u2026 (" + std::to_string(names.size()) + " in all)";
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
  requireDistinctColumns(header_, path_);
  resolveMapping(options);
}

// The automatic mapping, overridden by options.mapping, resolved to column indexes; user, item and timestamp required.
void EventLogReader::resolveMapping(const ImportOptions& options) {
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
      throw std::runtime_error(path_ + ": no column " + quotedExcerpt(it->second) + " (mapped to field '" + fields[f] +
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

// One pass over the data rows of the events file. Each row is checked as a record (quotes, field count, encoding),
// parsed into an EventRow (or a reject reason), then stored with its ids resolved. Logs come in sessions (a list of
// impressions for one user), so the last id of each kind is remembered.
class EventLogReader::Rows {
 public:
  Rows(const EventLogReader& log, DelimitedReader& reader, ImportSession& session)
      : log_(log),
        reader_(reader),
        session_(session),
        latin1_(log.encoding_ == TextEncoding::Latin1),
        defaultType_(static_cast<int>(log.column_[Value] >= 0 ? EventType::Rating : EventType::View)),
        hasItemDetails_(log.column_[Title] >= 0 || log.column_[Category] >= 0 || log.column_[Price] >= 0) {}

  void readAll() {
    while (reader_.next()) {
      if (!session_.tick(reader_.bytesConsumed())) break;
      const std::int64_t line = reader_.line();
      if (const std::string problem = recordProblem(); !problem.empty()) {
        session_.reject(line, problem);
      } else {
        EventRow e;
        double price = std::numeric_limits<double>::quiet_NaN();
        reason_.clear();
        parseRow(e, price);
        if (!reason_.empty()) {
          session_.reject(line, std::move(reason_));
          reason_ = std::string();
        } else {
          store(e, price);
        }
      }
      if (session_.stopped()) break;
    }
  }

 private:
  struct LastId {
    std::string text;
    std::int64_t id = 0;
  };

  int column(Field f) const { return log_.column_[f]; }
  const std::string& columnName(Field f) const { return log_.header_[static_cast<std::size_t>(column(f))]; }

  // The trimmed field (converted from Latin-1 when needed); empty when the field has no column.
  std::string_view text(Field f) {
    const int c = column(f);
    if (c < 0) return {};
    std::string_view v = trimField(reader_.field(static_cast<std::size_t>(c)));
    if (latin1_ && !isAscii(v)) {
      convert_[f].clear();
      appendLatin1AsUtf8(v, convert_[f]);
      return convert_[f];
    }
    return v;
  }

  // Why the record cannot be a row at all (malformed, too many fields, bad encoding); empty when it can.
  std::string recordProblem() const {
    if (reader_.malformed()) return reader_.malformed();
    if (reader_.fieldCount() > log_.header_.size())
      return "row has " + std::to_string(reader_.fieldCount()) + " fields but the header has " +
             std::to_string(log_.header_.size());
    if (!latin1_ && !isValidUtf8(reader_.rawRecord())) return "bad encoding";
    return {};
  }

  // Fields -> e (and price), or the first reason the row is rejected in reason_.
  void parseRow(EventRow& e, double& price) {
    user_ = text(User);
    item_ = text(Item);
    session_.prefetchItem(item_);  // the id lookup in store() would otherwise wait on a cache miss
    if (user_ != lastUser_.text) session_.prefetchUser(user_);
    std::string_view ts = text(Timestamp);
    if (user_.empty()) reason_ = "missing field 'user'";
    else if (item_.empty()) reason_ = "missing field 'item'";
    else if (ts.empty()) reason_ = "missing field 'timestamp'";
    else if (hasNul(user_)) reason_ = "NUL byte in field 'user'";
    else if (hasNul(item_)) reason_ = "NUL byte in field 'item'";
    else parseEventTime(ts, columnName(Timestamp), e.ts, reason_);
    if (reason_.empty()) parseType(e);
    number(Value, e.value);
    number(Revenue, e.revenue);
    number(Propensity, e.propensity);
    if (reason_.empty() && e.type == static_cast<int>(EventType::Rating) && std::isnan(e.value))
      reason_ = "missing field 'value' (a rating needs one)";
    if (reason_.empty() && column(Position) >= 0) {
      std::string_view v = text(Position);
      if (!v.empty() && !parseInt64(v, e.position)) reason_ = numberReason(v, columnName(Position));
    }
    number(Price, price);
    for (Field f : {Placement, Variant})
      if (reason_.empty() && column(f) >= 0 && hasNul(text(f)))
        reason_ = "NUL byte in field '" + eventFieldNames()[f] + "'";
  }

  // The event type from its column (raw text cached, so the common case costs one short comparison), or the default.
  void parseType(EventRow& e) {
    e.type = defaultType_;
    if (column(Type) < 0) return;
    std::string_view t = text(Type);
    if (t.empty()) {
      reason_ = "missing field 'type'";
      return;
    }
    int found = -2;
    for (const auto& [raw, type] : typeCache_)
      if (raw == t) {
        found = type;
        break;
      }
    if (found == -2) {
      auto parsed = parseEventType(t);
      found = parsed ? static_cast<int>(*parsed) : -1;
      if (typeCache_.size() < 64) typeCache_.emplace_back(std::string(t), found);
    }
    if (found < 0) reason_ = "unknown event type " + quotedExcerpt(t, 60);
    else e.type = found;
  }

  void number(Field f, double& out) {
    if (!reason_.empty() || column(f) < 0) return;
    std::string_view v = text(f);
    if (v.empty()) return;
    if (!parseDouble(v, out)) reason_ = numberReason(v, columnName(f));
  }

  void store(EventRow& e, double price) {
    if (user_ != lastUser_.text) {
      lastUser_.text.assign(user_);
      lastUser_.id = session_.user(user_);
    }
    e.user = lastUser_.id;
    e.item = hasItemDetails_ ? itemWithDetails(price)
                             : remembered(lastItem_, item_, [&](std::string_view v) { return session_.item(v); });
    e.placement = named(Placement, lastPlacement_, [&](std::string_view v) { return session_.placement(v); },
                        e.placement);
    e.variant = named(Variant, lastVariant_, [&](std::string_view v) { return session_.variant(v); }, e.variant);
    session_.addEvent(e);
    session_.countEvents(1);
    session_.rowImported();
  }

  // The item, its title, category and price stored for a new item or a known one without a title.
  std::int64_t itemWithDetails(double price) {
    std::int64_t id = session_.findItem(item_);
    if (!id || !session_.itemHasTitle(id)) {
      std::string_view title = text(Title), category = text(Category);
      details_.title = title.empty() ? std::nullopt : std::optional<std::string>(title);
      details_.category = category.empty() ? std::nullopt : std::optional<std::string>(category);
      details_.price = std::isnan(price) ? std::nullopt : std::optional<double>(price);
      id = session_.item(item_, &details_);
    }
    return id;
  }

  // The id of v, looked up only when v differs from the previous row's text.
  template <class Lookup>
  std::int64_t remembered(LastId& last, std::string_view v, Lookup lookup) {
    if (v != last.text) {
      last.text.assign(v);
      last.id = lookup(v);
    }
    return last.id;
  }

  // A placement or variant: its id when the column has text, otherwise `none` (the row's unset value).
  template <class Lookup>
  std::int64_t named(Field f, LastId& last, Lookup lookup, std::int64_t none) {
    if (column(f) < 0) return none;
    std::string_view v = text(f);
    return v.empty() ? none : remembered(last, v, lookup);
  }

  const EventLogReader& log_;
  DelimitedReader& reader_;
  ImportSession& session_;
  const bool latin1_;
  const int defaultType_;
  const bool hasItemDetails_;
  std::vector<std::pair<std::string, int>> typeCache_;  // raw type text -> type, or -1 for unknown
  std::string convert_[kFieldCount];                    // Latin-1 conversions, reused
  std::string reason_;
  std::string_view user_, item_;
  ItemProfile details_;
  // Empty text never matches: empty ids are rejected and empty names skipped.
  LastId lastUser_, lastItem_, lastPlacement_, lastVariant_;
};

void EventLogReader::run(ImportSession& session) {
  DelimitedReader reader(path_, {std::string(1, delimiter_), true});
  session.beginFile(path_, "events");
  if (reader.next()) Rows(*this, reader, session).readAll();  // after the header
  session.endFile(reader.fileSize());
}

}  // namespace reco
