#include "TestProject.h"

#include <cstdio>

#include "core/demo/DemoGenerator.h"
#include "core/storage/Project.h"

namespace testproject {

void buildSmallProject(const std::string& path) {
  reco::Project project = reco::Project::create(path, true);
  reco::Database& db = project.db();
  reco::Transaction tx(db);
  db.exec("INSERT INTO placements(id, name) VALUES (1, 'home'), (2, 'cart');"
          "INSERT INTO variants(id, name) VALUES (1, 'A'), (2, 'B');");
  char buf[64];
  auto user = db.prepare("INSERT INTO users(id, ext_id, country, device, is_new) VALUES (?, ?, ?, ?, ?)");
  for (int u = 0; u < 600; ++u) {
    std::snprintf(buf, sizeof buf, "u%04d", u);
    user.bind(1, u + 1).bind(2, buf).bind(3, u % 2 ? "DE" : "FR").bind(4, u % 3 ? "mobile" : "desktop").bind(5, u % 2);
    user.exec();
  }
  auto item = db.prepare("INSERT INTO items(id, ext_id, title, category, price) VALUES (?, ?, ?, ?, ?)");
  for (int i = 0; i < 300; ++i) {
    std::snprintf(buf, sizeof buf, "i%03d", i);
    const std::string title = (i % 10 == 0 ? "Caf\xC3\xA9 " : "Item ") + std::to_string(i);
    item.bind(1, i + 1).bind(2, buf).bind(3, title).bind(4, i % 2 ? "books" : "toys").bind(5, 1.5 + i);
    item.exec();
  }
  auto event = db.prepare(
      "INSERT INTO events(id, user_id, item_id, type, ts, value, position, placement_id, variant_id, revenue)"
      " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
  for (int e = 0; e < 1000; ++e) {
    event.bind(1, e + 1)
        .bind(2, (e * 7) % 600 + 1)
        .bind(3, (e * 13) % 300 + 1)
        .bind(4, e % 4)
        .bind(5, static_cast<std::int64_t>(1704067200 + (1000 - e) * 3600))
        .bindNull(6)
        .bind(7, e % 10 + 1)
        .bind(8, e % 2 + 1)
        .bind(9, e % 3 == 0 ? 2 : 1);
    if (e % 4 == 3)
      event.bind(10, 9.99);
    else
      event.bindNull(10);
    event.exec();
  }
  tx.commit();
}

void buildDemoProject(const std::string& path) {
  reco::Project project = reco::Project::create(path, true);
  reco::DemoOptions options;
  options.users = 200;
  options.items = 100;
  options.days = 10;
  reco::generateDemo(project, options);
}

}  // namespace testproject
