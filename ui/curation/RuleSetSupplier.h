// How the Curation workspace's side pages (preview, impact) read the rule set they work on: called on the GUI
// thread each time a run starts, so a run sees the working rule set with its unsaved edits; and how they learn a
// segment's size (to warn at segments too small to judge by).
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <string>

#include "core/curation/RuleSet.h"

using RuleSetSupplier = std::function<reco::RuleSet()>;
// The member count of a segment from the workspace's census; nullopt while counting or for an unknown name.
using SegmentSizeSupplier = std::function<std::optional<std::int64_t>(const std::string& segment)>;
