// Undoable edit: enable or disable one or more rules.
#pragma once

#include <cstdint>
#include <map>
#include <vector>

#include "ui/curation/RuleSetCommand.h"

namespace reco {
struct Rule;
}

class SetRuleEnabledCommand : public RuleSetCommand {
 public:
  SetRuleEnabledCommand(CurationDocument& document, const std::vector<reco::Rule>& rules, bool enabled);
  void redo() override;
  void undo() override;

 private:
  void set(bool useNew);
  std::map<std::int64_t, bool> previous_;  // rule id -> enabled before
  bool enabled_;
};
