// Undoable edit: add one rule to the working rule set.
#pragma once

#include "core/curation/Rule.h"
#include "ui/curation/RuleSetCommand.h"

class AddRuleCommand : public RuleSetCommand {
 public:
  AddRuleCommand(CurationDocument& document, reco::Rule rule);
  void redo() override;
  void undo() override;
  const reco::Rule& rule() const { return rule_; }

 private:
  reco::Rule rule_;
};
