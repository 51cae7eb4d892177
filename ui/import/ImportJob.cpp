#include "ui/import/ImportJob.h"

#include <chrono>
#include <string>
#include <vector>

#include "core/storage/Project.h"

ImportJob::ImportJob(QObject* parent) : QObject(parent), task_(new ProjectTask<reco::ImportResult>(this)) {
  connect(task_, &BackgroundTask::finished, this, [this] {
    outcome_.result = task_->outcome();
    outcome_.error = task_->error();
    Q_EMIT finished();
  });
}

ImportJob::~ImportJob() { task_->cancelAndWait(); }

void ImportJob::start(const QString& projectPath, const QStringList& paths, const reco::ImportOptions& options) {
  if (isRunning()) return;
  outcome_ = {};
  std::vector<std::string> files;
  files.reserve(static_cast<std::size_t>(paths.size()));
  for (const QString& p : paths) files.push_back(p.toStdString());
  // Import cancels through its result (ImportResult), never by an exception: every exception is an error.
  task_->start(projectPath, [this, files, options](reco::Project& project, TaskContext& ctx,
                                                    reco::ImportResult& result) {
    // At most ~20 updates a second (and on every new file): the GUI only needs to look alive.
    ProgressThrottle throttle(std::chrono::milliseconds(50));
    std::string lastFile;
    const auto report = [&](const reco::ImportProgress& p) {
      if (!throttle.due(p.currentFile != lastFile)) return;
      lastFile = p.currentFile;
      ctx.post([this, p] {
        Q_EMIT progressChanged(p.bytesDone, p.bytesTotal, p.rowsRead, QString::fromStdString(p.currentFile));
      });
    };
    result = reco::importFiles(project, files, options, report, ctx.cancelFlag());
  });
}
