#include "RuleSetFile.h"

#include <iostream>
#include <optional>
#include <stdexcept>

#include "core/base/Files.h"
#include "core/curation/JsonSchemaValidator.h"

namespace reco::cli {

void printJsonIssues(const JsonIssues& issues, const std::string& path) {
  for (const auto& i : issues) std::cerr << path << ": " << i.text() << "\n";
}

RuleSetDocument loadRuleSetFile(const std::string& path) {
  JsonIssues issues;
  std::optional<RuleSetDocument> doc;
  try {
    doc = RuleSetDocument::parse(readTextFile(path), issues, &ruleSetSchema());
  } catch (const JsonTooDeepError& e) {
    throw std::runtime_error("'" + path + "': " + e.what());
  }
  if (!doc) {
    printJsonIssues(issues, path);
    throw std::runtime_error("'" + path + "' is not a valid rule set (" + std::to_string(issues.size()) +
                             (issues.size() == 1 ? " error)" : " errors)"));
  }
  return std::move(*doc);
}

}  // namespace reco::cli
