#include "ui/models/TrainingJob.h"

#include <chrono>
#include <memory>
#include <vector>

#include "core/base/Time.h"
#include "core/data/MatrixBuilder.h"
#include "core/models/ModelStore.h"
#include "core/storage/Project.h"
#include "ui/base/LocaleFormat.h"

TrainingJob::TrainingJob(QObject* parent) : QObject(parent), task_(new ProjectTask<Outcome>(this)) {
  connect(task_, &BackgroundTask::finished, this, [this] {
    outcome_ = task_->outcome();
    outcome_.name = name_;
    outcome_.ok = task_->state() == BackgroundTask::State::Succeeded;
    outcome_.cancelled = task_->state() == BackgroundTask::State::Cancelled;
    outcome_.error = task_->error();
    Q_EMIT finished();
  });
}

TrainingJob::~TrainingJob() { task_->cancelAndWait(); }

void TrainingJob::start(const QString& projectPath, const Request& request) {
  if (isRunning()) return;
  outcome_ = {};
  name_ = QString::fromStdString(request.name);
  QString algorithm = QString::fromStdString(request.algorithm);
  for (const reco::AlgorithmInfo& info : reco::algorithmInfos())
    if (info.name == request.algorithm) algorithm = QString::fromStdString(info.displayName);
  task_->setName(tr("Training %1").arg(algorithm));
  task_->start<reco::FitCancelled, reco::MatrixBuildCancelled>(
      projectPath, [this, request](reco::Project& project, TaskContext& ctx, Outcome& out) {
        const auto stage = [this, &ctx](const QString& text) {
          ctx.post([this, text] { Q_EMIT stageChanged(text); });
          ctx.report(-1, text);
        };
        stage(tr("Reading interactions…"));
        reco::MatrixBuilder builder(request.matrix);
        const reco::InteractionMatrix matrix = builder.build(project, {}, ctx.cancelFlag());
        const std::string fingerprint = project.dataFingerprint();
        if (ctx.isCancelled()) throw reco::FitCancelled();
        out.users = matrix.rows();
        out.items = matrix.cols();
        out.interactions = matrix.nnz();
        stage(tr("Training on %1 users × %2 items (%3 interactions)…")
                  .arg(LocaleFormat::count(static_cast<std::int64_t>(out.users)),
                       LocaleFormat::count(static_cast<std::int64_t>(out.items)),
                       LocaleFormat::count(static_cast<std::int64_t>(out.interactions))));
        std::unique_ptr<reco::Recommender> model = reco::createRecommender(request.algorithm);
        std::vector<double> loss;
        const auto started = std::chrono::steady_clock::now();
        model->fit(
            matrix, request.params,
            [this, &ctx, &loss](const reco::FitProgress& p) {
              loss.push_back(p.loss);
              ctx.post([this, p] { Q_EMIT iterationFinished(p.iteration, p.iterations, p.loss, p.elapsedSeconds); });
              if (p.iterations > 0)
                ctx.report(
                    p.iteration * 1000 / p.iterations,
                    tr("iteration %1/%2").arg(LocaleFormat::count(p.iteration), LocaleFormat::count(p.iterations)));
            },
            ctx.cancelFlag());
        out.seconds = reco::secondsSince(started);
        if (ctx.isCancelled()) throw reco::FitCancelled();
        stage(tr("Saving the model…"));
        reco::TrainingRecord record;
        record.matrixSettings = builder.settings();
        record.dataFingerprint = fingerprint;
        record.interactions = matrix.nnz();
        record.seconds = out.seconds;
        record.loss = std::move(loss);
        reco::ModelStore(project).save(request.name, *model, record, /*replace=*/true);
      });
}
