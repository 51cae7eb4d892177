// A valid rule-set document of about a given size, for measuring what reading, importing and saving a large rule set
// costs (tests/bench/bench_ruleset.cpp, tests/core/curation/RuleSetMemoryTest.cpp). Half of the bytes are user-id
// lists (segments of up to 200,000 ids "u00000001"... ascending), half are rules of every kind over those segments
// (few rules share an item, a category or a pin position, so the linter compares few pairs),
// an expression segment (country) and "all users"; a tenth of the rules have a time window. The text is the compact
// canonical form with its "sha256" (so it is the worst case for memory per byte: no indentation), and it imports
// into any project (the expression uses only the built-in attribute country). Deterministic.
#pragma once

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <string>
#include <vector>

#include "core/curation/Sha256.h"

namespace reco_test {

inline std::string syntheticRuleSetText(std::size_t targetBytes) {
  const std::size_t idBytes = targetBytes / 2;
  constexpr std::size_t kIdsPerSegment = 200000;
  constexpr std::size_t kBytesPerId = 12;  // "u00000001",
  std::size_t totalIds = idBytes / kBytesPerId;
  std::size_t listSegments = (totalIds + kIdsPerSegment - 1) / kIdsPerSegment;
  if (listSegments == 0) listSegments = 1;
  char buf[256];

  // Canonical form: keys sorted, no whitespace. "rules" comes before "segments".
  std::string rules = "[";
  std::size_t ruleBytesWanted = targetBytes - idBytes;
  static const char* kKinds[] = {"ban_item",     "pin_item",       "boost_item",    "bury_item",
                                 "ban_category", "boost_category", "bury_category", "category_cap"};
  for (std::uint64_t id = 1; rules.size() < ruleBytesWanted; ++id) {
    const char* kind = kKinds[id % 8];
    std::string segment = id % 3 == 0 ? "all users" : id % 3 == 1 ? "country DE" : "list " + std::to_string(id % listSegments);
    std::string fields;
    switch (id % 8) {
      case 0: std::snprintf(buf, sizeof buf, "\"item\":\"i%07llu\",", static_cast<unsigned long long>(id % 500000)); break;
      case 1:
        std::snprintf(buf, sizeof buf, "\"item\":\"i%07llu\",\"position\":%llu,", static_cast<unsigned long long>(id % 500000),
                      static_cast<unsigned long long>(1 + (id / 8) % 100000));
        break;
      case 2: std::snprintf(buf, sizeof buf, "\"factor\":1.5,\"item\":\"i%07llu\",", static_cast<unsigned long long>(id % 500000)); break;
      case 3: std::snprintf(buf, sizeof buf, "\"factor\":0.25,\"item\":\"i%07llu\",", static_cast<unsigned long long>(id % 500000)); break;
      case 4: std::snprintf(buf, sizeof buf, "\"category\":\"c%05llu\",", static_cast<unsigned long long>(id % 50000)); break;
      case 5: std::snprintf(buf, sizeof buf, "\"category\":\"c%05llu\",\"factor\":2,", static_cast<unsigned long long>(id % 50000)); break;
      case 6: std::snprintf(buf, sizeof buf, "\"category\":\"c%05llu\",\"factor\":0.5,", static_cast<unsigned long long>(id % 50000)); break;
      default: std::snprintf(buf, sizeof buf, "\"category\":\"c%05llu\",\"max_items\":3,", static_cast<unsigned long long>(id % 50000)); break;
    }
    // Sorted keys: author, category, created_at, enabled, ends_at, factor, id, item, kind, max_items, note,
    // position, priority, segment, starts_at.
    std::string r = "{\"author\":\"ana\",";
    std::string f = buf;
    auto take = [&](const char* key) {  // moves one "key":value, from f into r
      std::string k = std::string("\"") + key + "\":";
      auto p = f.find(k);
      if (p == std::string::npos) return;
      auto e = f.find(',', p);
      r += f.substr(p, e - p + 1);
    };
    take("category");
    r += "\"created_at\":\"2026-01-01T00:00:00Z\",\"enabled\":true,";
    if (id % 10 == 0) r += "\"ends_at\":\"2027-01-01T00:00:00Z\",";
    take("factor");
    r += "\"id\":" + std::to_string(id) + ",";
    take("item");
    r += std::string("\"kind\":\"") + kind + "\",";
    take("max_items");
    r += "\"note\":\"synthetic rule\",";
    take("position");
    r += "\"priority\":" + std::to_string(id % 7) + ",\"segment\":\"" + segment + "\"";
    if (id % 10 == 0) r += ",\"starts_at\":\"2026-01-01T00:00:00Z\"";
    r += "}";
    if (rules.size() > 1) rules += ",";
    rules += r;
  }
  rules += "]";

  // Segments sorted by name: "country DE" < "list 0" < "list 1" < ... (names compared as strings).
  std::string segments = "[{\"expression\":\"country = \\\"DE\\\"\",\"name\":\"country DE\",\"note\":\"\"}";
  std::vector<std::string> names;
  for (std::size_t s = 0; s < listSegments; ++s) names.push_back("list " + std::to_string(s));
  std::sort(names.begin(), names.end());
  std::size_t nextId = 1, left = totalIds;
  for (const auto& name : names) {
    segments += ",{\"name\":\"" + name + "\",\"note\":\"\",\"user_ids\":[";
    std::size_t n = std::min(left, kIdsPerSegment);
    left -= n;
    for (std::size_t k = 0; k < n; ++k) {
      std::snprintf(buf, sizeof buf, "%s\"u%08llu\"", k ? "," : "", static_cast<unsigned long long>(nextId++));
      segments += buf;
    }
    segments += "]}";
  }
  segments += "]";

  std::string head = "{\"author\":\"bench\",\"created_at\":\"2026-01-01T00:00:00Z\",\"message\":\"synthetic\",\"rules\":";
  std::string mid = ",\"ruleset_id\":\"synthetic\",\"schema_version\":1,\"segments\":";
  std::string tail = ",\"version\":1}";
  reco::Sha256 h;
  h.update(head);
  h.update(rules);
  h.update(mid);
  h.update(segments);
  h.update(tail);
  std::string text = std::move(head);
  text.reserve(text.size() + rules.size() + mid.size() + segments.size() + 100);
  text += rules;
  rules = std::string();
  text += mid;
  text += segments;
  segments = std::string();
  text += ",\"sha256\":\"" + h.hexDigest() + "\",\"version\":1}";
  return text;
}

}  // namespace reco_test
