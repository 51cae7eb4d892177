// recoengine-cli recommend --all-users: every user's curated top N streamed to a CSV or JSON-lines file.
#pragma once

#include "CliCommand.h"

namespace reco::cli {

// Runs `recommend PROJECT --all-users ...` with the arguments runRecommend parsed.
int runRecommendAllUsers(const Args& args);

}  // namespace reco::cli
