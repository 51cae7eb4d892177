#include "core/import/Importer.h"

#include <filesystem>
#include <fstream>
#include <memory>
#include <stdexcept>

#include "core/import/DelimitedReader.h"
#include "core/import/EventLogReader.h"
#include "core/import/FieldParsing.h"
#include "core/import/ImportLock.h"
#include "core/import/ImportPlan.h"
#include "core/import/InputFile.h"
#include "core/import/ImportSession.h"
#include "core/import/MovieLensReader.h"
#include "core/import/OpenBanditReader.h"
#include "core/import/TextEncoding.h"

namespace reco {

namespace {

std::unique_ptr<DatasetReader> makeReader(const ImportJob& job, const ImportOptions& options) {
  switch (job.format) {
    case ImportFormat::MovieLens100K:
    case ImportFormat::MovieLens1M:
    case ImportFormat::MovieLensLatest: return std::make_unique<MovieLensReader>(job, options);
    case ImportFormat::OpenBandit: return std::make_unique<OpenBanditReader>(job, options);
    case ImportFormat::Events:
    case ImportFormat::Auto: break;
  }
  return std::make_unique<EventLogReader>(job.events, options);
}

std::uint64_t fileSize(const std::string& path) {
  std::error_code ec;
  auto n = std::filesystem::file_size(path, ec);
  return ec ? 0 : static_cast<std::uint64_t>(n);
}

std::string displayText(std::string_view field, TextEncoding enc) {
  if (enc == TextEncoding::Latin1 || !isValidUtf8(field)) return latin1ToUtf8(field);
  return std::string(field);
}

}  // namespace

std::string formatName(ImportFormat f) {
  switch (f) {
    case ImportFormat::Auto: return "auto";
    case ImportFormat::Events: return "events";
    case ImportFormat::MovieLens100K: return "movielens-100k";
    case ImportFormat::MovieLensLatest: return "movielens-latest";
    case ImportFormat::MovieLens1M: return "movielens-1m";
    case ImportFormat::OpenBandit: return "open-bandit";
  }
  return "events";
}

bool parseFormatName(const std::string& name, ImportFormat& out) {
  for (ImportFormat f : {ImportFormat::Auto, ImportFormat::Events, ImportFormat::MovieLens100K,
                         ImportFormat::MovieLensLatest, ImportFormat::MovieLens1M, ImportFormat::OpenBandit}) {
    if (formatName(f) == name) {
      out = f;
      return true;
    }
  }
  return false;
}

const std::vector<std::string>& eventFieldNames() {
  static const std::vector<std::string> names = {"user",      "item",      "type",    "timestamp", "value",
                                                 "position",  "placement", "variant", "revenue",   "propensity",
                                                 "title",     "category",  "price"};
  return names;
}

ImportPreview previewImport(const std::vector<std::string>& paths, const ImportOptions& options, std::size_t maxRows) {
  const InputScope streams;  // a FIFO among the paths is opened once for the whole preview
  const std::vector<ImportJob> jobs = planImport(paths, options.format);
  ImportPreview p;
  for (const ImportJob& j : jobs)
    for (const std::string& f : j.files()) p.files.push_back(f);
  const ImportJob& job = jobs.front();
  p.format = job.format;
  TextEncoding enc = TextEncoding::Utf8;
  if (!options.encoding.empty() && !parseTextEncoding(options.encoding, enc))
    throw std::runtime_error("unknown encoding '" + options.encoding + "' (use utf-8 or latin1)");
  p.encoding = enc == TextEncoding::Latin1 ? "latin1" : "utf-8";

  std::string file = job.events.empty() ? (job.items.empty() ? job.users : job.items) : job.events;
  char delimiterChars[3] = {',', '\0', '\0'};
  bool quoting = true, hasHeader = true;
  switch (job.format) {
    case ImportFormat::MovieLens100K:
      delimiterChars[0] = job.events.empty() ? '|' : '\t';
      quoting = hasHeader = false;
      if (!job.events.empty()) p.header = {"user", "item", "rating", "timestamp"};
      break;
    case ImportFormat::MovieLens1M:
      delimiterChars[0] = delimiterChars[1] = ':';
      quoting = hasHeader = false;
      if (!job.events.empty()) p.header = {"user", "item", "rating", "timestamp"};
      break;
    case ImportFormat::MovieLensLatest:
    case ImportFormat::OpenBandit: break;
    case ImportFormat::Events:
    case ImportFormat::Auto:
      delimiterChars[0] = options.delimiter ? options.delimiter : detectDelimiter(readFirstLine(file));
      break;
  }
  p.delimiter = delimiterChars[0];
  DelimitedReader reader(file, {std::string(delimiterChars), quoting});
  if (hasHeader && reader.next())
    for (std::string_view f : reader.fields()) p.header.push_back(displayText(trimField(f), enc));
  while (p.rows.size() < maxRows && reader.next()) {
    std::vector<std::string> row;
    for (std::string_view f : reader.fields()) row.push_back(displayText(f, enc));
    p.rows.push_back(std::move(row));
  }
  if (job.format == ImportFormat::Events) {
    p.suggestedMapping = EventLogReader::suggestMapping(p.header);
  } else if (p.header.size() >= 4 && (job.format == ImportFormat::MovieLens100K || job.format == ImportFormat::MovieLens1M ||
                                   job.format == ImportFormat::MovieLensLatest)) {
    p.suggestedMapping = {{"user", p.header[0]}, {"item", p.header[1]}, {"value", p.header[2]},
                          {"timestamp", p.header[3]}};
  } else if (job.format == ImportFormat::OpenBandit && !job.events.empty()) {
    p.suggestedMapping = {{"timestamp", "timestamp"}, {"item", "item_id"}, {"position", "position"},
                          {"propensity", "propensity_score"}};
  }
  return p;
}

ImportResult importFiles(Project& project, const std::vector<std::string>& paths, const ImportOptions& options,
                         const ImportProgressFn& progress, const std::atomic<bool>* cancel) {
  const InputScope streams;  // a FIFO or /dev/stdin among the paths is opened once and read by every step
  const std::vector<ImportJob> jobs = planImport(paths, options.format);
  // Every file is opened and every header checked before anything is written.
  std::vector<std::unique_ptr<DatasetReader>> readers;
  std::vector<std::string> files;
  std::string formatText;
  std::uint64_t bytesTotal = 0;
  for (const ImportJob& job : jobs) {
    readers.push_back(makeReader(job, options));
    for (const std::string& f : job.files()) {
      files.push_back(f);
      bytesTotal += fileSize(f);
    }
    const std::string name = formatName(job.format);
    if (formatText.find(name) == std::string::npos) formatText += (formatText.empty() ? "" : ",") + name;
  }

  const ImportLock lock(project.path());  // throws at once when another import runs on this project
  ImportSession session(project, options, progress, cancel, bytesTotal);
  try {
    for (auto& reader : readers) {
      reader->run(session);
      if (session.stopped()) break;
    }
    ImportResult& r = session.result();
    if (session.stopped()) {
      session.rollback();
    } else if (r.rowsRead > 0 && r.rowsImported == 0) {  // every row rejected: a failure, not an empty success
      session.rollback();
      r.error = "all " + std::to_string(r.rowsRejected) + " rows were rejected; nothing was imported" +
                (r.rejects.empty() ? std::string()
                                   : " (first: " + r.rejects.front().file + ":" +
                                         std::to_string(r.rejects.front().line) + ": " + r.rejects.front().reason + ")");
    } else {
      session.commit(files, formatText);
    }
  } catch (const std::exception& e) {
    session.rollback();
    session.result().error = e.what();
    session.result().committed = false;
  }
  ImportResult result = std::move(session.result());
  for (const ImportJob& job : jobs) result.formats.push_back(job.format);
  return result;
}

}  // namespace reco
