// The rows an import rejected as CSV (file, line, reason), for fixing the source file: the import wizard's "Save
// Rejects as CSV" writes this. There is no reader.
#pragma once

#include <string>
#include <vector>

#include "core/import/Importer.h"

namespace reco {

// RFC 4180 with CRLF line ends, UTF-8: a header "file,line,reason", then one row per reject with the file's full
// path as given to the import, the 1-based line and the reason; text fields quoted by csvField (core/base/CsvText).
std::string writeRejectsCsv(const std::vector<ImportReject>& rejects);

}  // namespace reco
