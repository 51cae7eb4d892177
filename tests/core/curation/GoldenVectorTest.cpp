// Runs every golden vector in tests/data/rules/ through the reference applier. The vectors are the rule-set
// specification's executable form; a production implementation must reproduce them too.
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "core/curation/JsonSchemaValidator.h"
#include "core/curation/RuleApplier.h"
#include "core/curation/RuleSetDocument.h"
#include "core/base/Time.h"

using namespace reco;
using nlohmann::json;
namespace fs = std::filesystem;

namespace {

std::vector<fs::path> vectorFiles() {
  std::vector<fs::path> out;
  for (const auto& e : fs::directory_iterator(fs::path(RECO_TEST_DATA_DIR) / "rules"))
    if (e.path().extension() == ".json") out.push_back(e.path());
  std::sort(out.begin(), out.end());
  return out;
}

std::string readFile(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

}  // namespace

TEST(GoldenVectors, AllPassThroughTheApplier) {
  auto files = vectorFiles();
  ASSERT_GE(files.size(), 6u);
  int cases = 0;
  for (const auto& file : files) {
    SCOPED_TRACE(file.filename().string());
    json v = json::parse(readFile(file));
    JsonIssues issues;
    auto doc = RuleSetDocument::parse(v.at("ruleset").dump(), issues, &ruleSetSchema());
    ASSERT_TRUE(doc) << issues.front().text();
    RuleApplier applier(doc->content);
    for (const auto& c : v.at("cases")) {
      SCOPED_TRACE(c.at("name").get<std::string>());
      CurationRequest req;
      req.userId = c.at("user").at("id").get<std::string>();
      req.attributes = c.at("user").at("attributes").get<UserAttributes>();
      auto at = utc::parse(c.at("at").get<std::string>());
      ASSERT_TRUE(at);
      req.time = *at;
      req.n = c.at("n").get<std::size_t>();
      for (const auto& r : c.at("ranking"))
        req.ranking.push_back({r.at("item").get<std::string>(), r.at("category").get<std::string>(), r.at("score").get<double>()});
      if (c.contains("item_categories")) req.itemCategories = c.at("item_categories").get<std::map<std::string, std::string>>();
      CurationResult result = applier.apply(req);
      const json& expected = c.at("expected");
      ASSERT_EQ(result.entries.size(), expected.size());
      for (std::size_t i = 0; i < expected.size(); ++i) {
        const auto& e = expected[i];
        const auto& got = result.entries[i];
        EXPECT_EQ(got.position, e.at("position").get<std::size_t>());
        EXPECT_EQ(got.item, e.at("item").get<std::string>()) << "position " << i + 1;
        if (e.at("decided_by") == "pin") {
          EXPECT_EQ(got.pinRule, e.at("rule").get<std::int64_t>()) << "position " << i + 1;
        } else {
          EXPECT_FALSE(got.pinRule.has_value()) << "position " << i + 1;
          EXPECT_EQ(got.adjustments, e.at("adjustments").get<std::vector<std::int64_t>>()) << "position " << i + 1;
        }
      }
      ++cases;
    }
  }
  EXPECT_GE(cases, 17);
}

TEST(GoldenVectors, RuleSetsReExportToTheSameCanonicalContent) {
  for (const auto& file : vectorFiles()) {
    SCOPED_TRACE(file.filename().string());
    json v = json::parse(readFile(file));
    JsonIssues issues;
    auto doc = RuleSetDocument::parse(v.at("ruleset").dump(), issues);
    ASSERT_TRUE(doc);
    // The checksum written by the independent (Python) generator matches ours.
    EXPECT_EQ(doc->checksum(), v.at("ruleset").at("sha256").get<std::string>());
  }
}
