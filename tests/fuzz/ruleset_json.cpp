// Fuzz target: rule-set JSON import (core/curation/RuleSetDocument, JsonSchemaValidator, RuleSetStore::importText)
// and the linter on what was read. Input: the JSON text. Each input is
//   1. parsed with the schema; a document that was read must export and read back to the same document;
//   2. imported as a dry run, and, with its "sha256" set to the right checksum (so that mutations reach past the
//      checksum), imported for real into a fresh temporary project whose working copy then loads back.
#include <cstdint>
#include <stdexcept>

#include <nlohmann/json.hpp>

#include "core/curation/JsonSchemaValidator.h"
#include "core/curation/RuleLinter.h"
#include "core/curation/RuleSetDocument.h"
#include "core/curation/RuleSetStore.h"
#include "tests/fuzz/FuzzSupport.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string text(reco::fuzz::asText(data, size));
  reco::JsonIssues issues;
  if (auto document = reco::RuleSetDocument::parse(text, issues, &reco::ruleSetSchema())) {
    reco::JsonIssues again;
    auto reread = reco::RuleSetDocument::parse(document->exportText(), again, &reco::ruleSetSchema());
    if (!reread) reco::fuzz::propertyFailed("an accepted rule set does not read back from its own export");
    if (!(reread->content == document->content)) reco::fuzz::propertyFailed("a rule set changed on export");
    reco::LintContext context;
    context.now = 1700000000;
    (void)reco::RuleLinter::lint(document->content, context);
  }

  reco::Project project = reco::fuzz::freshProject("rules.reco");
  reco::RuleSetStore store(project);
  try {
    reco::JsonIssues dryIssues;
    (void)store.importText(text, "fuzz", true, dryIssues);

    nlohmann::json json = nlohmann::json::parse(text, nullptr, false);
    if (json.is_discarded() || !json.is_object()) return 0;
    json["sha256"] = reco::RuleSetDocument::checksumOf(json);
    reco::JsonIssues importIssues;
    if (store.importText(json.dump(), "fuzz", false, importIssues)) {
      (void)store.load();
      (void)store.versions();
    }
  } catch (const std::invalid_argument&) {
  } catch (const std::runtime_error&) {
  }
  return 0;
}
