// The rankings of a trained model, optionally curated by a rule set through the reference applier (CurationPreview),
// as a RankingPolicy::Ranker for off-policy evaluation: what the model (with the rules) would have shown each logged
// user at the time of the impression. The model ranks every item, the user's seen ones included.
#pragma once

#include <memory>
#include <optional>
#include <string>

#include "core/curation/RuleSet.h"
#include "core/whatif/TargetPolicy.h"

namespace reco {

class Project;

// `project` (the logs' project, which holds the model) must outlive the returned ranker. Lists are `length` long
// (enough to cover every slot after skipping items that are not candidates of the placement). Throws
// std::runtime_error naming the model when it does not exist or does not fit the project, std::invalid_argument for
// a rule set that refers to unknown segments (on the first ranking).
RankingPolicy::Ranker modelRanker(Project& project, const std::string& modelName, std::optional<RuleSet> rules,
                                  std::size_t length);

// Whether a rule of `rules` has a time window, so that rankings must be asked per day (RankingPolicy's perDay).
bool rulesHaveTimeWindows(const RuleSet& rules);

}  // namespace reco
