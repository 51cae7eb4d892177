// Text encodings met in dataset files: UTF-8 validation and ISO-8859-1 (Latin-1) to UTF-8 conversion.
// Everything stored in a project is UTF-8; the importer checks or converts each row before it is stored.
#pragma once

#include <string>
#include <string_view>

namespace reco {

enum class TextEncoding { Utf8, Latin1 };

// Parses "utf-8"/"utf8" and "latin1"/"latin-1"/"iso-8859-1" (case-insensitive). False for anything else.
bool parseTextEncoding(std::string_view name, TextEncoding& out);

// True when every byte is below 0x80 (checked a machine word at a time).
bool isAscii(std::string_view text);

// True for well-formed UTF-8 (no overlongs, no surrogates, nothing above U+10FFFF).
bool isValidUtf8(std::string_view text);

// Appends the Latin-1 bytes as UTF-8 (every byte is a valid Latin-1 character, so this cannot fail).
void appendLatin1AsUtf8(std::string_view latin1, std::string& out);
std::string latin1ToUtf8(std::string_view latin1);

}  // namespace reco
