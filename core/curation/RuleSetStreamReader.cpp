#include "core/curation/RuleSetStreamReader.h"

#include <algorithm>
#include <nlohmann/json.hpp>
#include <vector>

#include "core/curation/JsonSchemaValidator.h"
#include "core/curation/Sha256.h"

namespace reco {

using nlohmann::json;

namespace {

// The schema says of "segments" and "rules" only that they are arrays of items, and has only one property
// "user_ids" (an array of unique non-empty strings, which the handler checks itself while it reads the ids).
bool streamable(const JsonSchemaValidator& validator) {
  const json& s = validator.schema();
  for (const char* area : {"/properties/segments", "/properties/rules"}) {
    const json::json_pointer p(area);
    if (!s.contains(p) || !s.at(p).is_object()) return false;
    for (auto it = s.at(p).begin(); it != s.at(p).end(); ++it)
      if (it.key() != "type" && it.key() != "items" && it.key() != "description") return false;
    if (s.at(p).value("type", json()) != "array" || !s.at(p).contains("items")) return false;
  }
  const std::string text = s.dump();
  const std::string key = "\"user_ids\":";  // as a key (a property); "required" names it as a value
  if (text.find(key) == std::string::npos || text.find(key) != text.rfind(key)) return false;
  const json expected = {{"type", "array"}, {"uniqueItems", true}, {"items", {{"type", "string"}, {"minLength", 1}}}};
  const json& items = s.at("/properties/segments/items"_json_pointer);
  const json* def = &items;
  if (items.contains("$ref")) {
    const std::string ref = items["$ref"].get<std::string>();
    if (ref.rfind("#/", 0) != 0 || !s.contains(json::json_pointer(ref.substr(1)))) return false;
    def = &s.at(json::json_pointer(ref.substr(1)));
  }
  return def->contains("properties") && (*def)["properties"].value("user_ids", json()) == expected;
}

class Handler {
 public:
  Handler(const JsonSchemaValidator* schema, const std::set<std::string>* knownAttributes, bool checksum)
      : schema_(schema), reader_(issues_, "", knownAttributes), hashing_(checksum) {}

  // nlohmann's SAX interface. Returning false stops the parse.
  bool null() { return value(json()); }
  bool boolean(bool v) { return value(json(v)); }
  bool number_integer(json::number_integer_t v) { return value(json(v)); }
  bool number_unsigned(json::number_unsigned_t v) { return value(json(v)); }
  bool number_float(json::number_float_t v, const json::string_t&) { return value(json(v)); }
  bool string(json::string_t& v) {
    if (inIds_) {
      if (v.empty()) return abandon();
      hash(std::string(ids_.empty() ? "" : ",") + json(v).dump());
      ids_.push_back(std::move(v));
      return true;
    }
    return value(json(std::move(v)));
  }
  bool binary(json::binary_t&) { return abandon(); }
  bool start_object(std::size_t) { return open(json::object()); }
  bool start_array(std::size_t) { return open(json::array()); }
  bool key(json::string_t& k) {
    if (depth_ == 1) {  // a member of the document: in ascending order, as exported, so the hash can stream
      if (!topKeys_.empty() && !(topKeys_.back() < k)) return abandon();
      topKeys_.push_back(k);
      hashingMember_ = k != "sha256";
      if (hashingMember_) {
        hash(std::string(firstMember_ ? "" : ",") + json(k).dump() + ":");
        firstMember_ = false;
      }
    } else if (depth_ == 3 && area_ == Area::Segments && idsDone_) {
      return abandon();  // a key after "user_ids": its ids are hashed already
    }
    key_ = std::move(k);
    return true;
  }
  bool end_object() { return close(); }
  bool end_array() { return close(); }
  bool parse_error(std::size_t, const std::string&, const nlohmann::detail::exception&) { return abandon(); }

  bool complete() const { return done_ && !abandoned_; }
  // After a complete parse: the deferred checks, then what was read (nullopt when anything needs the full reader).
  std::optional<StreamedRuleSet> result() {
    if (!complete()) return std::nullopt;
    for (const char* area : {"segments", "rules"})
      if (!skeleton_.contains(area) || !skeleton_[area].is_array()) return std::nullopt;
    if (schema_ && !schema_->validate(skeleton_).empty()) return std::nullopt;
    for (const auto& name : ruleSegments_)
      if (name != Segment::kAllUsers && !reader_.segmentNames().count(name)) return std::nullopt;
    StreamedRuleSet out;
    out.header = std::move(skeleton_);
    out.content = reader_.finish();
    if (hashing_) out.sha256 = sha_.hexDigest();
    return out;
  }

 private:
  enum class Area { None, Segments, Rules };

  bool abandon() {
    abandoned_ = true;
    return false;
  }
  void hash(const std::string& s) {
    if (hashing_ && (depth_ > 1 || hashingMember_ || depth_ == 0)) sha_.update(s);
  }
  // Puts `v` where the tree being built expects the next value; returns it there.
  json* put(json&& v) {
    json* parent = tree_.back();
    if (parent->is_array()) {
      parent->push_back(std::move(v));
      return &parent->back();
    }
    json& slot = (*parent)[key_];
    slot = std::move(v);
    return &slot;
  }

  bool value(json&& v) {
    if (inIds_ || depth_ == 0 || (depth_ == 2 && area_ != Area::None)) return abandon();
    json* placed = put(std::move(v));
    if (depth_ == 1 && hashingMember_) hash(placed->dump());
    return true;
  }

  bool open(json&& container) {
    if (depth_ + 1 > JsonSchemaValidator::kMaxDepth || inIds_) return abandon();
    const bool isArray = container.is_array();
    if (depth_ == 0) {
      if (isArray) return abandon();
      skeleton_ = json::object();
      tree_ = {&skeleton_};
      hash("{");
    } else if (depth_ == 1 && isArray && (key_ == "segments" || key_ == "rules")) {
      area_ = key_ == "segments" ? Area::Segments : Area::Rules;
      put(json::array());
      tree_.clear();
      index_ = 0;
      hash("[");
    } else if (depth_ == 2 && area_ != Area::None) {
      if (isArray) return abandon();
      element_ = json::object();
      tree_ = {&element_};
      idsDone_ = false;
      ids_.clear();
    } else if (depth_ == 3 && area_ == Area::Segments && isArray && key_ == "user_ids") {
      // Hash what the canonical form has before the ids: the segment's other keys all sort before "user_ids".
      std::string head = element_.dump();
      head.pop_back();
      hash(std::string(index_ ? "," : "") + head + (element_.empty() ? "" : ",") + "\"user_ids\":[");
      element_["user_ids"] = json::array();  // a placeholder for the schema and the reader: the ids go to ids_
      inIds_ = true;
    } else {
      tree_.push_back(put(std::move(container)));
    }
    ++depth_;
    return true;
  }

  bool close() {
    --depth_;
    if (inIds_) {
      inIds_ = false;
      idsDone_ = true;
      hash("]");
      return true;
    }
    if (depth_ == 0) {
      hash("}");
      done_ = true;
      return true;
    }
    if (depth_ == 1 && area_ != Area::None) {
      hash("]");
      area_ = Area::None;
      tree_ = {&skeleton_};
      return true;
    }
    if (depth_ == 2 && area_ != Area::None) return element();
    tree_.pop_back();
    if (depth_ == 1 && hashingMember_) hash(skeleton_[topKeys_.back()].dump());
    return true;
  }

  // A whole segment or rule has been read.
  bool element() {
    const bool segment = area_ == Area::Segments;
    const std::string path = (segment ? "/segments/" : "/rules/") + std::to_string(index_);
    if (segment && idsDone_) hash("}");
    else hash(std::string(index_ ? "," : "") + element_.dump());
    if (schema_ &&
        !schema_->validateAt(segment ? "/properties/segments/items" : "/properties/rules/items", element_, path).empty())
      return abandon();
    if (segment) {
      if (idsDone_ && schema_) {  // uniqueItems
        std::sort(ids_.begin(), ids_.end());
        if (std::adjacent_find(ids_.begin(), ids_.end()) != ids_.end()) return abandon();
      }
      reader_.segment(element_, index_, idsDone_ ? &ids_ : nullptr);
    } else {
      reader_.rule(element_, index_, false);
      if (element_.contains("segment") && element_["segment"].is_string())
        ruleSegments_.insert(element_["segment"].get<std::string>());
    }
    if (!issues_.empty()) return abandon();
    ++index_;
    element_ = json();
    ids_ = std::vector<std::string>();
    return true;
  }

  const JsonSchemaValidator* schema_;
  JsonIssues issues_;
  RuleSetReader reader_;
  bool hashing_;
  Sha256 sha_;

  json skeleton_;
  json element_;
  std::vector<json*> tree_;  // the open containers of the tree being built
  std::string key_;          // the last key read
  std::vector<std::string> topKeys_;
  bool hashingMember_ = false, firstMember_ = true;
  int depth_ = 0;  // open arrays and objects
  Area area_ = Area::None;
  std::size_t index_ = 0;
  bool inIds_ = false, idsDone_ = false;
  std::vector<std::string> ids_;
  std::set<std::string> ruleSegments_;
  bool done_ = false, abandoned_ = false;
};

}  // namespace

std::optional<StreamedRuleSet> readRuleSetStreaming(const std::string& text, const JsonSchemaValidator* schema,
                                                    const std::set<std::string>* knownAttributes, bool checksum) {
  if (schema && !streamable(*schema)) return std::nullopt;
  Handler handler(schema, knownAttributes, checksum);
  if (!json::sax_parse(text, &handler) || !handler.complete()) return std::nullopt;
  return handler.result();
}

}  // namespace reco
