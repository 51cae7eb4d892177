#pragma once

#include <cstddef>
#include <string>

namespace reco {

// A count with ',' between groups of three digits ("79,998"), for core's English messages (linter summaries,
// rule-set diffs). The GUI formats numbers for the user's locale instead (ui/base/LocaleFormat).
inline std::string withThousands(std::size_t n) {
  const std::string digits = std::to_string(n);
  std::string out;
  for (std::size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) out.push_back(',');
    out.push_back(digits[i]);
  }
  return out;
}

}  // namespace reco
