#include "core/publish/FactorExport.h"

#include <bit>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <nlohmann/json.hpp>
#include <stdexcept>
#include <unordered_map>

#include "core/base/Files.h"
#include "core/models/FactorRecommender.h"
#include "core/models/ModelStore.h"

namespace reco {

static_assert(std::endian::native == std::endian::little, "the .npy files are written as '<f4' (little endian)");

std::string npyFloat32(const std::vector<std::size_t>& shape, const float* data) {
  std::string header = "{'descr': '<f4', 'fortran_order': False, 'shape': (";
  std::size_t count = 1;
  for (std::size_t i = 0; i < shape.size(); ++i) {
    header.append(std::to_string(shape[i])).append(shape.size() == 1 ? "," : i + 1 < shape.size() ? ", " : "");
    count *= shape[i];
  }
  header.append("), }");
  // Magic (6) + version (2) + header length (2) + header, padded with spaces to a multiple of 64, ending in '\n'.
  const std::size_t total = (10 + header.size() + 1 + 63) / 64 * 64;
  header.append(total - 10 - header.size() - 1, ' ');
  header.push_back('\n');
  std::string out("\x93NUMPY\x01\x00", 8);
  out.push_back(static_cast<char>(header.size() & 0xff));
  out.push_back(static_cast<char>(header.size() >> 8));
  out.append(header);
  const std::size_t bytes = count * sizeof(float);
  const std::size_t start = out.size();
  out.resize(start + bytes);
  if (bytes) std::memcpy(out.data() + start, data, bytes);
  return out;
}

namespace {

std::vector<std::string> extIds(Project& project, const char* table, const std::vector<std::int64_t>& ids) {
  std::unordered_map<std::int64_t, std::string> ext;
  auto st = project.db().prepare(std::string("SELECT id, ext_id FROM ") + table);
  while (st.step()) ext.emplace(st.columnInt(0), st.columnText(1));
  std::vector<std::string> out;
  out.reserve(ids.size());
  for (auto id : ids) {
    auto it = ext.find(id);
    if (it != ext.end()) {
      out.push_back(it->second);
    } else {  // removed from the project since training: the id CurationPreview shows
      char text[32];
      std::snprintf(text, sizeof text, "#%lld", static_cast<long long>(id));
      out.emplace_back(text);
    }
  }
  return out;
}

}  // namespace

FactorExport exportFactors(Project& project, const std::string& modelName, const std::string& folder) {
  auto model = ModelStore(project).load(modelName);
  const auto* factors = dynamic_cast<const FactorRecommender*>(model.get());
  if (!factors)
    throw std::runtime_error("model '" + modelName + "' (" + model->info().name +
                             ") has no factors to export: only factor models (ials, bpr) have");
  if (model->userIds().empty() && model->userCount() > 0)
    throw std::runtime_error("model '" + modelName + "' was not trained on this project's ids");
  FactorExport out;
  out.algorithm = model->info().name;
  out.users = static_cast<std::size_t>(model->userCount());
  out.items = static_cast<std::size_t>(model->itemCount());
  out.factors = static_cast<std::size_t>(factors->factors());
  out.itemBias = !factors->itemBias().empty();
  std::filesystem::create_directories(folder);
  auto write = [&](const std::string& name, const std::string& bytes) {
    writeTextFileAtomically((std::filesystem::path(folder) / name).string(), bytes);
    out.files.push_back(name);
  };
  write("user_factors.npy", npyFloat32({out.users, out.factors}, factors->userFactors().data()));
  write("item_factors.npy", npyFloat32({out.items, out.factors}, factors->itemFactors().data()));
  if (out.itemBias) write("item_bias.npy", npyFloat32({out.items}, factors->itemBias().data()));
  nlohmann::json ids = {{"model", modelName},
                        {"algorithm", out.algorithm},
                        {"factors", out.factors},
                        {"users", extIds(project, "users", model->userIds())},
                        {"items", extIds(project, "items", model->itemIds())}};
  std::string text = ids.dump(1);
  text.push_back('\n');
  write("ids.json", text);
  return out;
}

}  // namespace reco
