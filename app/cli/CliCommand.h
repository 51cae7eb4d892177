// recoengine-cli's command registry and argument parsing. Each command lives in its own cmd_*.cpp and registers
// itself with a static RegisterCommand object; main.cpp dispatches.
#pragma once

#include <cstdint>
#include <functional>
#include <map>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

namespace reco::cli {

// A usage error: printed as one line on stderr, exit code 2.
class UsageError : public std::runtime_error {
 public:
  explicit UsageError(const std::string& what) : std::runtime_error(what) {}
};

// Parsed arguments: positionals in order, options by name (without the leading "--"), repeatable.
// Flags listed in `flags` take no value; every other --name takes the next argument (or --name=value).
class Args {
 public:
  Args(const std::vector<std::string>& argv, const std::vector<std::string>& flags,
       const std::vector<std::string>& options);

  const std::vector<std::string>& positionals() const { return positionals_; }
  const std::string& positional(std::size_t i, const std::string& what) const;  // throws UsageError when missing
  // The one positional argument, e.g. what = "PROJECT path"; throws UsageError when there are more or none.
  const std::string& onlyPositional(const std::string& what) const;
  bool flag(const std::string& name) const;
  std::optional<std::string> value(const std::string& name) const;  // last occurrence
  std::vector<std::string> values(const std::string& name) const;   // all occurrences
  std::string valueOr(const std::string& name, const std::string& fallback) const;
  long long intValue(const std::string& name, long long fallback, long long min, long long max) const;
  double doubleValue(const std::string& name, double fallback) const;
  // A UTC time, ISO 8601 such as 2026-03-01T12:00:00Z or Unix seconds (utc::parseLenient), as Unix seconds.
  std::int64_t timeValue(const std::string& name, std::int64_t fallback) const;

 private:
  std::vector<std::string> positionals_;
  std::multimap<std::string, std::string> options_;
  std::vector<std::string> flagsSet_;
};

// What a value is, so that help, the man page and shell completion can say and complete it.
enum class ValueKind {
  None,      // a flag: the option takes no value
  Text,      // free text, a name or an id: nothing to complete
  Number,    // an integer or a number
  Project,   // a project file (*.reco)
  JsonFile,  // a JSON file (*.json)
  Path,      // any file or folder
  Choice,    // one of `choices`
};

// One --option of a command. `help` is one or more sentences; the man page and `help COMMAND` print it as is.
struct CliOption {
  std::string name;                  // without the leading "--", e.g. "algo"
  std::string value;                 // the value's placeholder, e.g. "ALGO"; empty for a flag
  std::string help;
  ValueKind kind = ValueKind::None;
  std::vector<std::string> choices;  // the accepted values when kind == Choice
  bool takesValue() const { return kind != ValueKind::None; }
};

// One positional argument of a command.
struct CliArgument {
  std::string name;  // e.g. "PROJECT"
  std::string help;
  ValueKind kind = ValueKind::Text;
  bool repeatable = false;  // the last argument may be given several times (FILE...)
};

CliOption flagOption(std::string name, std::string help);
CliOption valueOption(std::string name, std::string value, ValueKind kind, std::string help);
CliOption choiceOption(std::string name, std::string value, std::vector<std::string> choices, std::string help);

// A command of recoengine-cli. The registry is the one home of every command's text: `help`, `--help`, the man
// page and the bash completion are all generated from it.
struct CliCommand {
  std::string name;         // e.g. "import" or "rules export" (a group's subcommand)
  std::string usage;        // the synopsis: arguments and options, one line
  std::string summary;      // one line: what it does
  std::string description;  // paragraphs separated by blank lines: what it does in full, what it prints
  std::vector<CliArgument> arguments;
  std::vector<CliOption> options;
  std::function<int(const std::vector<std::string>& args)> run;  // args after the command name

  std::string group() const;       // "rules" for "rules export", empty for a top-level command
  std::string subcommand() const;  // "export" for "rules export", the name for a top-level command
  const CliOption* option(const std::string& name) const;
};

// A command group ("rules"): its subcommands are the commands whose name starts with the group's name.
struct CliGroup {
  std::string name;
  std::string summary;
  std::string description;
};

std::vector<CliCommand>& commandRegistry();
std::vector<CliGroup>& groupRegistry();

// Lookups over the registry.
const CliCommand* findCommand(const std::string& name);
const CliGroup* findGroup(const std::string& name);
std::vector<const CliCommand*> sortedCommands();                           // by name
std::vector<const CliCommand*> groupCommands(const std::string& group);  // a group's subcommands, by name
// The registered name (command, group, or "group subcommand") closest to `word` by edit distance, or empty when
// nothing is reasonably close.
std::string nearestName(const std::string& word, const std::string& group = {});

struct RegisterCommand {
  explicit RegisterCommand(CliCommand command) { commandRegistry().push_back(std::move(command)); }
};

struct RegisterGroup {
  explicit RegisterGroup(CliGroup group) { groupRegistry().push_back(std::move(group)); }
};

}  // namespace reco::cli
