#include "ui/curation/EditSegmentCommand.h"

#include <QCoreApplication>

#include "ui/curation/CurationDocument.h"

namespace {
QString describe(const reco::Segment& before, const reco::Segment& after) {
  if (before.name() != after.name())
    return QCoreApplication::translate("EditSegmentCommand", "Rename segment '%1' to '%2'")
        .arg(QString::fromStdString(before.name()), QString::fromStdString(after.name()));
  return QCoreApplication::translate("EditSegmentCommand", "Edit segment '%1'").arg(QString::fromStdString(after.name()));
}
}  // namespace

EditSegmentCommand::EditSegmentCommand(CurationDocument& document, reco::Segment before, reco::Segment after)
    : RuleSetCommand(document, describe(before, after)), before_(std::move(before)), after_(std::move(after)) {}

void EditSegmentCommand::redo() { document_.replaceSegment(before_.name(), after_); }
void EditSegmentCommand::undo() { document_.replaceSegment(after_.name(), before_); }
