// How fast Try it's history opens on a large project (issue 14): reco::UserHistory's one pass over the event blocks'
// user column, then the first and a deep page, for a heavy user (100,000 events spread over the whole log) and a
// light one. Usage: bench_user_history [EVENTS] (default 10,000,000; the project is written once to a temp folder
// by EventWriter: 100,000 users, 20,000 items, one event a second).
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string>

#include "core/base/Random.h"
#include "core/browse/UserHistory.h"
#include "core/storage/EventStore.h"
#include "core/storage/Project.h"

namespace {
double msSince(std::chrono::steady_clock::time_point t0) {
  return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
}

constexpr std::int64_t kUsers = 100000, kItems = 20000, kHeavyEvents = 100000;

void build(const std::string& path, std::int64_t events) {
  reco::Project p = reco::Project::create(path, true);
  auto& db = p.db();
  db.exec("BEGIN");
  {
    auto users = db.prepare("INSERT INTO users(id, ext_id) VALUES (?, ?)");
    for (std::int64_t u = 1; u <= kUsers; ++u) users.bind(1, u).bind(2, std::to_string(u)).exec();
    auto items = db.prepare("INSERT INTO items(id, ext_id, title, category) VALUES (?, ?, ?, ?)");
    for (std::int64_t i = 1; i <= kItems; ++i)
      items.bind(1, i).bind(2, std::string("m").append(std::to_string(i)))
          .bind(3, std::string("Movie ").append(std::to_string(i)))
          .bind(4, std::string("genre ").append(std::to_string(i % 18)))
          .exec();
  }
  reco::EventWriter writer(db);
  reco::SeededRandom rng(42);
  const std::int64_t heavyEvery = std::max<std::int64_t>(1, events / kHeavyEvents);
  for (std::int64_t e = 0; e < events; ++e) {
    reco::EventRow row;
    row.user = e % heavyEvery == 0 ? 1 : 2 + static_cast<std::int64_t>(rng.below(kUsers - 1));
    row.item = 1 + static_cast<std::int64_t>(rng.below(kItems));
    row.type = 4;
    row.value = 1 + static_cast<double>(rng.below(5));
    row.ts = 1'600'000'000 + e;
    writer.append(row);
  }
  writer.finish();
  db.exec("COMMIT");
}
}  // namespace

int main(int argc, char** argv) {
  const std::int64_t events = argc > 1 ? std::atoll(argv[1]) : 10'000'000;
  const std::string path =
      (std::filesystem::temp_directory_path() / std::string("bench_user_history_").append(std::to_string(events)).append(".reco")).string();
  if (!std::filesystem::exists(path)) {
    std::printf("writing %lld events to %s ...\n", static_cast<long long>(events), path.c_str());
    const auto t0 = std::chrono::steady_clock::now();
    build(path, events);
    std::printf("  done in %.1f s\n", msSince(t0) / 1000.0);
  }
  reco::Project project = reco::Project::open(path);
  std::printf("%lld events\n", static_cast<long long>(reco::eventCount(project.db())));
  for (std::int64_t user : {std::int64_t{1}, std::int64_t{4242}}) {
    for (int run = 0; run < 2; ++run) {  // the second run reads from a warm page cache
      auto t0 = std::chrono::steady_clock::now();
      reco::UserHistory history(project, user, true);
      const double openMs = msSince(t0);
      t0 = std::chrono::steady_clock::now();
      const auto first = history.page(project, 0, 256);
      const double firstMs = msSince(t0);
      t0 = std::chrono::steady_clock::now();
      const auto deep = history.page(project, history.size() / 2, 256);
      const double deepMs = msSince(t0);
      std::printf("user %lld (run %d): %zu events, index %.1f ms, first page %.1f ms (%zu rows), middle page %.1f ms\n",
                  static_cast<long long>(user), run + 1, history.size(), openMs, firstMs, first.size(), deepMs);
      (void)deep;
    }
  }
  return 0;
}
