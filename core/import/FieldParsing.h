// Parsing of single numeric field values from dataset files (the timestamp grammar: parseTimestamp in core/base/Time.h).
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

// Event times an import accepts: from 1970-01-01T00:00:00Z up to, not including, 2100-01-01T00:00:00Z (Unix seconds).
inline constexpr std::int64_t kFirstEventTime = 0;
inline constexpr std::int64_t kEventTimeEnd = 4'102'444'800;

// An event's timestamp field (parseTimestamp's grammar) within [kFirstEventTime, kEventTimeEnd). Otherwise false, with
// the reject reason in `reason`: unparsable, or out of range (also for numbers too large to parse at all).
bool parseEventTime(std::string_view field, std::string_view column, std::int64_t& unixSeconds, std::string& reason);

// True when the text holds a NUL byte (refused in ids and names: SQLite and C strings would cut them there).
inline bool hasNul(std::string_view text) { return text.find('\0') != std::string_view::npos; }

// Text from a file quoted for a message: 'text', or when longer than maxBytes its first maxBytes (cut on a UTF-8
// character boundary) as 'text…' (N bytes), so that a 50 MB line never lands whole in a message.
std::string quotedExcerpt(std::string_view text, std::size_t maxBytes = 200);

// The reject reason for a field that does not parse: "unparsable <what> '<value>' in column '<column>'", the value
// quotedExcerpt() to 60 bytes.
std::string unparsableReason(const char* what, std::string_view value, std::string_view column);

// The reject reason for a number field that parseDouble or parseInt64 refused: out of range (beyond a double, or an
// integer beyond int64) or unparsable.
std::string numberReason(std::string_view value, std::string_view column);

}  // namespace reco
