#include "core/curation/CurationPreview.h"

#include <algorithm>
#include <cstdio>
#include <numeric>
#include <stdexcept>

#include "core/base/Random.h"
#include "core/curation/CuratedTopN.h"
#include "core/curation/UserDirectory.h"
#include "core/models/ModelStore.h"
#include "core/models/RecommenderBase.h"

namespace reco {

CurationPreview::CurationPreview(Project& project, const std::string& modelName)
    : project_(project), modelName_(modelName), catalogue_(project) {
  model_ = ModelStore(project).load(modelName);
  const auto& itemIds = model_->itemIds();
  if (itemIds.empty() && model_->itemCount() > 0)
    throw std::runtime_error("model '" + modelName + "' was not trained on this project's items (it has no item ids)");
  if (!dynamic_cast<const RecommenderBase*>(model_.get()))
    throw std::runtime_error("model '" + modelName + "' (" + model_->info().name + ") has no popularity fallback");
  modelItems_.resize(itemIds.size());
  for (std::size_t i = 0; i < itemIds.size(); ++i) {
    if (const ItemRow* row = catalogue_.findById(itemIds[i]))
      modelItems_[i] = *row;
    else {  // removed from the project since training: keep a unique, recognisable id
      char id[32];
      std::snprintf(id, sizeof id, "#%lld", static_cast<long long>(itemIds[i]));
      modelItems_[i].extId = id;
    }
  }
  const auto& userIds = model_->userIds();
  userDense_.reserve(userIds.size());
  for (std::size_t u = 0; u < userIds.size(); ++u) userDense_.emplace(userIds[u], static_cast<std::int32_t>(u));
}

CurationPreview::~CurationPreview() = default;

const std::string& CurationPreview::algorithm() const { return model_->info().name; }

CurationPreviewResult CurationPreview::preview(const RuleSet& rules, const std::string& userExtId, std::int64_t time,
                                               std::size_t n) {
  RuleApplier applier(rules);
  CurationPreviewResult res;
  res.user = userExtId;
  res.time = time;
  res.n = n;

  std::optional<std::int32_t> dense;
  {
    auto st = project_.db().prepare("SELECT id FROM users WHERE ext_id = ?");
    st.bind(1, userExtId);
    if (st.step()) {
      res.knownUser = true;
      const std::int64_t id = st.columnInt(0);
      if (auto it = userDense_.find(id); it != userDense_.end()) dense = it->second;
    }
  }
  if (res.knownUser) res.attributes = UserDirectory(project_).attributesOf(userExtId);

  CurationRequest req;
  req.userId = userExtId;
  req.attributes = res.attributes;
  req.time = time;
  req.n = n;
  for (const auto& r : applier.ruleSet().rules)
    if (r.kind == RuleKind::PinItem)
      if (const ItemRow* row = catalogue_.findByExtId(r.item)) req.itemCategories[r.item] = row->category;

  bool fallback = false;
  const auto* base = dynamic_cast<const RecommenderBase*>(model_.get());
  CuratedTopN::TopProvider top = [&](std::size_t m, std::vector<ScoredItem>& out) {
    const int want = static_cast<int>(std::min<std::size_t>(m, 1u << 30));
    Recommendations r = dense ? model_->recommend(*dense, want, excludeSeen_) : base->recommendForNewUser(want);
    fallback = r.popularityFallback;
    out = std::move(r.items);
  };
  CuratedTopN curator(applier, [&](std::int32_t item, std::string& id, std::string& category) {
    const ItemRow& row = modelItems_.at(static_cast<std::size_t>(item));
    id = row.extId;
    category = row.category;
  });
  std::vector<ScoredItem> ranked;
  res.curation = curator.curate(req, top, ranked);
  res.popularityFallback = fallback;
  if (!res.knownUser)
    res.note = "There is no user '" + userExtId + "' in this project: the base ranking is the model's popularity "
               "fallback and only segments that an empty profile matches apply.";
  else if (!dense)
    res.note = "User '" + userExtId + "' has no interactions in the data model '" + modelName_ +
               "' was trained on: the base ranking is the popularity fallback.";
  else if (fallback)
    res.note = "User '" + userExtId + "' had no training history: the base ranking is the popularity fallback.";

  for (std::size_t i = 0; i < std::min(n, ranked.size()); ++i) {
    const ItemRow& row = modelItems_.at(static_cast<std::size_t>(ranked[i].item));
    res.base.push_back({row.extId, row.title, row.category, req.ranking[i].score});
  }
  for (const auto& e : res.curation.entries) {
    PreviewPosition p;
    p.position = e.position;
    p.item.item = e.item;
    p.item.category = e.category;
    p.item.score = e.baseScore;
    if (const ItemRow* row = catalogue_.findByExtId(e.item)) p.item.title = row->title;
    p.decidedBy = e.decidedBy();
    if (e.pinRule) p.rule = *e.pinRule;
    else if (!e.adjustments.empty()) p.rule = e.adjustments.front();
    if (p.rule)
      if (const Rule* r = applier.ruleSet().findRule(*p.rule)) p.ruleText = r->describe();
    p.changed = e.position > res.base.size() || res.base[e.position - 1].item != e.item;
    res.curated.push_back(std::move(p));
  }
  auto titleOf = [&](const std::string& item) {
    const ItemRow* row = catalogue_.findByExtId(item);
    res.titles.emplace(item, row ? row->title : std::string());
  };
  for (const auto& banned : res.curation.banned) titleOf(banned.first);
  for (const auto& item : res.curation.cappedOut) titleOf(item);
  res.segments.emplace_back(Segment::kAllUsers);
  for (const auto& s : applier.ruleSet().segments)
    if (s.contains(userExtId, res.attributes)) res.segments.push_back(s.name());
  return res;
}

std::vector<std::string> CurationPreview::sampleUsers(const Segment& segment, std::size_t k, std::uint64_t seed) {
  std::vector<std::string> members;
  UserDirectory(project_).forEachUser([&](const std::string& ext, const UserAttributes& attrs) {
    if (segment.contains(ext, attrs)) members.push_back(ext);
  });
  if (members.size() <= k) return members;
  std::vector<std::size_t> index(members.size());
  std::iota(index.begin(), index.end(), std::size_t{0});
  SeededRandom rng(seed);
  for (std::size_t i = 0; i < k; ++i)  // partial Fisher-Yates: the first k are a uniform sample
    std::swap(index[i], index[i + static_cast<std::size_t>(rng.below(index.size() - i))]);
  index.resize(k);
  std::sort(index.begin(), index.end());
  std::vector<std::string> out;
  out.reserve(k);
  for (auto i : index) out.push_back(std::move(members[i]));
  return out;
}

}  // namespace reco
