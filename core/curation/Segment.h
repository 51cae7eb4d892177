// A user segment: a name plus either a boolean expression over user attributes or an explicit list of user ids.
// The built-in segment "all users" contains everyone and is never stored.
#pragma once

#include <optional>
#include <set>
#include <string>
#include <vector>

#include "core/curation/SegmentExpression.h"

namespace reco {

class Segment {
 public:
  static constexpr const char* kAllUsers = "all users";

  Segment() = default;
  // Throws ExpressionError when the expression does not parse (or names an attribute outside knownAttributes).
  static Segment withExpression(std::string name, const std::string& expression,
                                const std::set<std::string>* knownAttributes = nullptr);
  static Segment withUserIds(std::string name, std::vector<std::string> userIds);  // sorted and deduplicated
  static Segment allUsers();

  const std::string& name() const { return name_; }
  bool isAllUsers() const { return allUsers_; }
  bool hasExpression() const { return expression_.has_value(); }
  const std::string& expressionText() const;  // empty for list segments
  const SegmentExpression* expression() const { return expression_ ? &*expression_ : nullptr; }
  const std::vector<std::string>& userIds() const { return userIds_; }
  std::string note;

  bool contains(const std::string& userId, const UserAttributes& attributes) const;
  bool operator==(const Segment& o) const;

 private:
  std::string name_;
  bool allUsers_ = false;
  std::optional<SegmentExpression> expression_;
  std::vector<std::string> userIds_;
};

}  // namespace reco
