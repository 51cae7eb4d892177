// Undoable edit: remove one rule from the working rule set (undo puts it back unchanged).
#pragma once

#include "core/curation/Rule.h"
#include "ui/curation/RuleSetCommand.h"

class RemoveRuleCommand : public RuleSetCommand {
 public:
  RemoveRuleCommand(CurationDocument& document, reco::Rule rule);
  void redo() override;
  void undo() override;

 private:
  reco::Rule rule_;
};
