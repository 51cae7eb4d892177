#include "CliCommand.h"

#include <algorithm>
#include <cerrno>
#include <cstdlib>

namespace reco::cli {

std::vector<CliCommand>& commandRegistry() {
  static std::vector<CliCommand> registry;
  return registry;
}

Args::Args(const std::vector<std::string>& argv, const std::vector<std::string>& flags,
           const std::vector<std::string>& options) {
  auto known = [&](const std::vector<std::string>& list, const std::string& n) {
    return std::find(list.begin(), list.end(), n) != list.end();
  };
  for (std::size_t i = 0; i < argv.size(); ++i) {
    const std::string& a = argv[i];
    if (a.size() > 2 && a.rfind("--", 0) == 0) {
      std::string name = a.substr(2);
      std::optional<std::string> inlineValue;
      if (auto eq = name.find('='); eq != std::string::npos) {
        inlineValue = name.substr(eq + 1);
        name = name.substr(0, eq);
      }
      if (known(flags, name)) {
        if (inlineValue) throw UsageError("option --" + name + " takes no value");
        flagsSet_.push_back(name);
      } else if (known(options, name)) {
        if (inlineValue) {
          options_.emplace(name, *inlineValue);
        } else {
          if (i + 1 >= argv.size()) throw UsageError("option --" + name + " needs a value");
          options_.emplace(name, argv[++i]);
        }
      } else {
        throw UsageError("unknown option --" + name);
      }
    } else {
      positionals_.push_back(a);
    }
  }
}

const std::string& Args::positional(std::size_t i, const std::string& what) const {
  if (i >= positionals_.size()) throw UsageError("missing " + what);
  return positionals_[i];
}

bool Args::flag(const std::string& name) const {
  return std::find(flagsSet_.begin(), flagsSet_.end(), name) != flagsSet_.end();
}

std::optional<std::string> Args::value(const std::string& name) const {
  std::optional<std::string> v;
  auto [b, e] = options_.equal_range(name);
  for (auto it = b; it != e; ++it) v = it->second;
  return v;
}

std::vector<std::string> Args::values(const std::string& name) const {
  std::vector<std::string> out;
  auto [b, e] = options_.equal_range(name);
  for (auto it = b; it != e; ++it) out.push_back(it->second);
  return out;
}

std::string Args::valueOr(const std::string& name, const std::string& fallback) const {
  auto v = value(name);
  return v ? *v : fallback;
}

long long Args::intValue(const std::string& name, long long fallback, long long min, long long max) const {
  auto v = value(name);
  if (!v) return fallback;
  errno = 0;
  char* end = nullptr;
  long long x = std::strtoll(v->c_str(), &end, 10);
  if (v->empty() || *end != '\0' || errno == ERANGE)
    throw UsageError("--" + name + " expects an integer, got '" + *v + "'");
  if (x < min || x > max)
    throw UsageError("--" + name + " must be between " + std::to_string(min) + " and " + std::to_string(max) +
                     ", got " + *v);
  return x;
}

double Args::doubleValue(const std::string& name, double fallback) const {
  auto v = value(name);
  if (!v) return fallback;
  char* end = nullptr;
  double x = std::strtod(v->c_str(), &end);
  if (v->empty() || *end != '\0') throw UsageError("--" + name + " expects a number, got '" + *v + "'");
  return x;
}

}  // namespace reco::cli
