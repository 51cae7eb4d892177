// A lazy, read-only table model over one of a project's tables (users, items or events). Rows arrive in pages of
// kPageSize from core (reco::DataBrowser) through canFetchMore/fetchMore; sorting and searching re-query core.
#pragma once

#include <QAbstractTableModel>
#include <QString>
#include <memory>
#include <vector>

#include "core/browse/DataBrowser.h"

class DataTableModel : public QAbstractTableModel {
  Q_OBJECT
 public:
  static constexpr int kPageSize = 256;
  // The cell's value as stored (qint64, double or QString; null when unset): timestamps as Unix seconds, where the
  // display role shows them in the user's locale.
  static constexpr int ValueRole = Qt::UserRole;

  explicit DataTableModel(reco::BrowseTable table, QObject* parent = nullptr);
  ~DataTableModel() override;

  reco::BrowseTable table() const { return table_; }
  // The GUI thread's project connection, or null to show nothing. The project must outlive its use here
  // (call setProject(nullptr) before closing it).
  void setProject(reco::Project* project);
  // Filters rows (see reco::BrowseQuery::search); resets the model.
  void setSearchText(const QString& text);
  QString searchText() const { return search_; }
  // Re-counts and reloads from the first page (after the data changed).
  void reload();

  qint64 totalRows() const { return total_; }
  bool isSortable(int column) const;
  // Whether any loaded row has a value in `column` (NULL and empty text count as none).
  bool hasValues(int column) const;
  // The core column shown in `column` (its key and kind).
  const reco::BrowseColumn& browseColumn(int column) const { return columns_[static_cast<std::size_t>(column)]; }
  int sortColumn() const { return sortColumn_; }
  Qt::SortOrder sortOrder() const { return ascending_ ? Qt::AscendingOrder : Qt::DescendingOrder; }
  QString lastError() const { return lastError_; }

  int rowCount(const QModelIndex& parent = {}) const override;
  int columnCount(const QModelIndex& parent = {}) const override;
  QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
  QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
  bool canFetchMore(const QModelIndex& parent) const override;
  void fetchMore(const QModelIndex& parent) override;
  // Unsortable columns are ignored (the order stays as it was).
  void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

 Q_SIGNALS:
  void totalRowsChanged(qint64 total);
  void queryFailed(const QString& message);

 private:
  void resetQuery();
  void finishReset();
  void fail(const std::exception& e);
  QString columnTitle(int column) const;

  reco::BrowseTable table_;
  const std::vector<reco::BrowseColumn>& columns_;
  std::unique_ptr<reco::DataBrowser> browser_;
  std::vector<reco::BrowseRow> rows_;
  qint64 total_ = 0;
  int sortColumn_ = 0;
  bool ascending_ = true;
  bool notifying_ = false;  // inside a reset or insert notification
  QString search_;
  QString lastError_;
};
