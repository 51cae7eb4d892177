#include "ui/app/DemoProjectJob.h"

#include <QDir>
#include <QStandardPaths>

#include "core/base/Files.h"
#include "core/storage/Project.h"
#include "ui/base/LocaleFormat.h"

DemoProjectJob::DemoProjectJob(QObject* parent) : QObject(parent), task_(new ProjectTask<bool>(this)) {
  task_->setName(tr("Creating the demo project"));
  connect(task_, &BackgroundTask::finished, this, [this] {
    const bool ok = task_->state() == BackgroundTask::State::Succeeded && task_->outcome();
    Q_EMIT finished(ok, task_->error());
  });
}

DemoProjectJob::~DemoProjectJob() { task_->cancelAndWait(); }

QString DemoProjectJob::defaultPath() {
  const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
  QDir().mkpath(dir);
  return QDir(dir).filePath(QStringLiteral("demo.reco"));
}

void DemoProjectJob::start(const QString& path, const reco::DemoOptions& options) {
  if (isRunning()) return;
  const std::string target = path.toStdString();
  task_->run([this, target, options](TaskContext& ctx, bool& ok) {
    const std::string part = target + ".part";
    try {
      {
        reco::Project project = reco::Project::create(part, true);
        int lastPermille = -1;
        reco::DemoResult result = reco::generateDemo(
            project, options,
            [this, &ctx, &lastPermille](double fraction) {
              const int permille = static_cast<int>(fraction * 1000.0);
              if (permille != lastPermille) {
                lastPermille = permille;
                ctx.post([this, permille] { Q_EMIT progressChanged(permille); });
                ctx.report(permille, tr("%1 done").arg(LocaleFormat::percentValue(permille / 10.0, 0)));
              }
            },
            ctx.cancelFlag());
        if (!result.cancelled) {
          // A self-contained file (no -wal beside it) so the rename moves everything.
          project.db().exec("PRAGMA journal_mode=DELETE");
          ok = true;
        }
      }
      if (!ok) {
        reco::removeProjectFiles(part);
        return;
      }
      reco::replaceProjectFile(part, target);
    } catch (...) {
      ok = false;
      reco::removeProjectFiles(part);
      throw;  // the task reports the exception's text
    }
  });
}
