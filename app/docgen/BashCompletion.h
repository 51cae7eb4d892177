// The bash completion script of recoengine-cli, written from the command registry: commands, rules subcommands,
// each command's options, choice values, and files by kind (*.reco projects, *.json rule sets, any path).
#pragma once

#include <string>

namespace reco::docgen {

std::string bashCompletion();

}  // namespace reco::docgen
