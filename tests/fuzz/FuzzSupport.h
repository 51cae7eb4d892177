// What the libFuzzer targets share: a private temporary folder per process, files written from fuzz input, inputs
// split into parts, fresh projects, and silencing of the CLI's standard output. Not part of the product.
#pragma once

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <iosfwd>
#include <streambuf>
#include <string>
#include <string_view>
#include <vector>

#include "core/storage/Project.h"

namespace reco::fuzz {

// The fuzz input as text.
inline std::string_view asText(const std::uint8_t* data, std::size_t size) {
  return {reinterpret_cast<const char*>(data), size};
}

// A folder of its own under $TMPDIR (or /tmp), created on first use and removed at exit.
const std::filesystem::path& scratchFolder();

// An empty folder scratchFolder()/name (emptied when it exists).
std::filesystem::path freshFolder(const std::string& name);

// Writes the bytes to `path` (replacing it). Aborts when the write fails: the harness, not the input, is broken.
void writeFile(const std::filesystem::path& path, std::string_view bytes);

// Splits `text` at every occurrence of `separator` (the seed corpora use "\n====\n" between files).
std::vector<std::string_view> splitParts(std::string_view text, std::string_view separator = "\n====\n");

// A new empty project at scratchFolder()/name: a copy of a template created once per process (faster than
// creating the schema for every input). Any earlier project of that name and its -wal/-shm/-journal go first.
Project freshProject(const std::string& name);

// Removes a project file and its SQLite siblings.
void removeProject(const std::filesystem::path& path);

// Discards everything written to std::cout while it lives (the CLI's commands print their results).
class SilenceStdout {
 public:
  SilenceStdout();
  ~SilenceStdout();
  SilenceStdout(const SilenceStdout&) = delete;
  SilenceStdout& operator=(const SilenceStdout&) = delete;

 private:
  struct Null : std::streambuf {
    int overflow(int c) override { return c == traits_type::eof() ? 0 : c; }
    std::streamsize xsputn(const char*, std::streamsize n) override { return n; }
  };
  Null null_;
  std::streambuf* saved_;
};

// Stops the process with a message when a property that must hold for every input does not: libFuzzer reports it
// as a crash and keeps the input.
[[noreturn]] void propertyFailed(const std::string& what);

}  // namespace reco::fuzz
