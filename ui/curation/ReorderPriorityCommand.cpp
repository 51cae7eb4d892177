#include "ui/curation/ReorderPriorityCommand.h"

#include "ui/curation/CurationDocument.h"

ReorderPriorityCommand::ReorderPriorityCommand(CurationDocument& document, std::map<std::int64_t, int> priorities,
                                               const QString& text)
    : RuleSetCommand(document, text), after_(std::move(priorities)) {
  for (const auto& [id, p] : after_)
    if (const reco::Rule* r = document.ruleSet().findRule(id)) before_[id] = r->priority;
}

void ReorderPriorityCommand::redo() { document_.setPriorities(after_); }
void ReorderPriorityCommand::undo() { document_.setPriorities(before_); }
