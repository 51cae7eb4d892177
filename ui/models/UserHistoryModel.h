// One user's event history for the Try-it panel, newest first: time, item, title, event type. Read through
// reco::DataBrowser (events searched by the user's external id, then kept only when the user matches exactly).
#pragma once

#include <QAbstractTableModel>
#include <QString>
#include <vector>

namespace reco {
class Project;
}

class UserHistoryModel : public QAbstractTableModel {
  Q_OBJECT
 public:
  static constexpr int ItemExtIdRole = Qt::UserRole + 1;
  static constexpr int kMaxRows = 500;  // the newest events shown

  struct Row {
    qint64 timestamp = 0;
    QString itemExtId;
    QString title;
    QString type;
    QString value;
  };

  explicit UserHistoryModel(QObject* parent = nullptr);

  // Loads the user's events (impressions left out unless asked). Throws what core throws.
  void load(reco::Project& project, const QString& userExtId, bool includeImpressions);
  void clear();
  const Row* row(int index) const;
  // Events of the user seen (impressions included) while loading; may exceed the rows shown.
  int eventsSeen() const { return eventsSeen_; }

  int rowCount(const QModelIndex& parent = {}) const override;
  int columnCount(const QModelIndex& parent = {}) const override;
  QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
  QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

 private:
  std::vector<Row> rows_;
  int eventsSeen_ = 0;
};
