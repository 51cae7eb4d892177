// One user's event history for the Try-it panel, newest first: time, item, title, category, event type, value. Every
// event of the user, found by the user's project id through reco::UserHistory (core); rows are turned into text in
// pages of kPageSize as the view scrolls (canFetchMore / fetchMore), so a user with 100,000 events opens at once.
#pragma once

#include <QAbstractTableModel>
#include <QString>
#include <memory>
#include <vector>

namespace reco {
class Project;
class UserHistory;
}  // namespace reco

class UserHistoryModel : public QAbstractTableModel {
  Q_OBJECT
 public:
  static constexpr int ItemExtIdRole = Qt::UserRole + 1;
  static constexpr int ItemIdRole = Qt::UserRole + 2;  // the project items.id (qint64)
  static constexpr int kPageSize = 256;  // rows made per fetchMore

  struct Row {
    qint64 timestamp = 0;
    qint64 itemId = 0;
    QString itemExtId;
    QString title;
    QString category;
    QString type;
    QString value;
  };

  explicit UserHistoryModel(QObject* parent = nullptr);
  ~UserHistoryModel() override;

  // Loads the history of project user `userId` (users.id), impressions left out unless asked, and makes the first
  // page of rows. The project must stay open until clear() or the next load(). Throws what core throws.
  void load(reco::Project& project, qint64 userId, bool includeImpressions);
  void clear();
  const Row* row(int index) const;
  // Events in the history (rows made so far may be fewer: see canFetchMore) and events of the user of any type.
  qint64 eventCount() const;
  qint64 eventsSeen() const;

  int rowCount(const QModelIndex& parent = {}) const override;
  int columnCount(const QModelIndex& parent = {}) const override;
  bool canFetchMore(const QModelIndex& parent) const override;
  void fetchMore(const QModelIndex& parent) override;
  QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
  QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

 private:
  std::vector<Row> makeRows(std::size_t offset, std::size_t limit) const;
  void finishReset();

  reco::Project* project_ = nullptr;
  std::unique_ptr<reco::UserHistory> history_;
  std::vector<Row> rows_;
  bool notifying_ = false;
};
