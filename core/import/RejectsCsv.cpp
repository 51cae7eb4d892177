#include "core/import/RejectsCsv.h"

#include "core/base/CsvText.h"

namespace reco {

std::string writeRejectsCsv(const std::vector<ImportReject>& rejects) {
  std::string out = "file,line,reason\r\n";
  for (const ImportReject& r : rejects)
    out += csvField(r.file) + "," + std::to_string(r.line) + "," + csvField(r.reason) + "\r\n";
  return out;
}

}  // namespace reco
