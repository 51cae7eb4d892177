#include "tests/fuzz/FuzzSupport.h"

#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <system_error>

namespace reco::fuzz {

namespace fs = std::filesystem;

namespace {

struct Scratch {
  fs::path path;
  Scratch() {
    const char* tmp = std::getenv("TMPDIR");
    std::string pattern = std::string(tmp && *tmp ? tmp : "/tmp") + "/reco-fuzz-XXXXXX";
    if (!mkdtemp(pattern.data())) {
      std::perror("reco fuzz: mkdtemp");
      std::abort();
    }
    path = pattern;
  }
  ~Scratch() {
    std::error_code ec;
    fs::remove_all(path, ec);
  }
};

}  // namespace

const fs::path& scratchFolder() {
  static const Scratch scratch;
  return scratch.path;
}

fs::path freshFolder(const std::string& name) {
  const fs::path folder = scratchFolder() / name;
  std::error_code ec;
  fs::remove_all(folder, ec);
  fs::create_directories(folder, ec);
  if (ec) {
    std::cerr << "reco fuzz: cannot create " << folder << ": " << ec.message() << "\n";
    std::abort();
  }
  return folder;
}

void writeFile(const fs::path& path, std::string_view bytes) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  out.close();
  if (!out) {
    std::cerr << "reco fuzz: cannot write " << path << "\n";
    std::abort();
  }
}

std::vector<std::string_view> splitParts(std::string_view text, std::string_view separator) {
  std::vector<std::string_view> parts;
  for (;;) {
    const std::size_t at = text.find(separator);
    if (at == std::string_view::npos) break;
    parts.push_back(text.substr(0, at));
    text.remove_prefix(at + separator.size());
  }
  parts.push_back(text);
  return parts;
}

void removeProject(const fs::path& path) {
  std::error_code ec;
  for (const char* suffix : {"", "-wal", "-shm", "-journal"}) fs::remove(path.string() + suffix, ec);
}

Project freshProject(const std::string& name) {
  static const fs::path templ = [] {
    const fs::path p = scratchFolder() / "template.reco";
    removeProject(p);
    { Project::create(p.string()); }  // closing checkpoints the WAL into the file and removes it
    return p;
  }();
  const fs::path path = scratchFolder() / name;
  removeProject(path);
  std::error_code ec;
  fs::copy_file(templ, path, fs::copy_options::overwrite_existing, ec);
  if (ec) {
    std::cerr << "reco fuzz: cannot copy the template project: " << ec.message() << "\n";
    std::abort();
  }
  return Project::open(path.string());
}

SilenceStdout::SilenceStdout() : saved_(std::cout.rdbuf(&null_)) {}
SilenceStdout::~SilenceStdout() { std::cout.rdbuf(saved_); }

void propertyFailed(const std::string& what) {
  std::cerr << "reco fuzz: property violated: " << what << "\n";
  std::abort();
}

}  // namespace reco::fuzz
