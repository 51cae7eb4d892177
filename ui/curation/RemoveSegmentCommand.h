// Undoable edit: remove a user segment that no rule uses (the workspace removes its rules first, in one macro).
#pragma once

#include "core/curation/Segment.h"
#include "ui/curation/RuleSetCommand.h"

class RemoveSegmentCommand : public RuleSetCommand {
 public:
  RemoveSegmentCommand(CurationDocument& document, reco::Segment segment);
  void redo() override;
  void undo() override;

 private:
  reco::Segment segment_;
};
