// What every importer target checks after an import into a fresh project: the counting contract
// (rows read = imported + rejected), and that the project reads back (summary, fingerprint, every event block).
#pragma once

#include <string>

#include "core/import/Importer.h"
#include "core/storage/DatasetSummary.h"
#include "core/storage/EventStore.h"
#include "tests/fuzz/FuzzSupport.h"

namespace reco::fuzz {

inline void checkImport(Project& project, const ImportResult& result) {
  if (result.rowsRead != result.rowsImported + result.rowsRejected)
    propertyFailed("rows read " + std::to_string(result.rowsRead) + " != imported " +
                   std::to_string(result.rowsImported) + " + rejected " + std::to_string(result.rowsRejected));
  const DatasetSummary summary = summarizeDataset(project);
  if (!result.committed && summary.events != 0) propertyFailed("an import that did not commit left events");
  if (result.committed && static_cast<std::uint64_t>(summary.events) != result.eventsImported)
    propertyFailed("the project holds " + std::to_string(summary.events) + " events, the import reported " +
                   std::to_string(result.eventsImported));
  (void)project.dataFingerprint();
  EventScanner scanner(project.db(), kAllEventColumns);
  std::uint64_t rows = 0;
  while (scanner.next()) rows += scanner.rowEnd() - scanner.rowBegin();
  if (rows != static_cast<std::uint64_t>(summary.events)) propertyFailed("the event blocks hold a different count");
}

}  // namespace reco::fuzz
