// recoengine-cli: the headless front end of RecoEngine's core (import, train, evaluate, recommend, report, rules).
// main() dispatches to the command registry (CliCommand.h) and answers help, --help and --version from it.
#include <algorithm>
#include <cstdio>
#include <exception>
#include <iostream>
#include <string>
#include <vector>

#include "CliCommand.h"
#include "HelpText.h"
#include "core/base/Version.h"
#include "core/kernels/CpuLevel.h"

namespace {

using namespace reco::cli;

bool isHelpWord(const std::string& a) { return a == "--help" || a == "-h"; }

std::string suggestion(const std::string& word, const std::string& group = {}) {
  const std::string near = nearestName(word, group);
  return near.empty() ? std::string() : " (did you mean '" + near + "'?)";
}

std::string subcommandList(const std::string& group) {
  std::string list;
  for (const CliCommand* c : groupCommands(group)) list += (list.empty() ? "" : ", ") + c->subcommand();
  return list;
}

// `recoengine-cli help [COMMAND [SUBCOMMAND]]`.
int runHelp(const std::vector<std::string>& words) {
  if (words.empty()) {
    std::cout << overviewText();
    return 0;
  }
  if (words[0] == "help" && words.size() == 1) {
    std::cout << commandHelpText(helpCommand());
    return 0;
  }
  if (const CliGroup* g = findGroup(words[0])) {
    if (words.size() == 1) {
      std::cout << groupHelpText(*g);
      return 0;
    }
    if (words.size() == 2) {
      if (const CliCommand* c = findCommand(g->name + " " + words[1])) {
        std::cout << commandHelpText(*c);
        return 0;
      }
      std::cerr << kProgramName << " help: unknown " << g->name << " subcommand '" << words[1] << "'"
                << suggestion(words[1], g->name) << "; subcommands: " << subcommandList(g->name) << "\n";
      return 2;
    }
  } else if (const CliCommand* c = findCommand(words[0]); c && words.size() == 1) {
    std::cout << commandHelpText(*c);
    return 0;
  } else if (!c) {
    std::cerr << kProgramName << " help: unknown command '" << words[0] << "'" << suggestion(words[0])
              << " (" << kProgramName << " --help lists every command)\n";
    return 2;
  }
  std::cerr << kProgramName << " help: unexpected argument '" << words.back() << "' (usage: " << kProgramName
            << " help " << helpCommand().usage << ")\n";
  return 2;
}

// True when --help or -h appears among a command's arguments as an option (not as the value of one).
bool asksForHelp(const CliCommand& command, const std::vector<std::string>& rest) {
  for (std::size_t i = 0; i < rest.size(); ++i) {
    if (isHelpWord(rest[i])) return true;
    if (rest[i].rfind("--", 0) == 0 && rest[i].find('=') == std::string::npos)
      if (const CliOption* o = command.option(rest[i].substr(2)); o && o->takesValue()) ++i;
  }
  return false;
}

// Every --option given must be one the registry documents, so that help always lists what a command accepts.
void checkDocumentedOptions(const CliCommand& command, const std::vector<std::string>& rest) {
  for (std::size_t i = 0; i < rest.size(); ++i) {
    const std::string& a = rest[i];
    if (a.size() <= 2 || a.rfind("--", 0) != 0) continue;
    const std::string name = a.substr(2, a.find('=') == std::string::npos ? std::string::npos : a.find('=') - 2);
    const CliOption* o = command.option(name);
    if (!o) throw UsageError("unknown option --" + name);
    if (o->takesValue() && a.find('=') == std::string::npos) ++i;
  }
}

}  // namespace

int main(int argc, char** argv) {
  std::vector<std::string> args(argv + 1, argv + argc);
  if (args.empty()) {
    std::cerr << kProgramName << ": missing COMMAND (" << kProgramName << " --help lists every command)\n";
    return 2;
  }
  if (isHelpWord(args[0])) {
    std::cout << overviewText();
    return 0;
  }
  if (args[0] == "--version") {
    std::cout << reco::versionBanner(kProgramName) << reco::cpuKernelsDescription() << "\n";
    return 0;
  }
  if (args[0] == "help") {
    std::vector<std::string> words(args.begin() + 1, args.end());
    if (std::any_of(words.begin(), words.end(), isHelpWord)) words = {"help"};
    return runHelp(words);
  }
  if (args[0].rfind("-", 0) == 0) {
    std::cerr << kProgramName << ": unknown option '" << args[0] << "' (" << kProgramName
              << " --help lists every command)\n";
    return 2;
  }
  const CliCommand* match = nullptr;
  std::size_t consumed = 1;
  if (const CliGroup* g = findGroup(args[0])) {
    if (args.size() < 2) {
      std::cerr << kProgramName << " " << g->name << ": missing subcommand (" << subcommandList(g->name) << "; "
                << kProgramName << " help " << g->name << " describes them)\n";
      return 2;
    }
    if (isHelpWord(args[1])) {
      std::cout << groupHelpText(*g);
      return 0;
    }
    match = findCommand(g->name + " " + args[1]);
    if (!match) {
      std::cerr << kProgramName << " " << g->name << ": unknown subcommand '" << args[1] << "'"
                << suggestion(args[1], g->name) << "; subcommands: " << subcommandList(g->name) << "\n";
      return 2;
    }
    consumed = 2;
  } else {
    match = findCommand(args[0]);
  }
  if (!match) {
    std::cerr << kProgramName << ": unknown command '" << args[0] << "'" << suggestion(args[0]) << " ("
              << kProgramName << " --help lists every command)\n";
    return 2;
  }
  std::vector<std::string> rest(args.begin() + static_cast<std::ptrdiff_t>(consumed), args.end());
  if (asksForHelp(*match, rest)) {
    std::cout << commandHelpText(*match);
    return 0;
  }
  try {
    checkDocumentedOptions(*match, rest);
    return match->run(rest);
  } catch (const UsageError& e) {
    std::cerr << kProgramName << " " << match->name << ": " << e.what() << " (usage: " << kProgramName << " "
              << match->name << " " << match->usage << ")\n";
    return 2;
  } catch (const std::exception& e) {
    std::cerr << kProgramName << " " << match->name << ": " << e.what() << "\n";
    return 1;
  }
}
