#include "core/evaluation/Cutoffs.h"

#include <algorithm>
#include <charconv>
#include <stdexcept>

namespace reco {

namespace {

std::string_view trimmed(std::string_view s) {
  const auto blank = [](char c) { return c == ' ' || c == '\t'; };
  while (!s.empty() && blank(s.front())) s.remove_prefix(1);
  while (!s.empty() && blank(s.back())) s.remove_suffix(1);
  return s;
}

int parseCutoff(std::string_view part) {
  int k = 0;
  const auto [end, error] = std::from_chars(part.data(), part.data() + part.size(), k);
  const bool digitsOnly = std::all_of(part.begin(), part.end(), [](char c) { return c >= '0' && c <= '9'; });
  if (!digitsOnly || end != part.data() + part.size() || (error == std::errc() && k < 1))
    throw std::invalid_argument("k: '" + std::string(part) + "' is not a positive whole number");
  if (error == std::errc::result_out_of_range || k > kMaxCutoff)
    throw std::invalid_argument("k: " + std::string(part) + " is above the largest cut-off, " +
                                std::to_string(kMaxCutoff));
  return k;
}

}  // namespace

std::vector<int> parseCutoffs(std::string_view text) {
  std::vector<int> ks;
  while (true) {
    const auto comma = text.find(',');
    const std::string_view part = trimmed(text.substr(0, comma));
    if (!part.empty()) {
      const int k = parseCutoff(part);
      if (std::find(ks.begin(), ks.end(), k) != ks.end())
        throw std::invalid_argument("k: " + std::to_string(k) + " is listed twice");
      ks.push_back(k);
    }
    if (comma == std::string_view::npos) break;
    text.remove_prefix(comma + 1);
  }
  if (ks.empty()) throw std::invalid_argument("k: give at least one cut-off, such as 10 or 10,20");
  return ks;
}

}  // namespace reco
