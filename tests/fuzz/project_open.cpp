// Fuzz target: opening damaged project files (core/storage/Project) and a small read of what opened: the dataset
// summary, the fingerprint, every event block decoded (core/storage/EventStore), the analytics rollups, stored models,
// evaluation runs and the rule set's working copy. Input: the project file's bytes (the seeds are small projects
// written with 512-byte pages). Each input is written to a temporary file; its -wal/-shm are removed first.
#include <cstdint>
#include <exception>
#include <stdexcept>

#include "core/analytics/Rollups.h"
#include "core/curation/RuleSetStore.h"
#include "core/evaluation/EvaluationStore.h"
#include "core/models/ModelStore.h"
#include "core/storage/DatasetSummary.h"
#include "core/storage/EventStore.h"
#include "tests/fuzz/FuzzSupport.h"

namespace {

void smallRead(reco::Project& project) {
  (void)reco::summarizeDataset(project);
  (void)project.dataFingerprint();
  reco::EventScanner scanner(project.db(), reco::kAllEventColumns);
  while (scanner.next())
    if (scanner.rowBegin() < scanner.rowEnd()) (void)scanner.block().row(scanner.rowBegin());
  if (reco::rollupsUpToDate(project.db())) {
    (void)reco::readItemRollups(project.db());
    (void)reco::readActivityRollups(project.db());
  }
  reco::ModelStore models(project);
  for (const auto& m : models.list()) {
    try {
      (void)models.load(m.name);
    } catch (const std::runtime_error&) {
    }
  }
  (void)reco::EvaluationStore(project).list();
  (void)reco::RuleSetStore(project).load();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const auto path = reco::fuzz::scratchFolder() / "damaged.reco";
  reco::fuzz::removeProject(path);
  reco::fuzz::writeFile(path, reco::fuzz::asText(data, size));
  for (bool readOnly : {true, false}) {
    try {
      reco::Project project = readOnly ? reco::Project::openReadOnly(path) : reco::Project::open(path);
      smallRead(project);
    } catch (const std::runtime_error&) {
      // ProjectError, DatabaseError and the readers' own errors: a damaged file is refused with a reason
    } catch (const std::invalid_argument&) {
    }
  }
  return 0;
}
