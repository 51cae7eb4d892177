#include "ui/app/DemoProjectJob.h"

#include <QDir>
#include <QStandardPaths>
#include <QtConcurrent/QtConcurrentRun>
#include <exception>
#include <filesystem>

#include "core/base/Files.h"
#include "core/storage/Project.h"

DemoProjectJob::DemoProjectJob(QObject* parent) : QObject(parent), watcher_(new QFutureWatcher<Outcome>(this)) {
  connect(watcher_, &QFutureWatcher<Outcome>::finished, this, [this] {
    const Outcome out = watcher_->result();
    Q_EMIT finished(out.ok, out.error);
  });
}

DemoProjectJob::~DemoProjectJob() {
  cancel_ = true;
  watcher_->waitForFinished();
}

QString DemoProjectJob::defaultPath() {
  const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
  QDir().mkpath(dir);
  return QDir(dir).filePath(QStringLiteral("demo.reco"));
}

void DemoProjectJob::start(const QString& path, const reco::DemoOptions& options) {
  if (isRunning()) return;
  cancel_ = false;
  const std::string target = path.toStdString();
  watcher_->setFuture(QtConcurrent::run([this, target, options]() -> Outcome {
    Outcome out;
    const std::string part = target + ".part";
    try {
      {
        reco::Project project = reco::Project::create(part, true);
        int lastPermille = -1;
        reco::DemoResult result = reco::generateDemo(
            project, options,
            [this, &lastPermille](double fraction) {
              const int permille = static_cast<int>(fraction * 1000.0);
              if (permille != lastPermille) {
                lastPermille = permille;
                Q_EMIT progressChanged(permille);  // queued to the GUI thread
              }
            },
            &cancel_);
        if (result.cancelled) {
          out.ok = false;
        } else {
          // A self-contained file (no -wal beside it) so the rename moves everything.
          project.db().exec("PRAGMA journal_mode=DELETE");
          out.ok = true;
        }
      }
      if (!out.ok) {
        reco::removeProjectFiles(part);
        return out;
      }
      reco::replaceProjectFile(part, target);
    } catch (const std::exception& e) {
      reco::removeProjectFiles(part);
      out.ok = false;
      out.error = QString::fromStdString(e.what());
    }
    return out;
  }));
}
