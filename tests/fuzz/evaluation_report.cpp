// Fuzz target: reading stored evaluation reports back: core/evaluation/EvaluationStore (list, find, trials, with
// paramsFromJson from EvaluationJson) and the CLI's `runs`, `runs --json` and `runs --show` that print them
// (app/cli/cmd_evaluate.cpp, called in process through the command registry with stdout discarded; they read the
// report through core's readEvaluationReport).
// Input: the stored row's columns separated by "\n====\n":
//   kind, created_at, seed, seeds, config, models, metrics, timings, split, then one trial's params JSON.
// Missing parts are empty strings; numbers are read with strtoll (saturating). The row goes into one temporary
// project created once; each input replaces it.
#include <cstdint>
#include <cstdlib>
#include <exception>
#include <nlohmann/json.hpp>
#include <string>

#include "app/cli/CliCommand.h"
#include "core/evaluation/EvaluationJson.h"
#include "core/evaluation/EvaluationStore.h"
#include "tests/fuzz/FuzzSupport.h"

namespace {

std::int64_t number(std::string_view text) {
  const std::string s(text);
  return std::strtoll(s.c_str(), nullptr, 10);
}

reco::Project& project() {
  static reco::Project p = reco::fuzz::freshProject("runs.reco");
  return p;
}

void runCommand(const std::string& name, const std::vector<std::string>& args) {
  const reco::cli::CliCommand* command = reco::cli::findCommand(name);
  if (!command) reco::fuzz::propertyFailed("the CLI has no command " + name);
  try {
    reco::fuzz::SilenceStdout quiet;
    (void)command->run(args);
  } catch (const std::exception&) {
    // recoengine-cli prints the message and exits 1
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  auto parts = reco::fuzz::splitParts(reco::fuzz::asText(data, size));
  parts.resize(10);
  reco::Project& p = project();
  {
    reco::Transaction tx(p.db());
    p.db().exec("DELETE FROM tuning_trials; DELETE FROM evaluation_runs");
    auto st = p.db().prepare(
        "INSERT INTO evaluation_runs(id, kind, created_at, data_fingerprint, split_spec, seed, seeds, config, models, "
        "metrics, timings, seconds) VALUES (1, ?, ?, '', ?, ?, ?, ?, ?, ?, ?, 1.5)");
    st.bind(1, std::string(parts[0]))
        .bind(2, number(parts[1]))
        .bind(3, std::string(parts[8]))
        .bind(4, number(parts[2]))
        .bind(5, number(parts[3]))
        .bind(6, std::string(parts[4]))
        .bind(7, std::string(parts[5]))
        .bind(8, std::string(parts[6]))
        .bind(9, std::string(parts[7]))
        .exec();
    auto trial = p.db().prepare(
        "INSERT INTO tuning_trials(run_id, trial, params, objective, value, error, seconds) "
        "VALUES (1, 0, ?, 'ndcg@10', 0.25, '', 0.5)");
    trial.bind(1, std::string(parts[9])).exec();
    tx.commit();
  }

  reco::EvaluationStore store(p);
  try {
    (void)store.list();
    if (auto run = store.find(1)) (void)reco::paramsFromJson(run->models);
    (void)store.trials(1);
  } catch (const std::runtime_error&) {
    // a column that is not JSON: reported naming the run and column
  }
  const std::string path = p.path();
  runCommand("runs", {path});
  runCommand("runs", {path, "--json"});
  runCommand("runs", {path, "--show", "1"});
  return 0;
}
