// Fuzz target: the segment expression language (core/curation/SegmentExpression): lexer, parser and evaluation.
// Input: the expression text. A parsed expression must parse again from its own text to the same attribute set, and
// evaluates against a few users without throwing.
#include <cstdint>
#include <set>
#include <string>

#include "core/curation/SegmentExpression.h"
#include "tests/fuzz/FuzzSupport.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text = reco::fuzz::asText(data, size);
  static const std::set<std::string> known = {"country", "device", "age_band", "gender", "orders", "signup"};
  static const reco::UserAttributes users[] = {
      {},
      {{"country", "DE"}, {"device", "mobile"}, {"orders", "3"}},
      {{"country", "FR"}, {"age_band", "25-34"}, {"gender", "f"}, {"orders", "-0.5"}, {"signup", "2024-01-01"}},
  };
  try {
    const reco::SegmentExpression expression = reco::SegmentExpression::parse(text);
    for (const auto& user : users) (void)expression.matches(user);
    const reco::SegmentExpression again = reco::SegmentExpression::parse(expression.text());
    if (again.attributes() != expression.attributes())
      reco::fuzz::propertyFailed("parsing an expression's own text gave other attributes");
  } catch (const reco::ExpressionError& e) {
    if (e.column() < 1) reco::fuzz::propertyFailed("an expression error without a column");
  }
  try {
    (void)reco::SegmentExpression::parse(text, &known);
  } catch (const reco::ExpressionError&) {
  }
  double number = 0;
  (void)reco::parseDecimal(text, number);
  return 0;
}
