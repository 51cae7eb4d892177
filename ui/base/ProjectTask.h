// A BackgroundTask that runs a core function on its own connection to a project and hands back a typed outcome:
//   task->start(projectPath, [request](reco::Project& project, TaskContext& ctx, Outcome& out) { ... });
// The function fills out (partial fields stay when it throws); outcome() holds it after finished().
// run() is the same without the project, for work that manages its own files.
// A run ends Cancelled when the body throws one of the exception types named in start<...>() (core's answers to
// the cancel flag); any other std::exception ends it Failed with the exception's text.
#pragma once

#include <QString>
#include <functional>
#include <string>
#include <utility>

#include "core/storage/Project.h"
#include "ui/base/BackgroundTask.h"

template <class Outcome>
class ProjectTask : public BackgroundTask {
 public:
  using Body = std::function<void(reco::Project& project, TaskContext& context, Outcome& out)>;

  using BackgroundTask::BackgroundTask;

  // Opens the project on the worker thread (the GUI thread's connection is never touched) and runs body.
  // Cancellations are the core exceptions that answer the cancel flag; with lateCancelIsCancel a cancel() that
  // arrives after the body's last check still ends the run Cancelled. Returns false while a run is in progress.
  template <class... Cancellations>
  bool start(const QString& projectPath, Body body, bool lateCancelIsCancel = false) {
    return run<Cancellations...>(
        [path = projectPath.toStdString(), body = std::move(body)](TaskContext& context, Outcome& out) {
          reco::Project project = reco::Project::open(path);  // this thread's own connection
          body(project, context, out);
        },
        lateCancelIsCancel);
  }

  // The same for work that handles its own files (e.g. creates a new project): nothing is opened for it.
  template <class... Cancellations>
  bool run(std::function<void(TaskContext& context, Outcome& out)> work, bool lateCancelIsCancel = false) {
    if (isRunning()) return false;
    outcome_ = Outcome{};
    return launch([this, work = std::move(work)](TaskContext& context) { work(context, outcome_); },
                  []([[maybe_unused]] const std::exception& e) {
                    return ((dynamic_cast<const Cancellations*>(&e) != nullptr) || ...);
                  },
                  lateCancelIsCancel);
  }

  // Valid after finished(); written only by the worker while running.
  const Outcome& outcome() const { return outcome_; }

 private:
  Outcome outcome_;
};
