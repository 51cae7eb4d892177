// Fuzz target: the delimited reader (core/import/DelimitedReader) and format detection (core/import/ImportPlan,
// previewImport). Input: one option byte, then the file's bytes.
//   option bits 0-2: the file name (detection looks at names), bit 3: quoting off, bits 4-6: delimiter.
#include <cstdint>
#include <stdexcept>

#include "core/import/DelimitedReader.h"
#include "core/import/ImportPlan.h"
#include "core/import/Importer.h"
#include "tests/fuzz/FuzzSupport.h"

namespace {
constexpr const char* kNames[] = {"events.csv", "u.data", "ratings.dat", "ratings.csv",
                                  "item_context.csv", "events.tsv", "movies.csv", "log.txt"};
constexpr const char* kDelimiters[] = {",", "\t", ";", "|", "::", ",", "\t", "::"};
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size < 1) return 0;
  const std::uint8_t option = data[0];
  const auto folder = reco::fuzz::freshFolder("delimited");
  const auto path = (folder / kNames[option & 7]).string();
  reco::fuzz::writeFile(path, reco::fuzz::asText(data + 1, size - 1));

  try {
    (void)reco::detectFileFormat(path);
    (void)reco::detectDelimiter(reco::readFirstLine(path));
  } catch (const std::runtime_error&) {
  }
  try {
    reco::ImportOptions options;
    (void)reco::previewImport({path}, options, 5);
  } catch (const std::runtime_error&) {
  }

  reco::DelimitedReader::Options options;
  options.delimiter = kDelimiters[(option >> 4) & 7];
  options.quoting = (option & 8) == 0;
  try {
    reco::DelimitedReader reader(path, options);
    std::int64_t lastLine = 0;
    std::size_t bytes = 0;
    while (reader.next()) {
      if (reader.line() <= lastLine) reco::fuzz::propertyFailed("record lines do not increase");
      lastLine = reader.line();
      for (std::size_t i = 0; i < reader.fieldCount(); ++i) bytes += reader.field(i).size();
      bytes += reader.rawRecord().size();
      if (reader.bytesConsumed() > reader.fileSize()) reco::fuzz::propertyFailed("consumed more bytes than the file has");
    }
    (void)bytes;
  } catch (const std::runtime_error&) {
  }
  return 0;
}
