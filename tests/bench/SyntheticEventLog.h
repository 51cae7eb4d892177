// The synthetic event log the import and pipeline benchmarks read: a realistic recommendation log of 100,000 users
// and 20,000 items with skewed activity and popularity, impressions in lists of 10 on two placements served by two
// variants, ~8% clicks, add-to-carts and purchases with revenue, over 90 days in time order. Deterministic (fixed
// seed): the same row count always gives the same file.
#pragma once
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <random>
#include <stdexcept>
#include <string>
#include <vector>

namespace reco::bench {

inline char* putInt(char* p, std::uint64_t v) {
  char tmp[24];
  int n = 0;
  do {
    tmp[n++] = static_cast<char>('0' + v % 10);
    v /= 10;
  } while (v);
  while (n) *p++ = tmp[--n];
  return p;
}

// Writes `rows` events to `path` (CSV with a header). withCategories adds a ninth column, `category`, with one of 40
// categories per item (c0..c39, a function of the item id), so dashboards and the linter have a catalogue to work on;
// the other columns, and so the random draws, are the same either way.
inline void writeSyntheticEventLog(const std::string& path, std::uint64_t rows, bool withCategories = false) {
  std::FILE* f = std::fopen(path.c_str(), "wb");
  if (!f) throw std::runtime_error("cannot write " + path);
  std::vector<char> buf(std::size_t{8} << 20);
  char* p = buf.data();
  const char* header = withCategories ? "user,item,type,timestamp,position,placement,variant,revenue,category\n"
                                      : "user,item,type,timestamp,position,placement,variant,revenue\n";
  p += std::snprintf(p, 128, "%s", header);
  std::mt19937_64 rng(20240101);
  std::uniform_real_distribution<double> u01(0.0, 1.0);
  const std::uint64_t t0 = 1704067200, span = 90ull * 86400;
  std::uint64_t user = 1, position = 0, item = 1;
  const char* placement = "home";
  const char* variant = "A";
  for (std::uint64_t i = 0; i < rows; ++i) {
    const char* type = "impression";
    if (position == 0 || position == 10) {  // a new list shown to a (skewed) random user
      user = 1 + static_cast<std::uint64_t>(100000.0 * std::pow(u01(rng), 1.6));
      placement = u01(rng) < 0.6 ? "home" : "product_page";
      variant = (user % 2) ? "A" : "B";
      position = 0;
    }
    double x = u01(rng);
    if (x < 0.08) type = "click";
    else if (x < 0.095) type = "add_to_cart";
    else if (x < 0.1) type = "purchase";
    else ++position;
    if (position == 0) position = 1;
    item = 1 + static_cast<std::uint64_t>(20000.0 * std::pow(u01(rng), 2.2));
    const std::uint64_t ts = t0 + i * span / rows;
    *p++ = 'u';  // ids as text, like real logs: u123, i45
    p = putInt(p, user);
    *p++ = ',';
    *p++ = 'i';
    p = putInt(p, item);
    *p++ = ',';
    for (const char* s = type; *s;) *p++ = *s++;
    *p++ = ',';
    p = putInt(p, ts);
    *p++ = ',';
    p = putInt(p, position);
    *p++ = ',';
    for (const char* s = placement; *s;) *p++ = *s++;
    *p++ = ',';
    for (const char* s = variant; *s;) *p++ = *s++;
    *p++ = ',';
    if (type[0] == 'p') {
      const double revenue = 5.0 + 195.0 * u01(rng) * u01(rng);
      p += std::snprintf(p, 32, "%.2f", revenue);
    }
    if (withCategories) {
      *p++ = ',';
      *p++ = 'c';
      p = putInt(p, (item * 7919) % 40);
    }
    *p++ = '\n';
    if (static_cast<std::size_t>(p - buf.data()) > buf.size() - 4096) {
      std::fwrite(buf.data(), 1, static_cast<std::size_t>(p - buf.data()), f);
      p = buf.data();
    }
  }
  std::fwrite(buf.data(), 1, static_cast<std::size_t>(p - buf.data()), f);
  if (std::fclose(f) != 0) throw std::runtime_error("cannot write " + path);
}

}  // namespace reco::bench
