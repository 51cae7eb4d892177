// Ranking quality on MovieLens 100K with the Microsoft Recommenders benchmark protocol: 75/25 split stratified per
// item, k = 10, seen items removed, all ratings relevant, mean over 5 seeds; prints every model next to the figures
// Microsoft Recommenders publishes. Reads u.data directly (no project needed).
//
// usage: bench_quality PATH/u.data [--seeds N] [--seed S] [--split SPEC] [--threads N]
//                      [--algo NAME [--param NAME=VALUE]...]...   (default: every algorithm with its defaults)
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include "core/evaluation/EvaluationRunner.h"
#include "core/evaluation/InteractionList.h"
#include "core/models/Recommender.h"

namespace {

reco::InteractionList readUData(const std::string& path) {
  std::ifstream in(path);
  if (!in) throw std::runtime_error("cannot open '" + path + "'");
  struct Row {
    long long user, item;
    double rating;
    long long ts;
  };
  std::vector<Row> rows;
  std::map<long long, int> users, items;
  std::string line;
  long long lineNo = 0;
  while (std::getline(in, line)) {
    ++lineNo;
    if (line.empty()) continue;
    std::istringstream ss(line);
    Row r{};
    if (!(ss >> r.user >> r.item >> r.rating >> r.ts))
      throw std::runtime_error(path + ":" + std::to_string(lineNo) + ": expected user, item, rating, timestamp");
    rows.push_back(r);
    users.emplace(r.user, 0);
    items.emplace(r.item, 0);
  }
  reco::InteractionList list;
  for (auto& [id, idx] : users) {
    idx = static_cast<int>(list.userIds.size());
    list.userIds.push_back(id);
  }
  for (auto& [id, idx] : items) {
    idx = static_cast<int>(list.itemIds.size());
    list.itemIds.push_back(id);
  }
  list.users = static_cast<std::int32_t>(users.size());
  list.items = static_cast<std::int32_t>(items.size());
  for (const auto& r : rows)
    list.interactions.push_back({users[r.user], items[r.item], 1.0f, static_cast<float>(r.rating), r.ts});
  list.normalize();
  return list;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::cerr << "usage: bench_quality PATH/u.data [--seeds N] [--seed S] [--split SPEC] [--threads N] "
                 "[--algo NAME [--param NAME=VALUE]...]...\n";
    return 2;
  }
  try {
    reco::EvaluationConfig config;
    config.split = reco::SplitSpec::parse("stratified-item:0.75");
    config.seeds = 5;
    config.seed = 42;
    config.ks = {10};
    config.bootstrapReplicates = 200;
    for (int i = 2; i < argc; ++i) {
      std::string a = argv[i];
      auto next = [&]() -> std::string {
        if (i + 1 >= argc) throw std::runtime_error(a + " needs a value");
        return argv[++i];
      };
      if (a == "--seeds") config.seeds = std::atoi(next().c_str());
      else if (a == "--seed") config.seed = std::strtoull(next().c_str(), nullptr, 10);
      else if (a == "--split") config.split = reco::SplitSpec::parse(next());
      else if (a == "--threads") config.threads = std::atoi(next().c_str());
      else if (a == "--algo") config.models.push_back({next(), {}, ""});
      else if (a == "--param") {
        if (config.models.empty()) throw std::runtime_error("--param must follow --algo");
        std::string v = next();
        auto eq = v.find('=');
        if (eq == std::string::npos) throw std::runtime_error("--param expects NAME=VALUE");
        config.models.back().params[v.substr(0, eq)] = std::strtod(v.c_str() + eq + 1, nullptr);
      } else throw std::runtime_error("unknown argument " + a);
    }
    if (config.models.empty())
      for (const auto& info : reco::algorithmInfos()) config.models.push_back({info.name, {}, ""});

    const auto data = readUData(argv[1]);
    std::printf("MovieLens 100K: %d users, %d items, %zu ratings; split %s, k = 10, %d seeds from %llu\n\n",
                data.users, data.items, data.interactions.size(), config.split.toString().c_str(), config.seeds,
                static_cast<unsigned long long>(config.seed));
    reco::EvaluationRunner runner([](const std::string& a) { return reco::createRecommender(a); });
    auto r = runner.run(data, config);
    std::printf("%-22s %8s %8s %8s %8s %8s %8s %8s %8s\n", "model", "nDCG@10", "P@10", "R@10", "MAP", "MAP@10",
                "AUC", "cover", "fit s");
    for (const auto& m : r.models) {
      auto v = [&](const char* n) { return m.metrics.at(n).value; };
      std::string label = m.model.label;
      for (const auto& [k, p] : m.model.params) {
        char buf[64];
        std::snprintf(buf, sizeof buf, " %s=%g", k.c_str(), p);
        label += buf;
      }
      std::printf("%-22s %8.4f %8.4f %8.4f %8.4f %8.4f %8.4f %8.4f %8.2f\n", label.c_str(), v("ndcg@10"),
                  v("precision@10"), v("recall@10"), v("map"), v("map@10"), v("auc"), v("coverage"), m.fitSeconds);
    }
    std::printf("\nMicrosoft Recommenders' published table (same protocol):\n");
    std::printf("%-22s %8s %8s %8s %8s\n", "model", "nDCG@10", "P@10", "R@10", "MAP");
    std::printf("%-22s %8.3f %8.3f %8.3f %8.3f\n", "BiVAE", 0.475, 0.412, 0.219, 0.146);
    std::printf("%-22s %8.3f %8.3f %8.3f %8.3f\n", "BPR (cornac)", 0.442, 0.388, 0.213, 0.132);
    std::printf("%-22s %8.3f %8.3f %8.3f %8.3f\n", "LightGCN", 0.420, 0.380, 0.144, 0.089);
    std::printf("%-22s %8.3f %8.3f %8.3f %8.3f\n", "SAR", 0.382, 0.331, 0.176, 0.111);
    std::printf("\n%.1f s in total\n", r.seconds);
  } catch (const std::exception& e) {
    std::cerr << "bench_quality: " << e.what() << "\n";
    return 1;
  }
  return 0;
}
