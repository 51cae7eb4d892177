#include "core/base/Files.h"

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <system_error>

namespace reco {

std::string readTextFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error("cannot read '" + path + "'");
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

void writeTextFileAtomically(const std::string& path, const std::string& text) {
  const std::string tmp = path + ".tmp";
  {
    std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
    if (!out) throw std::runtime_error("cannot write '" + path + "'");
    out << text;
    out.flush();
    if (!out) throw std::runtime_error("cannot write '" + path + "' (disk full?)");
  }
  if (std::rename(tmp.c_str(), path.c_str()) != 0) throw std::runtime_error("cannot replace '" + path + "'");
}

std::error_code removeProjectFiles(const std::string& path) {
  std::error_code main, ignored;
  std::filesystem::remove(path, main);
  for (const char* suffix : {"-wal", "-shm", "-journal"}) std::filesystem::remove(path + suffix, ignored);
  if (!std::filesystem::exists(path, ignored)) return {};
  return main ? main : std::make_error_code(std::errc::file_exists);
}

void replaceProjectFile(const std::string& from, const std::string& target) {
  removeProjectFiles(target);
  std::filesystem::rename(from, target);
}

}  // namespace reco
