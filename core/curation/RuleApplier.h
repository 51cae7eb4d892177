// The reference rule applier: curates one user's base ranking with a rule set, exactly as docs/ruleset-spec.md
// specifies. Depends only on std and nlohmann-json (through RuleSet), so a serving tier can embed it.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "core/curation/RuleSet.h"

namespace reco {

struct RankedItem {
  std::string item;
  std::string category;  // "" when unknown
  double score = 0.0;    // model score, higher is better; must be finite
};

struct CurationRequest {
  std::string userId;
  UserAttributes attributes;
  std::int64_t time = 0;            // Unix seconds, UTC
  std::vector<RankedItem> ranking;  // base ranking; item ids must be unique
  std::size_t n = 10;               // list length
  // Categories of items that are not in the ranking (pinned new items), so category bans apply to them too.
  std::map<std::string, std::string> itemCategories;
};

struct CuratedEntry {
  std::size_t position = 0;  // 1-based
  std::string item;
  std::string category;
  std::optional<std::int64_t> pinRule;  // the pin that put the item here; nullopt = organic
  std::optional<double> baseScore;      // nullopt for a pinned item that was not among the candidates
  double adjustedScore = 0.0;           // organic: after boosts and buries
  std::vector<std::int64_t> adjustments;  // organic: ids of the boost/bury rules applied, ascending
  // "pin #12", "organic", or "organic (boost #3, bury #5)".
  std::string decidedBy() const;
};

struct CurationResult {
  std::vector<CuratedEntry> entries;             // at most n
  std::vector<std::int64_t> activeRules;         // ascending ids
  std::map<std::string, std::int64_t> banned;    // item removed by a ban -> the deciding ban rule (smallest id)
  std::map<std::int64_t, std::int64_t> losingPins;  // pin that lost -> the pin that took its place (or its item)
  std::vector<std::string> cappedOut;            // organic items skipped by a category cap, in organic order
};

class RuleApplier {
 public:
  explicit RuleApplier(RuleSet rules);

  // Throws std::invalid_argument for duplicate item ids or non-finite scores in the ranking.
  CurationResult apply(const CurationRequest& request) const;

  // The score transform: s*f for s > 0, s/f otherwise (f = product of the item's boost/bury factors).
  // Strictly increasing in s for any f > 0, and non-decreasing in f for any s.
  static double adjustScore(double score, double factor);

  const RuleSet& ruleSet() const { return rules_; }

 private:
  // Step 1 of the spec: the active rules, ascending id; their ids also go to out.activeRules.
  std::vector<const Rule*> activeRules(const CurationRequest& req, CurationResult& out) const;

  RuleSet rules_;
  std::vector<const Segment*> segments_;  // distinct segments used by rules
  std::vector<std::size_t> ruleSegment_;  // per rule (in rules_.rules order): index into segments_
};

}  // namespace reco
