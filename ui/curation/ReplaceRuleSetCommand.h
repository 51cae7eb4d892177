// Undoable edit: replace the whole working rule set (restoring a version, importing a file).
#pragma once

#include "core/curation/RuleSet.h"
#include "ui/curation/RuleSetCommand.h"

class ReplaceRuleSetCommand : public RuleSetCommand {
 public:
  ReplaceRuleSetCommand(CurationDocument& document, reco::RuleSet before, reco::RuleSet after, const QString& text);
  void redo() override;
  void undo() override;

 private:
  reco::RuleSet before_;
  reco::RuleSet after_;
};
