// reco::DataBrowser: paging, ordering, search semantics and error cases on a small hand-built project.
#include <gtest/gtest.h>

#include <filesystem>
#include <stdexcept>
#include <string>
#include <variant>

#include "core/browse/DataBrowser.h"
#include "core/storage/Project.h"
#include "tests/common/TempDir.h"

namespace {

namespace fs = std::filesystem;

class DataBrowserTest : public ::testing::Test {
 protected:
  void SetUp() override {
    project_ = std::make_unique<reco::Project>(reco::Project::create((dir_.path / "p.reco").string(), true));
    auto& db = project_->db();
    db.exec(
        "INSERT INTO users(id, ext_id, country) VALUES (1,'a1','DE'),(2,'a2','FR'),(3,'b1',NULL),(4,'a10','DE');"
        "INSERT INTO items(id, ext_id, title, price) VALUES (1,'x1','Red 100% cotton',9.5),(2,'x2','Blue_shirt',NULL),"
        "(3,'y1','Green shirt',3);"
        "INSERT INTO placements(id, name) VALUES (1,'home');"
        "INSERT INTO events(id, user_id, item_id, type, ts, placement_id, revenue) VALUES"
        " (1,1,1,0,300,1,NULL),(2,2,2,1,100,NULL,NULL),(3,3,3,3,200,1,12.5),(4,1,3,1,50,NULL,NULL);");
  }
  void TearDown() override {
    project_.reset();
  }
  static std::string text(const reco::BrowseValue& v) { return std::get<std::string>(v); }
  static std::int64_t integer(const reco::BrowseValue& v) { return std::get<std::int64_t>(v); }

  reco_test::TempDir dir_{"reco_browse_"};  // outlives project_ (declared first)
  std::unique_ptr<reco::Project> project_;
};

TEST_F(DataBrowserTest, ColumnsMatchTheRows) {
  reco::DataBrowser b(*project_);
  for (auto t : {reco::BrowseTable::Users, reco::BrowseTable::Items, reco::BrowseTable::Events}) {
    auto rows = b.page(t, {}, 0, 100);
    ASSERT_FALSE(rows.empty());
    for (const auto& r : rows) EXPECT_EQ(r.size(), reco::DataBrowser::columns(t).size());
  }
}

TEST_F(DataBrowserTest, PagesAreContiguousAndOrdered) {
  reco::DataBrowser b(*project_);
  EXPECT_EQ(b.count(reco::BrowseTable::Users, ""), 4);
  auto first = b.page(reco::BrowseTable::Users, {1, true, ""}, 0, 2);
  auto second = b.page(reco::BrowseTable::Users, {1, true, ""}, 2, 2);
  ASSERT_EQ(first.size(), 2u);
  ASSERT_EQ(second.size(), 2u);
  EXPECT_EQ(text(first[0][1]), "a1");
  EXPECT_EQ(text(first[1][1]), "a10");
  EXPECT_EQ(text(second[0][1]), "a2");
  EXPECT_EQ(text(second[1][1]), "b1");
  EXPECT_TRUE(b.page(reco::BrowseTable::Users, {}, 4, 2).empty());
  // Users carry their event counts; NULL attributes stay NULL.
  auto byId = b.page(reco::BrowseTable::Users, {0, true, ""}, 0, 10);
  EXPECT_EQ(integer(byId[0][9]), 2);
  // country DESC, id DESC: FR(2), DE(4), DE(1), NULL(3); the event counts belong to the paged rows.
  auto byCountry = b.page(reco::BrowseTable::Users, {2, false, ""}, 1, 2);
  ASSERT_EQ(byCountry.size(), 2u);
  EXPECT_EQ(integer(byCountry[0][0]), 4);
  EXPECT_EQ(integer(byCountry[0][9]), 0);
  EXPECT_EQ(integer(byCountry[1][0]), 1);
  EXPECT_EQ(integer(byCountry[1][9]), 2);
  EXPECT_TRUE(std::holds_alternative<std::monostate>(byId[2][2]));
}

TEST_F(DataBrowserTest, EventsResolveNamesAndSortByUserThenTime) {
  reco::DataBrowser b(*project_);
  const int userColumn = 1;
  auto rows = b.page(reco::BrowseTable::Events, {userColumn, true, ""}, 0, 10);
  ASSERT_EQ(rows.size(), 4u);
  // User 1 (a1) first, their events in time order (event 4 at ts 50 before event 1 at ts 300).
  EXPECT_EQ(integer(rows[0][0]), 4);
  EXPECT_EQ(integer(rows[1][0]), 1);
  EXPECT_EQ(integer(rows[3][0]), 3);
  EXPECT_EQ(text(rows[0][1]), "a1");
  EXPECT_EQ(text(rows[0][2]), "y1");
  EXPECT_EQ(text(rows[0][3]), "Green shirt");
  EXPECT_EQ(text(rows[0][4]), "click");
  EXPECT_EQ(integer(rows[0][5]), 50);
  EXPECT_EQ(text(rows[1][8]), "home");
  EXPECT_TRUE(std::holds_alternative<std::monostate>(rows[0][8]));
  auto desc = b.page(reco::BrowseTable::Events, {userColumn, false, ""}, 0, 1);
  EXPECT_EQ(integer(desc[0][0]), 3);
  auto byItem = b.page(reco::BrowseTable::Events, {2, true, ""}, 0, 10);
  EXPECT_EQ(integer(byItem[0][0]), 1);  // item x1
  EXPECT_EQ(integer(byItem[2][0]), 3);  // item y1: events 3, 4
  EXPECT_EQ(integer(byItem[3][0]), 4);
  auto purchase = b.page(reco::BrowseTable::Events, {0, true, "b1"}, 0, 10);
  ASSERT_EQ(purchase.size(), 1u);
  EXPECT_DOUBLE_EQ(std::get<double>(purchase[0][10]), 12.5);
}

TEST_F(DataBrowserTest, SearchUsesIdPrefixesAndLiteralTitleSubstrings) {
  reco::DataBrowser b(*project_);
  EXPECT_EQ(b.count(reco::BrowseTable::Users, "a1"), 2);  // a1, a10
  EXPECT_EQ(b.count(reco::BrowseTable::Users, "a"), 3);
  EXPECT_EQ(b.count(reco::BrowseTable::Users, "shirt"), 0);
  EXPECT_EQ(b.count(reco::BrowseTable::Items, "shirt"), 2);
  EXPECT_EQ(b.count(reco::BrowseTable::Items, "SHIRT"), 2);  // case-insensitive for ASCII
  EXPECT_EQ(b.count(reco::BrowseTable::Items, "100%"), 1);   // '%' is literal
  EXPECT_EQ(b.count(reco::BrowseTable::Items, "e_s"), 1);    // '_' is literal: "Blue_shirt" only
  EXPECT_EQ(b.count(reco::BrowseTable::Items, "x"), 2);
  EXPECT_EQ(b.count(reco::BrowseTable::Events, "a1"), 2);    // user a1 (events 1, 4); a10 has none
  EXPECT_EQ(b.count(reco::BrowseTable::Events, "Green"), 2);  // item y1 (events 3, 4)
  auto rows = b.page(reco::BrowseTable::Events, {0, true, "Green"}, 0, 10);
  ASSERT_EQ(rows.size(), 2u);
  EXPECT_EQ(integer(rows[0][0]), 3);
  EXPECT_EQ(integer(rows[1][0]), 4);
}

TEST_F(DataBrowserTest, RejectsUnsortableColumnsAndBadRanges) {
  reco::DataBrowser b(*project_);
  EXPECT_FALSE(reco::DataBrowser::isSortable(reco::BrowseTable::Events, 3));  // item title
  EXPECT_FALSE(reco::DataBrowser::isSortable(reco::BrowseTable::Events, 5));  // time: no index
  EXPECT_FALSE(reco::DataBrowser::isSortable(reco::BrowseTable::Users, 99));
  EXPECT_THROW(b.page(reco::BrowseTable::Events, {3, true, ""}, 0, 10), std::invalid_argument);
  EXPECT_THROW(b.page(reco::BrowseTable::Users, {-1, true, ""}, 0, 10), std::invalid_argument);
  EXPECT_THROW(b.page(reco::BrowseTable::Users, {}, -1, 10), std::invalid_argument);
}

TEST(DataBrowserPrefix, UpperBoundIncrementsTheLastByte) {
  EXPECT_EQ(reco::DataBrowser::prefixUpperBound("abc"), "abd");
  EXPECT_EQ(reco::DataBrowser::prefixUpperBound(std::string("a\xFF", 2)), "b");
  EXPECT_EQ(reco::DataBrowser::prefixUpperBound(std::string("\xFF\xFF", 2)), "");
  EXPECT_EQ(reco::DataBrowser::prefixUpperBound(""), "");
}

}  // namespace
