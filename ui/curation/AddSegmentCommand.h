// Undoable edit: add a user segment.
#pragma once

#include "core/curation/Segment.h"
#include "ui/curation/RuleSetCommand.h"

class AddSegmentCommand : public RuleSetCommand {
 public:
  AddSegmentCommand(CurationDocument& document, reco::Segment segment);
  void redo() override;
  void undo() override;

 private:
  reco::Segment segment_;
};
