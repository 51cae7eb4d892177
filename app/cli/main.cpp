// recoengine-cli: the headless front end of RecoEngine's core (import, train, evaluate, recommend, report, rules).
#include <algorithm>
#include <cstdio>
#include <exception>
#include <iostream>
#include <string>
#include <vector>

#include "CliCommand.h"
#include "core/base/Version.h"

namespace {

void printUsage(std::ostream& out) {
  using reco::cli::commandRegistry;
  auto commands = commandRegistry();
  std::sort(commands.begin(), commands.end(), [](const auto& a, const auto& b) { return a.name < b.name; });
  out << "usage: recoengine-cli COMMAND [ARGS...]\n\ncommands:\n";
  for (const auto& c : commands) out << "  " << c.name << " " << c.usage << "\n      " << c.summary << "\n";
  out << "\nrecoengine-cli help COMMAND shows one command's usage.\n";
}

}  // namespace

int main(int argc, char** argv) {
  using namespace reco::cli;
  std::vector<std::string> args(argv + 1, argv + argc);
  if (args.empty() || args[0] == "--help" || args[0] == "-h" || args[0] == "help") {
    if (args.size() >= 2 && args[0] == "help") {
      for (const auto& c : commandRegistry())
        if (c.name == args[1] || (args.size() >= 3 && c.name == args[1] + " " + args[2])) {
          std::cout << "usage: recoengine-cli " << c.name << " " << c.usage << "\n" << c.summary << "\n";
          return 0;
        }
      std::cerr << "recoengine-cli: unknown command '" << args[1] << "'\n";
      return 2;
    }
    printUsage(args.empty() ? std::cerr : std::cout);
    return args.empty() ? 2 : 0;
  }
  if (args[0] == "--version") {
    std::cout << reco::versionBanner("recoengine-cli");
    return 0;
  }
  // Two-word commands ("rules export") win over one-word ones.
  const CliCommand* match = nullptr;
  std::size_t consumed = 0;
  for (const auto& c : commandRegistry()) {
    if (args.size() >= 2 && c.name == args[0] + " " + args[1]) {
      match = &c;
      consumed = 2;
      break;
    }
  }
  if (!match)
    for (const auto& c : commandRegistry())
      if (c.name == args[0]) {
        match = &c;
        consumed = 1;
        break;
      }
  if (!match) {
    std::cerr << "recoengine-cli: unknown command '" << args[0] << "' (try recoengine-cli --help)\n";
    return 2;
  }
  std::vector<std::string> rest(args.begin() + static_cast<std::ptrdiff_t>(consumed), args.end());
  try {
    return match->run(rest);
  } catch (const UsageError& e) {
    std::cerr << "recoengine-cli " << match->name << ": " << e.what() << " (usage: recoengine-cli " << match->name
              << " " << match->usage << ")\n";
    return 2;
  } catch (const std::exception& e) {
    std::cerr << "recoengine-cli " << match->name << ": " << e.what() << "\n";
    return 1;
  }
}
