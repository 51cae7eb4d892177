// Reads a rule set's JSON text in one pass (nlohmann's SAX parser) without building the tree of the whole document:
// each segment and rule becomes a small tree of its own, is checked (against the schema, when given, and by
// RuleSetReader) and converted, then dropped; a segment's user ids go straight into its list. The SHA-256 of the
// canonical form (without "sha256") is computed on the way. Memory: the text, the typed rule set and one element's
// tree, instead of a tree of about five times the text besides them (docs/ruleset-spec.md, "Bounds").
//
// It reads only documents that need nothing else: any problem at all (syntax, schema, fields, references, nesting
// deeper than JsonSchemaValidator::kMaxDepth) or a layout it does not stream (top-level keys not in ascending order as
// exported, a key after "user_ids" in a segment) makes it return nullopt, and the caller reads the text again with
// the whole tree, which reports every problem exactly as it always did.
#pragma once

#include <nlohmann/json.hpp>
#include <optional>
#include <set>
#include <string>

#include "core/curation/RuleSet.h"

namespace reco {

class JsonSchemaValidator;

struct StreamedRuleSet {
  nlohmann::json header;  // the top-level object without the elements of "segments" and "rules" (empty arrays)
  RuleSet content;
  std::string sha256;  // of the canonical form without "sha256", when asked for
};

// `schema`: the rule-set schema (ruleSetSchema()) to check against, or nullptr; a schema whose "segments" and "rules"
// are not plain arrays of items, or that says more about "user_ids" than the shipped one, is not streamed.
std::optional<StreamedRuleSet> readRuleSetStreaming(const std::string& text, const JsonSchemaValidator* schema,
                                                    const std::set<std::string>* knownAttributes, bool checksum);

}  // namespace reco
