#include "ui/curation/RemoveSegmentCommand.h"

#include <QCoreApplication>

#include "ui/curation/CurationDocument.h"

RemoveSegmentCommand::RemoveSegmentCommand(CurationDocument& document, reco::Segment segment)
    : RuleSetCommand(document, QCoreApplication::translate("RemoveSegmentCommand", "Remove segment '%1'")
                                   .arg(QString::fromStdString(segment.name()))),
      segment_(std::move(segment)) {}

void RemoveSegmentCommand::redo() { document_.eraseSegment(segment_.name()); }
void RemoveSegmentCommand::undo() { document_.insertSegment(segment_); }
