#include "ui/curation/CurationWhatIfPanel.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>
#include <cmath>

#include "core/curation/Segment.h"
#include "core/models/ModelStore.h"
#include "core/storage/Project.h"
#include "core/whatif/ImpressionLog.h"
#include "core/whatif/ModelRanking.h"
#include "core/whatif/TargetPolicy.h"
#include "ui/base/ChangeColours.h"
#include "ui/base/LocaleFormat.h"
#include "ui/base/ProjectSession.h"

namespace {

QString qs(const std::string& s) { return QString::fromStdString(s); }

QString rate(double v) { return std::isfinite(v) ? LocaleFormat::percent(v, 2) : QStringLiteral("–"); }

// A difference of two rates in percentage points, signed.
QString points(double v) {
  if (!std::isfinite(v)) return QStringLiteral("–");
  const QString text = LocaleFormat::decimal(v * 100.0, 2);
  return v > 0 ? QStringLiteral("+") + text : text;
}

QString estimatorLabel(reco::Estimator e) {
  switch (e) {
    case reco::Estimator::Replay: return CurationWhatIfPanel::tr("Replay");
    case reco::Estimator::Ips: return CurationWhatIfPanel::tr("IPS");
    case reco::Estimator::Snips: return CurationWhatIfPanel::tr("Self-normalised IPS");
    case reco::Estimator::DirectMethod: return CurationWhatIfPanel::tr("Direct method");
    case reco::Estimator::DoublyRobust: return CurationWhatIfPanel::tr("Doubly robust");
  }
  return {};
}

}  // namespace

CurationWhatIfPanel::CurationWhatIfPanel(RuleSetSupplier rules, QWidget* parent)
    : QWidget(parent),
      rules_(std::move(rules)),
      task_(new ProjectTask<Outcome>(this)),
      debounce_(new QTimer(this)),
      model_(new QComboBox(this)),
      segment_(new QComboBox(this)),
      epsilon_(new QDoubleSpinBox(this)),
      cancelButton_(new QPushButton(tr("Cancel"), this)),
      progress_(new QProgressBar(this)),
      status_(new QLabel(this)),
      summary_(new QLabel(this)),
      table_(new QTableWidget(this)),
      diagnostics_(new QLabel(this)),
      warnings_(new QLabel(this)) {
  setObjectName(QStringLiteral("curationWhatIfPanel"));
  task_->setName(tr("Estimating the rules' click rate"));
  debounce_->setSingleShot(true);
  debounce_->setInterval(700);

  model_->setObjectName(QStringLiteral("whatIfModel"));
  model_->setToolTip(tr("The trained model whose ranking the rules curate"));
  model_->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
  model_->setMinimumContentsLength(10);
  segment_->setObjectName(QStringLiteral("whatIfSegment"));
  segment_->setToolTip(tr("Estimate on the logged impressions of this segment's users only"));
  segment_->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
  segment_->setMinimumContentsLength(8);
  segment_->addItem(qs(reco::Segment::kAllUsers), qs(reco::Segment::kAllUsers));
  epsilon_->setObjectName(QStringLiteral("whatIfEpsilon"));
  epsilon_->setRange(0.0, 0.5);
  epsilon_->setSingleStep(0.05);
  epsilon_->setDecimals(2);
  epsilon_->setToolTip(tr("0 evaluates the ranking as it is. Above 0, each slot shows the ranked item with "
                          "probability 1 − ε and any candidate otherwise, so that more logged impressions count"));
  cancelButton_->setEnabled(false);
  progress_->setRange(0, 1000);
  progress_->setTextVisible(false);
  progress_->setMaximumHeight(progress_->fontMetrics().height());
  status_->setObjectName(QStringLiteral("whatIfStatus"));
  status_->setWordWrap(true);
  summary_->setObjectName(QStringLiteral("whatIfSummary"));
  summary_->setWordWrap(true);
  summary_->setTextInteractionFlags(Qt::TextSelectableByMouse);
  diagnostics_->setObjectName(QStringLiteral("whatIfDiagnostics"));
  diagnostics_->setWordWrap(true);
  warnings_->setObjectName(QStringLiteral("whatIfWarnings"));
  warnings_->setWordWrap(true);
  table_->setObjectName(QStringLiteral("whatIfTable"));
  table_->setColumnCount(3);
  table_->setHorizontalHeaderLabels({tr("Without the rules"), tr("With the rules"), tr("Difference")});
  table_->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
  table_->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
  table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
  table_->setSelectionMode(QAbstractItemView::NoSelection);
  table_->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);  // five rows, no empty space below
  table_->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
  table_->setToolTip(tr("Clicks per impression with 95% bootstrap intervals; the difference's interval is paired "
                        "(both on the same resamples). Self-normalised IPS is the one to read first"));

  auto* form = new QHBoxLayout;
  auto* modelLabel = new QLabel(tr("Model"), this);
  modelLabel->setBuddy(model_);
  auto* segmentLabel = new QLabel(tr("Segment"), this);
  segmentLabel->setBuddy(segment_);
  auto* epsilonLabel = new QLabel(tr("Smoothing ε"), this);
  epsilonLabel->setBuddy(epsilon_);
  form->addWidget(modelLabel);
  form->addWidget(model_, 2);
  form->addWidget(segmentLabel);
  form->addWidget(segment_, 1);
  form->addWidget(epsilonLabel);
  form->addWidget(epsilon_);
  form->addWidget(cancelButton_);
  form->addWidget(progress_, 1);
  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(6, 6, 6, 6);
  layout->addLayout(form);
  layout->addWidget(status_);
  layout->addWidget(summary_);
  layout->addWidget(table_);
  layout->addWidget(diagnostics_);
  layout->addWidget(warnings_);
  layout->addStretch(1);
  clearResult();

  connect(debounce_, &QTimer::timeout, this, [this] { recompute(); });
  connect(model_, &QComboBox::currentIndexChanged, this, [this] { scheduleRecompute(); });
  connect(segment_, &QComboBox::currentIndexChanged, this, [this] { scheduleRecompute(); });
  connect(epsilon_, &QDoubleSpinBox::valueChanged, this, [this] { scheduleRecompute(); });
  connect(cancelButton_, &QPushButton::clicked, this, &CurationWhatIfPanel::cancel);
  connect(task_, &BackgroundTask::progressChanged, this, [this](int permille, const QString& stage) {
    progress_->setValue(permille);
    status_->setText(stage);
  });
  connect(task_, &BackgroundTask::finished, this, &CurationWhatIfPanel::onFinished);
}

CurationWhatIfPanel::~CurationWhatIfPanel() { task_->cancelAndWait(); }

void CurationWhatIfPanel::setSession(std::shared_ptr<ProjectSession> session) {
  session_ = std::move(session);
  if (!session_) return;
  connect(session_.get(), &ProjectSession::projectOpened, this, &CurationWhatIfPanel::reload);
  connect(session_.get(), &ProjectSession::dataChanged, this, &CurationWhatIfPanel::reload);
  connect(session_.get(), &ProjectSession::projectAboutToClose, this, [this] {
    debounce_->stop();
    restart_ = false;
    task_->cancel();
    model_->clear();
    result_.reset();
    clearResult();
  });
  reload();
}

void CurationWhatIfPanel::showEvent(QShowEvent* event) {
  QWidget::showEvent(event);
  if (!result_ && !isRunning()) scheduleRecompute();
}

void CurationWhatIfPanel::reload() {
  const QString current = model_->currentData().toString();
  const QSignalBlocker block(model_);
  model_->clear();
  if (!session_ || !session_->project()) return;
  try {
    for (const auto& m : reco::ModelStore(*session_->project()).list())
      model_->addItem(tr("%1 (%2)").arg(qs(m.name), qs(m.algorithm)), qs(m.name));
  } catch (const std::exception& e) {
    status_->setText(tr("Cannot list the trained models: %1").arg(qs(e.what())));
  }
  if (const int i = model_->findData(current); i >= 0) model_->setCurrentIndex(i);
  scheduleRecompute();
}

bool CurationWhatIfPanel::selectModel(const QString& name) {
  const int i = model_->findData(name);
  if (i >= 0) model_->setCurrentIndex(i);
  return i >= 0;
}

bool CurationWhatIfPanel::selectSegment(const QString& name) {
  refreshSegments();
  const int i = segment_->findData(name);
  if (i >= 0) segment_->setCurrentIndex(i);
  return i >= 0;
}

// The segments of the working rule set (after "all users"), the choice kept when its segment still exists.
void CurationWhatIfPanel::refreshSegments() {
  const QString current = segment_->currentData().toString();
  const reco::RuleSet rules = rules_ ? rules_() : reco::RuleSet{};
  QStringList names{qs(reco::Segment::kAllUsers)};
  for (const auto& s : rules.segments) names << qs(s.name());
  QStringList shown;
  for (int i = 0; i < segment_->count(); ++i) shown << segment_->itemData(i).toString();
  if (shown == names) return;
  const QSignalBlocker block(segment_);
  segment_->clear();
  for (const QString& n : names) segment_->addItem(n, n);
  const int i = segment_->findData(current);
  segment_->setCurrentIndex(i >= 0 ? i : 0);
}

void CurationWhatIfPanel::setEpsilon(double epsilon) { epsilon_->setValue(epsilon); }
void CurationWhatIfPanel::setDebounceMs(int ms) { debounce_->setInterval(ms); }
bool CurationWhatIfPanel::isScheduled() const { return debounce_->isActive(); }

void CurationWhatIfPanel::scheduleRecompute() {
  refreshSegments();
  // Hidden, nothing runs: the page recomputes when it is shown (showEvent) if it has nothing to show.
  if (!isVisible()) {
    result_.reset();
    return;
  }
  debounce_->start();
}

bool CurationWhatIfPanel::recompute() {
  debounce_->stop();
  if (isRunning()) {
    restart_ = true;
    task_->cancel();
    return true;
  }
  return start();
}

void CurationWhatIfPanel::cancel() {
  debounce_->stop();
  restart_ = false;
  task_->cancel();
}

bool CurationWhatIfPanel::start() {
  if (!session_ || !session_->project()) {
    status_->setText(tr("No project is open."));
    return false;
  }
  const QString modelName = model_->currentData().toString();
  if (modelName.isEmpty()) {
    status_->setText(tr("No trained model yet: train one in the Models workspace first."));
    return false;
  }
  const reco::RuleSet rules = rules_ ? rules_() : reco::RuleSet{};
  const std::string segmentName = segment_->currentData().toString().toStdString();
  std::optional<reco::Segment> segment;
  if (const reco::Segment* s = rules.findSegment(segmentName); s && segmentName != reco::Segment::kAllUsers) segment = *s;
  const double epsilon = epsilon_->value();
  const int replicates = replicates_;
  cancelled_ = false;
  ++runsStarted_;
  cancelButton_->setEnabled(true);
  progress_->setValue(0);
  status_->setText(tr("Recomputing…"));
  task_->start<reco::WhatIfCancelled>(
      session_->path(),
      [rules, segment, epsilon, replicates, model = modelName.toStdString()](reco::Project& project,
                                                                              TaskContext& ctx, Outcome& out) {
        ctx.progress(0, tr("Reading the logged impressions"));
        reco::ImpressionLog log = reco::readImpressionLog(project, {}, ctx.cancelFlag());
        if (log.rows.empty()) {
          out.noData = tr("This project has no logged impressions to estimate from. Import impressions with their "
                          "positions (and propensities), such as an Open Bandit log.");
          return;
        }
        if (segment) {
          reco::restrictToSegment(log, project, *segment);
          if (log.rows.empty()) {
            out.noData = tr("No logged impressions of users in segment %1.").arg(qs(segment->name()));
            return;
          }
        }
        out.impressions = static_cast<qint64>(log.rows.size());
        out.clicks = log.clicks();
        const std::size_t length = std::min<std::size_t>(log.items.size() + static_cast<std::size_t>(log.slots), 1000);
        ctx.progress(100, tr("Ranking without the rules"));
        const reco::RankingPolicy without(log, reco::modelRanker(project, model, std::nullopt, length), epsilon,
                                          "without the rules", ctx.cancelFlag());
        ctx.progress(400, tr("Ranking with the rules"));
        const reco::RankingPolicy with(log, reco::modelRanker(project, model, rules, length), epsilon,
                                       "with the rules", ctx.cancelFlag(), reco::rulesHaveTimeWindows(rules));
        ctx.progress(700, tr("Estimating the click rates"));
        reco::WhatIfOptions options;
        options.replicates = replicates;
        options.cancel = ctx.cancelFlag();
        out.comparison = reco::comparePolicies(log, without, with, options);
      },
      /*lateCancelIsCancel=*/true);
  return true;
}

void CurationWhatIfPanel::onFinished() {
  cancelButton_->setEnabled(false);
  const bool cancelled = task_->state() == BackgroundTask::State::Cancelled || task_->isCancelling();
  if (restart_) {  // an edit arrived while running: this run is stale
    restart_ = false;
    start();
    return;
  }
  cancelled_ = cancelled;
  const Outcome& out = task_->outcome();
  if (cancelled_) {
    status_->setText(tr("Cancelled: the figures below are from before the last edit."));
    progress_->setValue(0);
  } else if (!task_->error().isEmpty()) {
    status_->setText(tr("The estimate failed: %1").arg(task_->error()));
    progress_->setValue(0);
    result_.reset();
    clearResult();
  } else if (!out.noData.isEmpty()) {
    status_->setText(out.noData);
    result_.reset();
    clearResult();
  } else if (out.comparison) {
    result_ = out.comparison;
    progress_->setValue(1000);
    status_->setText(tr("Up to date with the working rule set."));
    showResult(*result_, out);
  }
  Q_EMIT finished();
}

void CurationWhatIfPanel::clearResult() {
  summary_->setText(tr("The click rate the working rule set would have had on the logged impressions, with and "
                       "without it, appears here and follows every edit."));
  table_->setRowCount(0);
  table_->setVisible(false);
  diagnostics_->clear();
  warnings_->clear();
}

QString CurationWhatIfPanel::warningText(const reco::WhatIfWarning& w, const reco::WhatIfDiagnostics& d) const {
  switch (w.kind) {
    case reco::WhatIfWarningKind::PropensitiesEstimated:
      return tr("The logs carry no propensities for %Ln impression(s): they were estimated from how often each item "
                "was shown per placement and slot.", nullptr, static_cast<int>(d.estimatedPropensities));
    case reco::WhatIfWarningKind::NearZeroPropensities:
      return tr("%Ln logged impression(s) have a propensity below 0.001: their weights can be huge.", nullptr,
                static_cast<int>(d.nearZeroPropensities));
    case reco::WhatIfWarningKind::NoOverlap:
      return tr("The ranking would never have shown any logged item in its slot: nothing to estimate from. Try a "
                "smoothing ε above 0.");
    case reco::WhatIfWarningKind::LittleOverlap:
      return tr("Too little overlap with the logs: the estimate is worth %1 impressions out of %2.")
          .arg(LocaleFormat::count(static_cast<qint64>(d.effectiveSampleSize)), LocaleFormat::count(d.impressions));
    case reco::WhatIfWarningKind::DominantWeights:
      return tr("A few impressions dominate: the estimate rests on the equivalent of %1 clicks.")
          .arg(LocaleFormat::decimal(d.effectiveClicks, 1));
    case reco::WhatIfWarningKind::UnloggedActions:
      return tr("%1 of the choices fall on items the logs never showed there: that part cannot be judged.")
          .arg(LocaleFormat::percent(d.unloggedMass, 1));
    case reco::WhatIfWarningKind::FewClicks:
      return tr("Only %Ln click(s) in the logs: the intervals are wide.", nullptr, static_cast<int>(d.clicks));
  }
  return qs(w.text);
}

void CurationWhatIfPanel::showResult(const reco::WhatIfComparison& c, const Outcome& out) {
  const reco::EstimatorResult* with = c.with.find(reco::Estimator::Snips);
  const reco::EstimatorResult* without = c.without.find(reco::Estimator::Snips);
  const reco::EstimatorResult* diff = nullptr;
  for (const auto& d : c.difference)
    if (d.estimator == reco::Estimator::Snips) diff = &d;
  if (with && without && diff) {
    QString verdict;
    if (!std::isfinite(diff->low) || !std::isfinite(diff->estimate))
      verdict = tr("The logs cannot tell.");
    else if (diff->low > 0)
      verdict = tr("The rules would have raised the click rate.");
    else if (diff->high < 0)
      verdict = tr("The rules would have lowered the click rate.");
    else if (diff->low == 0 && diff->high == 0)
      verdict = tr("The rules change nothing the logs can see.");
    else
      verdict = tr("The logs cannot tell the difference from zero.");
    summary_->setText(tr("<b>With the rules: %1</b> clicks per impression (95%: %2 to %3). Without: %4 (%5 to %6). "
                         "Difference: <b>%7 percentage points</b> (%8 to %9). %10")
                          .arg(rate(with->estimate), rate(with->low), rate(with->high), rate(without->estimate),
                               rate(without->low), rate(without->high), points(diff->estimate), points(diff->low),
                               points(diff->high))
                          .arg(verdict));
  }
  const QColor better = ChangeColours::better(palette()), worse = ChangeColours::worse(palette());
  table_->setVisible(true);
  table_->setRowCount(static_cast<int>(c.difference.size()));
  for (int row = 0; row < static_cast<int>(c.difference.size()); ++row) {
    const reco::EstimatorResult& d = c.difference[static_cast<std::size_t>(row)];
    table_->setVerticalHeaderItem(row, new QTableWidgetItem(estimatorLabel(d.estimator)));
    const auto cell = [](const reco::EstimatorResult* r) {
      return r ? CurationWhatIfPanel::tr("%1 (%2 to %3)").arg(rate(r->estimate), rate(r->low), rate(r->high))
               : QString();
    };
    table_->setItem(row, 0, new QTableWidgetItem(cell(c.without.find(d.estimator))));
    table_->setItem(row, 1, new QTableWidgetItem(cell(c.with.find(d.estimator))));
    auto* change = new QTableWidgetItem(tr("%1 pp (%2 to %3)").arg(points(d.estimate), points(d.low), points(d.high)));
    if (std::isfinite(d.low) && d.low > 0) change->setForeground(better);
    if (std::isfinite(d.high) && d.high < 0) change->setForeground(worse);
    table_->setItem(row, 2, change);
  }
  const reco::WhatIfDiagnostics& diag = c.with.diagnostics;
  const QString mode = c.with.epsilon > 0
                           ? tr("the ranking epsilon-smoothed (ε = %1)").arg(LocaleFormat::decimal(c.with.epsilon, 2))
                           : tr("the ranking as it is (deterministic)");
  diagnostics_->setText(tr("%1 logged impressions, %2 clicks; evaluated: %3. With the rules: effective sample size "
                           "%4, agreement with the logs %5, largest weight %6.")
                            .arg(LocaleFormat::count(out.impressions), LocaleFormat::count(out.clicks), mode,
                                 LocaleFormat::count(static_cast<qint64>(diag.effectiveSampleSize)),
                                 LocaleFormat::percent(diag.agreement, 1), LocaleFormat::decimal(diag.maxWeight, 1)));
  QStringList lines;
  for (const auto& w : diag.warnings) lines << QStringLiteral("⚠ ") + warningText(w, diag);
  warnings_->setText(lines.join(QLatin1Char('\n')));
}

QString CurationWhatIfPanel::summaryText() const { return summary_->text(); }
QString CurationWhatIfPanel::warningsText() const { return warnings_->text(); }
QString CurationWhatIfPanel::statusText() const { return status_->text(); }
