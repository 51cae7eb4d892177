#include "ui/curation/ReplaceRuleSetCommand.h"

#include "ui/curation/CurationDocument.h"

ReplaceRuleSetCommand::ReplaceRuleSetCommand(CurationDocument& document, reco::RuleSet before, reco::RuleSet after,
                                             const QString& text)
    : RuleSetCommand(document, text), before_(std::move(before)), after_(std::move(after)) {}

void ReplaceRuleSetCommand::redo() { document_.replaceAll(after_); }
void ReplaceRuleSetCommand::undo() { document_.replaceAll(before_); }
