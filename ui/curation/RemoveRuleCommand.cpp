#include "ui/curation/RemoveRuleCommand.h"

#include <QCoreApplication>

#include "ui/curation/CurationDocument.h"

RemoveRuleCommand::RemoveRuleCommand(CurationDocument& document, reco::Rule rule)
    : RuleSetCommand(document, QCoreApplication::translate("RemoveRuleCommand", "Remove rule #%1: %2")
                                   .arg(rule.id)
                                   .arg(QString::fromStdString(rule.describe(
                                       [&document](const std::string& id) { return document.itemTitle(id); })))),
      rule_(std::move(rule)) {}

void RemoveRuleCommand::redo() { document_.eraseRule(rule_.id); }
void RemoveRuleCommand::undo() { document_.insertRule(rule_); }
