// How fast the Data workspace's pages come back on a large project: count, first page and a deep page for every
// sortable column of users, items and events, plus searches. Usage: bench_browse [PROJECT] (default: builds the
// 1M-event demo in a temp folder).
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <string>

#include "core/browse/DataBrowser.h"
#include "core/demo/DemoGenerator.h"
#include "core/storage/Project.h"

namespace {
double msSince(std::chrono::steady_clock::time_point t0) {
  return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
}
const char* tableName(reco::BrowseTable t) {
  return t == reco::BrowseTable::Users ? "users" : t == reco::BrowseTable::Items ? "items" : "events";
}
}  // namespace

int main(int argc, char** argv) {
  std::string path;
  if (argc > 1) {
    path = argv[1];
  } else {
    path = (std::filesystem::temp_directory_path() / "bench_browse_demo.reco").string();
    if (!std::filesystem::exists(path)) {
      std::printf("generating the default demo project (5,000 users, 2,000 items, 90 days) at %s ...\n", path.c_str());
      auto t0 = std::chrono::steady_clock::now();
      reco::Project p = reco::Project::create(path, true);
      reco::generateDemo(p, reco::DemoOptions{});
      std::printf("  done in %.1f s\n", msSince(t0) / 1000.0);
    }
  }
  reco::Project project = reco::Project::open(path);
  reco::DataBrowser browser(project);
  const std::int64_t pageSize = 256;
  for (auto table : {reco::BrowseTable::Users, reco::BrowseTable::Items, reco::BrowseTable::Events}) {
    auto t0 = std::chrono::steady_clock::now();
    const std::int64_t total = browser.count(table, "");
    std::printf("%-6s count=%lld in %.1f ms\n", tableName(table), static_cast<long long>(total), msSince(t0));
    const auto& columns = reco::DataBrowser::columns(table);
    for (int c = 0; c < static_cast<int>(columns.size()); ++c) {
      if (!columns[static_cast<std::size_t>(c)].sortable) continue;
      for (bool ascending : {true, false}) {
        t0 = std::chrono::steady_clock::now();
        auto first = browser.page(table, {c, ascending, ""}, 0, pageSize);
        const double firstMs = msSince(t0);
        t0 = std::chrono::steady_clock::now();
        auto deep = browser.page(table, {c, ascending, ""}, pageSize * 40, pageSize);  // after 40 fetchMore calls
        const double deepMs = msSince(t0);
        std::printf("  sort %-12s %-4s first page %7.1f ms, page 41 %7.1f ms (%zu rows)\n",
                    columns[static_cast<std::size_t>(c)].name.c_str(), ascending ? "asc" : "desc", firstMs, deepMs,
                    first.size() + deep.size());
      }
    }
  }
  for (const char* search : {"U00001", "SKU-0001", "Jacket"}) {
    auto t0 = std::chrono::steady_clock::now();
    const std::int64_t n = browser.count(reco::BrowseTable::Events, search);
    const double countMs = msSince(t0);
    t0 = std::chrono::steady_clock::now();
    auto rows = browser.page(reco::BrowseTable::Events, {0, true, search}, 0, pageSize);
    std::printf("events search '%s': %lld matches, count %.1f ms, first page %.1f ms\n", search,
                static_cast<long long>(n), countMs, msSince(t0));
  }
  return 0;
}
