#include "core/evaluation/SplitSpec.h"

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <stdexcept>

#include "core/base/Time.h"

namespace reco {

namespace {

double parseRatio(const std::string& s, const std::string& text) {
  char* end = nullptr;
  double v = std::strtod(s.c_str(), &end);
  if (s.empty() || *end != '\0' || !(v > 0.0 && v < 1.0))
    throw std::invalid_argument("split '" + text + "': ratio must be a number between 0 and 1 (exclusive), got '" +
                                s + "'");
  return v;
}

int parseCount(const std::string& s, const std::string& text, const std::string& what, int min) {
  errno = 0;
  char* end = nullptr;
  long v = std::strtol(s.c_str(), &end, 10);
  if (s.empty() || *end != '\0' || errno == ERANGE || v < min || v > 1000000)
    throw std::invalid_argument("split '" + text + "': " + what + " must be an integer >= " + std::to_string(min) +
                                ", got '" + s + "'");
  return static_cast<int>(v);
}

// "@1704067200" (Unix seconds) or "@2024-03-01" (UTC midnight).
std::int64_t parseCutoff(const std::string& s, const std::string& text) {
  if (s.size() >= 5 && s[4] == '-') {  // a date: numbers never have a '-' there
    try {
      return parseDay(s) * 86400;
    } catch (const std::invalid_argument& e) {
      throw std::invalid_argument("split '" + text + "': bad date: " + e.what());
    }
  }
  errno = 0;
  char* end = nullptr;
  long long v = std::strtoll(s.c_str(), &end, 10);
  if (s.empty() || *end != '\0' || errno == ERANGE)
    throw std::invalid_argument("split '" + text + "': cut-off must be @UNIX_SECONDS or @YYYY-MM-DD, got '@" + s +
                                "'");
  return v;
}

std::string formatRatio(double r) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%g", r);
  return buf;
}

}  // namespace

SplitSpec SplitSpec::parse(const std::string& text) {
  SplitSpec spec;
  std::string main = text, options;
  if (auto comma = text.find(','); comma != std::string::npos) {
    main = text.substr(0, comma);
    options = text.substr(comma + 1);
  }
  auto colon = main.find(':');
  std::string kind = main.substr(0, colon);
  std::string arg = colon == std::string::npos ? std::string() : main.substr(colon + 1);
  if (kind == "stratified-user" || kind == "stratified-item" || kind == "random") {
    spec.kind = kind == "stratified-item" ? SplitKind::StratifiedItem : SplitKind::StratifiedUser;
    if (!arg.empty()) spec.ratio = parseRatio(arg, text);
  } else if (kind == "temporal") {
    spec.kind = SplitKind::Temporal;
    if (!arg.empty() && arg[0] == '@')
      spec.cutoff = parseCutoff(arg.substr(1), text);
    else if (!arg.empty())
      spec.ratio = parseRatio(arg, text);
    else
      spec.ratio = 0.8;
  } else if (kind == "leave-last") {
    spec.kind = SplitKind::LeaveLast;
    if (!arg.empty()) spec.leaveOut = parseCount(arg, text, "the number of held-out interactions", 1);
  } else if (kind == "kfold") {
    spec.kind = SplitKind::KFold;
    if (!arg.empty()) spec.folds = parseCount(arg, text, "the number of folds", 2);
  } else {
    throw std::invalid_argument("unknown split '" + text +
                                "' (expected stratified-user:R, stratified-item:R, temporal:R, temporal:@DATE, "
                                "leave-last:N or kfold:K, optionally followed by ,kcore=N or ,kcore=U/I)");
  }
  if (!options.empty()) {
    if (options.rfind("kcore=", 0) != 0)
      throw std::invalid_argument("split '" + text + "': unknown option '" + options + "' (expected kcore=N or kcore=U/I)");
    std::string v = options.substr(6);
    auto slash = v.find('/');
    spec.minUserInteractions = parseCount(v.substr(0, slash), text, "the k-core minimum", 0);
    spec.minItemInteractions =
        slash == std::string::npos ? spec.minUserInteractions : parseCount(v.substr(slash + 1), text, "the k-core minimum", 0);
  }
  return spec;
}

std::string SplitSpec::toString() const {
  // Built by appending pieces: GCC 12 reports a false -Wrestrict for "literal" + std::string here.
  std::string s;
  switch (kind) {
    case SplitKind::StratifiedUser: s.append("stratified-user:").append(formatRatio(ratio)); break;
    case SplitKind::StratifiedItem: s.append("stratified-item:").append(formatRatio(ratio)); break;
    case SplitKind::Temporal:
      s.append("temporal:");
      if (cutoff)
        s.append("@").append(std::to_string(*cutoff));
      else
        s.append(formatRatio(ratio));
      break;
    case SplitKind::LeaveLast: s.append("leave-last:").append(std::to_string(leaveOut)); break;
    case SplitKind::KFold: s.append("kfold:").append(std::to_string(folds)); break;
  }
  if (minUserInteractions > 0 || minItemInteractions > 0) {
    s.append(",kcore=").append(std::to_string(minUserInteractions));
    if (minItemInteractions != minUserInteractions) s.append("/").append(std::to_string(minItemInteractions));
  }
  return s;
}

}  // namespace reco
