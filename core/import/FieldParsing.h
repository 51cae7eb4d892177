// Parsing of single numeric field values from dataset files (timestamps: parseTimestamp in core/base/Time.h).
// All functions take the whole field (surrounding blanks are ignored) and return false when it is not a valid value.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace reco {

// Strips spaces and tabs at both ends.
std::string_view trimField(std::string_view field);

// A decimal integer with optional sign, e.g. "42", "-3", "+7". Also accepts an integral decimal such as "3.0".
bool parseInt64(std::string_view field, std::int64_t& out);

// A finite decimal number: "3.5", "-1e-3", "4". Rejects nan/inf and trailing garbage.
bool parseDouble(std::string_view field, double& out);

// The reject reason for a field that does not parse: "unparsable <what> '<value>' in column '<column>'", the value
// cut to 60 bytes.
std::string unparsableReason(const char* what, std::string_view value, std::string_view column);

}  // namespace reco
