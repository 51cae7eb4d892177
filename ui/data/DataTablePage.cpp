#include "ui/data/DataTablePage.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>
#include <algorithm>
#include <limits>

#include "ui/data/DataTableModel.h"

DataTablePage::DataTablePage(reco::BrowseTable table, QWidget* parent)
    : QWidget(parent),
      model_(new DataTableModel(table, this)),
      search_(new QLineEdit(this)),
      status_(new QLabel(this)),
      view_(new QTableView(this)),
      debounce_(new QTimer(this)) {
  search_->setClearButtonEnabled(true);
  switch (table) {
    case reco::BrowseTable::Users: search_->setPlaceholderText(tr("Search by user ID (prefix)…")); break;
    case reco::BrowseTable::Items: search_->setPlaceholderText(tr("Search by item ID (prefix) or title…")); break;
    case reco::BrowseTable::Events:
      search_->setPlaceholderText(tr("Search by user ID, item ID (prefix) or item title…"));
      break;
  }
  search_->setAccessibleName(tr("Search"));
  status_->setTextInteractionFlags(Qt::TextSelectableByMouse);

  view_->setModel(model_);
  view_->setAlternatingRowColors(true);
  view_->setSelectionBehavior(QAbstractItemView::SelectRows);
  view_->setWordWrap(false);
  view_->setTabKeyNavigation(false);  // Tab leaves the table, arrows move inside
  view_->verticalHeader()->setVisible(false);
  view_->verticalHeader()->setDefaultSectionSize(view_->fontMetrics().height() + 8);
  view_->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
  view_->horizontalHeader()->setStretchLastSection(true);
  view_->horizontalHeader()->setSortIndicator(0, Qt::AscendingOrder);
  view_->setSortingEnabled(true);
  // Clicking an unsortable column puts the indicator back where the model's order really is.
  connect(view_->horizontalHeader(), &QHeaderView::sortIndicatorChanged, this, [this](int section, Qt::SortOrder) {
    if (!model_->isSortable(section)) {
      QMetaObject::invokeMethod(
          this, [this] { view_->horizontalHeader()->setSortIndicator(model_->sortColumn(), model_->sortOrder()); },
          Qt::QueuedConnection);
    }
  });

  debounce_->setSingleShot(true);
  debounce_->setInterval(kSearchDelayMs);
  connect(search_, &QLineEdit::textChanged, debounce_, qOverload<>(&QTimer::start));
  connect(search_, &QLineEdit::returnPressed, this, [this] {
    debounce_->stop();
    model_->setSearchText(search_->text());
  });
  connect(debounce_, &QTimer::timeout, this, [this] { model_->setSearchText(search_->text()); });
  connect(model_, &DataTableModel::totalRowsChanged, this, &DataTablePage::updateStatus);
  connect(model_, &QAbstractItemModel::rowsInserted, this, &DataTablePage::updateStatus);
  connect(model_, &DataTableModel::queryFailed, this, &DataTablePage::updateStatus);

  auto* top = new QHBoxLayout;
  top->addWidget(search_, 1);
  top->addWidget(status_);
  auto* layout = new QVBoxLayout(this);
  layout->addLayout(top);
  layout->addWidget(view_, 1);
  setFocusProxy(search_);
  setTabOrder(search_, view_);
  updateStatus();
}

void DataTablePage::setProject(reco::Project* project) {
  model_->setProject(project);
  if (project && !columnsSized_ && model_->rowCount() > 0) {
    view_->resizeColumnsToContents();
    for (int c = 0; c < model_->columnCount(); ++c)
      view_->setColumnWidth(c, qBound(48, view_->columnWidth(c) + 12, 320));
    columnsSized_ = true;
  }
}

void DataTablePage::reload() { model_->reload(); }

void DataTablePage::updateStatus() {
  if (!model_->lastError().isEmpty()) {
    status_->setText(tr("Query failed: %1").arg(model_->lastError()));
    return;
  }
  const QLocale locale;
  const int total = static_cast<int>(std::min<qint64>(model_->totalRows(), std::numeric_limits<int>::max()));
  if (model_->searchText().isEmpty())
    status_->setText(tr("%Ln row(s) (%1 loaded)", nullptr, total).arg(locale.toString(model_->rowCount())));
  else
    status_->setText(tr("%Ln matching row(s) (%1 loaded)", nullptr, total).arg(locale.toString(model_->rowCount())));
}
