#include "ui/dashboard/DashboardRefresher.h"

DashboardRefresher::DashboardRefresher(QObject* parent) : QObject(parent), task_(new ProjectTask<Result>(this)) {
  task_->setName(tr("Refreshing the dashboard"));
  task_->setViewRefresh(true);
  connect(task_, &BackgroundTask::finished, this, &DashboardRefresher::onFinished);
}

DashboardRefresher::~DashboardRefresher() { task_->cancelAndWait(); }  // a refresh has no cancel point: waits

void DashboardRefresher::setProjectPath(const QString& path) {
  path_ = path;
  cube_.reset();
  ++cubeEpoch_;
  ++generation_;  // anything running belongs to the previous project
  pending_.reset();
}

void DashboardRefresher::invalidate() {
  cube_.reset();
  ++cubeEpoch_;
}

void DashboardRefresher::request(const reco::DashboardRequest& request) {
  ++generation_;
  if (task_->isRunning()) {
    pending_ = request;
    return;
  }
  start(request);
}

void DashboardRefresher::start(const reco::DashboardRequest& request) {
  if (path_.isEmpty()) return;
  const std::string path = path_.toStdString();
  std::shared_ptr<const reco::AnalyticsCube> cube = cube_;
  const quint64 generation = generation_;
  runningEpoch_ = cubeEpoch_;
  const bool wasBusy = task_->isRunning();
  // Opens its own connections: read-only unless the rollups need bringing up to date first.
  task_->run([path, cube, request, generation](TaskContext&, Result& r) {
    r.generation = generation;
    r.cube = cube;
    if (!r.cube) {
      r.cube = std::make_shared<const reco::AnalyticsCube>(
          reco::AnalyticsCube::open(path, reco::RollupUpdate::Allowed));
      r.cubeIsNew = true;
    }
    r.data = reco::computeDashboard(*r.cube, request);
  });
  if (!wasBusy) Q_EMIT busyChanged(true);
}

void DashboardRefresher::onFinished() {
  Result r = task_->outcome();
  r.error = task_->error();
  const bool current = r.generation == generation_;
  if (r.cube && runningEpoch_ == cubeEpoch_) {
    const bool changed = r.cube != cube_;
    cube_ = r.cube;
    if (changed && r.cubeIsNew) Q_EMIT cubeLoaded();
  }
  if (pending_) {
    reco::DashboardRequest next = *pending_;
    pending_.reset();
    start(next);
    return;  // the newer request's result is the one to show
  }
  Q_EMIT busyChanged(false);
  if (!current) return;
  if (!r.error.isEmpty())
    Q_EMIT failed(r.error);
  else
    Q_EMIT refreshed(r.data);
}
