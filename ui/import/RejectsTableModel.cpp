#include "ui/import/RejectsTableModel.h"

#include <QFileInfo>
#include <QSaveFile>

#include "core/import/RejectsCsv.h"

RejectsTableModel::RejectsTableModel(QObject* parent) : QAbstractTableModel(parent) {}

void RejectsTableModel::setRejects(std::vector<reco::ImportReject> rejects) {
  beginResetModel();
  rejects_ = std::move(rejects);
  endResetModel();
}

int RejectsTableModel::rowCount(const QModelIndex& parent) const {
  return parent.isValid() ? 0 : static_cast<int>(rejects_.size());
}

int RejectsTableModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : 3; }

QVariant RejectsTableModel::data(const QModelIndex& index, int role) const {
  if (!index.isValid() || index.row() >= rowCount() || index.column() >= 3) return {};
  const reco::ImportReject& r = rejects_[static_cast<std::size_t>(index.row())];
  if (role == Qt::DisplayRole) {
    switch (index.column()) {
      case 0: return QFileInfo(QString::fromStdString(r.file)).fileName();
      case 1: return QString::number(r.line);
      case 2: return QString::fromStdString(r.reason);
    }
  }
  if (role == Qt::ToolTipRole) {
    if (index.column() == 0) return QString::fromStdString(r.file);
    if (index.column() == 2) return QString::fromStdString(r.reason);
  }
  if (role == Qt::TextAlignmentRole && index.column() == 1)
    return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
  return {};
}

QVariant RejectsTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
  if (orientation == Qt::Horizontal && role == Qt::DisplayRole) {
    switch (section) {
      case 0: return tr("File");
      case 1: return tr("Line");
      case 2: return tr("Reason");
    }
  }
  return QAbstractTableModel::headerData(section, orientation, role);
}

bool RejectsTableModel::writeCsv(const QString& path, QString* error) const {
  QSaveFile file(path);
  if (!file.open(QIODevice::WriteOnly)) {
    if (error) *error = tr("Cannot write '%1': %2").arg(path, file.errorString());
    return false;
  }
  const std::string out = reco::writeRejectsCsv(rejects_);
  if (file.write(out.data(), static_cast<qint64>(out.size())) != static_cast<qint64>(out.size()) || !file.commit()) {
    if (error) *error = tr("Cannot write '%1': %2").arg(path, file.errorString());
    return false;
  }
  return true;
}
