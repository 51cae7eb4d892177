// Reader of the generic delimited event log: a CSV/TSV file with a header whose columns are mapped to event fields,
// automatically by common names (user_id, movieId, event_type, ts, rating, rank, arm, price_paid ...) or explicitly.
#pragma once

#include <array>
#include <map>
#include <string>
#include <utility>
#include <vector>

#include "core/import/DatasetReader.h"
#include "core/import/Importer.h"
#include "core/import/TextEncoding.h"

namespace reco {

class EventLogReader : public DatasetReader {
 public:
  // Field -> column for the columns whose names are recognised.
  static std::map<std::string, std::string> suggestMapping(const std::vector<std::string>& header);

  // Reads the header and resolves the mapping: automatic, overridden by options.mapping (field -> column name).
  // Throws std::runtime_error naming the file for an unreadable file, an unknown field or column in the mapping, or
  // when user, item or timestamp has no column.
  EventLogReader(std::string path, const ImportOptions& options);
  void run(ImportSession& session) override;

  const std::vector<std::string>& header() const { return header_; }
  std::map<std::string, std::string> mapping() const;  // field -> column, as resolved
  char delimiter() const { return delimiter_; }

 private:
  enum Field { User, Item, Type, Timestamp, Value, Position, Placement, Variant, Revenue, Propensity, Title, Category,
               Price, kFieldCount };
  class Rows;  // one pass over the data rows (EventLogReader.cpp)
  void resolveMapping(const ImportOptions& options);
  std::string path_;
  char delimiter_ = ',';
  TextEncoding encoding_ = TextEncoding::Utf8;
  std::vector<std::string> header_;
  std::array<int, kFieldCount> column_{};  // field -> column index, -1 when unmapped
};

}  // namespace reco
