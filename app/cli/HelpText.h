// The text of recoengine-cli's help, formatted from the command registry: the overview (--help), one command
// (help COMMAND, COMMAND --help) and one group (help rules). The man page and the completion use the same registry.
#pragma once

#include <string>
#include <vector>

#include "CliCommand.h"

namespace reco::cli {

inline constexpr const char* kProgramName = "recoengine-cli";

// What recoengine-cli does, one paragraph (the man page's DESCRIPTION opens with it).
std::string programDescription();
// The options understood before any command: --help and --version.
std::vector<CliOption> globalOptions();
// The built-in `help` command, described like a registered one (it is not in the registry: it reads it).
const CliCommand& helpCommand();

std::string overviewText();
std::string commandHelpText(const CliCommand& command);
std::string groupHelpText(const CliGroup& group);

// "--algo ALGO" or "--json"; arguments print as their name ("FILE..." when repeatable).
std::string optionSignature(const CliOption& option);
std::string argumentSignature(const CliArgument& argument);
// An option's help with the accepted values appended for a choice ("Values: a, b, c.").
std::string optionHelp(const CliOption& option);
// A description's paragraphs (separated by a blank line), for help text and man pages alike.
std::vector<std::string> paragraphs(const std::string& text);
// Words wrapped to `width` columns; every line after the first starts with `indent` spaces.
std::string wrapText(const std::string& text, std::size_t indent, std::size_t width, std::size_t firstColumn = 0);

}  // namespace reco::cli
