#include "ui/import/ImportJob.h"

#include <QFileInfo>
#include <chrono>
#include <exception>
#include <string>
#include <vector>

#include "core/storage/Project.h"
#include "ui/base/LocaleFormat.h"

namespace {

// How the body tells the task that core's import stopped at the cancel flag (the result says so, the task's state
// then says Cancelled too, e.g. in the running-tasks list).
struct ImportCancelled : std::exception {
  const char* what() const noexcept override { return "import cancelled"; }
};

}  // namespace

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
  task_->setName(paths.size() == 1 ? tr("Importing %1").arg(QFileInfo(paths.front()).fileName())
                                    : tr("Importing %n files", nullptr, int(paths.size())));
  // Core's import cancels through its result (ImportResult); the body turns that into ImportCancelled so the task
  // ends Cancelled. Every other exception is an error.
  task_->start<ImportCancelled>(projectPath, [this, files, options](reco::Project& project, TaskContext& ctx,
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
      const int permille = p.bytesTotal > 0 ? int(p.bytesDone * 1000 / p.bytesTotal) : -1;
      ctx.report(permille, tr("%1 rows read").arg(LocaleFormat::count(std::int64_t(p.rowsRead))));
    };
    result = reco::importFiles(project, files, options, report, ctx.cancelFlag());
    if (result.cancelled) throw ImportCancelled();
  });
}
