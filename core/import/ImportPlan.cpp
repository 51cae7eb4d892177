#include "core/import/ImportPlan.h"

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <cstring>
#include <map>
#include <set>
#include <stdexcept>

#include "core/import/EventLogReader.h"
#include "core/import/FieldParsing.h"
#include "core/import/InputFile.h"

namespace reco {

namespace fs = std::filesystem;

namespace {

std::string lower(std::string s) {
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

std::string fileName(const std::string& path) { return lower(fs::path(path).filename().string()); }

std::string sibling(const std::string& path, const char* name) {
  fs::path p = fs::path(path).parent_path() / name;
  std::error_code ec;
  return fs::is_regular_file(p, ec) ? p.string() : std::string();
}

bool isMovieLens100KSplit(const std::string& name) {
  // u1.base .. u5.test, ua.base, ub.test: GroupLens' splits of u.data, same layout.
  if (name.size() != 7 || name[0] != 'u') return false;
  const char k = name[1];
  const std::string ext = name.substr(2);
  return ((k >= '1' && k <= '5') || k == 'a' || k == 'b') && (ext == ".base" || ext == ".test");
}

std::vector<std::string> splitSimple(std::string_view line, std::string_view sep) {
  std::vector<std::string> out;
  std::size_t start = 0;
  for (;;) {
    std::size_t at = line.find(sep, start);
    if (at == std::string_view::npos) {
      out.emplace_back(line.substr(start));
      return out;
    }
    out.emplace_back(line.substr(start, at - start));
    start = at + sep.size();
  }
}

bool allIntegers(const std::vector<std::string>& fields) {
  for (const auto& f : fields) {
    std::int64_t v;
    if (!parseInt64(f, v)) return false;
  }
  return !fields.empty();
}

bool isOpenBanditHeader(const std::string& lowerHeader) {
  return lowerHeader.find("propensity_score") != std::string::npos &&
         lowerHeader.find("item_id") != std::string::npos && lowerHeader.find("position") != std::string::npos &&
         lowerHeader.find("click") != std::string::npos;
}

void addOpenBanditJob(const std::string& path, bool isItemContext, std::vector<ImportJob>& jobs) {
  ImportJob job;
  job.format = ImportFormat::OpenBandit;
  fs::path p(path);
  const std::string folder = p.parent_path().filename().string();
  const std::string grand = p.parent_path().parent_path().filename().string();
  if (isItemContext) {
    job.items = path;
    job.campaign = folder.empty() ? "obd" : folder;
    // The campaign is the events file's name; use it when the folder holds exactly one such file.
    std::error_code ec;
    std::vector<std::string> stems;
    for (const auto& e : fs::directory_iterator(p.parent_path().empty() ? fs::path(".") : p.parent_path(), ec)) {
      if (!e.is_regular_file()) continue;
      std::string n = lower(e.path().filename().string());
      if (n != "item_context.csv" && e.path().extension() == ".csv") stems.push_back(e.path().stem().string());
    }
    if (stems.size() == 1) job.campaign = stems.front();
  } else {
    job.events = path;
    job.items = sibling(path, "item_context.csv");
    job.campaign = p.stem().string();
  }
  const std::string lg = lower(grand), lf = lower(folder);
  if (lg == "random" || lg == "bts") job.policy = lg;
  else if (lf == "random" || lf == "bts") job.policy = lf;
  jobs.push_back(std::move(job));
}

// Adds the job(s) for one file in the given format.
void addFileJobs(const std::string& path, ImportFormat format, std::vector<ImportJob>& jobs) {
  const std::string name = fileName(path);
  ImportJob job;
  job.format = format;
  switch (format) {
    case ImportFormat::MovieLens100K:
      if (name == "u.item") job.items = path;
      else if (name == "u.user") job.users = path;
      else {
        job.events = path;
        job.items = sibling(path, "u.item");
        job.users = sibling(path, "u.user");
      }
      break;
    case ImportFormat::MovieLens1M:
      if (name == "movies.dat") job.items = path;
      else if (name == "users.dat") job.users = path;
      else {
        job.events = path;
        job.items = sibling(path, "movies.dat");
        job.users = sibling(path, "users.dat");
      }
      break;
    case ImportFormat::MovieLensLatest:
      if (name == "movies.csv") job.items = path;
      else {
        job.events = path;
        job.items = sibling(path, "movies.csv");
      }
      break;
    case ImportFormat::OpenBandit:
      addOpenBanditJob(path, name == "item_context.csv", jobs);
      return;
    case ImportFormat::Events:
    case ImportFormat::Auto:
      job.format = ImportFormat::Events;
      job.events = path;
      break;
  }
  jobs.push_back(std::move(job));
}

bool looksLikeEventLog(const std::string& path) {
  try {
    std::string header = readFirstLine(path);
    std::vector<std::string> columns = splitSimple(header, std::string(1, detectDelimiter(header)));
    auto mapping = EventLogReader::suggestMapping(columns);
    return mapping.count("user") && mapping.count("item") && mapping.count("timestamp");
  } catch (const std::exception&) {
    return false;
  }
}

void planFolder(const std::string& dir, ImportFormat format, std::vector<ImportJob>& jobs) {
  auto has = [&](const char* n) {
    std::error_code ec;
    return fs::is_regular_file(fs::path(dir) / n, ec);
  };
  auto at = [&](const char* n) { return (fs::path(dir) / n).string(); };
  if ((format == ImportFormat::Auto || format == ImportFormat::MovieLens100K) && has("u.data")) {
    addFileJobs(at("u.data"), ImportFormat::MovieLens100K, jobs);
    return;
  }
  if ((format == ImportFormat::Auto || format == ImportFormat::MovieLens1M) && has("ratings.dat")) {
    addFileJobs(at("ratings.dat"), ImportFormat::MovieLens1M, jobs);
    return;
  }
  if ((format == ImportFormat::Auto || format == ImportFormat::MovieLensLatest) && has("ratings.csv")) {
    addFileJobs(at("ratings.csv"), ImportFormat::MovieLensLatest, jobs);
    return;
  }
  // Otherwise: every event file below the folder (Open Bandit keeps one folder per policy and campaign).
  std::vector<std::string> files;
  std::error_code ec;
  for (auto it = fs::recursive_directory_iterator(dir, fs::directory_options::skip_permission_denied, ec);
       it != fs::recursive_directory_iterator(); it.increment(ec)) {
    if (ec) break;
    if (it.depth() > 4) {
      it.disable_recursion_pending();
      continue;
    }
    if (!it->is_regular_file(ec)) continue;
    const std::string ext = lower(it->path().extension().string());
    if (ext == ".csv" || ext == ".tsv" || ext == ".txt" || ext == ".dat") files.push_back(it->path().string());
  }
  std::sort(files.begin(), files.end());
  std::size_t before = jobs.size();
  for (const std::string& f : files) {
    if (fileName(f) == "item_context.csv") continue;  // read together with its campaign's events file
    ImportFormat detected = detectFileFormat(f);
    if (format != ImportFormat::Auto && detected != format) continue;
    if (detected == ImportFormat::Events && !looksLikeEventLog(f)) continue;
    if (detected == ImportFormat::OpenBandit || detected == ImportFormat::Events) addFileJobs(f, detected, jobs);
  }
  if (jobs.size() == before)
    throw std::runtime_error("no importable dataset found in folder '" + dir + "'" +
                             (format == ImportFormat::Auto ? "" : " for format " + formatName(format)));
}

}  // namespace

std::vector<std::string> ImportJob::files() const {
  std::vector<std::string> out;
  for (const std::string* f : {&users, &items, &events})
    if (!f->empty()) out.push_back(*f);
  return out;
}

std::string readFirstLine(const std::string& path) {
  InputFile in(path);
  std::string line;
  char block[4096];
  for (;;) {
    const std::size_t n = in.read(block, std::min(sizeof block, (std::size_t{1} << 20) - line.size()));
    const char* end = static_cast<const char*>(std::memchr(block, '\n', n));
    line.append(block, end ? static_cast<std::size_t>(end - block) : n);
    if (end || n == 0 || line.size() >= (std::size_t{1} << 20)) break;
  }
  if (line.size() >= 3 && line.compare(0, 3, "\xEF\xBB\xBF") == 0) line.erase(0, 3);
  if (!line.empty() && line.back() == '\r') line.pop_back();
  return line;
}

void requireDistinctColumns(const std::vector<std::string>& header, const std::string& path) {
  std::map<std::string_view, std::size_t> first;
  for (std::size_t c = 0; c < header.size(); ++c) {
    if (header[c].empty()) continue;
    auto [it, added] = first.emplace(header[c], c);
    if (!added)
      throw std::runtime_error(path + ":1: the header names " + quotedExcerpt(header[c]) + " twice (columns " +
                               std::to_string(it->second + 1) + " and " + std::to_string(c + 1) + ")");
  }
}

char detectDelimiter(std::string_view header) {
  const char candidates[] = {',', '\t', ';', '|'};
  std::size_t counts[4] = {0, 0, 0, 0};
  bool quoted = false;
  for (char c : header) {
    if (c == '"') quoted = !quoted;
    if (quoted) continue;
    for (int i = 0; i < 4; ++i)
      if (c == candidates[i]) ++counts[i];
  }
  int best = 0;
  for (int i = 1; i < 4; ++i)
    if (counts[i] > counts[best]) best = i;
  return counts[best] ? candidates[best] : ',';
}

ImportFormat detectFileFormat(const std::string& path) {
  const std::string name = fileName(path);
  if (name == "u.data" || name == "u.item" || name == "u.user" || isMovieLens100KSplit(name))
    return ImportFormat::MovieLens100K;
  if (name == "ratings.dat" || name == "movies.dat" || name == "users.dat") return ImportFormat::MovieLens1M;
  if (name == "item_context.csv") return ImportFormat::OpenBandit;
  const std::string header = readFirstLine(path);
  const std::string lh = lower(header);
  if (isOpenBanditHeader(lh)) return ImportFormat::OpenBandit;
  if (lh.rfind("userid,movieid,rating,timestamp", 0) == 0 || (name == "movies.csv" && lh.rfind("movieid,", 0) == 0))
    return ImportFormat::MovieLensLatest;
  if (header.find("::") != std::string::npos && allIntegers(splitSimple(header, "::")) &&
      splitSimple(header, "::").size() == 4)
    return ImportFormat::MovieLens1M;
  auto tabbed = splitSimple(header, "\t");
  if (tabbed.size() == 4 && allIntegers(tabbed)) return ImportFormat::MovieLens100K;  // u.data layout, renamed
  return ImportFormat::Events;
}

std::vector<ImportJob> planImport(const std::vector<std::string>& paths, ImportFormat format) {
  if (paths.empty()) throw std::runtime_error("no files to import");
  std::vector<ImportJob> jobs;
  for (const std::string& path : paths) {
    std::error_code ec;
    if (!fs::exists(path, ec)) throw std::runtime_error("'" + path + "' does not exist");
    if (fs::is_directory(path, ec)) {
      planFolder(path, format, jobs);
      continue;
    }
    InputFile probe(path);  // opens or throws (a FIFO is opened here once for the whole import)
    addFileJobs(path, format == ImportFormat::Auto ? detectFileFormat(path) : format, jobs);
  }
  // A users/items file named explicitly next to its events file is already part of that job: drop the duplicate.
  auto canonical = [](const std::string& f) {
    std::error_code ec;
    fs::path p = fs::weakly_canonical(f, ec);
    return ec ? f : p.string();  // e.g. /dev/stdin on a pipe ("pipe:[N]" is no path)
  };
  std::set<std::string> covered;
  for (const ImportJob& j : jobs)
    if (!j.events.empty())
      for (const std::string& f : j.files()) covered.insert(canonical(f));
  std::vector<ImportJob> out;
  std::set<std::string> seen;
  for (ImportJob& j : jobs) {
    if (j.events.empty()) {
      bool dup = true;
      for (const std::string& f : j.files()) dup = dup && covered.count(canonical(f));
      if (dup) continue;
    } else if (!seen.insert(canonical(j.events)).second) {
      continue;  // the same events file twice
    }
    out.push_back(std::move(j));
  }
  return out;
}

}  // namespace reco
