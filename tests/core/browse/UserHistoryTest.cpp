// reco::UserHistory: a user's events by users.id, complete across event blocks, newest first, paged; users whose
// external ids are prefixes of each other ("1", "10", "100") never mix; impressions only when asked.
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <memory>
#include <set>
#include <string>

#include "core/browse/UserHistory.h"
#include "core/storage/EventStore.h"
#include "core/storage/Project.h"
#include "tests/common/TempDir.h"

namespace {

namespace fs = std::filesystem;

class UserHistoryTest : public ::testing::Test {
 protected:
  // 70,000 events (two blocks): user 1 ("1") has every 97th event, alternating rating and impression, user 2 ("10")
  // and user 3 ("100") share the rest. Timestamps are not in id order (the history sorts by time).
  static constexpr std::int64_t kEvents = 70000;
  void SetUp() override {
    project_ = std::make_unique<reco::Project>(reco::Project::create((dir_.path / "p.reco").string(), true));
    auto& db = project_->db();
    db.exec(
        "INSERT INTO users(id, ext_id) VALUES (1,'1'),(2,'10'),(3,'100');"
        "INSERT INTO items(id, ext_id, title, category) VALUES (1,'i1','Toy Story (1995)','Animation'),"
        "(2,'i2','GoldenEye (1995)','Action'),(3,'i3',NULL,NULL);");
    db.exec("BEGIN");
    reco::EventWriter writer(db);
    for (std::int64_t id = 1; id <= kEvents; ++id) {
      reco::EventRow e;
      const bool mine = id % 97 == 0;
      e.user = mine ? 1 : (id % 2 ? 2 : 3);
      e.item = 1 + id % 3;
      e.type = mine && (id / 97) % 2 ? 0 : 4;  // impression or rating
      e.ts = 1'000'000 + (id * 7919) % 100'000;
      if (e.type == 4) e.value = double(1 + id % 5);
      if (mine) {
        ++mine_;
        if (e.type == 4) ++myRatings_;
      }
      writer.append(e);
    }
    writer.finish();
    db.exec("COMMIT");
    ASSERT_GT(reco::eventCount(db), std::int64_t(reco::EventBlock::kCapacity));
  }
  void TearDown() override {
    project_.reset();
  }

  reco_test::TempDir dir_{"reco_user_history_"};  // outlives project_ (declared first)
  std::unique_ptr<reco::Project> project_;
  std::size_t mine_ = 0, myRatings_ = 0;
};

TEST_F(UserHistoryTest, HoldsEveryEventOfTheUserAcrossBlocksNewestFirst) {
  reco::UserHistory history(*project_, 1, true);
  EXPECT_EQ(history.size(), mine_);
  EXPECT_EQ(history.eventsSeen(), mine_);
  const auto all = history.page(*project_, 0, mine_ + 10);
  ASSERT_EQ(all.size(), mine_);
  std::set<std::int64_t> ids;
  for (std::size_t i = 0; i < all.size(); ++i) {
    EXPECT_EQ(all[i].id % 97, 0) << "event " << all[i].id << " is not user 1's";
    ids.insert(all[i].id);
    if (i > 0) {
      EXPECT_TRUE(all[i - 1].ts > all[i].ts || (all[i - 1].ts == all[i].ts && all[i - 1].id > all[i].id))
          << "row " << i << " is not older than row " << i - 1;
    }
  }
  EXPECT_EQ(ids.size(), mine_);
  // Events of the second block are there too.
  EXPECT_GT(*ids.rbegin(), std::int64_t(reco::EventBlock::kCapacity));
}

TEST_F(UserHistoryTest, PagesAreContiguousAndNamesResolved) {
  reco::UserHistory history(*project_, 1, true);
  const auto all = history.page(*project_, 0, history.size());
  std::vector<reco::UserHistoryEvent> paged;
  for (std::size_t offset = 0;; offset += 100) {
    auto page = history.page(*project_, offset, 100);
    if (page.empty()) break;
    EXPECT_LE(page.size(), 100u);
    paged.insert(paged.end(), page.begin(), page.end());
  }
  ASSERT_EQ(paged.size(), all.size());
  for (std::size_t i = 0; i < all.size(); ++i) EXPECT_EQ(paged[i].id, all[i].id);
  EXPECT_TRUE(history.page(*project_, history.size(), 10).empty());
  for (const auto& e : all) {
    if (e.itemId == 1) {
      EXPECT_EQ(e.itemExtId, "i1");
      EXPECT_EQ(e.title, "Toy Story (1995)");
      EXPECT_EQ(e.category, "Animation");
    } else if (e.itemId == 3) {
      EXPECT_EQ(e.itemExtId, "i3");
      EXPECT_EQ(e.title, "");
    }
    EXPECT_TRUE(e.type == "rating" || e.type == "impression") << e.type;
    EXPECT_EQ(std::isnan(e.value), e.type == "impression");
  }
}

TEST_F(UserHistoryTest, PrefixUsersDoNotMixAndImpressionsAreLeftOutUnlessAsked) {
  reco::UserHistory ratings(*project_, 1, false);
  EXPECT_EQ(ratings.size(), myRatings_);
  EXPECT_EQ(ratings.eventsSeen(), mine_);
  for (const auto& e : ratings.page(*project_, 0, ratings.size())) EXPECT_EQ(e.type, "rating");
  reco::UserHistory ten(*project_, 2, true);
  reco::UserHistory hundred(*project_, 3, true);
  EXPECT_EQ(ten.size() + hundred.size() + mine_, std::size_t(kEvents));
  for (const auto& e : ten.page(*project_, 0, 1000)) EXPECT_EQ(e.id % 2, 1);
  reco::UserHistory nobody(*project_, 99, true);
  EXPECT_EQ(nobody.size(), 0u);
  EXPECT_TRUE(nobody.page(*project_, 0, 10).empty());
}

}  // namespace
