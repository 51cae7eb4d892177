// Test helpers shared by the core tests: a scratch folder per test, and the message of what a call throws.
// Header only; tests include it as "tests/common/TempDir.h".
#pragma once

#include <gtest/gtest.h>
#include <unistd.h>

#include <exception>
#include <filesystem>
#include <functional>
#include <string>
#include <system_error>

namespace reco_test {

// An empty folder under the system temp folder, named prefix + pid + "_" + the running test's name + tag (the tag
// tells two folders of one test apart), removed with its contents at the end of the scope, also where the test made
// it read-only.
struct TempDir {
  std::filesystem::path path;

  explicit TempDir(const std::string& prefix, const std::string& tag = "") {
    path = std::filesystem::temp_directory_path() /
           (prefix + std::to_string(::getpid()) + "_" +
            ::testing::UnitTest::GetInstance()->current_test_info()->name() + tag);
    std::filesystem::remove_all(path);
    std::filesystem::create_directories(path);
  }
  ~TempDir() {
    std::error_code ec;
    std::filesystem::permissions(path, std::filesystem::perms::owner_all, ec);
    std::filesystem::remove_all(path, ec);
  }
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;

  std::string file(const std::string& name) const { return (path / name).string(); }
};

// The message of the exception `f` throws; empty when it throws none.
inline std::string errorOf(const std::function<void()>& f) {
  try {
    f();
  } catch (const std::exception& e) {
    return e.what();
  }
  return {};
}

}  // namespace reco_test
