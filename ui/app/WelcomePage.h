// What the main window shows while no project is open: the recent projects (AppSettings' list, newest first; Enter
// or a double click opens one) and the four ways to start — New project, Open project, Import data, Open demo
// project. The page only asks; the main window does the work.
#pragma once

#include <QString>
#include <QWidget>

class AppSettings;
class QLabel;
class QListWidget;
class QPushButton;

class WelcomePage : public QWidget {
  Q_OBJECT
 public:
  explicit WelcomePage(AppSettings& settings, QWidget* parent = nullptr);

  QListWidget* recentList() const { return recent_; }
  QPushButton* newButton() const { return new_; }
  QPushButton* openButton() const { return open_; }
  QPushButton* importButton() const { return import_; }
  QPushButton* demoButton() const { return demo_; }

 Q_SIGNALS:
  void newProjectRequested();
  void openProjectRequested();
  // Import data without a project: the window first asks where the new project goes.
  void importRequested();
  void demoRequested();
  void recentProjectRequested(const QString& path);

 private:
  void rebuildRecent();
  QPushButton* addStartButton(const QString& text, const QString& description);

  AppSettings& settings_;
  QListWidget* recent_;
  QLabel* noRecent_;
  QPushButton* new_ = nullptr;
  QPushButton* open_ = nullptr;
  QPushButton* import_ = nullptr;
  QPushButton* demo_ = nullptr;
  QWidget* startColumn_ = nullptr;
};
