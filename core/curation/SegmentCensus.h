// Counts a population of users into the segments of a rule set: members per segment, a sample of each, and the
// pairwise overlaps the linter needs. Fed one user at a time, so it never holds the population in memory.
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "core/curation/RuleSet.h"

namespace reco {

class SegmentCensus {
 public:
  // Census of `segments` plus the built-in "all users".
  explicit SegmentCensus(const std::vector<Segment>& segments, std::size_t sampleSize = 10);

  void addUser(const std::string& userId, const UserAttributes& attributes);

  std::int64_t users() const { return users_; }
  bool knows(const std::string& segment) const { return index_.count(segment) > 0; }
  // Members of a segment; 0 for unknown names.
  std::int64_t members(const std::string& segment) const;
  // Users in both segments.
  std::int64_t overlap(const std::string& a, const std::string& b) const;
  // The first `sampleSize` members in the order users were added.
  const std::vector<std::string>& sample(const std::string& segment) const;

 private:
  std::vector<Segment> segments_;  // [0] = all users
  std::map<std::string, std::size_t> index_;
  std::vector<std::int64_t> overlap_;  // S x S, diagonal = members
  std::vector<std::vector<std::string>> samples_;
  std::vector<std::size_t> scratch_;
  std::size_t sampleSize_;
  std::int64_t users_ = 0;
};

}  // namespace reco
