// The key layout production reads (docs/serving.md; fixed by tests/core/publish). Every key of a namespace NS:
//   NS:ruleset:<version>  the exact bytes `rules export` writes for that version
//   NS:ruleset:current    the same bytes of the live version
//   NS:manifest           JSON: version, sha256, model, top, users, published_at, app_version
//   NS:manifest:<version> the manifest that version went live with (for rollback)
//   NS:versions           sorted set of the versions kept (member and score = the version number)
//   NS:topn:<user_id>     JSON array of the user's curated top-N item ids
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace reco::serving_keys {

inline std::string join(std::string_view ns, std::string_view a, std::string_view b = {}) {
  std::string key(ns);
  key.push_back(':');
  key.append(a);
  if (!b.empty()) {
    key.push_back(':');
    key.append(b);
  }
  return key;
}
inline std::string ruleset(std::string_view ns, std::int64_t version) {
  return join(ns, "ruleset", std::to_string(version));
}
inline std::string currentRuleset(std::string_view ns) { return join(ns, "ruleset", "current"); }
inline std::string manifest(std::string_view ns) { return join(ns, "manifest"); }
inline std::string versionManifest(std::string_view ns, std::int64_t version) {
  return join(ns, "manifest", std::to_string(version));
}
inline std::string versions(std::string_view ns) { return join(ns, "versions"); }
inline std::string topn(std::string_view ns, std::string_view userId) { return join(ns, "topn", userId); }

}  // namespace reco::serving_keys
