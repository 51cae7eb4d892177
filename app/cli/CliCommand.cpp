#include "CliCommand.h"

#include <algorithm>
#include <cerrno>
#include <cstdlib>

#include "core/base/Time.h"

namespace reco::cli {

std::vector<CliCommand>& commandRegistry() {
  static std::vector<CliCommand> registry;
  return registry;
}

std::vector<CliGroup>& groupRegistry() {
  static std::vector<CliGroup> registry;
  return registry;
}

CliOption flagOption(std::string name, std::string help) {
  return CliOption{std::move(name), {}, std::move(help), ValueKind::None, {}};
}

CliOption valueOption(std::string name, std::string value, ValueKind kind, std::string help) {
  return CliOption{std::move(name), std::move(value), std::move(help), kind, {}};
}

CliOption choiceOption(std::string name, std::string value, std::vector<std::string> choices, std::string help) {
  return CliOption{std::move(name), std::move(value), std::move(help), ValueKind::Choice, std::move(choices)};
}

std::string CliCommand::group() const {
  auto space = name.find(' ');
  return space == std::string::npos ? std::string() : name.substr(0, space);
}

std::string CliCommand::subcommand() const {
  auto space = name.find(' ');
  return space == std::string::npos ? name : name.substr(space + 1);
}

const CliOption* CliCommand::option(const std::string& optionName) const {
  for (const auto& o : options)
    if (o.name == optionName) return &o;
  return nullptr;
}

const CliCommand* findCommand(const std::string& name) {
  for (const auto& c : commandRegistry())
    if (c.name == name) return &c;
  return nullptr;
}

const CliGroup* findGroup(const std::string& name) {
  for (const auto& g : groupRegistry())
    if (g.name == name) return &g;
  return nullptr;
}

std::vector<const CliCommand*> sortedCommands() {
  std::vector<const CliCommand*> out;
  for (const auto& c : commandRegistry()) out.push_back(&c);
  std::sort(out.begin(), out.end(), [](const CliCommand* a, const CliCommand* b) { return a->name < b->name; });
  return out;
}

std::vector<const CliCommand*> groupCommands(const std::string& group) {
  std::vector<const CliCommand*> out;
  for (const CliCommand* c : sortedCommands())
    if (c->group() == group) out.push_back(c);
  return out;
}

namespace {

std::size_t editDistance(const std::string& a, const std::string& b) {
  std::vector<std::size_t> row(b.size() + 1);
  for (std::size_t j = 0; j <= b.size(); ++j) row[j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    std::size_t diagonal = row[0];
    row[0] = i;
    for (std::size_t j = 1; j <= b.size(); ++j) {
      const std::size_t above = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
      diagonal = above;
    }
  }
  return row[b.size()];
}

}  // namespace

std::string nearestName(const std::string& word, const std::string& group) {
  // Candidates: the group's subcommands when a group is given, else top-level commands and groups.
  std::vector<std::string> candidates;
  for (const auto& c : commandRegistry()) {
    if (c.group() == group) candidates.push_back(group.empty() ? c.name : c.subcommand());
  }
  if (group.empty())
    for (const auto& g : groupRegistry()) candidates.push_back(g.name);
  std::string best;
  std::size_t bestDistance = std::string::npos;
  for (const auto& c : candidates) {
    std::size_t d = editDistance(word, c);
    // A prefix ("eval" for "evaluate") is as good as a near miss.
    if (c.rfind(word, 0) == 0 && !word.empty()) d = std::min<std::size_t>(d, 1);
    if (d < bestDistance || (d == bestDistance && c < best)) {
      best = c;
      bestDistance = d;
    }
  }
  // Far-off words get no suggestion: at most about half of the word may differ.
  if (best.empty() || bestDistance > std::max<std::size_t>(2, word.size() / 2)) return {};
  return group.empty() ? best : group + " " + best;
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

const std::string& Args::onlyPositional(const std::string& what) const {
  if (positionals_.size() > 1)
    throw UsageError("expected one " + what + ", got " + std::to_string(positionals_.size()));
  return positional(0, what);
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

std::int64_t Args::timeValue(const std::string& name, std::int64_t fallback) const {
  auto v = value(name);
  if (!v) return fallback;
  auto t = utc::parseLenient(*v);
  if (!t) throw UsageError("--" + name + " expects a UTC time like 2026-03-01T12:00:00Z (or Unix seconds), got '" + *v + "'");
  return *t;
}

}  // namespace reco::cli
