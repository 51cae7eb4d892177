// The JSON forms of a rule application: the applier's inputs read from JSON and its result written as JSON.
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <stdexcept>
#include <string>

#include "core/curation/CurationJson.h"

namespace {

using nlohmann::json;
using namespace reco;

std::string readError(void (*reader)(const json&, const std::string&, CurationRequest&), const char* text) {
  CurationRequest r;
  try {
    reader(json::parse(text), "--opt", r);
  } catch (const std::invalid_argument& e) {
    return e.what();
  }
  return "";
}

TEST(CurationJson, ReadsRequests) {
  CurationRequest r;
  readUserAttributes(json::parse(R"({"country": "DE", "orders": 5, "vip": true, "gone": null})"), "attrs", r);
  EXPECT_EQ(r.attributes.at("country"), "DE");
  EXPECT_EQ(r.attributes.at("orders"), "5");
  EXPECT_EQ(r.attributes.at("vip"), "true");
  EXPECT_EQ(r.attributes.count("gone"), 0u);
  readRanking(json::parse(R"([{"item": "a", "score": 2.5, "category": "shoes"}, {"item": "b", "score": 1,
                              "category": null}])"),
              "ranking", r);
  ASSERT_EQ(r.ranking.size(), 2u);
  EXPECT_EQ(r.ranking[0].item, "a");
  EXPECT_EQ(r.ranking[0].category, "shoes");
  EXPECT_EQ(r.ranking[0].score, 2.5);
  EXPECT_EQ(r.ranking[1].category, "");
  readItemCategories(json::parse(R"({"x": "hats", "y": 3})"), "cats", r);
  EXPECT_EQ(r.itemCategories.at("x"), "hats");
  EXPECT_EQ(r.itemCategories.count("y"), 0u);
}

TEST(CurationJson, NamesWhatIsWrong) {
  EXPECT_EQ(readError(readUserAttributes, "[1]"), "--opt must be a JSON object of attribute: value");
  EXPECT_EQ(readError(readUserAttributes, R"({"a": [1]})"),
            "--opt: attribute 'a' must be a string, number or boolean");
  EXPECT_EQ(readError(readRanking, "{}"), R"(--opt must be a JSON array of {"item", "category", "score"})");
  EXPECT_EQ(readError(readRanking, R"([{"item": "a", "score": 1}, {"score": 1}])"),
            R"(--opt: entry 2 needs "item" (a string))");
  EXPECT_EQ(readError(readRanking, R"([{"item": "a"}])"), R"(--opt: entry 1 needs "score" (a number))");
  EXPECT_EQ(readError(readRanking, R"([{"item": "a", "score": 1, "category": 4}])"),
            R"(--opt: entry 1: "category" must be a string)");
  EXPECT_EQ(readError(readItemCategories, "[]"), "--opt must be a JSON object of item: category");
}

TEST(CurationJson, WritesResults) {
  CurationResult res;
  CuratedEntry pinned;
  pinned.position = 1;
  pinned.item = "p";
  pinned.category = "hats";
  pinned.pinRule = 4;
  CuratedEntry organic;
  organic.position = 2;
  organic.item = "o";
  organic.baseScore = 1.5;
  organic.adjustedScore = 3.0;
  organic.adjustments = {2};
  res.entries = {pinned, organic};
  res.activeRules = {2, 4};
  res.banned = {{"b", 7}};
  res.losingPins = {{5, 4}};
  res.cappedOut = {"c"};
  const json j = curationResultJson(res, 1772366400);
  EXPECT_EQ(j.at("at"), "2026-03-01T12:00:00Z");
  ASSERT_EQ(j.at("entries").size(), 2u);
  EXPECT_EQ(j["entries"][0].at("decided_by"), "pin");
  EXPECT_EQ(j["entries"][0].at("rule"), 4);
  EXPECT_TRUE(j["entries"][0].at("score").is_null());
  EXPECT_EQ(j["entries"][1].at("decided_by"), "organic");
  EXPECT_EQ(j["entries"][1].at("score"), 1.5);
  EXPECT_EQ(j["entries"][1].at("adjusted_score"), 3.0);
  EXPECT_EQ(j["entries"][1].at("adjustments"), json::array({2}));
  EXPECT_EQ(j.at("active_rules"), json::array({2, 4}));
  EXPECT_EQ(j.at("banned").at("b"), 7);
  EXPECT_EQ(j.at("losing_pins").at("5"), 4);
  EXPECT_EQ(j.at("capped_out"), json::array({"c"}));
}

}  // namespace
