#include "core/curation/SegmentExpression.h"

#include <charconv>
#include <cmath>
#include <vector>

namespace reco {

namespace {

enum class Tok { Ident, String, Number, LParen, RParen, Comma, Op, And, Or, Not, In, End };

struct Token {
  Tok kind;
  std::string text;  // identifier name, string value, number text or operator
  std::size_t offset;  // byte offset in the source
};

enum class CmpOp { Eq, Ne, Lt, Le, Gt, Ge };

}  // namespace

struct SegmentExpression::Node {
  enum class Kind { And, Or, Not, Compare, In };
  struct Operand {
    bool isAttribute = false;
    std::string text;  // attribute name or literal value
  };
  Kind kind = Kind::Compare;
  std::vector<std::shared_ptr<const Node>> children;  // And/Or: 2+, Not: 1
  CmpOp op = CmpOp::Eq;
  Operand lhs, rhs;             // Compare
  std::vector<Operand> values;  // In (literals)
  bool negated = false;         // "not in"
};

bool parseDecimal(std::string_view s, double& out) {
  std::size_t i = 0;
  if (i < s.size() && s[i] == '-') ++i;
  std::size_t digitsStart = i;
  while (i < s.size() && s[i] >= '0' && s[i] <= '9') ++i;
  bool intDigits = i > digitsStart;
  bool fracDigits = false;
  if (i < s.size() && s[i] == '.') {
    ++i;
    std::size_t f = i;
    while (i < s.size() && s[i] >= '0' && s[i] <= '9') ++i;
    fracDigits = i > f;
  }
  if (!intDigits && !fracDigits) return false;
  if (i < s.size() && (s[i] == 'e' || s[i] == 'E')) {
    ++i;
    if (i < s.size() && (s[i] == '+' || s[i] == '-')) ++i;
    std::size_t e = i;
    while (i < s.size() && s[i] >= '0' && s[i] <= '9') ++i;
    if (i == e) return false;
  }
  if (i != s.size()) return false;
  auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), out);
  return ec == std::errc() && p == s.data() + s.size() && std::isfinite(out);
}

namespace {

using Node = SegmentExpression::Node;

int columnOf(std::string_view text, std::size_t offset) {
  int col = 1;
  for (std::size_t i = 0; i < offset && i < text.size(); ++i)
    if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) ++col;
  return col;
}

[[noreturn]] void fail(std::string_view text, std::size_t offset, const std::string& expected,
                       const std::string& found) {
  int col = columnOf(text, offset);
  throw ExpressionError(col, expected,
                        "column " + std::to_string(col) + ": expected " + expected + " but found " + found);
}

bool isIdentStart(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_'; }
bool isIdentChar(char c) { return isIdentStart(c) || (c >= '0' && c <= '9') || c == '.'; }

std::string lower(std::string s) {
  for (char& c : s)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return s;
}

std::vector<Token> lex(std::string_view s) {
  std::vector<Token> out;
  std::size_t i = 0;
  while (i < s.size()) {
    char c = s[i];
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
      ++i;
      continue;
    }
    std::size_t start = i;
    if (isIdentStart(c)) {
      while (i < s.size() && isIdentChar(s[i])) ++i;
      std::string word(s.substr(start, i - start));
      std::string kw = lower(word);
      Tok kind = kw == "and" ? Tok::And : kw == "or" ? Tok::Or : kw == "not" ? Tok::Not : kw == "in" ? Tok::In : Tok::Ident;
      out.push_back({kind, word, start});
    } else if (c == '"' || c == '\'') {
      char quote = c;
      std::string value;
      ++i;
      bool closed = false;
      while (i < s.size()) {
        if (s[i] == '\\' && i + 1 < s.size() && (s[i + 1] == quote || s[i + 1] == '\\')) {
          value.push_back(s[i + 1]);
          i += 2;
        } else if (s[i] == quote) {
          ++i;
          closed = true;
          break;
        } else {
          value.push_back(s[i++]);
        }
      }
      if (!closed) fail(s, s.size(), std::string("closing ") + quote, "the end of the expression");
      out.push_back({Tok::String, value, start});
    } else if ((c >= '0' && c <= '9') || c == '.' || (c == '-' && i + 1 < s.size() && ((s[i + 1] >= '0' && s[i + 1] <= '9') || s[i + 1] == '.'))) {
      ++i;
      while (i < s.size() && ((s[i] >= '0' && s[i] <= '9') || s[i] == '.' || s[i] == 'e' || s[i] == 'E' ||
                              ((s[i] == '+' || s[i] == '-') && (s[i - 1] == 'e' || s[i - 1] == 'E'))))
        ++i;
      std::string num(s.substr(start, i - start));
      double v;
      if (!parseDecimal(num, v)) fail(s, start, "a number", "'" + num + "'");
      if (i < s.size() && isIdentStart(s[i])) fail(s, i, "an operator, 'and', 'or' or ')'", "'" + std::string(1, s[i]) + "'");
      out.push_back({Tok::Number, num, start});
    } else if (c == '(') {
      out.push_back({Tok::LParen, "(", i++});
    } else if (c == ')') {
      out.push_back({Tok::RParen, ")", i++});
    } else if (c == ',') {
      out.push_back({Tok::Comma, ",", i++});
    } else if (c == '=' || c == '!' || c == '<' || c == '>') {
      std::string op(1, c);
      ++i;
      if (i < s.size() && s[i] == '=') {
        op.push_back('=');
        ++i;
      } else if (c == '<' && i < s.size() && s[i] == '>') {
        op = "!=";
        ++i;
      }
      if (op == "!") fail(s, start, "'!='", "'!'");
      if (op == "==") op = "=";
      out.push_back({Tok::Op, op, start});
    } else {
      std::size_t len = 1;
      while (start + len < s.size() && (static_cast<unsigned char>(s[start + len]) & 0xC0) == 0x80) ++len;
      fail(s, start, "an attribute, a value, an operator or a parenthesis", "'" + std::string(s.substr(start, len)) + "'");
    }
  }
  out.push_back({Tok::End, "", s.size()});
  return out;
}

std::string describe(const Token& t) {
  switch (t.kind) {
    case Tok::End: return "the end of the expression";
    case Tok::String: return "the string \"" + t.text + "\"";
    case Tok::Number: return "the number " + t.text;
    case Tok::Ident: return "the attribute '" + t.text + "'";
    default: return "'" + t.text + "'";
  }
}

class Parser {
 public:
  Parser(std::string_view text, const std::set<std::string>* known, std::set<std::string>& used)
      : text_(text), tokens_(lex(text)), known_(known), used_(used) {}

  std::shared_ptr<const Node> parseAll() {
    if (peek().kind == Tok::End) fail(text_, peek().offset, "a condition", "an empty expression");
    auto n = parseOr();
    if (peek().kind != Tok::End) fail(text_, peek().offset, "'and', 'or' or the end of the expression", describe(peek()));
    return n;
  }

 private:
  const Token& peek() const { return tokens_[pos_]; }
  const Token& next() { return tokens_[pos_++]; }

  std::shared_ptr<const Node> parseOr() {
    auto first = parseAnd();
    if (peek().kind != Tok::Or) return first;
    auto n = std::make_shared<Node>();
    n->kind = Node::Kind::Or;
    n->children.push_back(first);
    while (peek().kind == Tok::Or) {
      next();
      n->children.push_back(parseAnd());
    }
    return n;
  }

  std::shared_ptr<const Node> parseAnd() {
    auto first = parseNot();
    if (peek().kind != Tok::And) return first;
    auto n = std::make_shared<Node>();
    n->kind = Node::Kind::And;
    n->children.push_back(first);
    while (peek().kind == Tok::And) {
      next();
      n->children.push_back(parseNot());
    }
    return n;
  }

  std::shared_ptr<const Node> parseNot() {
    if (peek().kind == Tok::Not) {
      enterNesting();
      next();
      auto n = std::make_shared<Node>();
      n->kind = Node::Kind::Not;
      n->children.push_back(parseNot());
      --nesting_;
      return n;
    }
    if (peek().kind == Tok::LParen) {
      enterNesting();
      next();
      auto inner = parseOr();
      if (peek().kind != Tok::RParen) fail(text_, peek().offset, "')'", describe(peek()));
      next();
      --nesting_;
      return inner;
    }
    return parseComparison();
  }

  // The recursion depth is bounded by the nesting, so this keeps the stack small for any input.
  void enterNesting() {
    if (++nesting_ <= SegmentExpression::kMaxNesting) return;
    int col = columnOf(text_, peek().offset);
    throw ExpressionError(col, "at most " + std::to_string(SegmentExpression::kMaxNesting) + " levels of nesting",
                          "column " + std::to_string(col) + ": " + describe(peek()) + " nests deeper than " +
                              std::to_string(SegmentExpression::kMaxNesting) +
                              " levels of parentheses and 'not' (the limit)");
  }

  Node::Operand parseOperand(const std::string& expected) {
    const Token& t = peek();
    if (t.kind == Tok::Ident) {
      if (known_ && !known_->count(t.text)) {
        std::string list;
        for (const auto& k : *known_) list += (list.empty() ? "" : ", ") + k;
        int col = columnOf(text_, t.offset);
        throw ExpressionError(col, "a known attribute",
                              "column " + std::to_string(col) + ": unknown attribute '" + t.text +
                                  "'; known attributes: " + (list.empty() ? "(none)" : list));
      }
      used_.insert(t.text);
      next();
      return {true, t.text};
    }
    if (t.kind == Tok::String || t.kind == Tok::Number) {
      next();
      return {false, t.text};
    }
    fail(text_, t.offset, expected, describe(t));
  }

  std::shared_ptr<const Node> parseComparison() {
    auto n = std::make_shared<Node>();
    n->lhs = parseOperand("an attribute, a value, 'not' or '('");
    bool negated = false;
    if (peek().kind == Tok::Not) {
      next();
      negated = true;
      if (peek().kind != Tok::In) fail(text_, peek().offset, "'in' after 'not'", describe(peek()));
    }
    if (peek().kind == Tok::In) {
      next();
      n->kind = Node::Kind::In;
      n->negated = negated;
      if (peek().kind != Tok::LParen) fail(text_, peek().offset, "'(' after 'in'", describe(peek()));
      next();
      while (true) {
        const Token& t = peek();
        if (t.kind != Tok::String && t.kind != Tok::Number) fail(text_, t.offset, "a string or number in the list", describe(t));
        n->values.push_back({false, t.text});
        next();
        if (peek().kind == Tok::Comma) {
          next();
          continue;
        }
        if (peek().kind == Tok::RParen) {
          next();
          break;
        }
        fail(text_, peek().offset, "',' or ')'", describe(peek()));
      }
      return n;
    }
    if (peek().kind != Tok::Op)
      fail(text_, peek().offset, "a comparison operator (=, !=, <, <=, >, >=) or 'in'", describe(peek()));
    const std::string& op = next().text;
    n->kind = Node::Kind::Compare;
    n->op = op == "=" ? CmpOp::Eq : op == "!=" ? CmpOp::Ne : op == "<" ? CmpOp::Lt : op == "<=" ? CmpOp::Le
          : op == ">" ? CmpOp::Gt : CmpOp::Ge;
    n->rhs = parseOperand("an attribute or a value after '" + op + "'");
    return n;
  }

  std::string_view text_;
  std::vector<Token> tokens_;
  std::size_t pos_ = 0;
  int nesting_ = 0;
  const std::set<std::string>* known_;
  std::set<std::string>& used_;
};

const std::string* resolve(const Node::Operand& o, const UserAttributes& attrs) {
  if (!o.isAttribute) return &o.text;
  auto it = attrs.find(o.text);
  return it == attrs.end() ? nullptr : &it->second;
}

// -1, 0, 1 comparing a and b: numerically when both are numbers, else bytewise.
int compareValues(const std::string& a, const std::string& b) {
  double x, y;
  if (parseDecimal(a, x) && parseDecimal(b, y)) return x < y ? -1 : x > y ? 1 : 0;
  int c = a.compare(b);
  return c < 0 ? -1 : c > 0 ? 1 : 0;
}

bool evaluate(const Node& n, const UserAttributes& attrs) {
  switch (n.kind) {
    case Node::Kind::And:
      for (const auto& c : n.children)
        if (!evaluate(*c, attrs)) return false;
      return true;
    case Node::Kind::Or:
      for (const auto& c : n.children)
        if (evaluate(*c, attrs)) return true;
      return false;
    case Node::Kind::Not:
      return !evaluate(*n.children[0], attrs);
    case Node::Kind::In: {
      const std::string* v = resolve(n.lhs, attrs);
      if (!v) return false;
      bool found = false;
      for (const auto& lit : n.values)
        if (compareValues(*v, lit.text) == 0) {
          found = true;
          break;
        }
      return found != n.negated;
    }
    case Node::Kind::Compare: {
      const std::string* a = resolve(n.lhs, attrs);
      const std::string* b = resolve(n.rhs, attrs);
      if (!a || !b) return false;
      int c = compareValues(*a, *b);
      switch (n.op) {
        case CmpOp::Eq: return c == 0;
        case CmpOp::Ne: return c != 0;
        case CmpOp::Lt: return c < 0;
        case CmpOp::Le: return c <= 0;
        case CmpOp::Gt: return c > 0;
        case CmpOp::Ge: return c >= 0;
      }
    }
  }
  return false;
}

}  // namespace

SegmentExpression SegmentExpression::parse(std::string_view text, const std::set<std::string>* knownAttributes) {
  SegmentExpression e;
  e.text_ = std::string(text);
  Parser p(text, knownAttributes, e.attributes_);
  e.root_ = p.parseAll();
  return e;
}

bool SegmentExpression::matches(const UserAttributes& attributes) const {
  return root_ && evaluate(*root_, attributes);
}

}  // namespace reco
