// Small helpers to write man(7) roff: escaping of text and the handful of constructs the pages use.
#pragma once

#include <string>

namespace reco::docgen {

// Text for a roff text line or macro argument: backslashes, minus signs and leading control characters escaped,
// break points after '|' so that long alternatives (a|b|c) can wrap. Throws std::invalid_argument on non-ASCII
// text, so a registry text the pages cannot carry fails the build instead of printing badly.
std::string roffText(const std::string& text);
// Bold and italic runs inside a text line.
std::string bold(const std::string& text);
std::string italic(const std::string& text);
// A synopsis-like line: upper-case placeholders (PROJECT, N, FILE.json) in italics, the rest in bold.
std::string synopsis(const std::string& text);

}  // namespace reco::docgen
