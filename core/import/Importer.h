// Importing interaction datasets into a project: format detection, preview, column mapping and the streaming import.
// Contract: rows_read == rows_imported + rows_rejected; every rejected row is reported with file, line and reason;
// an aborted, failed or cancelled import leaves the project exactly as it was (one transaction).
#pragma once

#include <atomic>
#include <cstdint>
#include <functional>
#include <map>
#include <string>
#include <vector>

#include "core/storage/Project.h"

namespace reco {

enum class ImportFormat {
  Auto,             // detect from file names and headers
  Events,           // generic delimited event log with a header; columns mapped to fields
  MovieLens100K,    // u.data (+ u.item Latin-1, u.user)
  MovieLensLatest,  // ratings.csv (+ movies.csv)
  MovieLens1M,      // ratings.dat (+ movies.dat, users.dat), '::'-separated
  OpenBandit,       // Open Bandit Dataset CSV (+ item_context.csv)
};

std::string formatName(ImportFormat f);                 // "events", "movielens-100k", ...
bool parseFormatName(const std::string& name, ImportFormat& out);  // accepts "auto" too

enum class ErrorPolicy { Skip, Abort };

// Target fields of the generic event log, as used in --map FIELD=COLUMN:
// user, item, type, timestamp, value, position, placement, variant, revenue, propensity, title, category, price.
const std::vector<std::string>& eventFieldNames();

struct ImportOptions {
  ImportFormat format = ImportFormat::Auto;
  std::map<std::string, std::string> mapping;  // field -> file column name (generic event log); unmapped = automatic
  ErrorPolicy onError = ErrorPolicy::Skip;
  std::string encoding;      // "" = auto (UTF-8, BOM stripped); "latin1" converts ISO-8859-1 to UTF-8
  char delimiter = 0;        // 0 = auto-detect (',', '\t', ';', '|')
  std::size_t maxRejectsKept = 1000;  // rejects beyond this are counted, not kept
};

struct ImportProgress {
  std::uint64_t bytesDone = 0;
  std::uint64_t bytesTotal = 0;  // all files together
  std::uint64_t rowsRead = 0;
  std::string currentFile;
};

struct ImportReject {
  std::string file;
  std::int64_t line = 0;  // 1-based physical line where the record starts
  std::string reason;
};

// What happened to one file of an import. role: "events", "items" or "users".
struct ImportFileStats {
  std::string file;
  std::string role;
  std::uint64_t rowsRead = 0;
  std::uint64_t rowsImported = 0;
  std::uint64_t rowsRejected = 0;
  std::uint64_t events = 0;  // events written from this file's rows
};

// Where the time went (seconds), for the benchmark and the curious.
struct ImportTimings {
  double rows = 0;     // reading, validating and storing rows (event blocks included)
  double rollups = 0;  // bringing the analytics rollups up to date
  double commit = 0;   // commit and WAL checkpoint
};

// Counting rule: every data row of every file read (event files and the users/items files that come with them,
// headers excluded) is either imported or rejected, never both: rowsRead == rowsImported + rowsRejected.
// A row may yield more than one event (an Open Bandit impression that was clicked gives an impression and a click),
// so eventsImported can exceed the rows imported from event files. When committed is false, none of the counted rows
// is in the project.
struct ImportResult {
  std::uint64_t rowsRead = 0;  // data rows of all files read (headers excluded)
  std::uint64_t rowsImported = 0;
  std::uint64_t rowsRejected = 0;
  std::uint64_t eventsImported = 0;
  std::uint64_t usersAdded = 0;
  std::uint64_t itemsAdded = 0;
  double seconds = 0;
  std::vector<ImportReject> rejects;  // at most options.maxRejectsKept
  bool committed = false;             // false when aborted, cancelled or failed: the project is unchanged
  bool cancelled = false;
  std::string error;                  // why it did not commit (abort reason or failure), empty when committed
  std::vector<ImportFileStats> files;  // per file, in reading order
  std::vector<ImportFormat> formats;   // the format of each dataset imported (auto-detection's answer)
  ImportTimings timings;
};

using ImportProgressFn = std::function<void(const ImportProgress&)>;

// What the wizard shows before importing: the detected format, delimiter, header and first rows, and the automatic
// column mapping. Throws std::runtime_error naming the file for unreadable input.
struct ImportPreview {
  ImportFormat format = ImportFormat::Events;
  char delimiter = ',';
  std::string encoding;
  std::vector<std::string> header;
  std::vector<std::vector<std::string>> rows;
  std::map<std::string, std::string> suggestedMapping;  // field -> column
  std::vector<std::string> files;                       // the files the import will read (e.g. u.data + u.item + u.user)
};
ImportPreview previewImport(const std::vector<std::string>& paths, const ImportOptions& options, std::size_t maxRows = 20);

// Imports the given files (or dataset folders) into the project. When rows were read but every one was rejected,
// nothing is committed (committed false, error says so). Never throws for bad rows or cancellation;
// throws std::runtime_error only for unusable input (missing file, unknown format) or when another import is running
// on the project (core/import/ImportLock.h), before anything was written.
ImportResult importFiles(Project& project, const std::vector<std::string>& paths, const ImportOptions& options,
                         const ImportProgressFn& progress = {}, const std::atomic<bool>* cancel = nullptr);

}  // namespace reco
