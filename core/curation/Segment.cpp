#include "core/curation/Segment.h"

#include <algorithm>

namespace reco {

Segment Segment::withExpression(std::string name, const std::string& expression,
                                const std::set<std::string>* knownAttributes) {
  Segment s;
  s.name_ = std::move(name);
  s.expression_ = SegmentExpression::parse(expression, knownAttributes);
  return s;
}

Segment Segment::withUserIds(std::string name, std::vector<std::string> userIds) {
  Segment s;
  s.name_ = std::move(name);
  std::sort(userIds.begin(), userIds.end());
  userIds.erase(std::unique(userIds.begin(), userIds.end()), userIds.end());
  s.userIds_ = std::move(userIds);
  return s;
}

Segment Segment::allUsers() {
  Segment s;
  s.name_ = kAllUsers;
  s.allUsers_ = true;
  return s;
}

const std::string& Segment::expressionText() const {
  static const std::string kEmpty;
  return expression_ ? expression_->text() : kEmpty;
}

bool Segment::contains(const std::string& userId, const UserAttributes& attributes) const {
  if (allUsers_) return true;
  if (expression_) return expression_->matches(attributes);
  return std::binary_search(userIds_.begin(), userIds_.end(), userId);
}

bool Segment::operator==(const Segment& o) const {
  return name_ == o.name_ && allUsers_ == o.allUsers_ && expression_.has_value() == o.expression_.has_value() &&
         expressionText() == o.expressionText() && userIds_ == o.userIds_ && note == o.note;
}

}  // namespace reco
