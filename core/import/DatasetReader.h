// The interface of the per-format readers: each one reads one dataset (an events file with its users and items
// files) and feeds rows to an ImportSession. Constructors check the files and headers before anything is written.
#pragma once

namespace reco {

class ImportSession;

class DatasetReader {
 public:
  virtual ~DatasetReader() = default;
  // Reads every row into the session, stopping early when session.tick() or session.stopped() says so.
  // Throws std::runtime_error (file named) only for I/O failures.
  virtual void run(ImportSession& session) = 0;
};

}  // namespace reco
