#include "ui/data/DataTablePage.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QStyle>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>
#include <algorithm>
#include <cmath>
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
    case reco::BrowseTable::Users:
      search_->setPlaceholderText(tr("Search by user ID (prefix)…"));
      view_->setAccessibleName(tr("Users"));
      break;
    case reco::BrowseTable::Items:
      search_->setPlaceholderText(tr("Search by item ID (prefix) or title…"));
      view_->setAccessibleName(tr("Items"));
      break;
    case reco::BrowseTable::Events:
      search_->setPlaceholderText(tr("Search by user ID, item ID (prefix) or item title…"));
      view_->setAccessibleName(tr("Events"));
      break;
  }
  search_->setAccessibleName(tr("Search"));
  status_->setTextInteractionFlags(Qt::TextSelectableByMouse);

  view_->setModel(model_);
  view_->setAlternatingRowColors(true);
  view_->setSelectionBehavior(QAbstractItemView::SelectRows);
  view_->setWordWrap(false);
  view_->setTextElideMode(Qt::ElideMiddle);  // "Organic … Sampler 200" keeps both ends of a title readable
  view_->setTabKeyNavigation(false);         // Tab leaves the table, arrows move inside
  view_->verticalHeader()->setVisible(false);
  view_->verticalHeader()->setDefaultSectionSize(view_->fontMetrics().height() + 8);
  view_->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
  view_->horizontalHeader()->setStretchLastSection(true);
  view_->horizontalHeader()->setTextElideMode(Qt::ElideRight);  // a squeezed header; its tooltip names the column
  for (int c = 0; c < model_->columnCount(); ++c) {
    const std::string& name = model_->browseColumn(c).name;
    if (name == "title" || name == "item_title") stretchColumn_ = c;
  }
  if (stretchColumn_ >= 0) {
    view_->horizontalHeader()->setStretchLastSection(false);
    view_->horizontalHeader()->setSectionResizeMode(stretchColumn_, QHeaderView::Stretch);
  }
  view_->installEventFilter(this);
  connect(view_->horizontalHeader(), &QHeaderView::sectionResized, this, [this](int section) {
    // The stretching column (the title, or the last one) follows the view; any other resize not ours is the user's.
    const int stretching = stretchColumn_ >= 0 ? stretchColumn_ : model_->columnCount() - 1;
    if (!fitting_ && columnsSized_ && section != stretching) userResized_ = true;
  });
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
  connect(model_, &QAbstractItemModel::rowsInserted, this, &DataTablePage::updateHiddenColumns);
  connect(model_, &QAbstractItemModel::modelReset, this, &DataTablePage::updateHiddenColumns);
  choice_.assign(static_cast<std::size_t>(model_->columnCount()), ColumnChoice::Auto);
  view_->horizontalHeader()->setContextMenuPolicy(Qt::CustomContextMenu);
  connect(view_->horizontalHeader(), &QWidget::customContextMenuRequested, this, &DataTablePage::showHeaderMenu);
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
  if (project && !columnsSized_ && model_->rowCount() > 0) measureColumns();
  updateHiddenColumns();
}

bool DataTablePage::isOptional(int column) const {
  const reco::BrowseColumn& c = model_->browseColumn(column);
  return column != stretchColumn_ && c.name != "id" && c.name != "ext_id" && c.name != "user" && c.name != "item" &&
         c.name != "type" && c.kind != reco::BrowseColumnKind::Timestamp;
}

void DataTablePage::measureColumns() {
  QHeaderView* header = view_->horizontalHeader();
  const int n = model_->columnCount();
  preferred_.assign(static_cast<std::size_t>(n), 0);
  floor_.assign(static_cast<std::size_t>(n), 0);
  const QFontMetrics metrics = view_->fontMetrics();
  for (int c = 0; c < n; ++c) {
    const auto i = static_cast<std::size_t>(c);
    const int content = std::min(static_cast<QAbstractItemView*>(view_)->sizeHintForColumn(c) + 6, 320);
    preferred_[i] = std::max({48, content, header->sectionSizeHint(c)});
    // What a column may shrink to: ids, names, the type and times keep their content whole; other columns the text of
    // their header (without the room of a sort indicator they never show), or about eight characters of a longer
    // text (elided in the middle). The title column stretches, down to about fifteen characters.
    const int headerText = header->fontMetrics().horizontalAdvance(model_->headerData(c, Qt::Horizontal).toString());
    const int margins = 2 * header->style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, header) + 4;
    floor_[i] = isOptional(c)
                    ? std::min(preferred_[i], std::max(headerText + margins, metrics.averageCharWidth() * 8 + 12))
                    : preferred_[i];
    if (c == stretchColumn_) floor_[i] = std::min(preferred_[i], metrics.averageCharWidth() * 15 + 12);
  }
  columnsSized_ = true;
  updateHiddenColumns();
}

void DataTablePage::updateHiddenColumns() {
  if (model_->rowCount() == 0) return;  // nothing loaded (yet): keep what is shown
  if (!columnsSized_) {
    measureColumns();
    return;
  }
  bool changed = false;
  for (int c = 0; c < model_->columnCount(); ++c) {
    const ColumnChoice choice = choice_[static_cast<std::size_t>(c)];
    const bool hide =
        choice == ColumnChoice::Hidden || (choice == ColumnChoice::Auto && isOptional(c) && !model_->hasValues(c));
    if (view_->isColumnHidden(c) == hide) continue;
    view_->setColumnHidden(c, hide);
    changed = true;
  }
  if (changed) fitColumns();
}

void DataTablePage::setColumnShown(int column, bool shown) {
  if (column < 0 || column >= model_->columnCount()) return;
  choice_[static_cast<std::size_t>(column)] = shown ? ColumnChoice::Shown : ColumnChoice::Hidden;
  userResized_ = false;  // a column came or went: hand the width out again
  updateHiddenColumns();
  fitColumns();
}

void DataTablePage::showHeaderMenu(const QPoint& at) {
  QMenu menu(this);
  menu.setToolTipsVisible(true);
  for (int c = 0; c < model_->columnCount(); ++c) {
    QAction* action = menu.addAction(model_->headerData(c, Qt::Horizontal).toString());
    action->setCheckable(true);
    action->setChecked(!view_->isColumnHidden(c));
    action->setEnabled(isOptional(c));  // ids, names, the type, times and the title are always shown
    if (isOptional(c) && !model_->hasValues(c)) action->setToolTip(tr("No value in the rows loaded so far"));
    connect(action, &QAction::toggled, this, [this, c](bool on) { setColumnShown(c, on); });
  }
  menu.exec(view_->horizontalHeader()->mapToGlobal(at));
}

// Every shown column gets its preferred width when they all fit. When they do not, each gives up width in proportion
// to what it has above its floor, so the row fits the view and no column is cut; the title column (Stretch) takes
// what is left. Below the sum of the floors (a very narrow window) the view scrolls sideways. Once the user has
// resized a column by hand, their widths stay.
void DataTablePage::fitColumns() {
  if (!columnsSized_ || userResized_ || preferred_.empty()) return;
  const int n = static_cast<int>(preferred_.size());
  const int room = view_->viewport()->width();
  int wanted = 0, spare = 0;
  for (int c = 0; c < n; ++c) {
    if (view_->isColumnHidden(c)) continue;
    wanted += preferred_[static_cast<std::size_t>(c)];
    spare += preferred_[static_cast<std::size_t>(c)] - floor_[static_cast<std::size_t>(c)];
  }
  const int excess = std::max(0, wanted - room);
  const double share = spare > 0 ? std::min(1.0, static_cast<double>(excess) / spare) : 0.0;
  fitting_ = true;
  for (int c = 0; c < n; ++c) {
    const auto i = static_cast<std::size_t>(c);
    if (c == stretchColumn_ || view_->isColumnHidden(c)) continue;  // the title: sized by the header, to what is left
    view_->setColumnWidth(c, preferred_[i] - static_cast<int>(std::ceil(share * (preferred_[i] - floor_[i]))));
  }
  fitting_ = false;
}

bool DataTablePage::eventFilter(QObject* watched, QEvent* event) {
  if (watched == view_ && event->type() == QEvent::Resize)
    QMetaObject::invokeMethod(this, &DataTablePage::fitColumns, Qt::QueuedConnection);
  return QWidget::eventFilter(watched, event);
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
