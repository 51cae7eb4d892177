// Fuzz target: the MovieLens importers (core/import/MovieLensReader: 100K, latest-small, 1M) into a fresh temporary
// project, then reading the project back. Input: one option byte, then the dataset's files separated by "\n====\n":
//   option % 3 == 0: u.data, u.item, u.user;  1: ratings.csv, movies.csv;  2: ratings.dat, movies.dat, users.dat.
// A file missing from the input is missing from the folder.
#include <cstdint>
#include <stdexcept>

#include "tests/fuzz/FuzzSupport.h"
#include "tests/fuzz/ImportCheck.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size < 1) return 0;
  struct Layout {
    reco::ImportFormat format;
    const char* files[3];
  };
  static constexpr Layout kLayouts[] = {
      {reco::ImportFormat::MovieLens100K, {"u.data", "u.item", "u.user"}},
      {reco::ImportFormat::MovieLensLatest, {"ratings.csv", "movies.csv", nullptr}},
      {reco::ImportFormat::MovieLens1M, {"ratings.dat", "movies.dat", "users.dat"}},
  };
  const Layout& layout = kLayouts[data[0] % 3];
  const auto folder = reco::fuzz::freshFolder("movielens");
  const auto parts = reco::fuzz::splitParts(reco::fuzz::asText(data + 1, size - 1));
  for (std::size_t i = 0; i < 3 && i < parts.size() && layout.files[i]; ++i)
    reco::fuzz::writeFile(folder / layout.files[i], parts[i]);

  reco::ImportOptions options;
  options.format = layout.format;
  reco::Project project = reco::fuzz::freshProject("movielens.reco");
  reco::ImportResult result;
  try {
    result = reco::importFiles(project, {folder.string()}, options);
  } catch (const std::runtime_error&) {
    return 0;
  }
  reco::fuzz::checkImport(project, result);
  return 0;
}
