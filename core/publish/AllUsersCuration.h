// Every user a stored model knows, with the user's curated top N under a rule set: computed in parallel batches and
// handed out in the users' id order. One home for "the curated list of everyone", used by publish (the topn keys) and
// by `recommend --all-users` (CSV / JSON lines). Each list equals what CurationPreview (rules preview) shows.
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "core/curation/RuleApplier.h"
#include "core/models/Recommender.h"
#include "core/storage/Project.h"

namespace reco {

class AllUsersCuration {
 public:
  // Loads the stored model (throws std::runtime_error naming it when missing, corrupt or not trained on this project's
  // ids) and the item catalogue.
  AllUsersCuration(Project& project, const std::string& modelName);
  ~AllUsersCuration();

  // How many users the model knows and the project still has: the number of lists run() hands out.
  std::size_t users() const { return users_.size(); }
  // Their ids (users.ext_id), in users.id order.
  std::vector<std::string> userIds() const;

  using Visit = std::function<void(const std::string& userId, const CurationResult& result)>;
  // Curates every known user's top n at `time` with `rules`, `batch` users at a time on `threads` threads (0 = all
  // cores); visit() runs on the calling thread in user id order, afterBatch(done) after each batch (progress, cancel:
  // an exception thrown there stops the run).
  void run(const RuleSet& rules, std::int64_t time, std::size_t n, std::size_t batch, int threads, const Visit& visit,
           const std::function<void(std::size_t done)>& afterBatch = {}) const;

 private:
  struct KnownUser {
    std::int64_t id;
    std::string extId;
    std::int32_t dense;
  };
  Project& project_;
  std::unique_ptr<Recommender> model_;
  std::vector<std::pair<std::string, std::string>> items_;  // per model item: ext id, category
  std::vector<KnownUser> users_;                            // in users.id order
};

}  // namespace reco
