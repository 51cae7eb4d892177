// What a rule set does to one user's recommendations: the trained model's ranking and the curated list side by
// side (titles, categories, scores, and the rule that decided each position), plus samples of a segment's users to
// preview. Loads the stored model once, so previewing many users is cheap.
#pragma once

#include <cstddef>
#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "core/curation/RuleApplier.h"
#include "core/models/Recommender.h"
#include "core/storage/ItemCatalogue.h"
#include "core/storage/Project.h"

namespace reco {

struct PreviewItem {
  std::string item;      // ext id
  std::string title;     // "" when the project has none
  std::string category;  // "" when unknown
  std::optional<double> score;  // model score; nullopt for a pinned item outside the model's candidates
};

struct PreviewPosition {
  std::size_t position = 0;  // 1-based
  PreviewItem item;
  std::string decidedBy;  // CuratedEntry::decidedBy(): "pin #3", "organic", "organic (boost #2)"
  std::optional<std::int64_t> rule;  // the pin rule, or the first boost/bury applied; nullopt = untouched
  std::string ruleText;   // that rule's Rule::describe(), "" when untouched
  bool changed = false;   // the item here differs from the base ranking's item at this position
};

struct CurationPreviewResult {
  std::string user;
  bool knownUser = false;           // the project has this user
  bool popularityFallback = false;  // the model had no history for the user: the base ranking is by popularity
  std::string note;                 // plain words about unknown or cold users; "" otherwise
  UserAttributes attributes;
  std::int64_t time = 0;
  std::size_t n = 0;
  std::vector<PreviewItem> base;         // the model's first n
  std::vector<PreviewPosition> curated;  // at most n
  CurationResult curation;               // everything the applier reported (bans, losing pins, capped items)
  std::vector<std::string> segments;     // segments of the rule set the user belongs to ("all users" first)
  // Titles of the items `curation` names outside the lists above (banned, capped out): ext id -> title ("" none).
  std::map<std::string, std::string> titles;
};

class CurationPreview {
 public:
  // Loads the stored model and the item catalogue. Throws std::runtime_error naming the model when it does not
  // exist, is corrupt, or was not trained on this project's ids.
  CurationPreview(Project& project, const std::string& modelName);
  ~CurationPreview();

  // Curates `userExtId`'s top n at `time` with `rules`. Unknown users and users the model never saw get the
  // popularity ranking, flagged and explained in `note`. Throws std::invalid_argument for a rule set that refers
  // to unknown segments.
  CurationPreviewResult preview(const RuleSet& rules, const std::string& userExtId, std::int64_t time, std::size_t n);

  // k members of `segment` drawn without replacement, the same for the same seed; in the users' id order.
  std::vector<std::string> sampleUsers(const Segment& segment, std::size_t k, std::uint64_t seed);

  // Whether the model's ranking leaves out the items the user interacted with in its training data (default true,
  // as serving does). Off-policy evaluation ranks them too: there the training data are the logged impressions
  // themselves, and leaving a user's seen items out would leave out exactly the logged ones.
  void setExcludeSeen(bool exclude) { excludeSeen_ = exclude; }

  const std::string& modelName() const { return modelName_; }
  const std::string& algorithm() const;

 private:
  using ItemRow = ItemCatalogue::Item;

  Project& project_;
  std::string modelName_;
  std::unique_ptr<Recommender> model_;
  std::unordered_map<std::int64_t, std::int32_t> userDense_;  // users.id -> model row
  std::vector<ItemRow> modelItems_;                           // per model item index
  ItemCatalogue catalogue_;                                   // every project item
  bool excludeSeen_ = true;
};

}  // namespace reco
