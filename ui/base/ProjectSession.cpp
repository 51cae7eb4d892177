#include "ui/base/ProjectSession.h"

#include <QDir>
#include <QFileInfo>
#include <exception>

#include "core/storage/EventStore.h"
#include "core/storage/Project.h"

ProjectSession::ProjectSession(QObject* parent) : QObject(parent) {}

ProjectSession::~ProjectSession() = default;

bool ProjectSession::open(const QString& path, QString* error) { return adopt(path, false, error); }

bool ProjectSession::create(const QString& path, QString* error) { return adopt(path, true, error); }

bool ProjectSession::adopt(const QString& path, bool create, QString* error) {
  close();
  const QString absolute = QDir::cleanPath(QFileInfo(path).absoluteFilePath());
  try {
    const std::string p = absolute.toStdString();
    project_ = std::make_unique<reco::Project>(create ? reco::Project::create(p, true) : reco::Project::open(p));
  } catch (const std::exception& e) {
    if (error) *error = QString::fromStdString(e.what());
    return false;
  }
  path_ = absolute;
  Q_EMIT projectOpened(path_);
  return true;
}

void ProjectSession::close() {
  if (!project_) return;
  Q_EMIT projectAboutToClose();
  project_.reset();
  path_.clear();
  Q_EMIT projectClosed();
}

void ProjectSession::notifyDataChanged() {
  if (project_) Q_EMIT dataChanged();
}

bool ProjectSession::hasEvents() const {
  if (!project_) return false;
  try {
    return reco::eventCount(project_->db()) > 0;
  } catch (const std::exception&) {
    return true;
  }
}
