// recoengine-cli train / recommend / similar / models: training recommenders on a project's events, storing them in
// the project, and querying stored models by the users' and items' own ids.
#include <unistd.h>

#include <chrono>
#include <cmath>
#include <cstdio>
#include <iostream>
#include <limits>
#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <stdexcept>

#include "CliCommand.h"
#include "core/data/MatrixBuilder.h"
#include "core/models/ModelStore.h"
#include "core/models/RecommenderBase.h"
#include "core/storage/DatasetSummary.h"

namespace reco::cli {
namespace {

std::pair<std::string, std::string> splitAssignment(const std::string& text, const std::string& option) {
  auto eq = text.find('=');
  if (eq == std::string::npos || eq == 0)
    throw UsageError("--" + option + " expects NAME=VALUE, got '" + text + "'");
  return {text.substr(0, eq), text.substr(eq + 1)};
}

const AlgorithmInfo& findAlgorithm(const std::string& name) {
  for (const auto& info : algorithmInfos())
    if (info.name == name) return info;
  throw UsageError("unknown algorithm '" + name + "' (choose popular, itemknn, ials, bpr or ease)");
}

nlohmann::json paramsJson(const ModelParams& params) {
  nlohmann::json j = nlohmann::json::object();
  for (const auto& [k, v] : params) j[k] = v;
  return j;
}

nlohmann::json lossJson(const std::vector<double>& loss) {
  nlohmann::json j = nlohmann::json::array();
  for (double l : loss) j.push_back(std::isfinite(l) ? nlohmann::json(l) : nlohmann::json(nullptr));
  return j;
}

std::string paramsText(const ModelParams& params) {
  std::string s;
  for (const auto& [k, v] : params) {
    char buf[64];
    std::snprintf(buf, sizeof buf, "%g", v);
    if (!s.empty()) s += ' ';
    s += k;
    s += '=';
    s += buf;
  }
  return s;
}

int runTrain(const std::vector<std::string>& argv) {
  Args args(argv, {"json", "replace"}, {"algo", "param", "matrix", "name", "threads"});
  if (args.positionals().size() != 1) throw UsageError("expected one PROJECT path");
  const std::string& path = args.positional(0, "PROJECT path");
  const auto algo = args.value("algo");
  if (!algo) throw UsageError("missing --algo");
  const AlgorithmInfo& info = findAlgorithm(*algo);
  ModelParams params;
  for (const auto& p : args.values("param")) {
    auto [name, text] = splitAssignment(p, "param");
    char* end = nullptr;
    double v = std::strtod(text.c_str(), &end);
    if (text.empty() || *end != '\0') throw UsageError("--param " + name + " expects a number, got '" + text + "'");
    params[name] = v;
  }
  if (auto t = args.value("threads")) {
    bool hasThreads = false;
    for (const auto& spec : info.params) hasThreads = hasThreads || spec.name == "threads";
    const long long n = args.intValue("threads", 0, 0, 256);
    if (hasThreads) params["threads"] = static_cast<double>(n);
  }
  try {
    (void)RecommenderBase::resolveParams(info, params);
  } catch (const std::invalid_argument& e) {
    throw UsageError(e.what());
  }
  MatrixSettings settings;
  for (const auto& m : args.values("matrix")) {
    auto [key, value] = splitAssignment(m, "matrix");
    try {
      settings.set(key, value);
    } catch (const std::invalid_argument& e) {
      throw UsageError(e.what());
    }
  }
  Project project = Project::open(path);
  ModelStore store(project);
  const std::string name = args.valueOr("name", store.suggestName(info.name));
  if (!args.flag("replace") && store.find(name))
    throw std::runtime_error("a model named '" + name + "' already exists in " + path + " (use --replace)");

  const bool tty = isatty(STDERR_FILENO) != 0;
  const std::string fingerprint = project.dataFingerprint();
  MatrixBuilder builder(settings);
  InteractionMatrix matrix = builder.build(project, [&](double f) {
    if (tty) std::fprintf(stderr, "\rbuilding matrix: %3d%%", static_cast<int>(f * 100 + 0.5));
  });
  if (tty) std::fprintf(stderr, "\n");
  std::fprintf(stderr, "matrix: %d users x %d items, %lld interactions from %lld events (%.2f s)\n", matrix.rows(),
               matrix.cols(), static_cast<long long>(matrix.nnz()), static_cast<long long>(builder.stats().eventsRead),
               builder.stats().seconds);
  if (matrix.nnz() == 0)
    throw std::runtime_error(path + ": no interactions to train on with these matrix settings (" +
                             std::to_string(builder.stats().eventsRead) + " events read; check --matrix weights, "
                             "window and minimum filters)");

  auto model = createRecommender(info.name);
  const auto t0 = std::chrono::steady_clock::now();
  model->fit(matrix, params, [&](const FitProgress& p) {
    if (std::isfinite(p.loss))
      std::fprintf(stderr, "%s iteration %d/%d  loss %.6g  %.2f s\n", info.name.c_str(), p.iteration, p.iterations,
                   p.loss, p.elapsedSeconds);
    else
      std::fprintf(stderr, "%s iteration %d/%d  %.2f s\n", info.name.c_str(), p.iteration, p.iterations,
                   p.elapsedSeconds);
  });
  const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  const auto& loss = dynamic_cast<const RecommenderBase&>(*model).lossHistory();
  TrainingRecord record{settings, fingerprint, matrix.nnz(), seconds, loss};
  store.save(name, *model, record, args.flag("replace"));

  if (args.flag("json")) {
    nlohmann::json j = {{"model", name},
                        {"algo", info.name},
                        {"params", paramsJson(model->params())},
                        {"seconds", seconds},
                        {"loss", lossJson(loss)},
                        {"users", matrix.rows()},
                        {"items", matrix.cols()},
                        {"interactions", matrix.nnz()},
                        {"matrix_seconds", builder.stats().seconds},
                        {"data_fingerprint", fingerprint}};
    std::cout << j.dump(2) << "\n";
  } else {
    std::printf("trained %s model '%s' in %.2f s on %d users x %d items (%lld interactions)\nparams: %s\n",
                info.name.c_str(), name.c_str(), seconds, matrix.rows(), matrix.cols(),
                static_cast<long long>(matrix.nnz()), paramsText(model->params()).c_str());
  }
  return 0;
}

// Project ids <-> external ids and titles.
std::int64_t lookupId(Project& project, const char* table, const std::string& extId) {
  auto st = project.db().prepare(std::string("SELECT id FROM ") + table + " WHERE ext_id = ?");
  st.bind(1, extId);
  if (!st.step())
    throw std::runtime_error("no " + std::string(table == std::string("users") ? "user" : "item") + " with id '" +
                             extId + "' in " + project.path());
  return st.columnInt(0);
}

struct ItemLabel {
  std::string extId, title;
};

std::map<std::int64_t, ItemLabel> itemLabels(Project& project, const std::vector<std::int64_t>& ids) {
  std::map<std::int64_t, ItemLabel> out;
  auto st = project.db().prepare("SELECT ext_id, coalesce(title, '') FROM items WHERE id = ?");
  for (auto id : ids) {
    st.reset();
    st.bind(1, id);
    if (st.step()) out[id] = {st.columnText(0), st.columnText(1)};
  }
  return out;
}

void printItems(Project& project, const Recommender& model, const std::vector<ScoredItem>& items, bool json,
                nlohmann::json& out) {
  std::vector<std::int64_t> ids;
  for (const auto& r : items) ids.push_back(model.itemIds().at(static_cast<std::size_t>(r.item)));
  auto labels = itemLabels(project, ids);
  nlohmann::json list = nlohmann::json::array();
  for (std::size_t k = 0; k < items.size(); ++k) {
    const auto& label = labels[ids[k]];
    if (json) {
      list.push_back({{"rank", k + 1}, {"item", label.extId}, {"title", label.title}, {"score", items[k].score}});
    } else {
      std::printf("%3zu. %-14s %10.5g  %s\n", k + 1, label.extId.c_str(), static_cast<double>(items[k].score),
                  label.title.c_str());
    }
  }
  if (json) out["items"] = list;
}

std::unique_ptr<Recommender> loadModel(Project& project, const std::string& name) {
  auto model = ModelStore(project).load(name);
  if (model->itemIds().empty())
    throw std::runtime_error("model '" + name + "' has no project id mapping (it was not trained from this project)");
  return model;
}

int runRecommend(const std::vector<std::string>& argv) {
  Args args(argv, {"json", "include-seen"}, {"model", "user", "n"});
  if (args.positionals().size() != 1) throw UsageError("expected one PROJECT path");
  const auto modelName = args.value("model");
  const auto user = args.value("user");
  if (!modelName) throw UsageError("missing --model");
  if (!user) throw UsageError("missing --user");
  const int n = static_cast<int>(args.intValue("n", 10, 1, 10000));
  Project project = Project::open(args.positional(0, "PROJECT path"));
  auto model = loadModel(project, *modelName);
  const auto& base = dynamic_cast<const RecommenderBase&>(*model);
  const std::int64_t userId = lookupId(project, "users", *user);
  // A user outside the model's training data (no interactions then, or added since) is a cold user: the model
  // answers with the popularity fallback, flagged.
  const Recommendations recs = model->recommendForUserId(userId, n, !args.flag("include-seen"));
  const auto index = base.userIndexOf(userId);
  const std::size_t history = index ? base.seenItems(*index).size() : 0;
  const bool json = args.flag("json");
  nlohmann::json out = {{"model", *modelName},
                        {"algo", model->info().name},
                        {"user", *user},
                        {"history", history},
                        {"popularity_fallback", recs.popularityFallback}};
  if (!json) {
    std::printf("top %d for user %s from model '%s' (%s), %zu items in training history\n", n, user->c_str(),
                modelName->c_str(), model->info().name.c_str(), history);
    if (recs.popularityFallback)
      std::printf("cold user: popularity fallback (the user has no interactions in the model's training data)\n");
  }
  printItems(project, *model, recs.items, json, out);
  if (json) std::cout << out.dump(2) << "\n";
  return 0;
}

int runSimilar(const std::vector<std::string>& argv) {
  Args args(argv, {"json"}, {"model", "item", "n"});
  if (args.positionals().size() != 1) throw UsageError("expected one PROJECT path");
  const auto modelName = args.value("model");
  const auto item = args.value("item");
  if (!modelName) throw UsageError("missing --model");
  if (!item) throw UsageError("missing --item");
  const int n = static_cast<int>(args.intValue("n", 10, 1, 10000));
  Project project = Project::open(args.positional(0, "PROJECT path"));
  auto model = loadModel(project, *modelName);
  const auto& base = dynamic_cast<const RecommenderBase&>(*model);
  const std::int64_t itemId = lookupId(project, "items", *item);
  auto index = base.itemIndexOf(itemId);
  if (!index)
    throw std::runtime_error("item '" + *item + "' has no interactions in the training data of model '" + *modelName +
                             "'");
  auto sims = model->similarItems(*index, n);
  const bool json = args.flag("json");
  nlohmann::json out = {{"model", *modelName}, {"algo", model->info().name}, {"item", *item}};
  if (!json) {
    auto self = itemLabels(project, {itemId});
    std::printf("items similar to %s (%s) by model '%s' (%s)\n", item->c_str(), self[itemId].title.c_str(),
                modelName->c_str(), model->info().name.c_str());
  }
  printItems(project, *model, sims, json, out);
  if (json) std::cout << out.dump(2) << "\n";
  return 0;
}

int runModels(const std::vector<std::string>& argv) {
  Args args(argv, {"json"}, {"delete"});
  if (args.positionals().size() != 1) throw UsageError("expected one PROJECT path");
  Project project = Project::open(args.positional(0, "PROJECT path"));
  ModelStore store(project);
  if (auto name = args.value("delete")) {
    if (!store.remove(*name)) throw std::runtime_error("no model named '" + *name + "' in " + project.path());
    std::printf("deleted model '%s'\n", name->c_str());
    return 0;
  }
  const std::string fingerprint = project.dataFingerprint();
  auto models = store.list();
  if (args.flag("json")) {
    nlohmann::json list = nlohmann::json::array();
    for (const auto& m : models)
      list.push_back({{"name", m.name},
                      {"algo", m.algorithm},
                      {"params", paramsJson(m.params)},
                      {"trained_at", formatIsoUtc(m.trainedAt)},
                      {"seconds", m.seconds},
                      {"users", m.users},
                      {"items", m.items},
                      {"interactions", m.interactions},
                      {"data_fingerprint", m.dataFingerprint},
                      {"current_data", m.dataFingerprint == fingerprint},
                      {"matrix_settings", m.matrixSettings},
                      {"loss", lossJson(m.loss)},
                      {"bytes", m.blobBytes}});
    std::cout << list.dump(2) << "\n";
    return 0;
  }
  if (models.empty()) {
    std::printf("no trained models in %s (train one with: recoengine-cli train %s --algo ials)\n",
                project.path().c_str(), project.path().c_str());
    return 0;
  }
  for (const auto& m : models) {
    std::printf("%-20s %-8s trained %s in %.2f s on %lld x %lld (%lld interactions), %.1f MB%s\n    %s\n",
                m.name.c_str(), m.algorithm.c_str(), formatIsoUtc(m.trainedAt).c_str(), m.seconds,
                static_cast<long long>(m.users), static_cast<long long>(m.items),
                static_cast<long long>(m.interactions), static_cast<double>(m.blobBytes) / 1048576.0,
                m.dataFingerprint == fingerprint ? "" : ", data changed since", paramsText(m.params).c_str());
  }
  return 0;
}

const RegisterCommand registerTrain{
    {"train",
     "PROJECT --algo popular|itemknn|ials|bpr|ease [--param NAME=VALUE]... [--matrix KEY=VALUE]... [--name NAME] "
     "[--threads N] [--replace] [--json]",
     "train a recommender on the project's events and store it in the project (progress on stderr); --matrix sets "
     "event weights (click=1, purchase=4 ...), rating=weight|binary, threshold, window_days, min_user, min_item",
     runTrain}};
const RegisterCommand registerRecommend{
    {"recommend", "PROJECT --model NAME --user USER_ID [--n 10] [--include-seen] [--json]",
     "top-n items for a user from a stored model, with titles and scores (popularity fallback for new users)",
     runRecommend}};
const RegisterCommand registerSimilar{{"similar", "PROJECT --model NAME --item ITEM_ID [--n 10] [--json]",
                                       "the items most similar to an item according to a stored model", runSimilar}};
const RegisterCommand registerModels{{"models", "PROJECT [--delete NAME] [--json]",
                                      "list the trained models stored in the project (or delete one)", runModels}};

}  // namespace
}  // namespace reco::cli
