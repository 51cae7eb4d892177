#include "ui/curation/SetRuleFieldCommand.h"

#include <QCoreApplication>

#include "ui/curation/CurationDocument.h"

SetRuleFieldCommand::SetRuleFieldCommand(CurationDocument& document, reco::Rule before, reco::Rule after, int field,
                                         const QString& fieldName)
    : RuleSetCommand(document, QCoreApplication::translate("SetRuleFieldCommand", "Rule #%1: change %2")
                                   .arg(after.id)
                                   .arg(fieldName)),
      before_(std::move(before)),
      after_(std::move(after)),
      field_(field) {}

void SetRuleFieldCommand::redo() { document_.replaceRule(after_); }
void SetRuleFieldCommand::undo() { document_.replaceRule(before_); }

bool SetRuleFieldCommand::mergeWith(const QUndoCommand* other) {
  const auto* next = dynamic_cast<const SetRuleFieldCommand*>(other);
  if (!next || next->field_ != field_ || next->after_.id != after_.id || !(next->before_ == after_)) return false;
  after_ = next->after_;
  return true;
}
