#include "core/curation/SegmentCensus.h"

namespace reco {

SegmentCensus::SegmentCensus(const std::vector<Segment>& segments, std::size_t sampleSize) : sampleSize_(sampleSize) {
  segments_.push_back(Segment::allUsers());
  for (const auto& s : segments) segments_.push_back(s);
  for (std::size_t i = 0; i < segments_.size(); ++i) index_.emplace(segments_[i].name(), i);
  overlap_.assign(segments_.size() * segments_.size(), 0);
  samples_.resize(segments_.size());
}

void SegmentCensus::addUser(const std::string& userId, const UserAttributes& attributes) {
  ++users_;
  scratch_.clear();
  for (std::size_t i = 0; i < segments_.size(); ++i)
    if (segments_[i].contains(userId, attributes)) {
      scratch_.push_back(i);
      if (samples_[i].size() < sampleSize_) samples_[i].push_back(userId);
    }
  const std::size_t s = segments_.size();
  for (std::size_t a : scratch_)
    for (std::size_t b : scratch_) ++overlap_[a * s + b];
}

std::int64_t SegmentCensus::members(const std::string& segment) const { return overlap(segment, segment); }

std::int64_t SegmentCensus::overlap(const std::string& a, const std::string& b) const {
  auto ia = index_.find(a), ib = index_.find(b);
  if (ia == index_.end() || ib == index_.end()) return 0;
  return overlap_[ia->second * segments_.size() + ib->second];
}

const std::vector<std::string>& SegmentCensus::sample(const std::string& segment) const {
  static const std::vector<std::string> kNone;
  auto it = index_.find(segment);
  return it == index_.end() ? kNone : samples_[it->second];
}

}  // namespace reco
