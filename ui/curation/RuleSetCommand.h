// The base of the Curation editor's undo commands: each edit kind is a subclass that changes the document only
// through CurationDocument's primitives, so undo restores exactly the previous rule set.
#pragma once

#include <QUndoCommand>

class CurationDocument;

class RuleSetCommand : public QUndoCommand {
 public:
  // Ids for QUndoCommand::id(); commands that never merge return -1.
  enum MergeId { SetRuleFieldId = 1 };

  RuleSetCommand(CurationDocument& document, const QString& text) : QUndoCommand(text), document_(document) {}

 protected:
  CurationDocument& document_;
};
