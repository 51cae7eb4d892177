#include "ui/models/EvaluationJob.h"

#include <nlohmann/json.hpp>

#include "core/evaluation/EvaluationJson.h"
#include "core/evaluation/EvaluationStore.h"
#include "core/storage/Project.h"

EvaluationJob::EvaluationJob(QObject* parent) : QObject(parent), task_(new ProjectTask<Outcome>(this)) {
  connect(task_, &BackgroundTask::progressChanged, this, &EvaluationJob::progressChanged);
  connect(task_, &BackgroundTask::finished, this, [this] {
    outcome_ = task_->outcome();
    outcome_.ok = task_->state() == BackgroundTask::State::Succeeded;
    outcome_.cancelled = task_->state() == BackgroundTask::State::Cancelled;
    outcome_.error = task_->error();
    Q_EMIT finished();
  });
}

EvaluationJob::~EvaluationJob() { task_->cancelAndWait(); }

void EvaluationJob::start(const QString& projectPath, const Request& request) {
  if (isRunning()) return;
  outcome_ = {};
  task_->setName(tr("Evaluating models"));
  task_->start<reco::EvaluationCancelled, reco::FitCancelled>(
      projectPath, [request](reco::Project& project, TaskContext& ctx, Outcome& out) {
        ctx.report(0, tr("Reading interactions…"));
        const reco::InteractionList data = reco::loadInteractions(project, request.loading);
        if (ctx.isCancelled()) throw reco::EvaluationCancelled();
        reco::EvaluationRunner runner(
            [](const std::string& algorithm) { return reco::createRecommender(algorithm); });
        runner.setCancelFlag(ctx.cancelFlag());
        runner.setProgress([&ctx](const reco::EvaluationProgress& p) {
          ctx.progress(static_cast<int>(p.fraction * 1000.0), QString::fromStdString(p.stage));
        });
        if (!request.segmentAttribute.empty())
          runner.setUserSegments(request.segmentAttribute,
                                 reco::loadUserAttribute(project, data, request.segmentAttribute));
        const reco::EvaluationResult result = runner.run(data, request.config);
        ctx.report(1000, tr("Saving the run…"));
        const nlohmann::json loading = {{"binary", request.loading.binary}};
        reco::EvaluationStore store(project);
        out.runId = store.saveEvaluation(result, loading);
        if (auto stored = store.find(out.runId)) out.createdAt = stored->createdAt;
        out.run = reco::evaluationReport(result);
      });
}
