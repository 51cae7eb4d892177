// A small JSON Schema (draft 2020-12) validator for the subset RecoEngine's own schemas use: type, enum, const,
// properties, required, additionalProperties (boolean or schema), items, minItems, uniqueItems, minimum, maximum,
// exclusiveMinimum, exclusiveMaximum, minLength, pattern (anchors, classes, quantifiers; no groups), allOf, anyOf, oneOf, not, if/then/else and local
// "$ref": "#/$defs/NAME". Any other keyword in the schema is rejected when the validator is built, so a schema
// never silently means more than is checked.
// Documents deeper than kMaxDepth are refused before anything walks them: nlohmann's copy, comparison and dump
// recurse once per level, so a 100,000-deep array would overflow the stack. uniqueItems sorts, O(n log n).
#pragma once

#include <cstddef>
#include <nlohmann/json.hpp>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

#include "core/curation/JsonIssue.h"

namespace reco {

// A document that nests arrays and objects deeper than JsonSchemaValidator::kMaxDepth.
class JsonTooDeepError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

class JsonSchemaValidator {
 public:
  // The deepest nesting of arrays and objects validate() accepts (the document itself is level 1).
  static constexpr int kMaxDepth = 256;

  // Throws std::invalid_argument naming the schema path of an unsupported keyword or malformed schema.
  explicit JsonSchemaValidator(nlohmann::json schema);
  // Reads and checks a schema file; throws std::runtime_error naming the file on failure.
  static JsonSchemaValidator fromFile(const std::string& path);

  // Every violation, each with the JSON Pointer of the offending value in `document`. Throws JsonTooDeepError
  // (naming the JSON Pointer where the limit is passed) when `document` nests deeper than kMaxDepth; the caller
  // must then not copy, compare or dump it.
  JsonIssues validate(const nlohmann::json& document) const;
  // The violations of `value`, found at `path` in a document, against the part of the schema at `schemaPointer`
  // (e.g. "/properties/rules/items"): for checking a document one element at a time. `value` must be within
  // kMaxDepth; throws nlohmann::json::out_of_range when the schema has no such part.
  JsonIssues validateAt(const std::string& schemaPointer, const nlohmann::json& value, const std::string& path) const;
  const nlohmann::json& schema() const { return schema_; }

  // Throws JsonTooDeepError when `document` nests deeper than `maxDepth` levels. Iterative.
  static void checkDepth(const nlohmann::json& document, int maxDepth = kMaxDepth);

  // For each item of `array` equal to an earlier one (JSON Schema equality: numbers by value, 1 == 1.0), the pair
  // (its index, the index of the first equal item), ascending by index. Sorts: O(n log n) comparisons of items
  // (counted into `comparisons` when given). `array` must be within kMaxDepth.
  static std::vector<std::pair<std::size_t, std::size_t>> duplicateItems(const nlohmann::json& array,
                                                                         std::size_t* comparisons = nullptr);

 private:
  void check(const nlohmann::json& schema, const std::string& schemaPath) const;
  void validate(const nlohmann::json& schema, const nlohmann::json& value, const std::string& path,
                JsonIssues& issues, int depth) const;
  const nlohmann::json& resolve(const std::string& ref) const;
  nlohmann::json schema_;
};

}  // namespace reco
