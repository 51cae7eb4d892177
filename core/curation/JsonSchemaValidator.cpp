#include "core/curation/JsonSchemaValidator.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <fstream>
#include <iterator>
#include <nlohmann/json.hpp>
#include <numeric>
#include <set>
#include <sstream>
#include <stdexcept>
#include <type_traits>

namespace reco {

using nlohmann::json;

namespace {

const std::set<std::string> kSupported = {
    "$schema", "$id", "$defs", "$comment", "title", "description", "default", "examples", "$ref", "type", "enum",
    "const", "properties", "required", "additionalProperties", "items", "minItems", "uniqueItems", "minimum",
    "maximum", "exclusiveMinimum", "exclusiveMaximum", "minLength", "pattern", "allOf", "anyOf", "oneOf", "not",
    "if", "then", "else"};

std::string pointerToken(const std::string& key) {
  std::string out;
  for (char c : key) {
    if (c == '~') out += "~0";
    else if (c == '/') out += "~1";
    else out.push_back(c);
  }
  return out;
}

bool hasType(const json& v, const std::string& type) {
  if (type == "null") return v.is_null();
  if (type == "boolean") return v.is_boolean();
  if (type == "object") return v.is_object();
  if (type == "array") return v.is_array();
  if (type == "string") return v.is_string();
  if (type == "number") return v.is_number();
  if (type == "integer") {
    if (v.is_number_integer()) return true;
    if (v.is_number_float()) {
      double d = v.get<double>();
      return d == static_cast<double>(static_cast<long long>(d));
    }
    return false;
  }
  return false;
}

std::string article(const std::string& type) {
  return (type == "integer" || type == "object" || type == "array") ? "an " + type : "a " + type;
}

std::string numberText(const json& n) {
  std::ostringstream s;
  if (n.is_number_integer()) s << n.get<long long>();
  else s << n.get<double>();
  return s.str();
}

// A small regular-expression matcher for "pattern" (std::regex is slow and trips GCC 12 warnings under
// sanitizers). Supports ^ and $ anchors, literals, \-escapes (\d \w \s and escaped punctuation), '.',
// character classes [a-z0-9_] (negated with ^), and the quantifiers ? * + {n} {n,} {n,m}. Groups and
// alternation are rejected when the schema is loaded.
class Pattern {
 public:
  explicit Pattern(const std::string& p) {
    std::size_t i = 0;
    if (i < p.size() && p[i] == '^') {
      anchoredStart_ = true;
      ++i;
    }
    while (i < p.size()) {
      if (p[i] == '$' && i + 1 == p.size()) {
        anchoredEnd_ = true;
        break;
      }
      Atom a;
      char c = p[i++];
      if (c == '(' || c == ')' || c == '|' || c == '*' || c == '+' || c == '?' || c == '{')
        throw std::invalid_argument("unsupported or misplaced '" + std::string(1, c) + "' in pattern " + p);
      if (c == '.') {
        a.any = true;
      } else if (c == '[') {
        if (i < p.size() && p[i] == '^') {
          a.negated = true;
          ++i;
        }
        bool closed = false;
        while (i < p.size()) {
          char lo = p[i++];
          if (lo == ']') {
            closed = true;
            break;
          }
          if (lo == '\\' && i < p.size()) lo = p[i++];
          char hi = lo;
          if (i + 1 < p.size() && p[i] == '-' && p[i + 1] != ']') {
            hi = p[i + 1];
            i += 2;
          }
          a.ranges.push_back({lo, hi});
        }
        if (!closed) throw std::invalid_argument("unclosed '[' in pattern " + p);
      } else if (c == '\\') {
        if (i >= p.size()) throw std::invalid_argument("pattern ends in a backslash: " + p);
        char e = p[i++];
        if (e == 'd') a.ranges = {{'0', '9'}};
        else if (e == 'w') a.ranges = {{'a', 'z'}, {'A', 'Z'}, {'0', '9'}, {'_', '_'}};
        else if (e == 's') a.ranges = {{' ', ' '}, {'\t', '\t'}, {'\n', '\n'}, {'\r', '\r'}};
        else a.ranges = {{e, e}};
      } else {
        a.ranges = {{c, c}};
      }
      if (i < p.size()) {
        if (p[i] == '?') { a.min = 0; a.max = 1; ++i; }
        else if (p[i] == '*') { a.min = 0; a.max = kUnbounded; ++i; }
        else if (p[i] == '+') { a.min = 1; a.max = kUnbounded; ++i; }
        else if (p[i] == '{') {
          std::size_t close = p.find('}', i);
          if (close == std::string::npos) throw std::invalid_argument("unclosed '{' in pattern " + p);
          std::string body = p.substr(i + 1, close - i - 1);
          std::size_t comma = body.find(',');
          try {
            a.min = std::stoi(body.substr(0, comma));
            a.max = comma == std::string::npos ? a.min
                    : comma + 1 == body.size() ? kUnbounded
                                               : std::stoi(body.substr(comma + 1));
          } catch (const std::exception&) {
            throw std::invalid_argument("bad repetition {" + body + "} in pattern " + p);
          }
          if (a.min < 0 || a.max < a.min) throw std::invalid_argument("bad repetition {" + body + "} in pattern " + p);
          i = close + 1;
        }
      }
      atoms_.push_back(std::move(a));
    }
  }

  bool search(const std::string& s) const {
    if (anchoredStart_) return matchFrom(0, s, 0);
    for (std::size_t start = 0; start <= s.size(); ++start)
      if (matchFrom(0, s, start)) return true;
    return false;
  }

 private:
  static constexpr int kUnbounded = 1 << 30;
  struct Atom {
    bool any = false;
    bool negated = false;
    std::vector<std::pair<char, char>> ranges;
    int min = 1, max = 1;
    bool matches(char c) const {
      if (any) return c != '\n';
      bool in = false;
      for (const auto& [lo, hi] : ranges) in = in || (c >= lo && c <= hi);
      return in != negated;
    }
  };

  bool matchFrom(std::size_t k, const std::string& s, std::size_t pos) const {
    if (k == atoms_.size()) return !anchoredEnd_ || pos == s.size();
    const Atom& a = atoms_[k];
    int count = 0;
    while (count < a.max && pos + static_cast<std::size_t>(count) < s.size() && a.matches(s[pos + static_cast<std::size_t>(count)])) ++count;
    for (int c = count; c >= a.min; --c)
      if (matchFrom(k + 1, s, pos + static_cast<std::size_t>(c))) return true;
    return false;
  }

  std::vector<Atom> atoms_;
  bool anchoredStart_ = false, anchoredEnd_ = false;
};

std::size_t utf8Length(const std::string& s) {
  std::size_t n = 0;
  for (unsigned char c : s)
    if ((c & 0xC0) != 0x80) ++n;
  return n;
}

// Three-way comparison of an integer with a double, exactly (no rounding of the integer).
template <typename Int>
int compareIntDouble(Int i, double d) {
  const double r = static_cast<double>(i);  // rounding is monotonic, so a difference here is the true order
  if (d < r) return 1;
  if (d > r) return -1;
  // d == r: d is integral; compare as integers unless d lies just past Int's range (only 2^63 or 2^64 can).
  if (d >= 18446744073709551616.0 || (std::is_signed_v<Int> && d >= 9223372036854775808.0)) return -1;
  const Int di = static_cast<Int>(d);
  return i < di ? -1 : i > di ? 1 : 0;
}

int compareNumbers(const json& a, const json& b) {
  if (a.is_number_float() && b.is_number_float()) {
    double x = a.get<double>(), y = b.get<double>();
    return x < y ? -1 : x > y ? 1 : 0;
  }
  if (a.is_number_float()) return -compareNumbers(b, a);
  // a is an integer.
  if (b.is_number_float()) {
    return a.is_number_unsigned() ? compareIntDouble(a.get<std::uint64_t>(), b.get<double>())
                                  : compareIntDouble(a.get<std::int64_t>(), b.get<double>());
  }
  const bool ua = a.is_number_unsigned(), ub = b.is_number_unsigned();
  if (ua && ub) {
    auto x = a.get<std::uint64_t>(), y = b.get<std::uint64_t>();
    return x < y ? -1 : x > y ? 1 : 0;
  }
  if (!ua && !ub) {
    auto x = a.get<std::int64_t>(), y = b.get<std::int64_t>();
    return x < y ? -1 : x > y ? 1 : 0;
  }
  if (ua) return -compareNumbers(b, a);
  // a signed, b unsigned.
  auto x = a.get<std::int64_t>();
  auto y = b.get<std::uint64_t>();
  if (x < 0) return -1;
  auto ux = static_cast<std::uint64_t>(x);
  return ux < y ? -1 : ux > y ? 1 : 0;
}

int typeRank(const json& v) {
  if (v.is_null()) return 0;
  if (v.is_boolean()) return 1;
  if (v.is_number()) return 2;
  if (v.is_string()) return 3;
  if (v.is_array()) return 4;
  if (v.is_object()) return 5;
  return 6;  // binary or discarded: not produced by the JSON parser
}

// A total order whose equality is JSON Schema's instance equality. Recurses once per level of nesting, so only
// for values within kMaxDepth.
int compareJson(const json& a, const json& b) {
  int ra = typeRank(a), rb = typeRank(b);
  if (ra != rb) return ra < rb ? -1 : 1;
  switch (ra) {
    case 0: return 0;
    case 1: return static_cast<int>(a.get<bool>()) - static_cast<int>(b.get<bool>());
    case 2: return compareNumbers(a, b);
    case 3: {
      int c = a.get_ref<const std::string&>().compare(b.get_ref<const std::string&>());
      return c < 0 ? -1 : c > 0 ? 1 : 0;
    }
    case 4: {
      std::size_t n = std::min(a.size(), b.size());
      for (std::size_t i = 0; i < n; ++i)
        if (int c = compareJson(a[i], b[i]); c != 0) return c;
      return a.size() < b.size() ? -1 : a.size() > b.size() ? 1 : 0;
    }
    case 5: {
      auto ia = a.begin(), ib = b.begin();  // keys in sorted order (std::map)
      for (; ia != a.end() && ib != b.end(); ++ia, ++ib) {
        int c = ia.key().compare(ib.key());
        if (c != 0) return c < 0 ? -1 : 1;
        if (int v = compareJson(*ia, *ib); v != 0) return v;
      }
      return ia == a.end() ? (ib == b.end() ? 0 : -1) : 1;
    }
    default: return a == b ? 0 : (a < b ? -1 : 1);
  }
}

}  // namespace

void JsonSchemaValidator::checkDepth(const json& document, int maxDepth) {
  // Depth-first with an explicit stack of (container, next child index).
  struct Frame {
    const json* value;
    json::const_iterator next;
  };
  if (!document.is_structured()) return;
  std::vector<Frame> stack;
  stack.push_back({&document, document.cbegin()});
  while (!stack.empty()) {
    Frame& top = stack.back();
    if (top.next == top.value->cend()) {
      stack.pop_back();
      continue;
    }
    const json& child = *top.next;
    ++top.next;
    if (!child.is_structured()) continue;
    if (static_cast<int>(stack.size()) >= maxDepth) {
      // Name where the limit is passed: the pointer of the first level too deep, shortened in the middle.
      std::vector<std::string> tokens;
      for (const Frame& f : stack) {
        auto at = std::prev(f.next);
        tokens.push_back(f.value->is_object() ? pointerToken(at.key())
                                              : std::to_string(static_cast<std::size_t>(at - f.value->cbegin())));
      }
      std::string pointer;
      for (std::size_t i = 0; i < tokens.size(); ++i) {
        if (tokens.size() > 12 && i == 6) {
          pointer += "/...(" + std::to_string(tokens.size() - 12) + " more levels)";
          i = tokens.size() - 6;
        }
        pointer += "/" + tokens[i];
      }
      throw JsonTooDeepError("the JSON nests arrays and objects deeper than " + std::to_string(maxDepth) +
                             " levels (the limit), at " + pointer);
    }
    stack.push_back({&child, child.cbegin()});
  }
}

std::vector<std::pair<std::size_t, std::size_t>> JsonSchemaValidator::duplicateItems(const json& array,
                                                                                     std::size_t* comparisons) {
  std::vector<std::pair<std::size_t, std::size_t>> out;
  if (!array.is_array() || array.size() < 2) return out;
  std::vector<std::size_t> order(array.size());
  std::iota(order.begin(), order.end(), std::size_t{0});
  std::size_t count = 0;
  // Equal items end up adjacent, each run in index order (stable), so a run's first index is its first occurrence.
  std::stable_sort(order.begin(), order.end(), [&](std::size_t x, std::size_t y) {
    ++count;
    return compareJson(array[x], array[y]) < 0;
  });
  std::size_t first = order[0];
  for (std::size_t k = 1; k < order.size(); ++k) {
    ++count;
    if (compareJson(array[order[k - 1]], array[order[k]]) == 0) out.emplace_back(order[k], first);
    else first = order[k];
  }
  if (comparisons) *comparisons += count;
  std::sort(out.begin(), out.end());
  return out;
}

JsonSchemaValidator::JsonSchemaValidator(json schema) : schema_(std::move(schema)) { check(schema_, ""); }

JsonSchemaValidator JsonSchemaValidator::fromFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error("cannot read JSON schema '" + path + "'");
  try {
    return JsonSchemaValidator(json::parse(in));
  } catch (const json::parse_error& e) {
    throw std::runtime_error("JSON schema '" + path + "' is not valid JSON: " + e.what());
  } catch (const std::invalid_argument& e) {
    throw std::runtime_error("JSON schema '" + path + "': " + e.what());
  }
}

void JsonSchemaValidator::check(const json& s, const std::string& sp) const {
  if (s.is_boolean()) return;
  if (!s.is_object()) throw std::invalid_argument("schema at '" + sp + "' must be an object or a boolean");
  for (auto it = s.begin(); it != s.end(); ++it) {
    const std::string& k = it.key();
    if (!kSupported.count(k)) throw std::invalid_argument("unsupported schema keyword '" + k + "' at '" + sp + "'");
    std::string p = sp + "/" + pointerToken(k);
    if (k == "properties" || k == "$defs") {
      for (auto jt = it->begin(); jt != it->end(); ++jt) check(*jt, p + "/" + pointerToken(jt.key()));
    } else if (k == "items" || k == "not" || k == "if" || k == "then" || k == "else" ||
               (k == "additionalProperties" && it->is_object())) {
      check(*it, p);
    } else if (k == "allOf" || k == "anyOf" || k == "oneOf") {
      for (std::size_t i = 0; i < it->size(); ++i) check((*it)[i], p + "/" + std::to_string(i));
    } else if (k == "$ref") {
      resolve(it->get<std::string>());
    } else if (k == "pattern") {
      try {
        Pattern pattern(it->get<std::string>());
      } catch (const std::invalid_argument& e) {
        throw std::invalid_argument("invalid pattern at '" + p + "': " + e.what());
      }
    }
  }
}

const json& JsonSchemaValidator::resolve(const std::string& ref) const {
  const std::string prefix = "#/$defs/";
  if (ref.rfind(prefix, 0) != 0) throw std::invalid_argument("unsupported $ref '" + ref + "' (only #/$defs/NAME)");
  std::string name = ref.substr(prefix.size());
  if (!schema_.contains("$defs") || !schema_["$defs"].contains(name))
    throw std::invalid_argument("$ref '" + ref + "' names no definition");
  return schema_["$defs"][name];
}

JsonIssues JsonSchemaValidator::validate(const json& document) const {
  checkDepth(document);
  JsonIssues issues;
  validate(schema_, document, "", issues, 0);
  return issues;
}

JsonIssues JsonSchemaValidator::validateAt(const std::string& schemaPointer, const json& value,
                                           const std::string& path) const {
  JsonIssues issues;
  validate(schema_.at(json::json_pointer(schemaPointer)), value, path, issues, 0);
  return issues;
}

void JsonSchemaValidator::validate(const json& s, const json& v, const std::string& path, JsonIssues& issues,
                                   int depth) const {
  if (depth > 64) throw std::runtime_error("JSON schema recursion deeper than 64 levels");
  if (s.is_boolean()) {
    if (!s.get<bool>()) issues.push_back({path, "is not allowed here"});
    return;
  }
  if (s.contains("$ref")) validate(resolve(s["$ref"].get<std::string>()), v, path, issues, depth + 1);
  if (s.contains("type")) {
    const json& t = s["type"];
    bool ok = false;
    std::string expected;
    if (t.is_string()) {
      ok = hasType(v, t.get<std::string>());
      expected = article(t.get<std::string>());
    } else {
      for (const auto& one : t) {
        ok = ok || hasType(v, one.get<std::string>());
        expected += (expected.empty() ? "" : " or ") + article(one.get<std::string>());
      }
    }
    if (!ok) {
      std::string range;
      if (s.contains("minimum")) range = " >= " + numberText(s["minimum"]);
      issues.push_back({path, "must be " + expected + range});
      return;  // further keywords would only repeat the problem
    }
  }
  if (s.contains("const") && v != s["const"]) issues.push_back({path, "must be " + s["const"].dump()});
  if (s.contains("enum")) {
    bool found = false;
    std::string list;
    for (const auto& e : s["enum"]) {
      found = found || e == v;
      list += (list.empty() ? "" : ", ") + e.dump();
    }
    if (!found) issues.push_back({path, "must be one of " + list});
  }
  if (v.is_number()) {
    double x = v.get<double>();
    if (s.contains("minimum") && x < s["minimum"].get<double>())
      issues.push_back({path, std::string(s.value("type", json()) == "integer" ? "must be an integer >= " : "must be >= ") +
                                  numberText(s["minimum"])});
    if (s.contains("maximum") && x > s["maximum"].get<double>())
      issues.push_back({path, "must be <= " + numberText(s["maximum"])});
    if (s.contains("exclusiveMinimum") && x <= s["exclusiveMinimum"].get<double>())
      issues.push_back({path, "must be > " + numberText(s["exclusiveMinimum"])});
    if (s.contains("exclusiveMaximum") && x >= s["exclusiveMaximum"].get<double>())
      issues.push_back({path, "must be < " + numberText(s["exclusiveMaximum"])});
  }
  if (v.is_string()) {
    const std::string& str = v.get_ref<const std::string&>();
    if (s.contains("minLength") && utf8Length(str) < s["minLength"].get<std::size_t>())
      issues.push_back({path, s["minLength"].get<std::size_t>() == 1
                                  ? std::string("must not be empty")
                                  : "must have at least " + numberText(s["minLength"]) + " characters"});
    if (s.contains("pattern") && !Pattern(s["pattern"].get<std::string>()).search(str))
      issues.push_back({path, "must match the pattern " + s["pattern"].get<std::string>() + " (got \"" + str + "\")"});
  }
  if (v.is_array()) {
    if (s.contains("minItems") && v.size() < s["minItems"].get<std::size_t>())
      issues.push_back({path, "must have at least " + numberText(s["minItems"]) + " items"});
    if (s.contains("uniqueItems") && s["uniqueItems"].get<bool>()) {
      for (const auto& [i, j] : duplicateItems(v))
        issues.push_back({path + "/" + std::to_string(i), "duplicates item " + std::to_string(j)});
    }
    if (s.contains("items"))
      for (std::size_t i = 0; i < v.size(); ++i)
        validate(s["items"], v[i], path + "/" + std::to_string(i), issues, depth + 1);
  }
  if (v.is_object()) {
    if (s.contains("required"))
      for (const auto& r : s["required"])
        if (!v.contains(r.get<std::string>())) issues.push_back({path + "/" + pointerToken(r.get<std::string>()), "is required"});
    const json* props = s.contains("properties") ? &s["properties"] : nullptr;
    for (auto it = v.begin(); it != v.end(); ++it) {
      std::string p = path + "/" + pointerToken(it.key());
      if (props && props->contains(it.key())) {
        validate((*props)[it.key()], *it, p, issues, depth + 1);
      } else if (s.contains("additionalProperties")) {
        const json& ap = s["additionalProperties"];
        if (ap.is_boolean() && !ap.get<bool>())
          issues.push_back({p, "unexpected field"});
        else if (ap.is_object())
          validate(ap, *it, p, issues, depth + 1);
      }
    }
  }
  if (s.contains("allOf"))
    for (const auto& sub : s["allOf"]) validate(sub, v, path, issues, depth + 1);
  if (s.contains("anyOf") || s.contains("oneOf")) {
    bool one = s.contains("oneOf");
    const json& subs = one ? s["oneOf"] : s["anyOf"];
    std::size_t matched = 0;
    for (const auto& sub : subs) {
      JsonIssues sink;
      validate(sub, v, path, sink, depth + 1);
      if (sink.empty()) ++matched;
    }
    if (matched == 0) {
      issues.push_back({path, std::string("must match ") + (one ? "exactly one" : "at least one") + " of the allowed forms"});
    } else if (one && matched > 1) {
      issues.push_back({path, "matches more than one of the allowed forms"});
    }
  }
  if (s.contains("not")) {
    JsonIssues sink;
    validate(s["not"], v, path, sink, depth + 1);
    if (sink.empty()) issues.push_back({path, "is not allowed in this form"});
  }
  if (s.contains("if")) {
    JsonIssues sink;
    validate(s["if"], v, path, sink, depth + 1);
    if (sink.empty()) {
      if (s.contains("then")) validate(s["then"], v, path, issues, depth + 1);
    } else if (s.contains("else")) {
      validate(s["else"], v, path, issues, depth + 1);
    }
  }
}

}  // namespace reco
