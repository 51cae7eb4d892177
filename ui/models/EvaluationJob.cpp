#include "ui/models/EvaluationJob.h"

#include <QtConcurrent/QtConcurrentRun>
#include <chrono>
#include <exception>

#include "core/evaluation/EvaluationJson.h"
#include "core/evaluation/EvaluationStore.h"
#include "core/storage/Project.h"

EvaluationJob::EvaluationJob(QObject* parent) : QObject(parent), watcher_(new QFutureWatcher<Outcome>(this)) {
  connect(watcher_, &QFutureWatcher<Outcome>::finished, this, [this] {
    outcome_ = watcher_->result();
    Q_EMIT finished();
  });
}

EvaluationJob::~EvaluationJob() {
  cancel_ = true;
  watcher_->waitForFinished();
}

void EvaluationJob::start(const QString& projectPath, const Request& request) {
  if (isRunning()) return;
  cancel_ = false;
  outcome_ = {};
  const std::string path = projectPath.toStdString();
  watcher_->setFuture(QtConcurrent::run([this, path, request]() -> Outcome {
    Outcome out;
    using Clock = std::chrono::steady_clock;
    Clock::time_point lastReport{};
    int lastPermille = -1;
    try {
      reco::Project project = reco::Project::open(path);  // this thread's own connection
      Q_EMIT progressChanged(0, tr("Reading interactions…"));
      const reco::InteractionList data = reco::loadInteractions(project, request.loading);
      if (cancel_) throw reco::EvaluationCancelled();
      reco::EvaluationRunner runner([](const std::string& algorithm) { return reco::createRecommender(algorithm); });
      runner.setCancelFlag(&cancel_);
      runner.setProgress([&](const reco::EvaluationProgress& p) {
        const int permille = static_cast<int>(p.fraction * 1000.0);
        const auto now = Clock::now();
        if (permille == lastPermille && now - lastReport < std::chrono::milliseconds(100)) return;
        lastPermille = permille;
        lastReport = now;
        Q_EMIT progressChanged(permille, QString::fromStdString(p.stage));
      });
      if (!request.segmentAttribute.empty())
        runner.setUserSegments(request.segmentAttribute,
                               reco::loadUserAttribute(project, data, request.segmentAttribute));
      const reco::EvaluationResult result = runner.run(data, request.config);
      Q_EMIT progressChanged(1000, tr("Saving the run…"));
      const nlohmann::json loading = {{"binary", request.loading.binary}};
      reco::EvaluationStore store(project);
      out.runId = store.saveEvaluation(result, loading);
      if (auto stored = store.find(out.runId)) out.createdAt = stored->createdAt;
      out.run = reco::evaluationToJson(result);
      out.ok = true;
    } catch (const reco::EvaluationCancelled&) {
      out.cancelled = true;
    } catch (const reco::FitCancelled&) {
      out.cancelled = true;
    } catch (const std::exception& e) {
      out.error = QString::fromStdString(e.what());
    }
    return out;
  }));
}
