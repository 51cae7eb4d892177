// Fuzz target: the model blob reader (core/models/BlobReader) and every algorithm's load (loadRecommender), then a
// few reads of a model that loaded. Input: one mode byte, then
//   mode bit 0 clear: the whole blob as stored (magic, version, name, size, checksum, payload): header checks;
//   mode bit 0 set:   the payload only; the target writes a valid header for the algorithm chosen by bits 1-3
//                     (popular, itemknn, ials, bpr, ease) with the payload's true size and checksum, so mutations
//                     reach each algorithm's payload reading.
#include <cstdint>
#include <stdexcept>
#include <string>

#include "core/models/BlobReader.h"
#include "core/models/BlobWriter.h"
#include "core/models/Recommender.h"
#include "tests/fuzz/FuzzSupport.h"

namespace {

template <class T>
void append(std::string& out, T value) {
  out.append(reinterpret_cast<const char*>(&value), sizeof value);
}

std::string withHeader(std::string_view algorithm, std::string_view payload) {
  std::string blob(reco::kModelBlobMagic, sizeof reco::kModelBlobMagic);
  append<std::uint32_t>(blob, reco::kModelBlobVersion);
  append<std::uint32_t>(blob, static_cast<std::uint32_t>(algorithm.size()));
  blob += algorithm;
  append<std::uint64_t>(blob, payload.size());
  append<std::uint64_t>(blob, reco::fnv1a64(payload.data(), payload.size()));
  blob += payload;
  return blob;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size < 1) return 0;
  static constexpr const char* kAlgorithms[] = {"popular", "itemknn", "ials", "bpr", "ease", "ials", "bpr", "itemknn"};
  const std::uint8_t mode = data[0];
  const std::string_view rest = reco::fuzz::asText(data + 1, size - 1);
  const std::string blob = (mode & 1) ? withHeader(kAlgorithms[(mode >> 1) & 7], rest) : std::string(rest);

  try {
    reco::BlobReader reader(blob);
    (void)reader.algorithm();
  } catch (const std::runtime_error&) {
  }
  std::unique_ptr<reco::Recommender> model;
  try {
    model = reco::loadRecommender(blob);
  } catch (const std::runtime_error&) {
    return 0;  // refused, with a reason
  }
  // A model that loaded must answer for every user and item it claims to have; what it saves must load again and
  // save to the same bytes (the first save may differ from the input: e.g. parameters come back in canonical order).
  const std::int32_t users = model->userCount(), items = model->itemCount();
  for (std::int32_t u : {0, users / 2, users - 1, users})
    if (u >= 0) (void)model->recommend(u, 5);
  for (std::int32_t i : {0, items - 1})
    if (i >= 0 && i < items) (void)model->similarItems(i, 5);
  const std::string saved = model->save();
  std::unique_ptr<reco::Recommender> again;
  try {
    again = reco::loadRecommender(saved);
  } catch (const std::runtime_error& e) {
    reco::fuzz::propertyFailed(std::string("a saved model does not load again: ") + e.what());
  }
  if (again->save() != saved) reco::fuzz::propertyFailed("a model saved, loaded and saved again changes its bytes");
  return 0;
}
