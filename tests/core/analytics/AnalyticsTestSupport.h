// Helpers for the analytics tests: temp projects, a hand-built fixture with known counts, and direct SQL aggregation
// over events used as the reference the rollups must equal.
#pragma once

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <string>

#include "core/analytics/AnalyticsFilter.h"
#include "core/analytics/Calendar.h"
#include "core/analytics/Measures.h"
#include "core/storage/Project.h"

namespace reco::testing {

inline std::string tempProjectPath(const std::string& name) {
  auto p = std::filesystem::temp_directory_path() /
           ("reco_analytics_" + name + "_" + std::to_string(::getpid()) + ".reco");
  std::filesystem::remove(p);
  std::filesystem::remove(p.string() + "-wal");
  std::filesystem::remove(p.string() + "-shm");
  return p.string();
}

inline constexpr std::int64_t kFixtureDay0 = 19723;  // 2024-01-01

// Known counts: variant A (users 1, 2) 1000 impressions, 100 clicks, 20 add-to-carts, 10 purchases of 10.00;
// variant B (users 3, 4) 1000 impressions, 130 clicks, 40 add-to-carts, 20 purchases of 15.00. Ten days, 100 + 100
// impressions a day; placements home (positions 1-4) and pdp (positions 1-2); items: 1, 2 Books, 3 Toys.
// Users: 1 DE/mobile/gold, 2 DE/desktop/silver, 3 FR/mobile/gold, 4 US/(no device)/(no tier).
inline void buildKnownCountsFixture(Project& p) {
  Database& db = p.db();
  Transaction tx(db);
  db.exec(
      "INSERT INTO placements(id, name) VALUES (1, 'home'), (2, 'pdp');"
      "INSERT INTO variants(id, name) VALUES (1, 'A'), (2, 'B');"
      "INSERT INTO users(id, ext_id, country, device) VALUES (1,'u1','DE','mobile'), (2,'u2','DE','desktop'),"
      " (3,'u3','FR','mobile'), (4,'u4','US',NULL);"
      "INSERT INTO user_attributes(user_id, key, value) VALUES (1,'tier','gold'), (2,'tier','silver'),"
      " (3,'tier','gold');"
      "INSERT INTO items(id, ext_id, title, category, price) VALUES (1,'i1','Atlas','Books',10),"
      " (2,'i2','Bible','Books',10), (3,'i3','Car','Toys',15);");
  auto ins = db.prepare(
      "INSERT INTO events(user_id, item_id, type, ts, position, placement_id, variant_id, revenue)"
      " VALUES (?,?,?,?,?,?,?,?)");
  for (int variant = 1; variant <= 2; ++variant) {
    const int clicksPerDay = variant == 1 ? 10 : 13;
    const int cartsPerDay = variant == 1 ? 2 : 4;
    const int purchasesPerDay = variant == 1 ? 1 : 2;
    const double price = variant == 1 ? 10.0 : 15.0;
    for (int day = 0; day < 10; ++day) {
      const std::int64_t ts = (kFixtureDay0 + day) * 86400 + 3600;
      for (int i = 0; i < 100; ++i) {
        const int user = (variant - 1) * 2 + 1 + (i % 2);
        const int item = 1 + (i % 3);
        const int placement = i < 60 ? 1 : 2;
        const int position = placement == 1 ? 1 + (i % 4) : 1 + (i % 2);
        auto emit = [&](int type, double revenue) {
          ins.bind(1, user).bind(2, item).bind(3, type).bind(4, ts + i).bind(5, position).bind(6, placement)
              .bind(7, variant);
          if (revenue > 0) ins.bind(8, revenue); else ins.bindNull(8);
          ins.exec();
        };
        emit(0, 0);
        if (i < clicksPerDay) emit(1, 0);
        if (i < cartsPerDay) emit(2, 0);
        if (i < purchasesPerDay) emit(3, price);
      }
    }
  }
  // A rating (activity only, no funnel counts) from user 4 on the last day.
  db.exec("INSERT INTO events(user_id, item_id, type, ts, value) VALUES (4, 3, 4, " +
          std::to_string((kFixtureDay0 + 9) * 86400 + 7200) + ", 4.0)");
  tx.commit();
}

inline std::string sqlQuote(const std::string& s) {
  std::string out = "'";
  for (char c : s) {
    if (c == '\'') out += '\'';
    out += c;
  }
  return out + "'";
}

// The SQL expression giving a user's value of a segment attribute ('' when missing), for users aliased u.
inline std::string attributeExpr(const std::string& attr) {
  static const char* columns[] = {"country", "device", "age_band", "gender", "occupation", "is_new"};
  for (const char* c : columns)
    if (attr == c) return "coalesce(CAST(u." + attr + " AS TEXT), '')";
  return "coalesce((SELECT value FROM user_attributes ua WHERE ua.user_id = u.id AND ua.key = " + sqlQuote(attr) +
         "), '')";
}

// WHERE conditions over events e joined to users u and items i, straight from the filter.
inline std::string directWhere(const AnalyticsFilter& f) {
  std::string w = "1";
  const std::string day = "(CASE WHEN e.ts >= 0 THEN e.ts / 86400 ELSE -((-e.ts + 86399) / 86400) END)";
  if (f.fromDay) w += " AND " + day + " >= " + std::to_string(*f.fromDay);
  if (f.toDay) w += " AND " + day + " <= " + std::to_string(*f.toDay);
  if (f.segment) w += " AND " + attributeExpr(f.segment->attribute) + " = " + sqlQuote(f.segment->value);
  if (f.category) w += " AND coalesce(i.category, '') = " + sqlQuote(*f.category);
  if (f.placement)
    w += " AND e.placement_id = (SELECT id FROM placements WHERE name = " + sqlQuote(*f.placement) + ")";
  if (f.variant) w += " AND e.variant_id = (SELECT id FROM variants WHERE name = " + sqlQuote(*f.variant) + ")";
  return w;
}

inline Measures directTotal(Database& db, const AnalyticsFilter& f) {
  auto st = db.prepare(
      "SELECT coalesce(sum(e.type = 0), 0), coalesce(sum(e.type = 1), 0), coalesce(sum(e.type = 2), 0),"
      " coalesce(sum(e.type = 3), 0), total(CASE WHEN e.type = 3 THEN e.revenue END)"
      " FROM events e JOIN users u ON u.id = e.user_id JOIN items i ON i.id = e.item_id WHERE " +
      directWhere(f));
  Measures m;
  if (st.step()) {
    m.impressions = st.columnInt(0);
    m.clicks = st.columnInt(1);
    m.addToCarts = st.columnInt(2);
    m.purchases = st.columnInt(3);
    m.revenue = st.columnDouble(4);
  }
  return m;
}

inline std::int64_t directActiveUsers(Database& db, const AnalyticsFilter& f) {
  return db.queryInt(
      "SELECT count(DISTINCT e.user_id) FROM events e JOIN users u ON u.id = e.user_id JOIN items i ON i.id = "
      "e.item_id WHERE " +
      directWhere(f));
}

inline void expectSameMeasures(const Measures& got, const Measures& want, const std::string& what) {
  EXPECT_EQ(got.impressions, want.impressions) << what;
  EXPECT_EQ(got.clicks, want.clicks) << what;
  EXPECT_EQ(got.addToCarts, want.addToCarts) << what;
  EXPECT_EQ(got.purchases, want.purchases) << what;
  EXPECT_NEAR(got.revenue, want.revenue, 1e-6 * (1 + std::abs(want.revenue))) << what;
}

}  // namespace reco::testing
