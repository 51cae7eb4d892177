#include "ui/models/TrainingJob.h"

#include <QtConcurrent/QtConcurrentRun>
#include <chrono>
#include <exception>
#include <vector>

#include "core/data/MatrixBuilder.h"
#include "core/models/ModelStore.h"
#include "core/storage/Project.h"

TrainingJob::TrainingJob(QObject* parent) : QObject(parent), watcher_(new QFutureWatcher<Outcome>(this)) {
  connect(watcher_, &QFutureWatcher<Outcome>::finished, this, [this] {
    outcome_ = watcher_->result();
    Q_EMIT finished();
  });
}

TrainingJob::~TrainingJob() {
  cancel_ = true;
  watcher_->waitForFinished();
}

void TrainingJob::start(const QString& projectPath, const Request& request) {
  if (isRunning()) return;
  cancel_ = false;
  outcome_ = {};
  const std::string path = projectPath.toStdString();
  watcher_->setFuture(QtConcurrent::run([this, path, request]() -> Outcome {
    Outcome out;
    out.name = QString::fromStdString(request.name);
    try {
      reco::Project project = reco::Project::open(path);  // this thread's own connection
      Q_EMIT stageChanged(tr("Reading interactions…"));
      reco::MatrixBuilder builder(request.matrix);
      const reco::InteractionMatrix matrix = builder.build(project, {}, &cancel_);
      const std::string fingerprint = project.dataFingerprint();
      if (cancel_) throw reco::FitCancelled();
      out.users = matrix.rows();
      out.items = matrix.cols();
      out.interactions = matrix.nnz();
      Q_EMIT stageChanged(tr("Training on %1 users × %2 items (%3 interactions)…")
                              .arg(out.users)
                              .arg(out.items)
                              .arg(out.interactions));
      std::unique_ptr<reco::Recommender> model = reco::createRecommender(request.algorithm);
      std::vector<double> loss;
      const auto started = std::chrono::steady_clock::now();
      model->fit(
          matrix, request.params,
          [this, &loss](const reco::FitProgress& p) {
            loss.push_back(p.loss);
            Q_EMIT iterationFinished(p.iteration, p.iterations, p.loss, p.elapsedSeconds);  // queued to the GUI
          },
          &cancel_);
      out.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
      if (cancel_) throw reco::FitCancelled();
      Q_EMIT stageChanged(tr("Saving the model…"));
      reco::TrainingRecord record;
      record.matrixSettings = builder.settings();
      record.dataFingerprint = fingerprint;
      record.interactions = matrix.nnz();
      record.seconds = out.seconds;
      record.loss = std::move(loss);
      reco::ModelStore(project).save(request.name, *model, record, /*replace=*/true);
      out.ok = true;
    } catch (const reco::FitCancelled&) {
      out.cancelled = true;
    } catch (const reco::MatrixBuildCancelled&) {
      out.cancelled = true;
    } catch (const std::exception& e) {
      out.error = QString::fromStdString(e.what());
    }
    return out;
  }));
}
