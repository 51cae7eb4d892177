// How an evaluation divides interactions into training and held-out test data, with its text form
// ("stratified-user:0.75", "temporal:0.8", "temporal:@2024-03-01", "leave-last:1", "kfold:5", each optionally
// followed by ",kcore=U[/I]") used on the command line and stored with every run.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

namespace reco {

enum class SplitKind {
  StratifiedUser,  // per user, a random `ratio` of the user's interactions to training
  StratifiedItem,  // per item, a random `ratio` of the item's interactions to training
  Temporal,        // global: the earliest `ratio` of all interactions (or those before `cutoff`) to training
  LeaveLast,       // per user, the latest `leaveOut` interactions held out (users with no more than that keep all)
  KFold,           // per user, interactions dealt at random into `folds` folds; fold `fold` is the test set
};

struct SplitSpec {
  SplitKind kind = SplitKind::StratifiedUser;
  double ratio = 0.75;                 // share to training (stratified, temporal by ratio), in (0, 1)
  std::optional<std::int64_t> cutoff;  // temporal by time: interactions with timestamp < cutoff train
  int leaveOut = 1;                    // leave-last-N
  int folds = 5;                       // k-fold
  int fold = 0;                        // k-fold: the held-out fold, 0-based (the runner iterates over all)
  int minUserInteractions = 0;         // k-core filter applied before splitting (0 = off)
  int minItemInteractions = 0;

  // Parses the text form; throws std::invalid_argument with the reason.
  static SplitSpec parse(const std::string& text);
  // The canonical text form (parse(toString()) gives the same spec; the fold index is not part of it).
  std::string toString() const;
  // Stochastic splits depend on the seed; leave-last and temporal do not.
  bool usesSeed() const { return kind != SplitKind::LeaveLast && kind != SplitKind::Temporal; }
};

}  // namespace reco
