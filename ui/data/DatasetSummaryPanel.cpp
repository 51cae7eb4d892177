#include "ui/data/DatasetSummaryPanel.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableWidget>
#include <QVBoxLayout>
#include <algorithm>
#include <vector>

#include "core/base/Time.h"
#include "ui/base/LocaleFormat.h"
#include "ui/base/ProjectSession.h"

namespace {
QLabel* valueLabel(QWidget* parent) {
  auto* l = new QLabel(parent);
  l->setTextInteractionFlags(Qt::TextSelectableByMouse);
  l->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
  return l;
}
}  // namespace

DatasetSummaryPanel::DatasetSummaryPanel(QWidget* parent)
    : QWidget(parent),
      task_(new ProjectTask<reco::DatasetSummary>(this)),
      state_(new QLabel(this)),
      users_(valueLabel(this)),
      items_(valueLabel(this)),
      events_(valueLabel(this)),
      firstEvent_(valueLabel(this)),
      lastEvent_(valueLabel(this)),
      categories_(valueLabel(this)),
      placements_(valueLabel(this)),
      variants_(valueLabel(this)),
      byType_(new QTableWidget(0, 3, this)) {
  task_->setName(tr("Reading the dataset summary"));
  task_->setViewRefresh(true);
  auto* counts = new QGroupBox(tr("Dataset"), this);
  auto* form = new QFormLayout(counts);
  form->addRow(tr("Users:"), users_);
  form->addRow(tr("Items:"), items_);
  form->addRow(tr("Events:"), events_);
  form->addRow(tr("First event:"), firstEvent_);
  form->addRow(tr("Last event:"), lastEvent_);
  form->addRow(tr("Categories:"), categories_);
  form->addRow(tr("Placements:"), placements_);
  form->addRow(tr("Variants:"), variants_);

  auto* types = new QGroupBox(tr("Events by type"), this);
  auto* typesLayout = new QVBoxLayout(types);
  byType_->setHorizontalHeaderLabels({tr("Type"), tr("Events"), tr("Share")});
  byType_->verticalHeader()->setVisible(false);
  byType_->setEditTriggers(QAbstractItemView::NoEditTriggers);
  byType_->setSelectionMode(QAbstractItemView::NoSelection);
  byType_->setFocusPolicy(Qt::NoFocus);
  byType_->setShowGrid(false);
  byType_->setFrameShape(QFrame::NoFrame);
  byType_->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
  byType_->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
  byType_->horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
  byType_->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
  byType_->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
  typesLayout->addWidget(byType_);

  state_->setWordWrap(true);
  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->addWidget(state_);
  layout->addWidget(counts);
  layout->addWidget(types);
  layout->addStretch(1);

  connect(task_, &BackgroundTask::finished, this, [this] {
    computing_ = false;
    if (watchedGeneration_ == generation_ && session_ && session_->isOpen())
      display(Outcome{task_->outcome(), task_->error()});
    if (pending_) {
      pending_ = false;
      refresh();
    }
  });
  clear(tr("No project open."));
}

QSize DatasetSummaryPanel::sizeHint() const {
  return {std::max(minimumWidth(), minimumSizeHint().width()), QWidget::sizeHint().height()};
}

DatasetSummaryPanel::~DatasetSummaryPanel() {
  // The worker only touches its own connection, but its result is delivered to this object: wait for it.
  task_->cancelAndWait();
}

void DatasetSummaryPanel::setSession(std::shared_ptr<ProjectSession> session) {
  session_ = std::move(session);
  connect(session_.get(), &ProjectSession::projectOpened, this, &DatasetSummaryPanel::refresh);
  connect(session_.get(), &ProjectSession::dataChanged, this, &DatasetSummaryPanel::refresh);
  connect(session_.get(), &ProjectSession::projectClosed, this, [this] {
    ++generation_;
    clear(tr("No project open."));
  });
  if (session_->isOpen()) refresh();
}

void DatasetSummaryPanel::refresh() {
  ++generation_;
  if (!session_ || !session_->isOpen()) {
    clear(tr("No project open."));
    return;
  }
  if (computing_) {  // one worker at a time; run again with the newest state when it ends
    pending_ = true;
    return;
  }
  state_->setText(tr("Computing summary…"));
  state_->show();
  computing_ = true;
  watchedGeneration_ = generation_;
  const std::string path = session_->path().toStdString();
  task_->run([path](TaskContext&, reco::DatasetSummary& summary) {
    reco::Project project = reco::Project::openReadOnly(path);
    summary = reco::summarizeDataset(project);
  });
}

void DatasetSummaryPanel::clear(const QString& message) {
  summary_.reset();
  state_->setText(message);
  state_->setVisible(!message.isEmpty());
  for (QLabel* l : {users_, items_, events_, firstEvent_, lastEvent_, categories_, placements_, variants_})
    l->setText(QStringLiteral("–"));
  byType_->setRowCount(0);
  byType_->setFixedHeight(byType_->horizontalHeader()->sizeHint().height() + 4);
}

void DatasetSummaryPanel::display(const Outcome& outcome) {
  if (!outcome.error.isEmpty()) {
    clear(tr("Could not summarize the project: %1").arg(outcome.error));
    Q_EMIT summaryShown();
    return;
  }
  clear(QString());
  const reco::DatasetSummary& s = outcome.summary;
  summary_ = s;
  const QLocale locale;
  users_->setText(locale.toString(static_cast<qlonglong>(s.users)));
  items_->setText(locale.toString(static_cast<qlonglong>(s.items)));
  events_->setText(locale.toString(static_cast<qlonglong>(s.events)));
  // To the minute, which keeps the panel narrow beside the tables; the tooltip has the second.
  firstEvent_->setText(s.firstTimestamp ? LocaleFormat::utcDateTime(*s.firstTimestamp) : tr("none"));
  lastEvent_->setText(s.lastTimestamp ? LocaleFormat::utcDateTime(*s.lastTimestamp) : tr("none"));
  firstEvent_->setToolTip(s.firstTimestamp ? LocaleFormat::utcDateTime(*s.firstTimestamp, true) : QString());
  lastEvent_->setToolTip(s.lastTimestamp ? LocaleFormat::utcDateTime(*s.lastTimestamp, true) : QString());
  categories_->setText(locale.toString(static_cast<qlonglong>(s.categories)));
  placements_->setText(locale.toString(static_cast<qlonglong>(s.placements)));
  variants_->setText(locale.toString(static_cast<qlonglong>(s.variants)));

  if (s.eventsByType.empty()) {
    state_->setText(tr("The project holds no events yet. Use File › Import Dataset… to add some."));
    state_->show();
    Q_EMIT summaryShown();
    return;
  }
  // Most frequent type first.
  std::vector<std::pair<std::string, std::int64_t>> types(s.eventsByType.begin(), s.eventsByType.end());
  std::stable_sort(types.begin(), types.end(), [](const auto& a, const auto& b) { return a.second > b.second; });
  byType_->setRowCount(static_cast<int>(types.size()));
  for (int r = 0; r < static_cast<int>(types.size()); ++r) {
    const auto& [name, count] = types[static_cast<std::size_t>(r)];
    const double share = s.events > 0 ? 100.0 * static_cast<double>(count) / static_cast<double>(s.events) : 0.0;
    auto* type = new QTableWidgetItem(QString::fromStdString(name));
    auto* events = new QTableWidgetItem(locale.toString(static_cast<qlonglong>(count)));
    auto* pct = new QTableWidgetItem(LocaleFormat::percentValue(share, share < 1.0 ? 2 : 1));
    events->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    pct->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    byType_->setItem(r, 0, type);
    byType_->setItem(r, 1, events);
    byType_->setItem(r, 2, pct);
  }
  byType_->resizeRowsToContents();
  // Rows of a never-shown table can report a height of 0; never size below the default row height.
  const int minRow = fontMetrics().height() + 4;
  int height = byType_->horizontalHeader()->sizeHint().height() + 2 * byType_->frameWidth() + 4;
  for (int r = 0; r < byType_->rowCount(); ++r) height += std::max(byType_->rowHeight(r), minRow);
  byType_->setFixedHeight(height);
  Q_EMIT summaryShown();
}
