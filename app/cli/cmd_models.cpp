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
#include "RecommendAllUsers.h"
#include "core/base/Time.h"
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
  const double seconds = reco::secondsSince(t0);
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
  Args args(argv, {"json", "include-seen", "all-users"}, {"model", "user", "n", "rules", "format", "out", "at"});
  if (args.flag("all-users")) return reco::cli::runRecommendAllUsers(args);
  for (const char* option : {"rules", "format", "out", "at"})
    if (args.value(option)) throw UsageError(std::string("--") + option + " goes with --all-users");
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
                      {"trained_at", utc::format(m.trainedAt)},
                      {"seconds", m.seconds},
                      {"users", m.users},
                      {"items", m.items},
                      {"interactions", m.interactions},
                      {"data_fingerprint", m.dataFingerprint},
                      {"current_data", m.dataFingerprint == fingerprint},
                      {"matrix_settings", nlohmann::json::parse(m.matrixSettingsJson)},
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
                m.name.c_str(), m.algorithm.c_str(), utc::format(m.trainedAt).c_str(), m.seconds,
                static_cast<long long>(m.users), static_cast<long long>(m.items),
                static_cast<long long>(m.interactions), static_cast<double>(m.blobBytes) / 1048576.0,
                m.dataFingerprint == fingerprint ? "" : ", data changed since", paramsText(m.params).c_str());
  }
  return 0;
}

// The algorithms and their parameters as core declares them (names, defaults, ranges, descriptions), one paragraph
// each, for train's help: the same declarations validate --param.
std::string algorithmParagraphs() {
  std::string text;
  for (const auto& info : algorithmInfos()) {
    text += "\n\n" + info.name + " (" + info.displayName + "): " + info.description + " Parameters:";
    for (const auto& p : info.params) {
      char range[128];
      std::snprintf(range, sizeof range, " (default %.10g, %.10g to %.10g%s): ", p.defaultValue, p.min, p.max,
                    p.integer ? ", integer" : "");
      text += " ";
      text += p.name;
      text += range;
      text += p.description;
    }
  }
  return text;
}

std::vector<std::string> algorithmNames() {
  std::vector<std::string> names;
  for (const auto& info : algorithmInfos()) names.push_back(info.name);
  return names;
}

const RegisterCommand registerTrain{
    {"train",
     "PROJECT --algo popular|itemknn|ials|bpr|ease [--param NAME=VALUE]... [--matrix KEY=VALUE]... [--name NAME] "
     "[--threads N] [--replace] [--json]",
     "train a recommender on the project's events and store it in the project (progress on stderr)",
     "Builds the user-item matrix from the project's events (weighted by event type, see --matrix), fits the "
     "algorithm and stores the model in the project under its name. Per-iteration progress and loss go to stderr. "
     "Results are deterministic for a given seed and thread count.\n\n"
     "Prints the model's name, time and parameters; with --json an object with model, algo, params, seconds, loss "
     "(one value per iteration, null where the algorithm has none), users, items, interactions, matrix_seconds and "
     "data_fingerprint." +
         algorithmParagraphs(),
     {{"PROJECT", "The project file (*.reco).", ValueKind::Project, false}},
     {choiceOption("algo", "ALGO", algorithmNames(), "The algorithm to train (required)."),
      valueOption("param", "NAME=VALUE", ValueKind::Text,
                  "Set one parameter of the algorithm (see the list above); others keep their defaults. Repeatable."),
      valueOption("matrix", "KEY=VALUE", ValueKind::Text,
                  "One setting of how events become the training matrix. Repeatable. Keys: an event type (impression, "
                  "click, add_to_cart, purchase, rating, view) sets its weight (defaults 0, 1, 2, 4, 1, 0.5; 0 drops "
                  "the type); rating=weight|binary (a rating weighs its value, or counts when >= threshold); "
                  "threshold=R (default 4); window_days=N (only the last N days before the newest event); from=UNIX "
                  "and to=UNIX (a time range); min_user=N and min_item=N (drop users and items with fewer distinct "
                  "interactions); max_weight=W (cap on one cell's summed weight)."),
      valueOption("name", "NAME", ValueKind::Text,
                  "Name of the stored model (default: the algorithm's name and the first free number, e.g. ials-1)."),
      valueOption("threads", "N", ValueKind::Number,
                  "Worker threads for algorithms with a threads parameter, 0 to 256 (0 = all cores)."),
      flagOption("replace", "Replace a stored model of the same name (otherwise that is an error)."),
      flagOption("json", "Print the result as a JSON object.")},
     runTrain}};
const RegisterCommand registerRecommend{
    {"recommend",
     "PROJECT --model NAME (--user USER_ID [--include-seen] [--json] | --all-users [--rules VERSION|current] "
     "[--at TIME] [--format csv|jsonl] --out FILE) [--n 10]",
     "top-n items for a user from a stored model, with titles and scores (popularity fallback for new users)",
     "Scores every item for the user with the stored model and prints the best n with their ids, titles and "
     "scores; items the user already interacted with are left out. A user without interactions in the model's "
     "training data (a cold user, or one added since) gets the most popular items, and the output says so.\n\n"
     "With --json an object with model, algo, user, history (training interactions of the user), "
     "popularity_fallback and items (rank, item, title, score).\n\n"
     "With --all-users every user the model knows gets a curated top n, streamed to --out with progress on stderr: "
     "CSV rows user_id, position, item, category, score, adjusted_score, decided_by (\"pin #3\", \"organic (boost "
     "#2)\"), or one JSON object per line with user and items (position, item, category, score, decided_by, rule or "
     "adjusted_score). --rules applies a saved rule set version or the working rule set (current); without it the "
     "lists are the model's ranking. Each list equals what rules preview shows for that user.",
     {{"PROJECT", "The project file (*.reco).", ValueKind::Project, false}},
     {valueOption("model", "NAME", ValueKind::Text, "The stored model to ask (see the models command; required)."),
      valueOption("user", "USER_ID", ValueKind::Text, "The user's id as imported (or --all-users)."),
      flagOption("all-users", "Every user the model knows, curated, written to --out."),
      valueOption("rules", "VERSION|current", ValueKind::Text,
                  "With --all-users: the saved rule set version to apply, or current for the working rule set."),
      valueOption("at", "TIME", ValueKind::Text,
                  "With --all-users: apply the rules as of this UTC time, e.g. 2026-03-01T12:00:00Z (default: now)."),
      choiceOption("format", "FORMAT", {"csv", "jsonl"}, "With --all-users: csv (default) or jsonl."),
      valueOption("out", "FILE", ValueKind::Path, "With --all-users: the file to write (replaced atomically)."),
      valueOption("n", "N", ValueKind::Number, "Number of items, 1 to 10000 (default 10)."),
      flagOption("include-seen", "Keep the items the user already interacted with."),
      flagOption("json", "Print the result as a JSON object.")},
     runRecommend}};
const RegisterCommand registerSimilar{
    {"similar", "PROJECT --model NAME --item ITEM_ID [--n 10] [--json]",
     "the items most similar to an item according to a stored model",
     "Prints the n items the stored model finds most similar to the given item (by the model's item factors or "
     "item-item weights), with ids, titles and scores. The item must have interactions in the model's training "
     "data.\n\n"
     "With --json an object with model, algo, item and items (rank, item, title, score).",
     {{"PROJECT", "The project file (*.reco).", ValueKind::Project, false}},
     {valueOption("model", "NAME", ValueKind::Text, "The stored model to ask (required)."),
      valueOption("item", "ITEM_ID", ValueKind::Text, "The item's id as imported (required)."),
      valueOption("n", "N", ValueKind::Number, "Number of items, 1 to 10000 (default 10)."),
      flagOption("json", "Print the result as a JSON object.")},
     runSimilar}};
const RegisterCommand registerModels{
    {"models", "PROJECT [--delete NAME] [--json]", "list the trained models stored in the project (or delete one)",
     "Lists the stored models with algorithm, training time, matrix size, stored size and parameters, and marks "
     "models trained on data that has changed since.\n\n"
     "With --json an array of objects with name, algo, params, trained_at, seconds, users, items, interactions, "
     "data_fingerprint, current_data, matrix_settings, loss and bytes.",
     {{"PROJECT", "The project file (*.reco).", ValueKind::Project, false}},
     {valueOption("delete", "NAME", ValueKind::Text, "Delete the stored model NAME instead of listing."),
      flagOption("json", "Print the list as a JSON array.")},
     runModels}};

}  // namespace
}  // namespace reco::cli
