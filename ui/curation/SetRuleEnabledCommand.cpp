#include "ui/curation/SetRuleEnabledCommand.h"

#include <QCoreApplication>

#include "core/curation/Rule.h"
#include "ui/curation/CurationDocument.h"

namespace {
QString describe(const std::vector<reco::Rule>& rules, bool enabled) {
  if (rules.size() == 1)
    return enabled ? QCoreApplication::translate("SetRuleEnabledCommand", "Enable rule #%1").arg(rules.front().id)
                   : QCoreApplication::translate("SetRuleEnabledCommand", "Disable rule #%1").arg(rules.front().id);
  const int n = static_cast<int>(rules.size());
  return enabled ? QCoreApplication::translate("SetRuleEnabledCommand", "Enable %n rule(s)", nullptr, n)
                 : QCoreApplication::translate("SetRuleEnabledCommand", "Disable %n rule(s)", nullptr, n);
}
}  // namespace

SetRuleEnabledCommand::SetRuleEnabledCommand(CurationDocument& document, const std::vector<reco::Rule>& rules,
                                             bool enabled)
    : RuleSetCommand(document, describe(rules, enabled)), enabled_(enabled) {
  for (const auto& r : rules) previous_[r.id] = r.enabled;
}

void SetRuleEnabledCommand::set(bool useNew) {
  std::map<std::int64_t, bool> states;
  for (const auto& [id, before] : previous_) states[id] = useNew ? enabled_ : before;
  document_.setEnabled(states);
}

void SetRuleEnabledCommand::redo() { set(true); }
void SetRuleEnabledCommand::undo() { set(false); }
