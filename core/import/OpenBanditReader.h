// Reader of the Open Bandit Dataset (ZOZOTOWN) CSV: one row per impression with timestamp, item_id, position, click,
// propensity_score and hashed user features; item_context.csv gives item features.
// Mapping: each row is one impression event, plus a click event (same time, position and propensity) when click=1;
// the row counts once. Items are "<campaign>/<item_id>" (item ids restart at 0 in every campaign) with the campaign
// as category; the campaign is the placement and the logging policy (random, bts: from the folder) the variant.
// The dataset has no user id: a user is one combination of user_feature_0..3 (stored as attributes), named
// "ctx-<hash>". The per-row user-item affinity columns are not stored.
#pragma once

#include <string>
#include <vector>

#include "core/import/DatasetReader.h"
#include "core/import/ImportPlan.h"
#include "core/storage/EventStore.h"

namespace reco {

class DelimitedReader;

class OpenBanditReader : public DatasetReader {
 public:
  // Reads and checks the headers; throws std::runtime_error naming the file for a missing column.
  OpenBanditReader(ImportJob job, const ImportOptions& options);
  void run(ImportSession& session) override;

 private:
  void readItems(ImportSession& session);
  void readEvents(ImportSession& session);
  std::size_t eventWidth() const;  // the fields an events row needs
  // Checks the current record and parses it into e and click (0 or 1); the reject reason, or empty.
  std::string parseEvent(const DelimitedReader& r, std::size_t width, EventRow& e, std::int64_t& click) const;

  ImportJob job_;
  int colTimestamp_ = -1, colItem_ = -1, colPosition_ = -1, colClick_ = -1, colPropensity_ = -1;
  std::vector<int> colUserFeatures_;
  std::vector<std::string> userFeatureNames_;
  int ctxItem_ = -1;
  std::vector<int> ctxFeatures_;
  std::vector<std::string> ctxFeatureNames_;
  std::vector<std::int64_t> knownItems_;
};

}  // namespace reco
