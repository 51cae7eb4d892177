#include "core/whatif/ModelRanking.h"

#include <unordered_map>

#include "core/curation/CurationPreview.h"
#include "core/storage/Project.h"

namespace reco {

RankingPolicy::Ranker modelRanker(Project& project, const std::string& modelName, std::optional<RuleSet> rules,
                                  std::size_t length) {
  struct State {
    State(Project& p, const std::string& model) : preview(p, model) {}
    CurationPreview preview;
    RuleSet rules;
    std::unordered_map<std::int64_t, std::string> userIds;  // users.id -> ext id
  };
  auto state = std::make_shared<State>(project, modelName);
  state->preview.setExcludeSeen(false);  // the logged impressions are the model's training data (CurationPreview.h)
  if (rules) state->rules = std::move(*rules);
  {
    Statement st(project.db(), "SELECT id, ext_id FROM users");
    while (st.step()) state->userIds.emplace(st.columnInt(0), st.columnText(1));
  }
  return [state, length](std::int64_t user, std::int64_t time) {
    auto it = state->userIds.find(user);
    const std::string ext = it == state->userIds.end() ? std::to_string(user) : it->second;
    const CurationPreviewResult r = state->preview.preview(state->rules, ext, time, length);
    std::vector<std::string> ranked;
    ranked.reserve(r.curated.size());
    for (const auto& p : r.curated) ranked.push_back(p.item.item);
    return ranked;
  };
}

bool rulesHaveTimeWindows(const RuleSet& rules) {
  for (const Rule& r : rules.rules)
    if (r.startsAt || r.endsAt) return true;
  return false;
}

}  // namespace reco
