#include "core/import/FieldParsing.h"

#include <charconv>
#include <cmath>
#include <system_error>

#include "core/base/Time.h"

namespace reco {

namespace {
// The number text of a field: blanks around it and a leading '+' removed. False when nothing is left.
bool numberText(std::string_view field, const char*& b, const char*& e) {
  std::string_view f = field;
  if (!f.empty() && (f.front() == ' ' || f.back() == ' ' || f.front() == '\t' || f.back() == '\t')) f = trimField(f);
  if (f.empty()) return false;
  b = f.data();
  e = b + f.size();
  if (*b == '+') ++b;
  return true;
}

// True when the (trimmed) text is a decimal number in from_chars' grammar, whether or not a double can hold it.
bool looksNumeric(std::string_view field) {
  const char *b, *e;
  if (!numberText(field, b, e)) return false;
  double d;
  auto [p, ec] = std::from_chars(b, e, d, std::chars_format::general);
  return p == e && (ec == std::errc() ? std::isfinite(d) : ec == std::errc::result_out_of_range);
}
}  // namespace

std::string_view trimField(std::string_view f) {
  std::size_t b = 0, e = f.size();
  while (b < e && (f[b] == ' ' || f[b] == '\t')) ++b;
  while (e > b && (f[e - 1] == ' ' || f[e - 1] == '\t')) --e;
  return f.substr(b, e - b);
}

bool parseInt64(std::string_view field, std::int64_t& out) {
  const char *b, *e;
  if (!numberText(field, b, e)) return false;
  auto [p, ec] = std::from_chars(b, e, out);
  if (ec != std::errc() || p == b) return false;
  if (p == e) return true;
  // "3.0", "3.000": an integral decimal.
  if (*p != '.') return false;
  ++p;
  if (p == e) return false;
  for (; p < e; ++p)
    if (*p != '0') return false;
  return true;
}

bool parseDouble(std::string_view field, double& out) {
  const char *b, *e;
  if (!numberText(field, b, e)) return false;
  auto [p, ec] = std::from_chars(b, e, out, std::chars_format::general);
  if (ec != std::errc() || p != e) return false;
  return std::isfinite(out);
}

namespace {
// Appends the parts (appending, not operator+ on temporaries: GCC 12 gives a false -Wrestrict there at -O3).
template <class... Parts>
std::string joined(const Parts&... parts) {
  std::string out;
  (out.append(parts), ...);
  return out;
}
}  // namespace

std::string quotedExcerpt(std::string_view text, std::size_t maxBytes) {
  if (text.size() <= maxBytes) return joined("'", text, "'");
  std::size_t cut = maxBytes;
  while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;  // not inside a character
  return joined("'", text.substr(0, cut), "\u2026' (", std::to_string(text.size()), " bytes)");
}

std::string unparsableReason(const char* what, std::string_view value, std::string_view column) {
  return joined("unparsable ", what, " ", quotedExcerpt(value, 60), " in column '", column, "'");
}

std::string numberReason(std::string_view value, std::string_view column) {
  const char *b, *e;
  if (numberText(value, b, e)) {
    std::int64_t i;
    if (auto [p, ec] = std::from_chars(b, e, i); p == e && ec == std::errc::result_out_of_range)
      return joined("integer ", quotedExcerpt(trimField(value), 60), " in column '", column,
                    "' is out of range (a 64-bit integer holds at most 9223372036854775807)");
    double d;
    if (auto [p, ec] = std::from_chars(b, e, d, std::chars_format::general);
        p == e && ec == std::errc::result_out_of_range)
      return joined("number ", quotedExcerpt(trimField(value), 60), " in column '", column, "' is out of range");
  }
  return unparsableReason("number", value, column);
}

bool parseEventTime(std::string_view field, std::string_view column, std::int64_t& unixSeconds, std::string& reason) {
  const bool parsed = parseTimestamp(field, unixSeconds);
  if (parsed && unixSeconds >= kFirstEventTime && unixSeconds < kEventTimeEnd) return true;
  if (parsed || looksNumeric(field))
    reason = joined("timestamp ", quotedExcerpt(trimField(field), 60), " in column '", column,
                    "' is out of range (from 1970-01-01 up to 2100-01-01 UTC)");
  else
    reason = unparsableReason("timestamp", field, column);
  return false;
}

}  // namespace reco
