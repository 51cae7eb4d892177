// The project the window currently shows: owns the GUI thread's connection (reco::Project) and tells views when a
// project opens, closes or its data changes. Background work opens its own connection on path() instead of sharing
// this one (SQLite connections must not cross threads; WAL lets readers run beside a writer).
#pragma once

#include <QObject>
#include <QString>
#include <memory>

namespace reco {
class Project;
}

class ProjectSession : public QObject {
  Q_OBJECT
 public:
  explicit ProjectSession(QObject* parent = nullptr);
  ~ProjectSession() override;

  // Opens an existing project (closing the current one first). On failure returns false, sets *error to a
  // user-readable reason and leaves no project open.
  bool open(const QString& path, QString* error);
  // Creates a new empty project, replacing an existing file at path, and opens it.
  bool create(const QString& path, QString* error);
  void close();

  bool isOpen() const { return project_ != nullptr; }
  QString path() const { return path_; }
  // The GUI thread's connection; null when no project is open. Do not use from other threads.
  reco::Project* project() const { return project_.get(); }

  // Called after something (an import) wrote to the project through another connection.
  void notifyDataChanged();

  // True when a project is open and holds at least one event (a cheap look at the event block table; an unreadable
  // table counts as holding events, so the views that read it report the problem).
  bool hasEvents() const;

 Q_SIGNALS:
  void projectOpened(const QString& path);
  // Emitted while project() is still valid: views drop what refers to it.
  void projectAboutToClose();
  void projectClosed();
  void dataChanged();

 private:
  bool adopt(const QString& path, bool create, QString* error);
  std::unique_ptr<reco::Project> project_;
  QString path_;
};
