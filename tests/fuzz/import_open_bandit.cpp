// Fuzz target: the Open Bandit Dataset importer (core/import/OpenBanditReader) into a fresh temporary project, then
// reading the project back. Input: one option byte, then the campaign CSV and item_context.csv separated by
// "\n====\n" (item_context.csv is absent when the input has one part).
//   option bit 0: policy folder random or bts; bits 1-2: campaign men, women, all (the file's name and folder).
#include <cstdint>
#include <stdexcept>

#include "tests/fuzz/FuzzSupport.h"
#include "tests/fuzz/ImportCheck.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size < 1) return 0;
  static constexpr const char* kCampaigns[] = {"men", "women", "all", "men"};
  const std::string policy = (data[0] & 1) ? "bts" : "random";
  const std::string campaign = kCampaigns[(data[0] >> 1) & 3];
  const auto root = reco::fuzz::freshFolder("obd");
  const auto folder = root / policy / campaign;
  std::filesystem::create_directories(folder);
  const auto parts = reco::fuzz::splitParts(reco::fuzz::asText(data + 1, size - 1));
  reco::fuzz::writeFile(folder / (campaign + ".csv"), parts[0]);
  if (parts.size() > 1) reco::fuzz::writeFile(folder / "item_context.csv", parts[1]);

  reco::ImportOptions options;
  options.format = reco::ImportFormat::OpenBandit;
  reco::Project project = reco::fuzz::freshProject("obd.reco");
  reco::ImportResult result;
  try {
    result = reco::importFiles(project, {(folder / (campaign + ".csv")).string()}, options);
  } catch (const std::runtime_error&) {
    return 0;
  }
  reco::fuzz::checkImport(project, result);
  return 0;
}
