// Runs dashboard refreshes off the GUI thread: loads the analytics cube once per project (with its own connection,
// bringing stale rollups up to date first) and computes each requested refresh on it. The newest request wins: at
// most one refresh runs, a later request replaces any waiting one, and results of superseded requests are dropped.
#pragma once

#include <QObject>
#include <QString>
#include <memory>
#include <optional>

#include "core/analytics/Dashboard.h"
#include "ui/base/ProjectTask.h"

class DashboardRefresher : public QObject {
  Q_OBJECT
 public:
  explicit DashboardRefresher(QObject* parent = nullptr);
  ~DashboardRefresher() override;  // waits for a running refresh

  // Forgets the loaded cube; the next request loads from this project file (empty path: no project).
  void setProjectPath(const QString& path);
  // The data changed (an import): the next request reloads the cube.
  void invalidate();
  void request(const reco::DashboardRequest& request);

  bool isBusy() const { return task_->isRunning(); }
  // The cube of the latest delivered refresh (immutable; safe to read on the GUI thread); null before the first.
  std::shared_ptr<const reco::AnalyticsCube> cube() const { return cube_; }

 Q_SIGNALS:
  void busyChanged(bool busy);
  void cubeLoaded();  // a (re)loaded cube: attribute lists, categories ... may have changed
  void refreshed(const reco::DashboardData& data);
  void failed(const QString& message);

 private:
  struct Result {
    std::shared_ptr<const reco::AnalyticsCube> cube;
    bool cubeIsNew = false;
    reco::DashboardData data;
    QString error;
    quint64 generation = 0;
  };
  void start(const reco::DashboardRequest& request);
  void onFinished();

  QString path_;
  std::shared_ptr<const reco::AnalyticsCube> cube_;
  quint64 cubeEpoch_ = 0;  // bumped by setProjectPath/invalidate; a result from an older epoch is not cached
  quint64 generation_ = 0;
  std::optional<reco::DashboardRequest> pending_;
  ProjectTask<Result>* task_;
  quint64 runningEpoch_ = 0;
};
