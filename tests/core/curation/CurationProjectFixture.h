// A throw-away project for the preview and impact tests: a handful of users (with countries) and items (with titles
// and categories), click events given as "user item time" triples, and a helper that trains and stores a model.
#pragma once

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <memory>
#include <string>
#include <tuple>
#include <vector>

#include "core/data/MatrixBuilder.h"
#include "core/models/ModelStore.h"
#include "core/storage/Project.h"
#include "tests/common/TempDir.h"

namespace reco::test {

class CurationProjectFixture : public ::testing::Test {
 protected:
  void SetUp() override {
    project_ = std::make_unique<Project>(Project::create((dir_.path / "p.reco").string(), true));
  }
  void TearDown() override {
    project_.reset();
  }
  Project& project() { return *project_; }

  void addUser(std::int64_t id, const std::string& ext, const std::string& country) {
    project().db().prepare("INSERT INTO users(id, ext_id, country) VALUES(?, ?, ?)").bind(1, id).bind(2, ext).bind(3, country).exec();
  }
  void addItem(std::int64_t id, const std::string& ext, const std::string& title, const std::string& category) {
    project()
        .db()
        .prepare("INSERT INTO items(id, ext_id, title, category) VALUES(?, ?, ?, ?)")
        .bind(1, id)
        .bind(2, ext)
        .bind(3, title)
        .bind(4, category)
        .exec();
  }
  // Click events (type 1).
  void addClicks(const std::vector<std::tuple<std::int64_t, std::int64_t, std::int64_t>>& events) {
    auto st = project().db().prepare("INSERT INTO events(user_id, item_id, type, ts) VALUES(?, ?, 1, ?)");
    for (const auto& [u, i, t] : events) {
      st.reset();
      st.bind(1, u).bind(2, i).bind(3, t).exec();
    }
  }
  // Trains `algorithm` on the whole project and stores it as `name`.
  void trainAndStore(const std::string& algorithm, const std::string& name) {
    MatrixBuilder builder;
    InteractionMatrix m = builder.build(project());
    auto model = createRecommender(algorithm);
    model->fit(m, {});
    TrainingRecord record;
    record.dataFingerprint = project().dataFingerprint();
    record.interactions = m.nnz();
    ModelStore(project()).save(name, *model, record);
  }

  reco_test::TempDir dir_{"reco_curation_impact_"};  // outlives project_ (declared first)
  std::unique_ptr<Project> project_;
};

}  // namespace reco::test
