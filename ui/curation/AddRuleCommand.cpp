#include "ui/curation/AddRuleCommand.h"

#include <QCoreApplication>

#include "ui/curation/CurationDocument.h"

AddRuleCommand::AddRuleCommand(CurationDocument& document, reco::Rule rule)
    : RuleSetCommand(document, QCoreApplication::translate("AddRuleCommand", "Add rule #%1: %2")
                                   .arg(rule.id)
                                   .arg(QString::fromStdString(rule.describe(
                                       [&document](const std::string& id) { return document.itemTitle(id); })))),
      rule_(std::move(rule)) {}

void AddRuleCommand::redo() { document_.insertRule(rule_); }
void AddRuleCommand::undo() { document_.eraseRule(rule_.id); }
