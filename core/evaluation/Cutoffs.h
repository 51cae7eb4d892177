// The cut-off list of an evaluation ("10" or "5,10,20": the k of precision@k, ndcg@k, ...) in its text form, as the
// CLI's --k and the Evaluate tab's k field take it. One parser, so both accept and reject the same text.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace reco {

inline constexpr int kMaxCutoff = 10000;

// Comma-separated positive whole numbers, each at most kMaxCutoff, none twice; blanks around a number and empty
// entries ("10, 20", "10,") are ignored. The first is the primary cut-off. Throws std::invalid_argument naming the
// field and the reason, e.g. "k: '0' is not a positive whole number".
std::vector<int> parseCutoffs(std::string_view text);

}  // namespace reco
