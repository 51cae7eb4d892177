// How the Curation workspace's side pages (preview, impact) read the rule set they work on: called on the GUI
// thread each time a run starts, so a run sees the working rule set with its unsaved edits.
#pragma once

#include <functional>

#include "core/curation/RuleSet.h"

using RuleSetSupplier = std::function<reco::RuleSet()>;
