// The Data workspace: the project's users, items and events as lazily loaded, searchable tables, beside a summary
// panel (counts, date range, events by type).
#pragma once

#include "ui/base/GuideChapter.h"
#include "ui/base/Workspace.h"

class DataTablePage;
class DatasetSummaryPanel;
class EmptyState;
class QLabel;
class QStackedWidget;
class QTabWidget;

class DataWorkspace : public Workspace {
  Q_OBJECT
 public:
  explicit DataWorkspace(QWidget* parent = nullptr);

  QString title() const override { return tr("Data"); }
  QString guideChapter() const override { return GuideChapter::Data; }
  QIcon icon() const override;
  void setProject(std::shared_ptr<ProjectSession> session) override;

  DataTablePage* usersPage() const { return users_; }
  DataTablePage* itemsPage() const { return items_; }
  DataTablePage* eventsPage() const { return events_; }
  DatasetSummaryPanel* summaryPanel() const { return summary_; }
  QTabWidget* tabs() const { return tabs_; }
  // Shown instead of the tables while the open project holds no events; its button asks for an import.
  EmptyState* noEventsState() const { return noEvents_; }

 private:
  void showProject();
  void dropProject();
  void reloadData();
  void showDataOrEmptyState();

  std::shared_ptr<ProjectSession> session_;
  QStackedWidget* stack_;
  QLabel* noProject_;
  EmptyState* noEvents_;
  QWidget* dataPane_;
  QTabWidget* tabs_;
  DataTablePage* users_;
  DataTablePage* items_;
  DataTablePage* events_;
  DatasetSummaryPanel* summary_;
};
