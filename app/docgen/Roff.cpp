#include "Roff.h"

#include <cctype>
#include <stdexcept>
#include <vector>

namespace reco::docgen {

std::string roffText(const std::string& text) {
  std::string out;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (static_cast<unsigned char>(c) >= 0x80)
      throw std::invalid_argument("non-ASCII character in man page text: '" + text + "'");
    if (c == '\\') {
      out += "\\e";
    } else if (c == '-') {
      out += "\\-";
    } else if (c == '|') {
      out += "|\\:";
    } else if (c == '\n') {
      out += ' ';
    } else {
      out += c;
    }
  }
  if (!out.empty() && (out[0] == '.' || out[0] == '\'')) out.insert(0, "\\&");
  return out;
}

std::string bold(const std::string& text) { return "\\fB" + roffText(text) + "\\fR"; }
std::string italic(const std::string& text) { return "\\fI" + roffText(text) + "\\fR"; }

namespace {

// A placeholder is a word of capitals, digits and the punctuation of names like FILE.json, USER_ID or RULE-ID.
bool isPlaceholder(const std::string& word) {
  bool upper = false;
  for (char c : word) {
    if (std::isupper(static_cast<unsigned char>(c))) upper = true;
    else if (!(std::isdigit(static_cast<unsigned char>(c)) || c == '_' || c == '-' || c == '.' ||
               (c >= 'a' && c <= 'z')))
      return false;
  }
  // Mostly capitals: "FILE.json" and "USER_ID" are placeholders, "kfold" is not.
  return upper && std::isupper(static_cast<unsigned char>(word[0]));
}

}  // namespace

std::string synopsis(const std::string& text) {
  // Split into runs of word characters and the punctuation between them ([ ] ( ) | ... = , :).
  std::string out;
  std::string word;
  auto flush = [&]() {
    if (word.empty()) return;
    out += isPlaceholder(word) ? italic(word) : bold(word);
    word.clear();
  };
  for (char c : text) {
    if (std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '-' || c == '.' || c == '@') {
      word += c;
    } else {
      flush();
      out += roffText(std::string(1, c));
    }
  }
  flush();
  return out;
}

}  // namespace reco::docgen
