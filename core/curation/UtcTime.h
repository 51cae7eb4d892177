// UTC timestamps for rule sets: Unix seconds inside, "YYYY-MM-DDTHH:MM:SSZ" in files and on the command line.
// Plain std only, so the standalone rule applier can use it.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace reco::utc {

// "2026-03-01T12:00:00Z" for a Unix time in seconds (proleptic Gregorian, any year 0000-9999).
std::string format(std::int64_t unixSeconds);
// Parses exactly "YYYY-MM-DDTHH:MM:SSZ" (or "YYYY-MM-DD", meaning midnight UTC); nullopt on any deviation,
// including impossible dates such as 2026-02-30.
std::optional<std::int64_t> parse(std::string_view text);
// Like parse(), but also accepts a plain integer of Unix seconds (command-line convenience).
std::optional<std::int64_t> parseLenient(std::string_view text);
// The current time, whole seconds.
std::int64_t now();

}  // namespace reco::utc
