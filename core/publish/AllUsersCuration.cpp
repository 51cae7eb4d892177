#include "core/publish/AllUsersCuration.h"

#include <algorithm>
#include <cstdio>
#include <map>
#include <stdexcept>
#include <unordered_map>

#include "core/curation/CuratedTopN.h"
#include "core/curation/UserDirectory.h"
#include "core/models/ModelStore.h"
#include "core/models/ParallelFor.h"
#include "core/storage/ItemCatalogue.h"

namespace reco {

AllUsersCuration::AllUsersCuration(Project& project, const std::string& modelName) : project_(project) {
  model_ = ModelStore(project).load(modelName);
  const auto& itemIds = model_->itemIds();
  if (itemIds.empty() && model_->itemCount() > 0)
    throw std::runtime_error("model '" + modelName + "' was not trained on this project's items (it has no item ids)");
  const ItemCatalogue catalogue(project);
  items_.resize(itemIds.size());
  for (std::size_t i = 0; i < itemIds.size(); ++i) {
    if (const auto* row = catalogue.findById(itemIds[i])) {
      items_[i] = {row->extId, row->category};
    } else {  // removed from the project since training: the same id CurationPreview shows
      char id[32];
      std::snprintf(id, sizeof id, "#%lld", static_cast<long long>(itemIds[i]));
      items_[i].first = id;
    }
  }
  std::unordered_map<std::int64_t, std::int32_t> dense;
  const auto& userIds = model_->userIds();
  dense.reserve(userIds.size());
  for (std::size_t u = 0; u < userIds.size(); ++u) dense.emplace(userIds[u], static_cast<std::int32_t>(u));
  users_.reserve(userIds.size());
  auto st = project.db().prepare("SELECT id, ext_id FROM users ORDER BY id");
  while (st.step())
    if (auto it = dense.find(st.columnInt(0)); it != dense.end())
      users_.push_back({st.columnInt(0), st.columnText(1), it->second});
}

AllUsersCuration::~AllUsersCuration() = default;

std::vector<std::string> AllUsersCuration::userIds() const {
  std::vector<std::string> out;
  out.reserve(users_.size());
  for (const auto& u : users_) out.push_back(u.extId);
  return out;
}

void AllUsersCuration::run(const RuleSet& rules, std::int64_t time, std::size_t n, std::size_t batch, int threads,
                           const Visit& visit, const std::function<void(std::size_t)>& afterBatch) const {
  batch = std::max<std::size_t>(batch, 1);
  const RuleApplier applier(rules);
  const CuratedTopN curator(applier, [this](std::int32_t item, std::string& id, std::string& category) {
    const auto& row = items_.at(static_cast<std::size_t>(item));
    id = row.first;
    category = row.second;
  });
  std::map<std::string, std::string> pinCategories;  // as CurationPreview: the categories of pinned items
  {
    const ItemCatalogue catalogue(project_);
    for (const auto& r : applier.ruleSet().rules)
      if (r.kind == RuleKind::PinItem)
        if (const auto* row = catalogue.findByExtId(r.item)) pinCategories[r.item] = row->category;
  }
  std::unordered_map<std::string, std::int32_t> denseOf;
  denseOf.reserve(users_.size());
  for (const auto& u : users_) denseOf.emplace(u.extId, u.dense);

  struct Job {
    const std::string* ext = nullptr;
    UserAttributes attributes;
    std::int32_t dense = 0;
    CurationResult result;
  };
  std::vector<Job> jobs;
  jobs.reserve(batch);
  const int workers = resolveThreadCount(threads);
  std::size_t done = 0;
  auto flush = [&] {
    parallelFor(static_cast<std::int64_t>(jobs.size()), 32, workers,
                [&](std::int64_t, std::int64_t begin, std::int64_t end, int) {
                  CurationRequest req;
                  std::vector<ScoredItem> base;
                  for (auto i = begin; i < end; ++i) {
                    Job& job = jobs[static_cast<std::size_t>(i)];
                    const CuratedTopN::TopProvider top = [&](std::size_t m, std::vector<ScoredItem>& result) {
                      const int want = static_cast<int>(std::min<std::size_t>(m, 1u << 30));
                      result = model_->recommend(job.dense, want, true).items;
                    };
                    req.userId = *job.ext;
                    req.attributes = std::move(job.attributes);
                    req.time = time;
                    req.n = n;
                    req.itemCategories = pinCategories;
                    job.result = curator.curate(req, top, base);
                  }
                });
    for (const auto& job : jobs) visit(*job.ext, job.result);
    done += jobs.size();
    jobs.clear();
    if (afterBatch) afterBatch(done);
  };
  UserDirectory(project_).forEachUser([&](const std::string& ext, const UserAttributes& attrs) {
    auto it = denseOf.find(ext);
    if (it == denseOf.end()) return;  // the model does not know this user
    jobs.push_back({&it->first, attrs, it->second, {}});
    if (jobs.size() >= batch) flush();
  });
  flush();
}

}  // namespace reco
