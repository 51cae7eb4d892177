// The interface of the per-format readers: each one reads one dataset (an events file with its users and items
// files) and feeds rows to an ImportSession. Constructors check the files and headers before anything is written.
#pragma once

#include <cstdint>

#include "core/import/ImportSession.h"

namespace reco {

class DatasetReader {
 public:
  virtual ~DatasetReader() = default;
  // Reads every row into the session, stopping early when session.tick() or session.stopped() says so.
  // Throws std::runtime_error (file named) only for I/O failures.
  virtual void run(ImportSession& session) = 0;
};

// The row loop every reader shares: hands each remaining record of `reader` (a DelimitedReader) to row(line) after
// the session's tick, and stops when the session stops (cancelled, or aborted by a reject).
template <class Reader, class Row>
void forEachRecord(ImportSession& session, Reader& reader, Row&& row) {
  while (reader.next()) {
    if (!session.tick(reader.bytesConsumed())) break;
    row(static_cast<std::int64_t>(reader.line()));
    if (session.stopped()) break;
  }
}

}  // namespace reco
