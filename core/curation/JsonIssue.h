// A problem found in a JSON document, located by its JSON Pointer path (e.g. "/rules/3/position").
#pragma once

#include <string>
#include <vector>

namespace reco {

struct JsonIssue {
  std::string path;  // JSON Pointer; "" is the document root
  std::string message;
  std::string text() const { return (path.empty() ? std::string("/") : path) + ": " + message; }
};

using JsonIssues = std::vector<JsonIssue>;

}  // namespace reco
