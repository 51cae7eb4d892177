#include "core/storage/DatasetSummary.h"

#include <chrono>
#include <cstdio>

#include "core/storage/EventType.h"

namespace reco {

DatasetSummary summarizeDataset(Project& project) {
  Database& db = project.db();
  DatasetSummary s;
  s.users = db.queryInt("SELECT count(*) FROM users");
  s.items = db.queryInt("SELECT count(*) FROM items");
  s.events = db.queryInt("SELECT count(*) FROM events");
  {
    auto st = db.prepare("SELECT type, count(*) FROM events GROUP BY type ORDER BY type");
    while (st.step()) {
      int t = static_cast<int>(st.columnInt(0));
      std::string name = (t >= 0 && t < kEventTypeCount) ? std::string(kEventTypeNames[static_cast<std::size_t>(t)])
                                                          : "type " + std::to_string(t);
      s.eventsByType[name] = st.columnInt(1);
    }
  }
  {
    auto st = db.prepare("SELECT min(ts), max(ts) FROM events");
    if (st.step()) {
      s.firstTimestamp = st.columnOptInt(0);
      s.lastTimestamp = st.columnOptInt(1);
    }
  }
  s.categories = db.queryInt("SELECT count(DISTINCT category) FROM items");
  s.placements = db.queryInt("SELECT count(*) FROM placements");
  s.variants = db.queryInt("SELECT count(*) FROM variants");
  return s;
}

std::string formatIsoUtc(std::int64_t unixSeconds) {
  using namespace std::chrono;
  sys_seconds tp{seconds{unixSeconds}};
  auto days = floor<std::chrono::days>(tp);
  year_month_day ymd{days};
  hh_mm_ss hms{tp - days};
  char buf[32];
  std::snprintf(buf, sizeof buf, "%04d-%02u-%02uT%02d:%02d:%02dZ", static_cast<int>(ymd.year()),
                static_cast<unsigned>(ymd.month()), static_cast<unsigned>(ymd.day()),
                static_cast<int>(hms.hours().count()), static_cast<int>(hms.minutes().count()),
                static_cast<int>(hms.seconds().count()));
  return buf;
}

std::string formatIsoDate(std::int64_t unixSeconds) { return formatIsoUtc(unixSeconds).substr(0, 10); }

}  // namespace reco
