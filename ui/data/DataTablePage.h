// One tab of the Data workspace: a debounced search box, a row count and a lazily loaded, sortable table view whose
// columns fit its width: the title column takes the room left (long titles are elided in the middle), and optional
// columns without a value in the loaded rows are hidden until they hold one (the header's context menu shows or
// hides any column).
#pragma once

#include <QWidget>
#include <vector>

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
  // The user's choice in the header's context menu: show or hide a column whatever it holds.
  void setColumnShown(int column, bool shown);

 private:
  bool eventFilter(QObject* watched, QEvent* event) override;
  void updateStatus();
  // Measures each column's preferred width (header and loaded content) once there are rows.
  void measureColumns();
  // Hands the view's width out to the columns: see DataTablePage.cpp.
  void fitColumns();
  // Hides the optional columns without a value in the loaded rows (unless the user chose otherwise), then refits.
  void updateHiddenColumns();
  // Whether a column is one that may be hidden when empty (not an id, a name, the type, a time or the title).
  bool isOptional(int column) const;
  void showHeaderMenu(const QPoint& at);
  DataTableModel* model_;
  QLineEdit* search_;
  QLabel* status_;
  QTableView* view_;
  QTimer* debounce_;
  bool columnsSized_ = false;
  bool fitting_ = false;      // inside fitColumns(): section resizes are ours, not the user's
  bool userResized_ = false;  // the user dragged a column edge: their widths stay
  int stretchColumn_ = -1;    // the title column, or -1 (then the last column stretches)
  std::vector<int> preferred_, floor_;
  enum class ColumnChoice { Auto, Shown, Hidden };  // Auto: hidden while empty (optional columns only)
  std::vector<ColumnChoice> choice_;
};
