// The base of every workspace shown in the main window's switcher (Data, Dashboard, Models, Curation ...).
// A workspace is a self-contained widget with its own view-models; it learns about the project through the session.
#pragma once

#include <QByteArray>
#include <QIcon>
#include <QString>
#include <QWidget>
#include <memory>

#include "ui/base/ProjectSession.h"

class Workspace : public QWidget {
  Q_OBJECT
 public:
  explicit Workspace(QWidget* parent = nullptr) : QWidget(parent) {}

  virtual QString title() const = 0;  // translated, short: shown in the switcher and the View menu
  virtual QIcon icon() const = 0;
  // Called once when the workspace is added to the window. The workspace connects to the session's signals; if a
  // project is already open it shows it right away.
  virtual void setProject(std::shared_ptr<ProjectSession> session) = 0;
  // The user guide chapter about this workspace (one of GuideChapter::chapters()), opened by F1 while it is current.
  virtual QString guideChapter() const = 0;
  // The arrangement the user gave the workspace (splitter positions ...), kept between sessions by the main window
  // under the workspace's objectName. Empty by default (nothing to keep); restoreLayout returns false and keeps the
  // default arrangement for a blob it does not understand.
  virtual QByteArray saveLayout() const { return {}; }
  virtual bool restoreLayout(const QByteArray& layout) {
    Q_UNUSED(layout);
    return false;
  }

 Q_SIGNALS:
  // The workspace's empty state asks the window to import data into the open project (File > Import Dataset).
  void importRequested();
};
