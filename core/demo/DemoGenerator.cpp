#include "core/demo/DemoGenerator.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>
#include <cstdint>
#include <string>
#include <vector>

#include "core/analytics/Rollups.h"
#include "core/base/Random.h"
#include "core/storage/EventStore.h"
#include "core/storage/EventType.h"

namespace reco {

namespace {

// A small, portable PRNG (xoshiro256**, its state the first four outputs of the core generator SeededRandom) with
// hand-written samplers, so the demo is the same on every standard library (std:: distributions are
// implementation-defined). Not SeededRandom itself: the demo dataset (and the figures quoted from it) is this exact
// sequence.
class Rng {
 public:
  explicit Rng(std::uint64_t seed) {
    SeededRandom seeder(seed);
    for (auto& s : s_) s = seeder.next();
  }
  std::uint64_t next() {
    const std::uint64_t result = rotl(s_[1] * 5, 7) * 9;
    const std::uint64_t t = s_[1] << 17;
    s_[2] ^= s_[0];
    s_[3] ^= s_[1];
    s_[1] ^= s_[2];
    s_[0] ^= s_[3];
    s_[2] ^= t;
    s_[3] = rotl(s_[3], 45);
    return result;
  }
  double uniform() { return static_cast<double>(next() >> 11) * 0x1.0p-53; }  // [0, 1)
  int below(int n) { return static_cast<int>(uniform() * n); }
  bool chance(double p) { return uniform() < p; }
  double normal() {
    double u1 = std::max(uniform(), 1e-300), u2 = uniform();
    return std::sqrt(-2.0 * std::log(u1)) * std::cos(6.283185307179586 * u2);
  }
  int poisson(double lambda) {
    if (lambda <= 0) return 0;
    if (lambda > 30) return std::max(0, static_cast<int>(std::lround(lambda + std::sqrt(lambda) * normal())));
    double l = std::exp(-lambda), p = 1.0;
    int k = 0;
    do {
      ++k;
      p *= uniform();
    } while (p > l);
    return k - 1;
  }
  // Index drawn from cumulative weights (last element = total).
  int pick(const std::vector<double>& cumulative) {
    double x = uniform() * cumulative.back();
    auto it = std::upper_bound(cumulative.begin(), cumulative.end(), x);
    return static_cast<int>(std::min<std::ptrdiff_t>(it - cumulative.begin(),
                                                     static_cast<std::ptrdiff_t>(cumulative.size()) - 1));
  }

 private:
  static std::uint64_t rotl(std::uint64_t x, int k) { return (x << k) | (x >> (64 - k)); }
  std::array<std::uint64_t, 4> s_{};
};

template <class T>
const T& weighted(Rng& rng, const std::vector<std::pair<T, double>>& choices) {
  double total = 0;
  for (const auto& c : choices) total += c.second;
  double x = rng.uniform() * total;
  for (const auto& c : choices) {
    if (x < c.second) return c.first;
    x -= c.second;
  }
  return choices.back().first;
}

struct Category {
  const char* name;
  double priceMedian;
  double appeal;  // relative click-through appeal
  std::array<const char*, 6> nouns;
};

const std::array<Category, 12> kCategories = {{
    {"Electronics", 89, 1.10, {"Headphones", "Speaker", "Charger", "Smartwatch", "Keyboard", "Webcam"}},
    {"Books", 16, 0.95, {"Novel", "Cookbook", "Atlas", "Biography", "Anthology", "Guide"}},
    {"Home & Kitchen", 34, 1.00, {"Kettle", "Pan", "Knife Set", "Lamp", "Blender", "Cushion"}},
    {"Fashion", 45, 1.05, {"Jacket", "Sneakers", "Scarf", "Backpack", "Dress", "Sunglasses"}},
    {"Sports", 39, 0.90, {"Yoga Mat", "Dumbbells", "Water Bottle", "Tent", "Helmet", "Racket"}},
    {"Toys", 24, 0.85, {"Puzzle", "Building Set", "Plush Bear", "Board Game", "Kite", "Robot Kit"}},
    {"Beauty", 21, 0.95, {"Serum", "Lipstick", "Face Mask", "Perfume", "Hair Dryer", "Nail Kit"}},
    {"Garden", 29, 0.80, {"Planter", "Hose", "Pruner", "Seed Mix", "Bird Feeder", "Lantern"}},
    {"Grocery", 9, 1.00, {"Coffee Beans", "Olive Oil", "Tea Sampler", "Granola", "Chocolate", "Spice Set"}},
    {"Music", 14, 0.75, {"Vinyl Record", "Guitar Strings", "Ukulele", "Metronome", "Songbook", "Tuner"}},
    {"Movies", 12, 0.70, {"Blu-ray Box", "Documentary", "Classic Film", "Series Box", "Anime Set", "Thriller"}},
    {"Health", 19, 0.85, {"Vitamins", "Thermometer", "First Aid Kit", "Massage Gun", "Scale", "Sleep Mask"}},
}};

const std::array<const char*, 16> kAdjectives = {"Classic", "Compact", "Deluxe", "Eco",    "Essential", "Premium",
                                                 "Smart",   "Ultra",   "Vintage", "Nordic", "Urban",     "Pro",
                                                 "Mini",    "Family",  "Travel",  "Organic"};
const std::array<const char*, 8> kBrands = {"Acme", "Borealis", "Cobalt", "Dunmore", "Elara", "Fjord", "Gale", "Helio"};

constexpr int kPlacementHome = 1;     // "home_feed", 8 slots
constexpr int kPlacementProduct = 2;  // "product_page", 4 slots
constexpr int kVariantA = 1;
constexpr int kVariantB = 2;

struct DemoUser {
  std::int64_t id;
  double activity;                  // relative sessions per day
  std::array<int, 2> favourite;     // favourite categories
  double affinity;                  // how strongly they follow their favourites
  int variant;                      // A/B assignment (user-level)
  double conversionPropensity;
  int signupDay;                    // new users join during the period
};

struct DemoItem {
  std::int64_t id;
  int category;
  double price;
  double quality;  // intrinsic attractiveness
};

}  // namespace

DemoResult generateDemo(Project& project, const DemoOptions& o, const std::function<void(double)>& progress,
                        const std::atomic<bool>* cancel) {
  if (o.users < 1 || o.items < 1 || o.days < 1)
    throw ProjectError("demo: users, items and days must each be at least 1");
  if (o.users > 10'000'000 || o.items > 10'000'000 || o.days > 3650)
    throw ProjectError("demo: users and items are limited to 10,000,000 and days to 3,650");
  Database& db = project.db();
  if (eventCount(db) > 0 || db.queryInt("SELECT count(*) FROM users") > 0)
    throw ProjectError("demo: project '" + project.path() + "' already holds data; the demo needs an empty project");

  Rng rng(o.seed);
  DemoResult result;
  db.exec("PRAGMA foreign_keys=OFF");
  struct RestoreFk {
    Database& db;
    ~RestoreFk() {
      try {
        db.exec("PRAGMA foreign_keys=ON");
      } catch (...) {
      }
    }
  } restoreFk{db};
  Transaction tx(db);
  db.exec("INSERT INTO placements(id, name) VALUES (1, 'home_feed'), (2, 'product_page');"
          "INSERT INTO variants(id, name) VALUES (1, 'A'), (2, 'B');");

  // Items: Zipf-like popularity within a catalogue of categories.
  std::vector<DemoItem> items(static_cast<std::size_t>(o.items));
  std::vector<std::vector<int>> itemsByCategory(kCategories.size());
  {
    auto st = db.prepare("INSERT INTO items(id, ext_id, title, category, price) VALUES (?, ?, ?, ?, ?)");
    auto attr = db.prepare("INSERT INTO item_attributes(item_id, key, value) VALUES (?, 'brand', ?)");
    for (int i = 0; i < o.items; ++i) {
      DemoItem& it = items[static_cast<std::size_t>(i)];
      it.id = i + 1;
      it.category = rng.below(static_cast<int>(kCategories.size()));
      const Category& c = kCategories[static_cast<std::size_t>(it.category)];
      it.price = std::round(c.priceMedian * std::exp(0.45 * rng.normal()) * 100.0) / 100.0;
      it.price = std::max(it.price, 0.99);
      it.quality = std::exp(0.35 * rng.normal());
      itemsByCategory[static_cast<std::size_t>(it.category)].push_back(i);
      std::string title = std::string(kAdjectives[static_cast<std::size_t>(rng.below(16))]) + " " +
                          c.nouns[static_cast<std::size_t>(rng.below(6))] + " " + std::to_string(100 + i);
      char ext[16];
      std::snprintf(ext, sizeof ext, "SKU-%05d", i + 1);
      st.bind(1, it.id).bind(2, std::string_view(ext)).bind(3, title).bind(4, c.name).bind(5, it.price).exec();
      attr.bind(1, it.id).bind(2, kBrands[static_cast<std::size_t>(rng.below(8))]).exec();
    }
  }
  // Popularity: Zipf over a random permutation, so item ids carry no popularity order.
  std::vector<double> popularity(items.size());
  {
    std::vector<int> perm(items.size());
    for (std::size_t i = 0; i < perm.size(); ++i) perm[i] = static_cast<int>(i);
    for (std::size_t i = perm.size(); i > 1; --i) std::swap(perm[i - 1], perm[static_cast<std::size_t>(rng.below(static_cast<int>(i)))]);
    for (std::size_t r = 0; r < perm.size(); ++r)
      popularity[static_cast<std::size_t>(perm[r])] = 1.0 / std::pow(static_cast<double>(r) + 1.0, 0.9);
  }
  std::vector<double> globalCum(items.size());
  {
    double acc = 0;
    for (std::size_t i = 0; i < items.size(); ++i) globalCum[i] = acc += popularity[i];
  }
  std::vector<std::vector<double>> categoryCum(kCategories.size());
  for (std::size_t c = 0; c < kCategories.size(); ++c) {
    double acc = 0;
    for (int i : itemsByCategory[c]) categoryCum[c].push_back(acc += popularity[static_cast<std::size_t>(i)]);
  }

  // Users.
  const std::vector<std::pair<std::string, double>> countries = {
      {"DE", 30}, {"US", 20}, {"FR", 15}, {"GB", 15}, {"ES", 8}, {"IT", 7}, {"NL", 5}};
  const std::vector<std::pair<std::string, double>> devices = {{"mobile", 60}, {"desktop", 32}, {"tablet", 8}};
  const std::vector<std::pair<std::string, double>> ages = {
      {"18-24", 18}, {"25-34", 32}, {"35-44", 24}, {"45-54", 15}, {"55+", 11}};
  const std::vector<std::pair<std::string, double>> genders = {{"female", 49}, {"male", 48}, {"other", 3}};
  const std::vector<std::pair<std::string, double>> tiers = {{"bronze", 60}, {"silver", 30}, {"gold", 10}};
  std::vector<DemoUser> users(static_cast<std::size_t>(o.users));
  {
    auto st = db.prepare(
        "INSERT INTO users(id, ext_id, country, device, age_band, gender, is_new, signup_ts) VALUES (?,?,?,?,?,?,?,?)");
    auto attr = db.prepare("INSERT INTO user_attributes(user_id, key, value) VALUES (?, ?, ?)");
    for (int u = 0; u < o.users; ++u) {
      DemoUser& du = users[static_cast<std::size_t>(u)];
      du.id = u + 1;
      du.activity = std::exp(0.8 * rng.normal() - 0.32);
      du.favourite = {rng.below(static_cast<int>(kCategories.size())), rng.below(static_cast<int>(kCategories.size()))};
      du.affinity = 0.45 + 0.4 * rng.uniform();
      du.variant = rng.chance(0.5) ? kVariantA : kVariantB;
      du.conversionPropensity = std::exp(0.5 * rng.normal());
      bool isNew = rng.chance(0.3);
      du.signupDay = isNew ? rng.below(o.days) : -1;
      std::int64_t signupTs = isNew ? o.startTimestamp + static_cast<std::int64_t>(du.signupDay) * 86400 + rng.below(86400)
                                    : o.startTimestamp - 86400 * (30 + static_cast<std::int64_t>(rng.below(1500)));
      const std::string& device = weighted(rng, devices);
      char ext[16];
      std::snprintf(ext, sizeof ext, "U%06d", u + 1);
      st.bind(1, du.id)
          .bind(2, std::string_view(ext))
          .bind(3, weighted(rng, countries))
          .bind(4, device)
          .bind(5, weighted(rng, ages))
          .bind(6, weighted(rng, genders))
          .bind(7, isNew ? 1 : 0)
          .bind(8, signupTs)
          .exec();
      attr.bind(1, du.id).bind(2, "loyalty_tier").bind(3, isNew ? std::string("bronze") : weighted(rng, tiers)).exec();
      attr.bind(1, du.id).bind(2, "newsletter").bind(3, rng.chance(0.35) ? "yes" : "no").exec();
    }
  }
  result.users = o.users;
  result.items = o.items;

  // Events, day by day.
  EventWriter writer(db);
  auto emit = [&](std::int64_t user, std::int64_t item, EventType type, std::int64_t ts, int position, int placement,
                  int variant, double revenue) {
    EventRow e;
    e.user = user;
    e.item = item;
    e.type = static_cast<int>(type);
    e.ts = ts;
    if (position > 0) e.position = position;
    e.placement = placement;
    e.variant = variant;
    if (revenue > 0) e.revenue = revenue;
    writer.append(e);
    ++result.events;
  };
  std::vector<std::int64_t> orders(users.size(), 0);
  constexpr double kAvgSlots = 0.6 * 8 + 0.4 * 4;  // expected list length per session
  const double sessionRate = o.impressionsPerUserDay / kAvgSlots;
  std::vector<int> shown;
  for (int day = 0; day < o.days; ++day) {
    if (cancel && cancel->load()) {
      result.cancelled = true;
      return result;  // the transaction rolls back: the project is unchanged
    }
    const std::int64_t dayStart = o.startTimestamp + static_cast<std::int64_t>(day) * 86400;
    const int weekday = static_cast<int>(((dayStart / 86400) + 4) % 7);  // 0 = Sunday (1970-01-01 was a Thursday)
    const bool weekend = weekday == 0 || weekday == 6;
    const double dayFactor = (weekend ? 1.30 : 1.0) * (1.0 + 0.08 * std::sin(6.283185307179586 * day / 30.0));
    for (std::size_t u = 0; u < users.size(); ++u) {
      const DemoUser& du = users[u];
      if (du.signupDay > day) continue;
      int sessions = rng.poisson(sessionRate * du.activity * dayFactor);
      for (int s = 0; s < sessions; ++s) {
        // Diurnal pattern: more traffic in the evening.
        double hour = std::fmod(19.0 + 4.5 * rng.normal() + 24.0, 24.0);
        std::int64_t ts = dayStart + static_cast<std::int64_t>(hour * 3600.0);
        const bool home = rng.chance(0.6);
        const int placement = home ? kPlacementHome : kPlacementProduct;
        const int slots = home ? 8 : 4;
        // Variant B's ranker follows the user's taste more closely: that is the real difference in the A/B test.
        const double personal = du.variant == kVariantB ? du.affinity + 0.15 : du.affinity - 0.05;
        shown.clear();
        for (int pos = 1; pos <= slots; ++pos) {
          int item = -1;
          for (int attempt = 0; attempt < 8; ++attempt) {
            if (rng.chance(personal)) {
              auto c = static_cast<std::size_t>(du.favourite[static_cast<std::size_t>(rng.below(2))]);
              if (categoryCum[c].empty()) continue;
              item = itemsByCategory[c][static_cast<std::size_t>(rng.pick(categoryCum[c]))];
            } else {
              item = rng.pick(globalCum);
            }
            if (std::find(shown.begin(), shown.end(), item) == shown.end()) break;
          }
          if (item < 0) item = rng.pick(globalCum);  // both favourite categories are empty in a tiny catalogue
          shown.push_back(item);
          const DemoItem& it = items[static_cast<std::size_t>(item)];
          std::int64_t impTs = ts + pos;
          emit(du.id, it.id, EventType::Impression, impTs, pos, placement, du.variant, 0);
          const bool favourite = it.category == du.favourite[0] || it.category == du.favourite[1];
          double pClick = 0.055 * kCategories[static_cast<std::size_t>(it.category)].appeal * it.quality *
                          (favourite ? 2.2 : 0.8) / std::pow(static_cast<double>(pos), 0.75) * (home ? 1.0 : 1.25) *
                          (weekend ? 1.05 : 1.0);
          if (!rng.chance(std::min(pClick, 0.9))) continue;
          std::int64_t clickTs = impTs + 5 + rng.below(120);
          emit(du.id, it.id, EventType::Click, clickTs, pos, placement, du.variant, 0);
          double pCart = std::min(0.6, 0.22 * du.conversionPropensity * (favourite ? 1.2 : 0.9) *
                                           std::pow(40.0 / (it.price + 10.0), 0.25));
          if (!rng.chance(pCart)) continue;
          std::int64_t cartTs = clickTs + 30 + rng.below(600);
          emit(du.id, it.id, EventType::AddToCart, cartTs, pos, placement, du.variant, 0);
          if (!rng.chance(std::min(0.9, 0.48 * (weekend ? 1.1 : 1.0) * std::sqrt(du.conversionPropensity)))) continue;
          int quantity = rng.chance(0.85) ? 1 : 2 + rng.below(2);
          emit(du.id, it.id, EventType::Purchase, cartTs + 60 + rng.below(1800), pos, placement, du.variant,
               std::round(it.price * quantity * 100.0) / 100.0);
          ++orders[u];
        }
      }
    }
    if (progress) progress(static_cast<double>(day + 1) / o.days);
  }
  {
    auto attr = db.prepare("INSERT INTO user_attributes(user_id, key, value) VALUES (?, 'orders', ?)");
    for (std::size_t u = 0; u < users.size(); ++u) attr.bind(1, users[u].id).bind(2, std::to_string(orders[u])).exec();
  }
  project.setMeta("dataset", "demo");
  project.setMeta("demo_seed", std::to_string(o.seed));
  writer.finish();
  rebuildRollups(db);  // dashboards read rollups; keep them equal to the events inside the same transaction
  tx.commit();
  return result;
}

}  // namespace reco
