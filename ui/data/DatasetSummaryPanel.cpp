#include "ui/data/DatasetSummaryPanel.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QFormLayout>
#include <QGroupBox>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QLocale>
#include <QValueAxis>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>
#include <exception>

#include "ui/app/ProjectSession.h"

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
      watcher_(new QFutureWatcher<Outcome>(this)),
      state_(new QLabel(this)),
      users_(valueLabel(this)),
      items_(valueLabel(this)),
      events_(valueLabel(this)),
      firstEvent_(valueLabel(this)),
      lastEvent_(valueLabel(this)),
      categories_(valueLabel(this)),
      placements_(valueLabel(this)),
      variants_(valueLabel(this)),
      chart_(new QChart),
      chartView_(new QChartView(chart_, this)) {
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

  chart_->setTitle(tr("Events by type"));
  chart_->legend()->hide();
  chart_->setMargins(QMargins(4, 4, 4, 4));
  chart_->setBackgroundRoundness(0);
  chartView_->setRenderHint(QPainter::Antialiasing);
  chartView_->setMinimumHeight(220);
  chartView_->setFocusPolicy(Qt::NoFocus);

  state_->setWordWrap(true);
  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->addWidget(state_);
  layout->addWidget(counts);
  layout->addWidget(chartView_, 1);

  connect(watcher_, &QFutureWatcher<Outcome>::finished, this, [this] {
    computing_ = false;
    if (watchedGeneration_ == generation_ && session_ && session_->isOpen()) display(watcher_->result());
    if (pending_) {
      pending_ = false;
      refresh();
    }
  });
  clear(tr("No project open."));
}

DatasetSummaryPanel::~DatasetSummaryPanel() {
  // The worker only touches its own connection, but its result is delivered to this object: wait for it.
  watcher_->waitForFinished();
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
  watcher_->setFuture(QtConcurrent::run([path]() -> Outcome {
    Outcome out;
    try {
      reco::Project project = reco::Project::openReadOnly(path);
      out.summary = reco::summarizeDataset(project);
    } catch (const std::exception& e) {
      out.error = QString::fromStdString(e.what());
    }
    return out;
  }));
}

void DatasetSummaryPanel::clear(const QString& message) {
  summary_.reset();
  state_->setText(message);
  state_->setVisible(!message.isEmpty());
  for (QLabel* l : {users_, items_, events_, firstEvent_, lastEvent_, categories_, placements_, variants_})
    l->setText(QStringLiteral("–"));
  chart_->removeAllSeries();
  for (QAbstractAxis* axis : chart_->axes()) {
    chart_->removeAxis(axis);
    delete axis;
  }
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
  firstEvent_->setText(s.firstTimestamp ? QString::fromStdString(reco::formatIsoUtc(*s.firstTimestamp)) : tr("none"));
  lastEvent_->setText(s.lastTimestamp ? QString::fromStdString(reco::formatIsoUtc(*s.lastTimestamp)) : tr("none"));
  categories_->setText(locale.toString(static_cast<qlonglong>(s.categories)));
  placements_->setText(locale.toString(static_cast<qlonglong>(s.placements)));
  variants_->setText(locale.toString(static_cast<qlonglong>(s.variants)));

  auto* set = new QBarSet(tr("Events"));
  QStringList categories;
  qint64 maxCount = 0;
  // Bottom-to-top in a horizontal chart: reverse so the first type is on top.
  for (auto it = s.eventsByType.rbegin(); it != s.eventsByType.rend(); ++it) {
    categories << QString::fromStdString(it->first);
    *set << static_cast<qreal>(it->second);
    maxCount = std::max<qint64>(maxCount, it->second);
  }
  if (categories.isEmpty()) {
    state_->setText(tr("The project holds no events yet. Use File › Import Dataset… to add some."));
    state_->show();
    Q_EMIT summaryShown();
    return;
  }
  auto* series = new QHorizontalBarSeries;
  series->append(set);
  series->setLabelsVisible(true);
  series->setLabelsPosition(QAbstractBarSeries::LabelsInsideBase);
  series->setLabelsFormat(QStringLiteral("@value"));
  chart_->addSeries(series);
  auto* typeAxis = new QBarCategoryAxis;
  typeAxis->append(categories);
  chart_->addAxis(typeAxis, Qt::AlignLeft);
  series->attachAxis(typeAxis);
  auto* countAxis = new QValueAxis;
  countAxis->setRange(0, static_cast<qreal>(maxCount) * 1.05);
  countAxis->setLabelFormat(QStringLiteral("%.0f"));
  countAxis->setTickCount(3);
  chart_->addAxis(countAxis, Qt::AlignBottom);
  series->attachAxis(countAxis);
  Q_EMIT summaryShown();
}
