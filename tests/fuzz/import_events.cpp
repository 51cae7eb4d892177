// Fuzz target: the generic event log importer (core/import/EventLogReader through importFiles) into a fresh
// temporary project, then reading the project back. Input: one option byte, then the CSV file's bytes.
//   option bit 0: --on-error abort, bit 1: --encoding latin1, bits 2-3: delimiter (auto, ',', '\t', ';').
#include <cstdint>
#include <stdexcept>

#include "tests/fuzz/FuzzSupport.h"
#include "tests/fuzz/ImportCheck.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size < 1) return 0;
  const std::uint8_t option = data[0];
  const auto folder = reco::fuzz::freshFolder("events");
  const auto path = (folder / "events.csv").string();
  reco::fuzz::writeFile(path, reco::fuzz::asText(data + 1, size - 1));

  reco::ImportOptions options;
  options.format = reco::ImportFormat::Events;
  options.onError = (option & 1) ? reco::ErrorPolicy::Abort : reco::ErrorPolicy::Skip;
  if (option & 2) options.encoding = "latin1";
  constexpr char kDelimiters[] = {0, ',', '\t', ';'};
  options.delimiter = kDelimiters[(option >> 2) & 3];

  reco::Project project = reco::fuzz::freshProject("events.reco");
  reco::ImportResult result;
  try {
    result = reco::importFiles(project, {path}, options);
  } catch (const std::runtime_error&) {
    return 0;  // unusable input, refused before anything was written
  }
  reco::fuzz::checkImport(project, result);
  return 0;
}
