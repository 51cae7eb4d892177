// Reads a project's users as attribute maps for segments: the users table's columns (country, device, age_band,
// gender, occupation, is_new) plus every key of user_attributes. Streams, so large populations stay cheap.
#pragma once

#include <cstdint>
#include <functional>
#include <set>
#include <string>
#include <vector>

#include "core/curation/SegmentCensus.h"
#include "core/curation/SegmentExpression.h"
#include "core/storage/Project.h"

namespace reco {

struct SegmentMembers {
  std::int64_t count = 0;
  std::int64_t population = 0;
  std::vector<std::string> sample;  // user ext_ids, in id order
};

class UserDirectory {
 public:
  explicit UserDirectory(Project& project) : project_(project) {}

  // Attribute names a segment expression may use: the users columns and the keys present in user_attributes.
  std::set<std::string> knownAttributes();
  // Calls `visit(extId, attributes)` for every user in id order. Absent (NULL) columns are left out of the map.
  void forEachUser(const std::function<void(const std::string&, const UserAttributes&)>& visit);
  // One user's attributes; throws std::runtime_error naming the id when there is no such user.
  UserAttributes attributesOf(const std::string& extId);
  // Member count and a sample of a segment.
  SegmentMembers members(const Segment& segment, std::size_t sampleSize = 10);
  // A census of all users over the given segments (for the linter and the editor's member counts).
  SegmentCensus census(const std::vector<Segment>& segments, std::size_t sampleSize = 10);

  static const std::vector<std::string>& columnAttributes();

 private:
  Project& project_;
};

}  // namespace reco
