// The trained models stored in the project: name, algorithm, parameters, training time, when it was trained and
// whether the data changed since (the model's data fingerprint against the project's current one).
#pragma once

#include <QAbstractTableModel>
#include <QString>
#include <QStringList>
#include <vector>

class TrainedModelsModel : public QAbstractTableModel {
  Q_OBJECT
 public:
  static constexpr int NameRole = Qt::UserRole + 1;

  struct Row {
    QString name;
    QString algorithm;
    QString params;       // ParamForm::summary: "Latent factors: 32, ..." (labels as the Train form shows them)
    double seconds = 0;   // training time
    qint64 trainedAt = 0; // Unix seconds
    bool currentData = true;  // trained on the project's current data
    std::vector<double> loss;  // per iteration, as recorded when it was trained
  };

  explicit TrainedModelsModel(QObject* parent = nullptr);
  void setRows(std::vector<Row> rows);
  const Row* row(int index) const;
  int rowOf(const QString& name) const;
  QStringList names() const;

  int rowCount(const QModelIndex& parent = {}) const override;
  int columnCount(const QModelIndex& parent = {}) const override;
  QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
  QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

 private:
  std::vector<Row> rows_;
};
