#include "ui/curation/AddSegmentCommand.h"

#include <QCoreApplication>

#include "ui/curation/CurationDocument.h"

AddSegmentCommand::AddSegmentCommand(CurationDocument& document, reco::Segment segment)
    : RuleSetCommand(document, QCoreApplication::translate("AddSegmentCommand", "Add segment '%1'")
                                   .arg(QString::fromStdString(segment.name()))),
      segment_(std::move(segment)) {}

void AddSegmentCommand::redo() { document_.insertSegment(segment_); }
void AddSegmentCommand::undo() { document_.eraseSegment(segment_.name()); }
