// Trained models kept inside the project (table `models`): the blob from Recommender::save() (which carries the
// user/item id mapping, so a stored model recommends by project ids) plus what it was trained with and on.
#pragma once

#include <cstdint>
#include <memory>
#include <nlohmann/json_fwd.hpp>
#include <optional>
#include <string>
#include <vector>

#include "core/data/MatrixSettings.h"
#include "core/models/Recommender.h"
#include "core/storage/Project.h"

namespace reco {

struct StoredModel {
  std::int64_t id = 0;
  std::string name;
  std::string algorithm;
  ModelParams params;
  std::int64_t trainedAt = 0;  // Unix seconds
  double seconds = 0;          // training wall time
  std::string dataFingerprint;
  std::string matrixSettingsJson;  // the MatrixSettings JSON as stored
  std::int64_t users = 0;
  std::int64_t items = 0;
  std::int64_t interactions = 0;
  std::vector<double> loss;  // per iteration; NaN where the algorithm reports none
  std::int64_t blobBytes = 0;
};

// What save() records besides the model itself.
struct TrainingRecord {
  MatrixSettings matrixSettings;
  std::string dataFingerprint;  // Project::dataFingerprint() when the matrix was built
  std::int64_t interactions = 0;
  double seconds = 0;
  std::vector<double> loss;
};

class ModelStore {
 public:
  explicit ModelStore(Project& project) : project_(project) {}

  // Stores a fitted model under `name`. Throws std::invalid_argument for an empty or over-long name, or when the
  // name is taken and replace is false.
  std::int64_t save(const std::string& name, const Recommender& model, const TrainingRecord& record,
                    bool replace = false);
  // All stored models, newest first (without blobs).
  std::vector<StoredModel> list();
  std::optional<StoredModel> find(const std::string& name);
  // Loads and verifies a stored model. Throws std::runtime_error naming the model when it does not exist or its blob
  // is corrupt.
  std::unique_ptr<Recommender> load(const std::string& name);
  bool remove(const std::string& name);
  // "ials-1", "ials-2", ...: the first name of that form not yet taken.
  std::string suggestName(const std::string& algorithm);

 private:
  Project& project_;
};

}  // namespace reco
