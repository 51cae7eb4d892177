// One tab of the Data workspace: a debounced search box, a row count and a lazily loaded, sortable table view.
#pragma once

#include <QWidget>

#include "core/browse/DataBrowser.h"

class DataTableModel;
class QLabel;
class QLineEdit;
class QTableView;
class QTimer;

class DataTablePage : public QWidget {
  Q_OBJECT
 public:
  static constexpr int kSearchDelayMs = 300;

  explicit DataTablePage(reco::BrowseTable table, QWidget* parent = nullptr);

  DataTableModel* model() const { return model_; }
  QTableView* view() const { return view_; }
  QLineEdit* searchBox() const { return search_; }

  void setProject(reco::Project* project);
  void reload();

 private:
  void updateStatus();
  DataTableModel* model_;
  QLineEdit* search_;
  QLabel* status_;
  QTableView* view_;
  QTimer* debounce_;
  bool columnsSized_ = false;
};
