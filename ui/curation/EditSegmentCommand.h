// Undoable edit: change a segment's name, definition (expression or user-id list) or note. A rename carries the
// segment's rules along, and undo carries them back.
#pragma once

#include "core/curation/Segment.h"
#include "ui/curation/RuleSetCommand.h"

class EditSegmentCommand : public RuleSetCommand {
 public:
  EditSegmentCommand(CurationDocument& document, reco::Segment before, reco::Segment after);
  void redo() override;
  void undo() override;

 private:
  reco::Segment before_;
  reco::Segment after_;
};
