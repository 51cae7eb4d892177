// Publishing to a live redis-server (RedisServer.h): the key layout production reads, the exact export bytes and the
// applier's lists read back with plain GETs, verification naming a tampered key, rollback, dry runs, pruning, URLs.
#include <gtest/gtest.h>

#include <atomic>
#include <cstring>
#include <fstream>
#include <iterator>
#include <memory>
#include <set>
#include <nlohmann/json.hpp>

#include "RedisServer.h"
#include "core/curation/RuleApplier.h"
#include "core/curation/RuleSetStore.h"
#include "core/models/FactorRecommender.h"
#include "core/models/ModelStore.h"
#include "core/publish/FactorExport.h"
#include "core/publish/ServingKeys.h"
#include "core/publish/ServingPublisher.h"
#include "core/storage/ItemCatalogue.h"
#include "tests/core/curation/CurationProjectFixture.h"
#include "tests/core/curation/CurationTestUtil.h"

using namespace reco;
using namespace reco::test;
using nlohmann::json;

namespace {

constexpr std::int64_t kAt = 1750000000;

// "u3" (appended: GCC 12's -Wrestrict misfires on "u" + std::to_string(n) here).
std::string userName(int n) {
  std::string id = "u";
  id.append(std::to_string(n));
  return id;
}

class ServingPublisherTest : public CurationProjectFixture {
 protected:
  static void SetUpTestSuite() { server_ = std::make_unique<RedisServer>(); }
  static void TearDownTestSuite() { server_.reset(); }

  void SetUp() override {
    CurationProjectFixture::SetUp();
    redis_ = std::make_unique<RedisConnection>(server_->target());
    redis_->command({"FLUSHALL"});
    for (int u = 1; u <= 6; ++u) addUser(u, userName(u), u <= 3 ? "DE" : "FR");
    addUser(7, "u7", "DE");  // no events: the model does not know u7, so u7 gets no key
    addItem(1, "i1", "One", "a");
    addItem(2, "i2", "Two", "a");
    addItem(3, "i3", "Three", "b");
    addItem(4, "i4", "Four", "b");
    addItem(5, "i5", "Five", "c");
    addClicks({{1, 1, 1}, {1, 2, 2}, {1, 3, 3}, {2, 1, 1}, {2, 2, 2}, {2, 3, 3}, {3, 1, 1}, {3, 4, 2}, {3, 2, 3},
               {4, 1, 1}, {4, 3, 2}, {4, 5, 3}, {5, 1, 1}, {6, 2, 1}, {6, 4, 2}});
    trainAndStore("itemknn", "knn");
  }
  void TearDown() override {
    redis_.reset();
    CurationProjectFixture::TearDown();
  }

  // Rules of version 1: pin i5 at 1 for everyone, ban i3 for the DE segment, boost i4.
  std::int64_t saveFirstVersion() {
    RuleSetStore store(project());
    store.addSegment(Segment::withExpression("de", "country = \"DE\""));
    Rule p = pin(0, "i5", 1);
    Rule b = ban(0, "i3");
    b.segment = "de";
    Rule up = boost(0, "i4", 3.0);
    store.addRule(p);
    store.addRule(b);
    store.addRule(up);
    return store.saveVersion("first", "test", kAt - 100);
  }
  PublishRequest request(std::size_t top = 3) const {
    PublishRequest r;
    r.ns = "shop";
    r.model = "knn";
    r.top = top;
    r.time = kAt;
    r.verifySample = 100;  // every user
    r.batch = 4;           // several pipelined rounds even here
    return r;
  }
  std::string get(const std::string& key) {
    RedisReply r = redis_->command({"GET", key});
    return r.isNil() ? std::string("(nil)") : r.text;
  }
  std::vector<std::string> allKeys() {
    std::vector<std::string> out;
    for (const auto& e : redis_->command({"KEYS", "*"}).elements) out.push_back(e.text);
    std::sort(out.begin(), out.end());
    return out;
  }
  // Every key with its serialised value (DUMP: any type).
  std::vector<std::pair<std::string, std::string>> snapshot() {
    std::vector<std::pair<std::string, std::string>> out;
    for (const auto& k : allKeys()) out.emplace_back(k, redis_->command({"DUMP", k}).text);
    return out;
  }
  // `rules apply` over the model's full ranking: the reference applier on every item the model scores for the user.
  std::string appliedTopN(const RuleSetDocument& doc, const std::string& user, std::size_t n) {
    auto model = ModelStore(project()).load("knn");
    const ItemCatalogue catalogue(project());
    std::int32_t dense = -1;
    for (std::size_t u = 0; u < model->userIds().size(); ++u)
      if (model->userIds()[u] == std::stoll(user.substr(1))) dense = static_cast<std::int32_t>(u);  // users.id = N of uN
    EXPECT_GE(dense, 0) << user;
    CurationRequest req;
    req.userId = user;
    req.attributes["country"] = std::stoll(user.substr(1)) <= 3 ? "DE" : "FR";
    req.time = kAt;
    req.n = n;
    for (const auto& s : model->recommend(dense, model->itemCount(), true).items) {
      const auto* item = catalogue.findById(model->itemIds()[static_cast<std::size_t>(s.item)]);
      req.ranking.push_back({item->extId, item->category, s.score});
    }
    for (const auto& r : doc.content.rules)
      if (r.kind == RuleKind::PinItem) req.itemCategories[r.item] = catalogue.findByExtId(r.item)->category;
    json items = json::array();
    for (const auto& e : RuleApplier(doc.content).apply(req).entries) items.push_back(e.item);
    return items.dump();
  }

  static std::unique_ptr<RedisServer> server_;
  std::unique_ptr<RedisConnection> redis_;
};

std::unique_ptr<RedisServer> ServingPublisherTest::server_;

TEST_F(ServingPublisherTest, PublishesTheExportBytesAndTheAppliersListsUnderTheDocumentedKeys) {
  const auto v = saveFirstVersion();
  ServingPublisher publisher(project(), *redis_);
  redis_->command({"CONFIG", "RESETSTAT"});
  const PublishOutcome out = publisher.publish(request());
  // One transaction: the switch of ruleset:current and the manifest (nothing to prune yet).
  const std::string stats = redis_->command({"INFO", "commandstats"}).text;
  EXPECT_NE(stats.find("cmdstat_multi:calls=1,"), std::string::npos) << stats;
  EXPECT_NE(stats.find("cmdstat_exec:calls=1,"), std::string::npos) << stats;
  EXPECT_EQ(out.version, v);
  EXPECT_EQ(out.users, 6u);
  EXPECT_TRUE(out.verification.rulesetChecked);
  EXPECT_EQ(out.verification.usersChecked, 6u);
  EXPECT_EQ(out.verification.goldenCases, 6u);
  EXPECT_FALSE(out.before.version.has_value());

  // The layout production reads (docs/serving.md), key by key.
  EXPECT_EQ(allKeys(), (std::vector<std::string>{"shop:manifest", "shop:manifest:1", "shop:ruleset:1",
                                                 "shop:ruleset:current", "shop:topn:u1", "shop:topn:u2", "shop:topn:u3",
                                                 "shop:topn:u4", "shop:topn:u5", "shop:topn:u6", "shop:versions"}));
  EXPECT_EQ(serving_keys::topn("shop", "u1"), "shop:topn:u1");
  const RuleSetDocument doc = RuleSetStore(project()).document(v);
  EXPECT_EQ(get("shop:ruleset:1"), doc.exportText());
  EXPECT_EQ(get("shop:ruleset:current"), doc.exportText());
  const json manifest = json::parse(get("shop:manifest"));
  EXPECT_EQ(manifest.at("version"), 1);
  EXPECT_EQ(manifest.at("sha256"), doc.checksum());
  EXPECT_EQ(manifest.at("model"), "knn");
  EXPECT_EQ(manifest.at("top"), 3);
  EXPECT_EQ(manifest.at("users"), 6);
  EXPECT_EQ(manifest.at("published_at"), "2025-06-15T15:06:40Z");
  EXPECT_TRUE(manifest.at("app_version").is_string());
  EXPECT_EQ(manifest.size(), 7u);
  EXPECT_EQ(get("shop:manifest:1"), get("shop:manifest"));
  EXPECT_EQ(redis_->command({"ZRANGE", "shop:versions", "0", "-1"}).elements.at(0).text, "1");
  for (int u = 1; u <= 6; ++u) {
    const std::string user = userName(u);
    EXPECT_EQ(get("shop:topn:" + user), appliedTopN(doc, user, 3)) << user;
  }
  // The rules show: the pin leads every list, DE users never see i3.
  EXPECT_EQ(json::parse(get("shop:topn:u5")).at(0), "i5");
  EXPECT_EQ(get("shop:topn:u1").find("i3"), std::string::npos);
}

// docs/serving.md's key table is what production codes against: it must name exactly the keys a publish writes.
TEST_F(ServingPublisherTest, TheDocumentedKeyTableNamesExactlyTheKeysAPublishWrites) {
  saveFirstVersion();
  ServingPublisher(project(), *redis_).publish(request());
  std::ifstream doc(std::string(RECO_TEST_DATA_DIR) + "/../../docs/serving.md");
  ASSERT_TRUE(doc) << "docs/serving.md not found";
  std::set<std::string> documented;
  for (std::string line; std::getline(doc, line);) {
    if (!line.starts_with("| `NS:")) continue;
    std::string key = line.substr(3, line.find('`', 3) - 3);  // "NS:topn:<user_id>"
    key.replace(0, 2, "shop");
    documented.insert(key);
  }
  std::set<std::string> written;
  for (std::string key : allKeys()) {
    for (const char* prefix : {"shop:ruleset:", "shop:manifest:", "shop:topn:"}) {
      const std::string p(prefix);
      if (key.starts_with(p) && key != "shop:ruleset:current")
        key = p + (p == "shop:topn:" ? "<user_id>" : "<version>");
    }
    written.insert(key);
  }
  EXPECT_EQ(documented, written);
  EXPECT_EQ(written.size(), 6u);
}

TEST_F(ServingPublisherTest, ATamperedKeyFailsTheVerificationNamingThatKey) {
  saveFirstVersion();
  ServingPublisher publisher(project(), *redis_);
  const PublishRequest req = request();
  publisher.publish(req);
  const std::string original = get("shop:topn:u4");
  redis_->command({"SET", "shop:topn:u4", "[\"i1\"]"});
  try {
    publisher.verify(req, 1, 6);
    FAIL() << "verification passed over a tampered topn key";
  } catch (const PublishVerificationError& e) {
    EXPECT_EQ(e.key(), "shop:topn:u4");
    EXPECT_NE(std::string(e.what()).find("'shop:topn:u4'"), std::string::npos) << e.what();
  }
  redis_->command({"SET", "shop:topn:u4", original});
  EXPECT_NO_THROW(publisher.verify(req, 1, 6));

  std::string bytes = get("shop:ruleset:current");
  bytes[bytes.size() / 2] = bytes[bytes.size() / 2] == 'x' ? 'y' : 'x';
  redis_->command({"SET", "shop:ruleset:current", bytes});
  try {
    publisher.verify(req, 1, 6);
    FAIL() << "verification passed over a tampered rule set";
  } catch (const PublishVerificationError& e) {
    EXPECT_EQ(e.key(), "shop:ruleset:current") << e.what();
  }
}

TEST_F(ServingPublisherTest, RollbackMakesThePreviousVersionLiveWithItsManifest) {
  saveFirstVersion();
  ServingPublisher publisher(project(), *redis_);
  PublishRequest req = request();
  publisher.publish(req);
  const std::string firstManifest = get("shop:manifest");
  RuleSetStore store(project());
  store.addRule(ban(0, "i1"));
  const auto v2 = store.saveVersion("second", "test", kAt - 50);
  req.time = kAt + 60;
  const PublishOutcome second = publisher.publish(req);
  EXPECT_EQ(second.before.version, std::optional<std::int64_t>(1));
  EXPECT_EQ(second.version, v2);
  EXPECT_NE(second.ruleChanges.find("rule #4"), std::string::npos) << second.ruleChanges;
  EXPECT_EQ(get("shop:ruleset:current"), store.document(v2).exportText());

  redis_->command({"CONFIG", "RESETSTAT"});
  const PublishOutcome back = publisher.rollback("shop");
  // The switch itself is one transaction: MULTI, two SETs, EXEC (the rest are reads).
  const std::string stats = redis_->command({"INFO", "commandstats"}).text;
  EXPECT_NE(stats.find("cmdstat_multi:calls=1,"), std::string::npos) << stats;
  EXPECT_NE(stats.find("cmdstat_exec:calls=1,"), std::string::npos) << stats;
  EXPECT_NE(stats.find("cmdstat_set:calls=2,"), std::string::npos) << stats;
  EXPECT_EQ(back.before.version, std::optional<std::int64_t>(v2));
  EXPECT_EQ(back.version, 1);
  EXPECT_EQ(get("shop:ruleset:current"), store.document(1).exportText());
  EXPECT_EQ(get("shop:manifest"), firstManifest);
  EXPECT_EQ(get("shop:ruleset:2"), store.document(v2).exportText());  // kept: publishing it again needs no rebuild
  // Nothing before version 1.
  const std::string error = reco_test::errorOf([&] { publisher.rollback("shop"); });
  EXPECT_NE(error.find("nothing to roll back to"), std::string::npos) << error;
}

TEST_F(ServingPublisherTest, ACancelledPublishLeavesTheLiveVersionAlone) {
  saveFirstVersion();
  ServingPublisher(project(), *redis_).publish(request());
  const std::string manifest = get("shop:manifest"), current = get("shop:ruleset:current");
  RuleSetStore store(project());
  store.addRule(ban(0, "i1"));
  store.saveVersion("second", "test", kAt - 5);
  std::atomic<bool> cancel{false};
  std::vector<std::string> stages;
  ServingPublisher publisher(project(), *redis_, [&](const std::string& stage, double fraction) {
    stages.push_back(stage);
    if (fraction > 0) cancel = true;  // after the first batch of top-N lists
  }, &cancel);
  EXPECT_THROW(publisher.publish(request()), PublishCancelled);
  EXPECT_EQ(stages.front(), "computing and writing top-N");
  EXPECT_EQ(get("shop:manifest"), manifest);
  EXPECT_EQ(get("shop:ruleset:current"), current);
}

TEST_F(ServingPublisherTest, ADryRunWritesNothingAndShowsTheChanges) {
  saveFirstVersion();
  ServingPublisher publisher(project(), *redis_);
  publisher.publish(request());
  RuleSetStore store(project());
  store.addRule(ban(0, "i2"));
  store.saveVersion("second", "test", kAt - 10);
  const auto before = snapshot();

  const PublishOutcome plan = publisher.dryRun(request(5));
  EXPECT_TRUE(plan.dryRun);
  EXPECT_EQ(plan.before.version, std::optional<std::int64_t>(1));
  EXPECT_EQ(plan.before.users, 6u);
  EXPECT_EQ(plan.version, 2);
  EXPECT_EQ(plan.users, 6u);
  EXPECT_EQ(plan.top, 5u);
  EXPECT_NE(plan.ruleChanges.find("+ rule #4"), std::string::npos) << plan.ruleChanges;

  EXPECT_EQ(snapshot(), before);
}

TEST_F(ServingPublisherTest, KeepsOnlyTheConfiguredNumberOfVersions) {
  saveFirstVersion();
  ServingPublisher publisher(project(), *redis_);
  PublishRequest req = request();
  req.keepVersions = 2;
  RuleSetStore store(project());
  publisher.publish(req);
  store.saveVersion("two", "test", kAt - 5);
  publisher.publish(req);
  store.saveVersion("three", "test", kAt - 4);
  const PublishOutcome third = publisher.publish(req);
  EXPECT_EQ(third.removedVersions, (std::vector<std::int64_t>{1}));
  EXPECT_EQ(get("shop:ruleset:1"), "(nil)");
  EXPECT_EQ(get("shop:manifest:1"), "(nil)");
  EXPECT_NE(get("shop:ruleset:2"), "(nil)");
  EXPECT_EQ(publisher.state("shop").keptVersions, (std::vector<std::int64_t>{2, 3}));
}

TEST_F(ServingPublisherTest, WithoutAModelOnlyTheRuleSetChangesAndTheManifestKeepsDescribingTheLists) {
  saveFirstVersion();
  ServingPublisher publisher(project(), *redis_);
  publisher.publish(request());
  const std::string list = get("shop:topn:u2");
  RuleSetStore(project()).saveVersion("same rules again", "test", kAt - 1);
  PublishRequest rulesOnly = request();
  rulesOnly.model.clear();
  const PublishOutcome out = publisher.publish(rulesOnly);
  EXPECT_EQ(out.version, 2);
  EXPECT_EQ(get("shop:topn:u2"), list);
  const json manifest = json::parse(get("shop:manifest"));
  EXPECT_EQ(manifest.at("version"), 2);
  EXPECT_EQ(manifest.at("model"), "knn");
  EXPECT_EQ(manifest.at("users"), 6);
}

// export-factors: the .npy files hold the model's factor rows exactly, in the row order ids.json gives.
TEST_F(ServingPublisherTest, ExportsFactorsAsNpyWithAnIdMap) {
  trainAndStore("ials", "ials");
  const auto out = exportFactors(project(), "ials", (dir_.path / "factors").string());
  auto model = ModelStore(project()).load("ials");
  const auto& f = dynamic_cast<const FactorRecommender&>(*model);
  ASSERT_EQ(out.users, 6u);
  ASSERT_EQ(out.items, 5u);
  ASSERT_EQ(out.factors, static_cast<std::size_t>(f.factors()));
  std::ifstream in(dir_.path / "factors" / "user_factors.npy", std::ios::binary);
  const std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  ASSERT_GT(bytes.size(), 10u);
  EXPECT_EQ(bytes.substr(0, 8), std::string("\x93NUMPY\x01\x00", 8));
  const std::size_t headerLength = static_cast<unsigned char>(bytes[8]) | static_cast<unsigned char>(bytes[9]) << 8;
  EXPECT_EQ((10 + headerLength) % 64, 0u);
  const std::string header = bytes.substr(10, headerLength);
  EXPECT_NE(header.find("'descr': '<f4'"), std::string::npos) << header;
  EXPECT_NE(header.find("'shape': (6, " + std::to_string(f.factors()) + ")"), std::string::npos) << header;
  std::vector<float> rows(6 * static_cast<std::size_t>(f.factors()));
  ASSERT_EQ(bytes.size(), 10 + headerLength + rows.size() * sizeof(float));
  std::memcpy(rows.data(), bytes.data() + 10 + headerLength, rows.size() * sizeof(float));
  EXPECT_EQ(rows, f.userFactors());
  std::ifstream idsFile(dir_.path / "factors" / "ids.json");
  const json ids = json::parse(idsFile);
  ASSERT_EQ(ids.at("users").size(), 6u);
  for (std::size_t u = 0; u < 6; ++u)  // users.id N is "uN"
    EXPECT_EQ(ids.at("users")[u], userName(static_cast<int>(model->userIds()[u])));
  EXPECT_EQ(ids.at("items").size(), 5u);
  EXPECT_NE(reco_test::errorOf([&] { exportFactors(project(), "knn", (dir_.path / "x").string()); })
                .find("has no factors"),
            std::string::npos);
}

// The password (RECOENGINE_REDIS_PASSWORD in the CLI) goes out as AUTH; a wrong one is named as such, never shown.
TEST_F(ServingPublisherTest, AuthenticatesWithThePasswordAndNeverShowsIt) {
  redis_->command({"CONFIG", "SET", "requirepass", "s3cret-pw"});
  struct ClearPassword {  // also when an expectation below throws: the next tests connect without one
    RedisConnection& c;
    ~ClearPassword() {
      try {
        c.command({"CONFIG", "SET", "requirepass", ""});
      } catch (const RedisError& e) {
        ADD_FAILURE() << e.what();
      }
    }
  } clear{*redis_};  // this connection authenticated before the password was set and stays so
  RedisTarget target = server_->target();
  const std::string noPassword = reco_test::errorOf([&] { RedisConnection c(target); });
  EXPECT_NE(noPassword.find("NOAUTH"), std::string::npos) << noPassword;
  target.password = "wrong-pw";
  const std::string wrong = reco_test::errorOf([&] { RedisConnection c(target); });
  EXPECT_NE(wrong.find("refused the password (RECOENGINE_REDIS_PASSWORD)"), std::string::npos) << wrong;
  EXPECT_EQ(wrong.find("wrong-pw"), std::string::npos) << wrong;
  target.password = "s3cret-pw";
  RedisConnection authenticated(target);
  EXPECT_EQ(authenticated.command({"PING"}).text, "PONG");
}

TEST(RedisTargetTest, ParsesTcpAndUnixUrlsAndRefusesPasswordsAndTls) {
  RedisTarget t = RedisTarget::parse("redis://ops@cache.internal:6380/2");
  EXPECT_EQ(t.kind, RedisTarget::Kind::Tcp);
  EXPECT_EQ(t.user, "ops");
  EXPECT_EQ(t.host, "cache.internal");
  EXPECT_EQ(t.port, 6380);
  EXPECT_EQ(t.database, 2);
  t = RedisTarget::parse("redis://localhost");
  EXPECT_EQ(t.port, 6379);
  EXPECT_EQ(t.database, 0);
  t = RedisTarget::parse("redis://[::1]:7000/0");
  EXPECT_EQ(t.host, "::1");
  EXPECT_EQ(t.port, 7000);
  t = RedisTarget::parse("unix:///run/redis/redis.sock?db=3");
  EXPECT_EQ(t.kind, RedisTarget::Kind::Unix);
  EXPECT_EQ(t.socket, "/run/redis/redis.sock");
  EXPECT_EQ(t.database, 3);

  using reco_test::errorOf;
  EXPECT_NE(errorOf([] { RedisTarget::parse("rediss://cache:6380/0"); }).find("this build's hiredis (0.14"),
            std::string::npos);
  EXPECT_NE(errorOf([] { RedisTarget::parse("redis://ops:secret@cache:6379"); }).find("RECOENGINE_REDIS_PASSWORD"),
            std::string::npos);
  EXPECT_NE(errorOf([] { RedisTarget::parse("redis://cache:99999"); }).find("the port"), std::string::npos);
  EXPECT_NE(errorOf([] { RedisTarget::parse("http://cache"); }).find("expected redis://"), std::string::npos);
  EXPECT_NE(errorOf([] { RedisTarget::parse("unix://relative.sock"); }).find("absolute"), std::string::npos);
}

TEST(RedisTargetTest, AConnectionThatFailsNamesTheUrl) {
  reco_test::TempDir dir("reco_redis_refused_");
  const std::string url = "unix://" + dir.file("none.sock");
  const std::string error = reco_test::errorOf([&] { RedisConnection c(RedisTarget::parse(url)); });
  EXPECT_NE(error.find("cannot connect to Redis at " + url), std::string::npos) << error;
}

}  // namespace
