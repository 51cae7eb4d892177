// A throw-away project file in the temp folder, filled through plain SQL, for matrix-builder and model-store tests.
#pragma once

#include <gtest/gtest.h>

#include <filesystem>
#include <optional>
#include <string>

#include "core/storage/Project.h"

namespace reco::test {

class ProjectFixture : public ::testing::Test {
 protected:
  void SetUp() override {
    const auto* info = ::testing::UnitTest::GetInstance()->current_test_info();
    path_ = (std::filesystem::temp_directory_path() /
             (std::string("reco_models_") + info->test_suite_name() + "_" + info->name() + ".reco"))
                .string();
    project_.emplace(Project::create(path_, true));
  }
  void TearDown() override {
    project_.reset();
    std::error_code ec;
    for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(path_ + suffix, ec);
  }
  Project& project() { return *project_; }
  // Built with += : GCC 12 warns falsely about "literal" + std::string (bug 105329).
  static std::string prefixed(const char* prefix, std::int64_t id) {
    std::string s = prefix;
    s += std::to_string(id);
    return s;
  }
  void addUser(std::int64_t id) {
    auto st = project().db().prepare("INSERT INTO users(id, ext_id) VALUES(?, ?)");
    st.bind(1, id).bind(2, prefixed("u", id)).exec();
  }
  void addItem(std::int64_t id, const std::string& title = {}) {
    auto st = project().db().prepare("INSERT INTO items(id, ext_id, title) VALUES(?, ?, ?)");
    st.bind(1, id).bind(2, prefixed("i", id)).bind(3, title.empty() ? prefixed("Item ", id) : title).exec();
  }
  void addEvent(std::int64_t user, std::int64_t item, int type, std::int64_t ts, std::optional<double> value = {}) {
    auto st = project().db().prepare("INSERT INTO events(user_id, item_id, type, ts, value) VALUES(?, ?, ?, ?, ?)");
    st.bind(1, user).bind(2, item).bind(3, type).bind(4, ts).bind(5, value).exec();
  }

  std::string path_;
  std::optional<Project> project_;
};

}  // namespace reco::test
