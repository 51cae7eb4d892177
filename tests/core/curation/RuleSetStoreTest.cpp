// The project store: working copy, versions, diff, restore, and imports that change nothing on failure.
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <unistd.h>

#include <filesystem>

#include "CurationTestUtil.h"
#include "core/curation/RuleSetStore.h"
#include "core/curation/UserDirectory.h"
#include "tests/common/TempDir.h"

using namespace reco;
using namespace reco::test;
namespace fs = std::filesystem;

namespace {

class RuleSetStoreTest : public ::testing::Test {
 protected:
  void SetUp() override {
    project_ = std::make_unique<Project>(Project::create((dir_.path / "p.reco").string(), true));
    project_->db().exec(R"SQL(
      INSERT INTO users(id, ext_id, country, device, is_new) VALUES
        (1, 'u1', 'DE', 'mobile', 1), (2, 'u2', 'DE', 'desktop', 0), (3, 'u3', 'AT', 'mobile', 0),
        (4, 'u4', 'FR', 'mobile', NULL);
      INSERT INTO user_attributes(user_id, key, value) VALUES (1, 'orders', '5'), (3, 'orders', '1'), (4, 'orders', '2');
      INSERT INTO items(id, ext_id, title, category) VALUES (1, 'i1', 'One', 'shoes'), (2, 'i2', 'Two', 'hats');
    )SQL");
  }
  void TearDown() override {
    project_.reset();
  }
  reco_test::TempDir dir_{"reco_curation_"};  // outlives project_ (declared first)
  std::unique_ptr<Project> project_;
};

}  // namespace

TEST_F(RuleSetStoreTest, UserDirectoryReadsColumnsAndAttributes) {
  UserDirectory users(*project_);
  auto known = users.knownAttributes();
  EXPECT_TRUE(known.count("country") && known.count("is_new") && known.count("orders"));
  auto a = users.attributesOf("u1");
  EXPECT_EQ(a.at("country"), "DE");
  EXPECT_EQ(a.at("orders"), "5");
  EXPECT_EQ(a.at("is_new"), "1");
  EXPECT_FALSE(users.attributesOf("u4").count("is_new"));  // NULL column: absent
  EXPECT_THROW(users.attributesOf("nobody"), std::runtime_error);

  auto m = users.members(Segment::withExpression("s", "country in (\"DE\", \"AT\") and device = \"mobile\" and orders >= 1"));
  EXPECT_EQ(m.count, 2);
  EXPECT_EQ(m.population, 4);
  EXPECT_EQ(m.sample, (std::vector<std::string>{"u1", "u3"}));
  EXPECT_EQ(users.members(Segment::allUsers()).count, 4);

  auto census = users.census({Segment::withExpression("de", "country = \"DE\""), Segment::withUserIds("l", {"u2", "u3"})});
  EXPECT_EQ(census.members("de"), 2);
  EXPECT_EQ(census.overlap("de", "l"), 1);
  EXPECT_EQ(census.members("all users"), 4);
}

TEST_F(RuleSetStoreTest, WorkingCopyValidatesOnTheWayIn) {
  RuleSetStore store(*project_);
  store.addSegment(Segment::withExpression("de", "country = \"DE\""));
  EXPECT_THROW(store.addSegment(Segment::withExpression("de", "device = \"x\"")), std::invalid_argument);  // duplicate
  try {
    store.addSegment(Segment::withExpression("bad", "ordrs > 1"));
    FAIL();
  } catch (const std::invalid_argument& e) {
    EXPECT_NE(std::string(e.what()).find("unknown attribute 'ordrs'"), std::string::npos) << e.what();
  }
  EXPECT_THROW(store.addSegment(Segment::withUserIds("all users", {})), std::invalid_argument);
  Rule r = pin(0, "i1", 1);
  r.segment = "de";
  r.createdAt = 0;
  EXPECT_EQ(store.addRule(r), 1);
  EXPECT_EQ(store.addRule(ban(0, "i2")), 2);
  Rule noSegment = ban(0, "i1");
  noSegment.segment = "ghost";
  EXPECT_THROW(store.addRule(noSegment), std::invalid_argument);
  Rule badBoost = boost(0, "i1", 0.5);
  badBoost.kind = RuleKind::BoostItem;
  EXPECT_THROW(store.addRule(badBoost), std::invalid_argument);
  EXPECT_THROW(store.removeSegment("de"), std::invalid_argument);  // in use

  RuleSet rs = store.load();
  ASSERT_EQ(rs.rules.size(), 2u);
  EXPECT_EQ(rs.rules[0].segment, "de");
  EXPECT_GT(rs.rules[0].createdAt, 0);
  store.updateSegment("de", Segment::withExpression("germany", "country = \"DE\""));
  EXPECT_EQ(store.load().rules[0].segment, "germany");  // renames follow into the rules
  Rule changed = store.load().rules[0];
  changed.position = 3;
  store.updateRule(changed);
  EXPECT_EQ(store.load().rules[0].position, 3);
  store.removeRule(2);
  EXPECT_EQ(store.load().rules.size(), 1u);
}

TEST_F(RuleSetStoreTest, VersionsCompareAndRestore) {
  RuleSetStore store(*project_);
  store.addSegment(Segment::withExpression("de", "country = \"DE\""));
  store.addRule(pin(0, "i1", 1));
  EXPECT_EQ(store.saveVersion("first", "ana", 1767225600), 1);
  Rule r = store.load().rules[0];
  r.position = 2;
  store.updateRule(r);
  store.addRule(banCategory(0, "hats"));
  store.addSegment(Segment::withUserIds("vip", {"u1"}));
  EXPECT_EQ(store.saveVersion("second", "bo", 1767312000), 2);

  auto versions = store.versions();
  ASSERT_EQ(versions.size(), 2u);
  EXPECT_EQ(versions[0].message, "first");
  EXPECT_EQ(versions[1].author, "bo");
  EXPECT_EQ(versions[1].rules, 2u);
  EXPECT_EQ(versions[1].sha256, store.document(2).checksum());

  auto diff = store.compare(1, 2);
  EXPECT_EQ(diff.text(),
            "+ segment 'vip': list of 1 users\n"
            "~ rule #1: position: 1 -> 2\n"
            "+ rule #2: ban category 'hats' (segment 'all users')\n");
  EXPECT_EQ(store.compare(2, 2).text(), "no changes\n");

  // Exporting one version twice gives identical bytes; the id is stable.
  EXPECT_EQ(store.document(1).exportText(), store.document(1).exportText());
  EXPECT_EQ(store.document(1).rulesetId, store.document(2).rulesetId);
  EXPECT_THROW(store.document(9), std::runtime_error);

  EXPECT_EQ(store.restore(1, "cy"), 3);
  EXPECT_TRUE(store.load() == store.document(1).content);
  EXPECT_EQ(store.versions().back().message, "restore version 1");
}

TEST_F(RuleSetStoreTest, ImportDryRunAndFailedImportChangeNothing) {
  RuleSetStore store(*project_);
  store.addSegment(Segment::withExpression("de", "country = \"DE\""));
  store.addRule(pin(0, "i1", 1));
  store.saveVersion("base", "ana");
  std::string exported = store.document(1).exportText();

  // A second project receives it.
  Project other = Project::create((dir_.path / "q.reco").string(), true);
  RuleSetStore target(other);
  JsonIssues issues;
  auto dry = target.importText(exported, "", true, issues);
  ASSERT_TRUE(dry) << (issues.empty() ? "" : issues[0].text());
  EXPECT_FALSE(dry->createdVersion);
  EXPECT_EQ(dry->changes.text(), "+ segment 'de': expression \"country = \\\"DE\\\"\"\n+ rule #1: pin item 'i1' at 1 (segment 'all users')\n");
  EXPECT_TRUE(target.load().rules.empty());
  EXPECT_TRUE(target.versions().empty());

  auto done = target.importText(exported, "bo", false, issues);
  ASSERT_TRUE(done);
  EXPECT_EQ(done->createdVersion, 1);
  EXPECT_TRUE(target.load() == store.load());
  // Import -> export gives the same content bytes (metadata of the new version aside).
  EXPECT_EQ(target.document(1).content.toJson().dump(), store.document(1).content.toJson().dump());

  // A broken file: every error reported, nothing changed.
  auto j = nlohmann::json::parse(exported);
  j["rules"][0]["position"] = 0;
  j["segments"][0]["expression"] = "countri = 1";
  j["sha256"] = RuleSetDocument::checksumOf(j);
  issues.clear();
  RuleSet before = store.load();
  auto versionsBefore = store.versions().size();
  EXPECT_FALSE(store.importText(j.dump(), "x", false, issues));
  ASSERT_EQ(issues.size(), 2u);
  EXPECT_EQ(issues[0].text(), "/rules/0/position: must be an integer >= 1");
  EXPECT_EQ(issues[1].path, "/segments/0/expression");
  EXPECT_TRUE(store.load() == before);
  EXPECT_EQ(store.versions().size(), versionsBefore);
}
