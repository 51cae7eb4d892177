// Issue 13 (reliability): hostile input is refused cleanly, in bounded time and memory.
#include <gtest/gtest.h>

#include <unistd.h>

#include <filesystem>
#include <string>

#include "core/curation/JsonSchemaValidator.h"
#include "core/curation/RuleSetDocument.h"
#include "core/curation/RuleSetStore.h"
#include "core/storage/Project.h"

using namespace reco;
using nlohmann::json;
namespace fs = std::filesystem;

namespace {

class HostileProject : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("reco_hostile_" + std::to_string(::getpid()) + "_" +
                                        ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::create_directories(dir_);
    project_ = std::make_unique<Project>(Project::create((dir_ / "p.reco").string(), true));
  }
  void TearDown() override {
    project_.reset();
    std::error_code ec;
    fs::remove_all(dir_, ec);
  }
  fs::path dir_;
  std::unique_ptr<Project> project_;
};

std::string deepArray(std::size_t depth) { return std::string(depth, '[') + std::string(depth, ']'); }

}  // namespace

// A: a project that already holds a 60,000-level expression (saved by an older build) opens; loading the rule set
// refuses that segment with an error naming it, instead of crashing every time the project is opened.
TEST_F(HostileProject, StoredDeepExpressionIsRefusedOnLoadNotACrash) {
  const std::size_t deep = 60000;
  std::string expr = std::string(deep, '(') + "country = \"DE\"" + std::string(deep, ')');
  project_->db().prepare("INSERT INTO curation_segments(name, expression, user_ids, note) VALUES ('deep', ?, NULL, '')")
      .bind(1, expr)
      .exec();
  RuleSetStore store(*project_);
  try {
    store.load();
    FAIL() << "a 60,000-level expression loaded";
  } catch (const std::runtime_error& e) {
    std::string msg = e.what();
    EXPECT_NE(msg.find("stored segment 'deep' is damaged"), std::string::npos) << msg;
    EXPECT_NE(msg.find("column 257"), std::string::npos) << msg;
    EXPECT_NE(msg.find("256 levels"), std::string::npos) << msg;
  }
  // Adding such a segment now is refused before anything is saved.
  EXPECT_THROW(Segment::withExpression("deep2", expr), ExpressionError);
}

// A (JSON): nlohmann parses iteratively, but copying, comparing and dumping recurse once per level. The validator
// refuses documents deeper than 256 levels before any of that, naming where.
TEST(HostileJson, DeepDocumentIsRefusedBeforeAnythingRecursesIntoIt) {
  json deep = json::parse(deepArray(100000));
  try {
    ruleSetSchema().validate(deep);
    FAIL() << "a 100,000-deep array validated";
  } catch (const JsonTooDeepError& e) {
    std::string msg = e.what();
    EXPECT_NE(msg.find("deeper than 256 levels"), std::string::npos) << msg;
    EXPECT_NE(msg.find("/0/0/0/0/0/0/...(244 more levels)/0/0/0/0/0/0"), std::string::npos) << msg;
  }
  EXPECT_NO_THROW(JsonSchemaValidator::checkDepth(json::parse(deepArray(256))));
  EXPECT_THROW(JsonSchemaValidator::checkDepth(json::parse(deepArray(257))), JsonTooDeepError);
  EXPECT_NO_THROW(JsonSchemaValidator::checkDepth(json::parse(R"({"a": [1, {"b": [[]]}], "c": {}})"), 5));
  EXPECT_THROW(JsonSchemaValidator::checkDepth(json::parse(R"({"a": [1, {"b": [[]]}], "c": {}})"), 4), JsonTooDeepError);

  // A rule-set file with a 100,000-deep value inside a segment's user list and a checksum (which hashes a copy of
  // the document): a clean error naming the place, no crash.
  std::string text = R"({"schema_version": 1, "ruleset_id": "x", "version": 1, "created_at": "2026-01-01T00:00:00Z",
    "author": "a", "message": "m", "sha256": "00", "rules": [],
    "segments": [{"name": "s", "user_ids": ["u1", )" + deepArray(100000) + ", " + deepArray(100000) + "]}]}";
  JsonIssues issues;
  try {
    RuleSetDocument::parse(text, issues, &ruleSetSchema());
    FAIL() << "the deep document parsed";
  } catch (const JsonTooDeepError& e) {
    EXPECT_NE(std::string(e.what()).find("at /segments/0/user_ids/1/0/0/...(244 more levels)/0/0/0/0/0/0"), std::string::npos) << e.what();
  }
}
