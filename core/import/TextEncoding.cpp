#include "core/import/TextEncoding.h"

#include <cstdint>
#include <cstring>

namespace reco {

bool parseTextEncoding(std::string_view name, TextEncoding& out) {
  std::string n;
  for (char c : name) {
    if (c == '-' || c == '_') continue;
    n.push_back(static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c));
  }
  if (n == "utf8") {
    out = TextEncoding::Utf8;
    return true;
  }
  if (n == "latin1" || n == "iso88591" || n == "l1") {
    out = TextEncoding::Latin1;
    return true;
  }
  return false;
}

bool isAscii(std::string_view text) {
  const char* p = text.data();
  std::size_t n = text.size();
  std::uint64_t acc = 0;
  while (n >= 8) {
    std::uint64_t w;
    std::memcpy(&w, p, 8);
    acc |= w;
    p += 8;
    n -= 8;
  }
  while (n > 0) {
    acc |= static_cast<unsigned char>(*p++);
    --n;
  }
  return (acc & 0x8080808080808080ULL) == 0;
}

bool isValidUtf8(std::string_view text) {
  if (isAscii(text)) return true;
  const auto* s = reinterpret_cast<const unsigned char*>(text.data());
  const auto* e = s + text.size();
  while (s < e) {
    unsigned c = *s;
    if (c < 0x80) {
      ++s;
      continue;
    }
    std::size_t len;
    std::uint32_t cp;
    if (c >= 0xC2 && c <= 0xDF) {
      len = 2;
      cp = c & 0x1F;
    } else if (c >= 0xE0 && c <= 0xEF) {
      len = 3;
      cp = c & 0x0F;
    } else if (c >= 0xF0 && c <= 0xF4) {
      len = 4;
      cp = c & 0x07;
    } else {
      return false;  // continuation byte without lead, overlong lead C0/C1, or F5..FF
    }
    if (static_cast<std::size_t>(e - s) < len) return false;
    for (std::size_t i = 1; i < len; ++i) {
      unsigned cc = s[i];
      if ((cc & 0xC0) != 0x80) return false;
      cp = (cp << 6) | (cc & 0x3F);
    }
    if ((len == 3 && cp < 0x800) || (len == 4 && cp < 0x10000)) return false;  // overlong
    if (cp >= 0xD800 && cp <= 0xDFFF) return false;                           // UTF-16 surrogate
    if (cp > 0x10FFFF) return false;
    s += len;
  }
  return true;
}

void appendLatin1AsUtf8(std::string_view latin1, std::string& out) {
  out.reserve(out.size() + latin1.size() * 2);
  for (char ch : latin1) {
    auto c = static_cast<unsigned char>(ch);
    if (c < 0x80) {
      out.push_back(ch);
    } else {
      out.push_back(static_cast<char>(0xC0 | (c >> 6)));
      out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
    }
  }
}

std::string latin1ToUtf8(std::string_view latin1) {
  std::string out;
  appendLatin1AsUtf8(latin1, out);
  return out;
}

}  // namespace reco
