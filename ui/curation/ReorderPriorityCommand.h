// Undoable edit: new priorities for some rules (moving a rule up or down in its segment's order).
#pragma once

#include <cstdint>
#include <map>

#include "ui/curation/RuleSetCommand.h"

class ReorderPriorityCommand : public RuleSetCommand {
 public:
  // `priorities`: rule id -> new priority (from reco::RuleEdits::movePriority); the current ones are remembered.
  ReorderPriorityCommand(CurationDocument& document, std::map<std::int64_t, int> priorities, const QString& text);
  void redo() override;
  void undo() override;

 private:
  std::map<std::int64_t, int> after_;
  std::map<std::int64_t, int> before_;
};
