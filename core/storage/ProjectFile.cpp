#include "core/storage/ProjectFile.h"

#include <unistd.h>

#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <system_error>

#include "core/storage/Project.h"
#include "core/storage/Schema.h"

namespace reco {

namespace fs = std::filesystem;

namespace {

std::uint32_t bigEndian32(const unsigned char* p) {
  return std::uint32_t{p[0]} << 24 | std::uint32_t{p[1]} << 16 | std::uint32_t{p[2]} << 8 | std::uint32_t{p[3]};
}

[[noreturn]] void refuse(const std::string& path, const std::string& reason) {
  throw ProjectError("'" + path + "' is not a RecoEngine project this build can open: " + reason);
}

}  // namespace

ProjectFileState inspectProjectFile(const std::string& path, int newestSchema) {
  std::error_code ec;
  const auto status = fs::status(path, ec);
  if (!fs::exists(status)) throw ProjectError("'" + path + "' does not exist");
  if (fs::is_directory(status)) throw ProjectError("'" + path + "' is a folder, not a project file");
  if (!fs::is_regular_file(status)) refuse(path, "not a regular file");
  const auto size = fs::file_size(path, ec);
  if (ec) throw ProjectError("cannot read '" + path + "': " + ec.message());
  if (size == 0) refuse(path, "the file is empty (0 bytes)");

  unsigned char h[100] = {};
  {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw ProjectError("cannot read '" + path + "'");
    in.read(reinterpret_cast<char*>(h), sizeof h);
    if (std::string(reinterpret_cast<const char*>(h), 16) != std::string("SQLite format 3\0", 16))
      refuse(path, "not an SQLite file");
    if (in.gcount() < 100) refuse(path, "truncated (" + std::to_string(size) + " bytes, shorter than an SQLite header)");
  }

  ProjectFileState s;
  s.walMode = h[18] == 2 && h[19] == 2;
  s.userVersion = static_cast<int>(bigEndian32(h + 60));
  s.applicationId = static_cast<int>(bigEndian32(h + 68));
  const auto walSize = fs::file_size(path + "-wal", ec);
  s.liveWal = !ec && walSize > 0;
  s.shmPresent = fs::exists(path + "-shm", ec);
  s.fileWritable = ::access(path.c_str(), W_OK) == 0;
  fs::path folder = fs::path(path).parent_path();
  if (folder.empty()) folder = ".";
  s.folderWritable = ::access(folder.c_str(), W_OK | X_OK) == 0;

  if (!s.liveWal) {
    // The header is authoritative: nothing newer can be in a write-ahead log.
    const std::uint32_t pageSize = h[16] == 0 && h[17] == 1 ? 65536u : (std::uint32_t{h[16]} << 8 | h[17]);
    const std::uint32_t pages = bigEndian32(h + 28);
    // The in-header page count is valid when the change counter equals the version-valid-for number.
    if (pages > 0 && bigEndian32(h + 24) == bigEndian32(h + 92) &&
        static_cast<std::uintmax_t>(pageSize) * pages > size)
      refuse(path, "truncated (the header says " + std::to_string(pages) + " pages of " + std::to_string(pageSize) +
                       " bytes, the file holds " + std::to_string(size) + " bytes)");
    if (s.applicationId != kProjectApplicationId)
      refuse(path, "an SQLite database of another application (application_id " + std::to_string(s.applicationId) +
                       ", a project has " + std::to_string(kProjectApplicationId) + ")");
    if (s.userVersion > newestSchema)
      throw ProjectError("'" + path + "' was written by a newer RecoEngine (schema version " +
                         std::to_string(s.userVersion) + "; this build reads up to " + std::to_string(newestSchema) +
                         ")");
  }
  return s;
}

std::string sqliteFileUri(const std::string& path, const std::string& query) {
  std::string uri = "file:";
  for (char c : path) {
    if (c == '?' || c == '#' || c == '%') {
      char buf[4];
      std::snprintf(buf, sizeof buf, "%%%02X", static_cast<unsigned char>(c));
      uri += buf;
    } else {
      uri += c;
    }
  }
  if (!query.empty()) uri += "?" + query;
  return uri;
}

}  // namespace reco
