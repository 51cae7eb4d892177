// recoengine-cli export-factors: a factor model's user and item factors as .npy with an id map, for approximate-
// nearest-neighbour serving (core/publish/FactorExport).
#include <iostream>
#include <nlohmann/json.hpp>

#include "CliCommand.h"
#include "core/publish/FactorExport.h"

namespace {

using namespace reco;
using reco::cli::Args;
using reco::cli::UsageError;

int runExportFactors(const std::vector<std::string>& argv) {
  Args a(argv, {"json"}, {"model", "out"});
  const std::string& path = a.onlyPositional("PROJECT path");
  auto model = a.value("model");
  if (!model) throw UsageError("missing --model NAME");
  auto out = a.value("out");
  if (!out) throw UsageError("missing --out DIR");
  Project project = Project::open(path);
  const FactorExport e = exportFactors(project, *model, *out);
  if (a.flag("json")) {
    nlohmann::json j = {{"model", *model}, {"algorithm", e.algorithm}, {"users", e.users},    {"items", e.items},
                        {"factors", e.factors}, {"item_bias", e.itemBias}, {"folder", *out}, {"files", e.files}};
    std::cout << j.dump(2) << "\n";
    return 0;
  }
  std::cout << "wrote the factors of model '" << *model << "' (" << e.algorithm << ", " << e.factors << " factors): "
            << e.users << " users, " << e.items << " items to " << *out << ":";
  for (const auto& f : e.files) std::cout << " " << f;
  std::cout << "\n";
  return 0;
}

using reco::cli::flagOption;
using reco::cli::valueOption;
using reco::cli::ValueKind;

const reco::cli::RegisterCommand kExportFactors({
    "export-factors", "PROJECT --model NAME --out DIR [--json]",
    "write a factor model's user and item factors as .npy with an id map (for ANN serving)",
    "Writes the factors of a stored iALS or BPR model into DIR (created when missing): user_factors.npy (users x "
    "factors) and item_factors.npy (items x factors), float32 in C order as numpy.load reads them, item_bias.npy "
    "when the model has an item bias, and ids.json with model, algorithm, factors, and users and items: the "
    "project's ids in row order. A user's score for an item is the dot product of their rows (plus the item's "
    "bias).\n\n"
    "With --json an object with model, algorithm, users, items, factors, item_bias, folder and files.",
    {{"PROJECT", "The project file (*.reco).", ValueKind::Project, false}},
    {valueOption("model", "NAME", ValueKind::Text, "The stored factor model (ials or bpr; required)."),
     valueOption("out", "DIR", ValueKind::Path, "The folder to write (required)."),
     flagOption("json", "Print the result as a JSON object.")},
    runExportFactors});

}  // namespace
