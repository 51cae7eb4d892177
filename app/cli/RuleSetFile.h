// Reading a rule-set JSON file for a CLI command (rules check, import, preview --rules, impact --rules): core
// parses and validates it (RuleSetDocument, the compiled-in JSON Schema); this prints what is wrong, one line per
// problem on stderr, and fails naming the file.
#pragma once

#include <string>

#include "core/curation/RuleSetDocument.h"

namespace reco::cli {

// Each problem as one line "PATH: problem" on stderr.
void printJsonIssues(const JsonIssues& issues, const std::string& path);

// Throws std::runtime_error naming `path` when the file cannot be read, nests too deep, or is not a valid rule set
// (after printing each problem as "PATH: problem").
RuleSetDocument loadRuleSetFile(const std::string& path);

}  // namespace reco::cli
