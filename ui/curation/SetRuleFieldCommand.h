// Undoable edit: change one field (one table cell) of a rule. Consecutive edits of the same cell merge into one
// step, so typing a note or spinning a factor is undone at once.
#pragma once

#include "core/curation/Rule.h"
#include "ui/curation/RuleSetCommand.h"

class SetRuleFieldCommand : public RuleSetCommand {
 public:
  // `field` names the cell (a RulesTableModel column); `before` and `after` are the whole rule.
  SetRuleFieldCommand(CurationDocument& document, reco::Rule before, reco::Rule after, int field,
                      const QString& fieldName);
  void redo() override;
  void undo() override;
  int id() const override { return SetRuleFieldId; }
  bool mergeWith(const QUndoCommand* other) override;

 private:
  reco::Rule before_;
  reco::Rule after_;
  int field_;
};
