#include "core/models/ModelStore.h"

#include <chrono>
#include <cmath>
#include <nlohmann/json.hpp>
#include <stdexcept>

namespace reco {

namespace {

constexpr const char* kColumns =
    "id, name, algorithm, params, trained_at, seconds, data_fingerprint, matrix_settings, users, items, interactions, "
    "loss, length(blob)";

StoredModel readRow(Statement& st) {
  StoredModel m;
  m.id = st.columnInt(0);
  m.name = st.columnText(1);
  m.algorithm = st.columnText(2);
  try {
    const nlohmann::json params = nlohmann::json::parse(st.columnText(3));
    for (const auto& [k, v] : params.items()) m.params[k] = v.get<double>();
    m.matrixSettingsJson = st.columnText(7);
    if (!nlohmann::json::accept(m.matrixSettingsJson)) {
      throw std::runtime_error("stored model '" + m.name + "' has malformed metadata: matrix settings are not JSON");
    }
    const nlohmann::json loss = nlohmann::json::parse(st.columnText(11));
    for (const auto& v : loss) m.loss.push_back(v.is_null() ? std::nan("") : v.get<double>());
  } catch (const nlohmann::json::exception& e) {
    throw std::runtime_error("stored model '" + m.name + "' has malformed metadata: " + e.what());
  }
  m.trainedAt = st.columnInt(4);
  m.seconds = st.columnDouble(5);
  m.dataFingerprint = st.columnText(6);
  m.users = st.columnInt(8);
  m.items = st.columnInt(9);
  m.interactions = st.columnInt(10);
  m.blobBytes = st.columnInt(12);
  return m;
}

}  // namespace

std::int64_t ModelStore::save(const std::string& name, const Recommender& model, const TrainingRecord& record,
                              bool replace) {
  if (name.empty() || name.size() > 200) throw std::invalid_argument("model name must be 1 to 200 characters");
  for (unsigned char c : name)
    if (c < 0x20) throw std::invalid_argument("model name must not contain control characters");
  const std::string blob = model.save();
  nlohmann::json params = nlohmann::json::object();
  for (const auto& [k, v] : model.params()) params[k] = v;
  nlohmann::json loss = nlohmann::json::array();
  for (double l : record.loss) loss.push_back(std::isfinite(l) ? nlohmann::json(l) : nlohmann::json(nullptr));
  auto& db = project_.db();
  Transaction tx(db);
  if (find(name)) {
    if (!replace) throw std::invalid_argument("a model named '" + name + "' already exists");
    auto del = db.prepare("DELETE FROM models WHERE name = ?");
    del.bind(1, name).exec();
  }
  auto st = db.prepare(
      "INSERT INTO models(name, algorithm, params, trained_at, seconds, data_fingerprint, matrix_settings, users, "
      "items, interactions, loss, blob) VALUES(?,?,?,?,?,?,?,?,?,?,?,?)");
  const auto now = std::chrono::duration_cast<std::chrono::seconds>(
                       std::chrono::system_clock::now().time_since_epoch())
                       .count();
  st.bind(1, name)
      .bind(2, model.info().name)
      .bind(3, params.dump())
      .bind(4, static_cast<std::int64_t>(now))
      .bind(5, record.seconds)
      .bind(6, record.dataFingerprint)
      .bind(7, record.matrixSettings.toJson().dump())
      .bind(8, static_cast<std::int64_t>(model.userCount()))
      .bind(9, static_cast<std::int64_t>(model.itemCount()))
      .bind(10, record.interactions)
      .bind(11, loss.dump())
      .bindBlob(12, blob.data(), blob.size());
  st.exec();
  const auto id = db.lastInsertRowId();
  tx.commit();
  return id;
}

std::vector<StoredModel> ModelStore::list() {
  auto st = project_.db().prepare(std::string("SELECT ") + kColumns + " FROM models ORDER BY trained_at DESC, id DESC");
  std::vector<StoredModel> out;
  while (st.step()) out.push_back(readRow(st));
  return out;
}

std::optional<StoredModel> ModelStore::find(const std::string& name) {
  auto st = project_.db().prepare(std::string("SELECT ") + kColumns + " FROM models WHERE name = ?");
  st.bind(1, name);
  if (!st.step()) return std::nullopt;
  return readRow(st);
}

std::unique_ptr<Recommender> ModelStore::load(const std::string& name) {
  auto st = project_.db().prepare("SELECT algorithm, blob FROM models WHERE name = ?");
  st.bind(1, name);
  if (!st.step()) {
    std::string known;
    for (const auto& m : list()) known += (known.empty() ? "" : ", ") + m.name;
    throw std::runtime_error("no model named '" + name + "' in " + project_.path() +
                             (known.empty() ? std::string(" (no models trained yet)") : " (models: " + known + ")"));
  }
  const std::string algorithm = st.columnText(0);
  try {
    auto model = loadRecommender(st.columnBlob(1));
    if (model->info().name != algorithm)
      throw std::runtime_error("blob holds a '" + model->info().name + "' model but the row says '" + algorithm + "'");
    return model;
  } catch (const std::exception& e) {
    throw std::runtime_error("stored model '" + name + "' cannot be loaded: " + e.what());
  }
}

bool ModelStore::remove(const std::string& name) {
  auto st = project_.db().prepare("DELETE FROM models WHERE name = ?");
  st.bind(1, name).exec();
  return project_.db().changes() > 0;
}

std::string ModelStore::suggestName(const std::string& algorithm) {
  for (int n = 1;; ++n) {
    std::string candidate = algorithm + "-" + std::to_string(n);
    if (!find(candidate)) return candidate;
  }
}

}  // namespace reco
