// Text fields in the CSV files core exports (RFC 4180, UTF-8): every CSV writer quotes its fields through this.
#pragma once

#include <string>
#include <string_view>

namespace reco {

// The value as it is, or in double quotes with each inner quote doubled when it holds a comma, a double quote, a
// carriage return or a line feed. Bytes are kept as they are (UTF-8 passes through).
std::string csvField(std::string_view value);

}  // namespace reco
