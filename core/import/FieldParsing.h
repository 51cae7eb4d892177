// Parsing of single field values from dataset files: integers, decimals and timestamps (Unix seconds or ISO 8601).
// All functions take the whole field (surrounding blanks are ignored) and return false when it is not a valid value.
#pragma once

#include <cstdint>
#include <string_view>

namespace reco {

// Strips spaces and tabs at both ends.
std::string_view trimField(std::string_view field);

// A decimal integer with optional sign, e.g. "42", "-3", "+7". Also accepts an integral decimal such as "3.0".
bool parseInt64(std::string_view field, std::int64_t& out);

// A finite decimal number: "3.5", "-1e-3", "4". Rejects nan/inf and trailing garbage.
bool parseDouble(std::string_view field, double& out);

// Unix time in seconds for:
//  - Unix seconds as an integer or decimal ("1704067200", "1704067200.75", fraction truncated towards the past);
//    integers of 10^11 or more are taken as milliseconds (no realistic seconds value is that large);
//  - ISO 8601 dates and date-times: "2024-03-01", "2024-03-01T12:00", "2024-03-01 12:00:00.123456",
//    with an optional "Z" or offset "+01:00" / "-0500" / "+01" (no offset means UTC).
bool parseTimestamp(std::string_view field, std::int64_t& unixSeconds);

// Days since 1970-01-01 of a proleptic Gregorian date (no validation).
std::int64_t daysFromCivil(std::int64_t year, unsigned month, unsigned day);

}  // namespace reco
