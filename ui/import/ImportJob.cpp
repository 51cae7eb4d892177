#include "ui/import/ImportJob.h"

#include <QtConcurrent/QtConcurrentRun>
#include <chrono>
#include <exception>

#include "core/storage/Project.h"

ImportJob::ImportJob(QObject* parent) : QObject(parent), watcher_(new QFutureWatcher<Outcome>(this)) {
  connect(watcher_, &QFutureWatcher<Outcome>::finished, this, [this] {
    outcome_ = watcher_->result();
    Q_EMIT finished();
  });
}

ImportJob::~ImportJob() {
  cancel_ = true;
  watcher_->waitForFinished();
}

void ImportJob::start(const QString& projectPath, const QStringList& paths, const reco::ImportOptions& options) {
  if (isRunning()) return;
  cancel_ = false;
  outcome_ = {};
  const std::string project = projectPath.toStdString();
  std::vector<std::string> files;
  files.reserve(static_cast<std::size_t>(paths.size()));
  for (const QString& p : paths) files.push_back(p.toStdString());
  watcher_->setFuture(QtConcurrent::run([this, project, files, options]() -> Outcome {
    Outcome out;
    using Clock = std::chrono::steady_clock;
    Clock::time_point lastReport{};
    std::string lastFile;
    auto report = [&](const reco::ImportProgress& p) {
      // At most ~20 updates a second (and on every new file): the GUI only needs to look alive.
      const auto now = Clock::now();
      if (p.currentFile == lastFile && now - lastReport < std::chrono::milliseconds(50)) return;
      lastReport = now;
      lastFile = p.currentFile;
      Q_EMIT progressChanged(p.bytesDone, p.bytesTotal, p.rowsRead, QString::fromStdString(p.currentFile));
    };
    try {
      reco::Project connection = reco::Project::open(project);  // this thread's own connection
      out.result = reco::importFiles(connection, files, options, report, &cancel_);
    } catch (const std::exception& e) {
      out.error = QString::fromStdString(e.what());
    }
    return out;
  }));
}
