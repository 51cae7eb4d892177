// The segment expression language: a boolean condition over user attributes, e.g.
//   country in ("DE", "AT") and device = "mobile" and orders >= 2
// parsed by a hand-written lexer and recursive-descent parser into a tree that is evaluated in memory (never SQL).
// Nesting (parentheses and 'not') is limited to kMaxNesting levels, so parsing, evaluating and destroying a tree
// never runs deeper than that, whatever the input.
#pragma once

#include <map>
#include <memory>
#include <set>
#include <stdexcept>
#include <string>
#include <string_view>

namespace reco {

// A parse error: the 1-based column (in characters) where parsing stopped, and what was expected there.
class ExpressionError : public std::runtime_error {
 public:
  ExpressionError(int column, std::string expected, const std::string& message)
      : std::runtime_error(message), column_(column), expected_(std::move(expected)) {}
  int column() const { return column_; }
  const std::string& expected() const { return expected_; }

 private:
  int column_;
  std::string expected_;
};

using UserAttributes = std::map<std::string, std::string>;

class SegmentExpression {
 public:
  struct Node;

  // The deepest nesting of '(' and 'not' a parse accepts; deeper input is an ExpressionError at the level past it.
  static constexpr int kMaxNesting = 256;

  // Parses `text`. When `knownAttributes` is given, an identifier outside it is an error that names the known ones.
  // Throws ExpressionError.
  static SegmentExpression parse(std::string_view text, const std::set<std::string>* knownAttributes = nullptr);

  // Evaluates against one user's attributes. Values compare numerically when both sides parse as decimal numbers,
  // otherwise as byte strings. A comparison involving an attribute the user does not have is false
  // (so `not (country = "DE")` holds for a user without a country).
  bool matches(const UserAttributes& attributes) const;

  const std::string& text() const { return text_; }
  const std::set<std::string>& attributes() const { return attributes_; }  // identifiers used

 private:
  std::string text_;
  std::shared_ptr<const Node> root_;
  std::set<std::string> attributes_;
};

// Parses a whole string as a decimal number ("2", "-0.5", "1e3"); nullopt otherwise (no inf/nan, no spaces).
bool parseDecimal(std::string_view text, double& out);

}  // namespace reco
