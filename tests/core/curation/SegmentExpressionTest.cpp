// The segment expression language: parsing, evaluation, and errors with column and expectation.
#include <gtest/gtest.h>

#include "core/curation/Segment.h"
#include "core/curation/SegmentExpression.h"

using reco::ExpressionError;
using reco::Segment;
using reco::SegmentExpression;
using reco::UserAttributes;

namespace {
bool eval(const std::string& expr, const UserAttributes& attrs) { return SegmentExpression::parse(expr).matches(attrs); }

ExpressionError parseError(const std::string& expr, const std::set<std::string>* known = nullptr) {
  try {
    SegmentExpression::parse(expr, known);
  } catch (const ExpressionError& e) {
    return e;
  }
  ADD_FAILURE() << "expected a parse error for: " << expr;
  return ExpressionError(0, "", "");
}
}  // namespace

TEST(SegmentExpression, IssueExample) {
  const std::string e = R"(country in ("DE", "AT") and device = "mobile" and orders >= 2)";
  EXPECT_TRUE(eval(e, {{"country", "DE"}, {"device", "mobile"}, {"orders", "2"}}));
  EXPECT_TRUE(eval(e, {{"country", "AT"}, {"device", "mobile"}, {"orders", "10"}}));
  EXPECT_FALSE(eval(e, {{"country", "FR"}, {"device", "mobile"}, {"orders", "10"}}));
  EXPECT_FALSE(eval(e, {{"country", "DE"}, {"device", "desktop"}, {"orders", "10"}}));
  EXPECT_FALSE(eval(e, {{"country", "DE"}, {"device", "mobile"}, {"orders", "1"}}));
  EXPECT_FALSE(eval(e, {{"country", "DE"}, {"device", "mobile"}}));  // missing attribute: comparison is false
  auto parsed = SegmentExpression::parse(e);
  EXPECT_EQ(parsed.attributes(), (std::set<std::string>{"country", "device", "orders"}));
}

TEST(SegmentExpression, NumericComparisonWhenBothSidesAreNumbers) {
  EXPECT_TRUE(eval("orders >= 2", {{"orders", "10"}}));  // numeric: 10 >= 2 (as strings "10" < "2")
  EXPECT_TRUE(eval("orders = 2", {{"orders", "2.0"}}));
  EXPECT_TRUE(eval("score < -0.5", {{"score", "-1e0"}}));
  EXPECT_TRUE(eval("band > \"10\"", {{"band", "9"}}) == false);  // both numbers: 9 > 10 is false
  EXPECT_TRUE(eval("name < \"bob\"", {{"name", "alice"}}));      // strings compare bytewise
  EXPECT_TRUE(eval("code != 7", {{"code", "x7"}}));              // not both numbers: string comparison
}

TEST(SegmentExpression, BooleanOperatorsAndPrecedence) {
  UserAttributes u{{"a", "1"}, {"b", "0"}};
  EXPECT_TRUE(eval("a = 1 or b = 1 and a = 0", u));      // and binds tighter than or
  EXPECT_FALSE(eval("(a = 1 or b = 1) and a = 0", u));
  EXPECT_TRUE(eval("not b = 1", u));
  EXPECT_TRUE(eval("not not a = 1", u));
  EXPECT_TRUE(eval("a not in (2, 3)", u));
  EXPECT_FALSE(eval("a not in (1)", u));
  EXPECT_TRUE(eval("NOT (b = 1) AND a IN ('1')", u));  // keywords are case-insensitive; single quotes work
  EXPECT_TRUE(eval("not (country = \"DE\")", u));      // missing attribute: the comparison is false, not is true
  EXPECT_FALSE(eval("country != \"DE\"", u));          // ... and != on a missing attribute is false too
  EXPECT_TRUE(eval("1 < a or a = 1", u));              // literal on the left
  EXPECT_TRUE(eval(R"(title = "say \"hi\"")", {{"title", "say \"hi\""}}));
}

TEST(SegmentExpression, ErrorsGiveColumnAndExpectation) {
  auto e = parseError("country in (\"DE\" \"AT\")");
  EXPECT_EQ(e.column(), 18);
  EXPECT_EQ(e.expected(), "',' or ')'");
  EXPECT_NE(std::string(e.what()).find("column 18: expected ',' or ')' but found the string \"AT\""), std::string::npos)
      << e.what();

  e = parseError("device = ");
  EXPECT_EQ(e.column(), 10);
  EXPECT_NE(std::string(e.what()).find("but found the end of the expression"), std::string::npos) << e.what();

  e = parseError("orders >= 2 and");
  EXPECT_EQ(e.column(), 16);

  e = parseError("(a = 1");
  EXPECT_EQ(e.column(), 7);
  EXPECT_EQ(e.expected(), "')'");

  e = parseError("a = 1 b = 2");
  EXPECT_EQ(e.column(), 7);
  EXPECT_EQ(e.expected(), "'and', 'or' or the end of the expression");

  e = parseError("a in 1");
  EXPECT_EQ(e.column(), 6);
  EXPECT_EQ(e.expected(), "'(' after 'in'");

  e = parseError("a = \"open");
  EXPECT_EQ(e.column(), 10);

  e = parseError("a ~ 1");
  EXPECT_EQ(e.column(), 3);

  e = parseError("");
  EXPECT_EQ(e.column(), 1);
  EXPECT_EQ(e.expected(), "a condition");

  e = parseError("a");
  EXPECT_EQ(e.column(), 2);
  EXPECT_EQ(e.expected(), "a comparison operator (=, !=, <, <=, >, >=) or 'in'");

  e = parseError("ländér = 1");  // columns count characters, not bytes
  EXPECT_EQ(e.column(), 2);
}

TEST(SegmentExpression, UnknownAttributeNamesTheKnownOnes) {
  std::set<std::string> known{"country", "device", "orders"};
  auto e = parseError("country = \"DE\" and ordres > 1", &known);
  EXPECT_EQ(e.column(), 20);
  std::string msg = e.what();
  EXPECT_NE(msg.find("unknown attribute 'ordres'"), std::string::npos) << msg;
  EXPECT_NE(msg.find("known attributes: country, device, orders"), std::string::npos) << msg;
  EXPECT_NO_THROW(SegmentExpression::parse("orders > 1", &known));
}

TEST(Segment, ListAllUsersAndExpression) {
  auto list = Segment::withUserIds("vip", {"u3", "u1", "u3"});
  EXPECT_EQ(list.userIds(), (std::vector<std::string>{"u1", "u3"}));
  EXPECT_TRUE(list.contains("u1", {}));
  EXPECT_FALSE(list.contains("u2", {{"country", "DE"}}));
  auto all = Segment::allUsers();
  EXPECT_TRUE(all.contains("anyone", {}));
  EXPECT_EQ(all.name(), "all users");
  auto expr = Segment::withExpression("de", "country = \"DE\"");
  EXPECT_TRUE(expr.contains("x", {{"country", "DE"}}));
  EXPECT_FALSE(expr.contains("x", {}));
}

// Issue 13 A: 12,000 nested parentheses overflowed the stack of the recursive parser (SIGSEGV).
TEST(SegmentExpression, NestingIsLimitedAndTheErrorNamesTheColumn) {
  const int limit = SegmentExpression::kMaxNesting;
  ASSERT_EQ(limit, 256);
  // Exactly at the limit: parses and evaluates.
  std::string ok = std::string(static_cast<std::size_t>(limit), '(') + "orders >= 2" + std::string(static_cast<std::size_t>(limit), ')');
  EXPECT_TRUE(eval(ok, {{"orders", "3"}}));
  EXPECT_FALSE(eval(ok, {{"orders", "1"}}));

  // 100,000 levels: a clean error at the first parenthesis past the limit (column 257), not a crash.
  const std::size_t deep = 100000;
  auto e = parseError(std::string(deep, '(') + "orders >= 2" + std::string(deep, ')'));
  EXPECT_EQ(e.column(), limit + 1);
  std::string msg = e.what();
  EXPECT_NE(msg.find("column 257"), std::string::npos) << msg;
  EXPECT_NE(msg.find("256 levels"), std::string::npos) << msg;

  // 'not' nests too.
  std::string nots;
  for (std::size_t i = 0; i < deep; ++i) nots += "not ";
  e = parseError(nots + "orders >= 2");
  EXPECT_EQ(e.column(), 4 * limit + 1);
  std::string notOk;
  for (int i = 0; i < limit; ++i) notOk += "not ";
  EXPECT_TRUE(eval(notOk + "orders >= 2", {{"orders", "3"}}));  // an even number of 'not's

  // Unclosed deep input is refused the same way (before the missing ')' is noticed).
  e = parseError(std::string(deep, '('));
  EXPECT_EQ(e.column(), limit + 1);
}
