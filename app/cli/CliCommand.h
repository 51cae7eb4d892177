// recoengine-cli's command registry and argument parsing. Each command lives in its own cmd_*.cpp and registers
// itself with a static RegisterCommand object; main.cpp dispatches.
#pragma once

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
  bool flag(const std::string& name) const;
  std::optional<std::string> value(const std::string& name) const;  // last occurrence
  std::vector<std::string> values(const std::string& name) const;   // all occurrences
  std::string valueOr(const std::string& name, const std::string& fallback) const;
  long long intValue(const std::string& name, long long fallback, long long min, long long max) const;
  double doubleValue(const std::string& name, double fallback) const;

 private:
  std::vector<std::string> positionals_;
  std::multimap<std::string, std::string> options_;
  std::vector<std::string> flagsSet_;
};

struct CliCommand {
  std::string name;     // e.g. "import" or "rules export"
  std::string usage;    // one line: arguments and options
  std::string summary;  // one line: what it does
  std::function<int(const std::vector<std::string>& args)> run;  // args after the command name
};

std::vector<CliCommand>& commandRegistry();

struct RegisterCommand {
  explicit RegisterCommand(CliCommand command) { commandRegistry().push_back(std::move(command)); }
};

}  // namespace reco::cli
