#include "ui/curation/CurationImpactPanel.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>
#include <cmath>

#include "core/curation/SmallSegment.h"
#include "core/evaluation/EvaluationRunner.h"
#include "core/evaluation/MetricDirection.h"
#include "core/models/ModelStore.h"
#include "core/storage/Project.h"
#include "ui/base/ChangeColours.h"
#include "ui/base/LocaleFormat.h"
#include "ui/base/ProjectSession.h"

namespace {

QString qs(const std::string& s) { return QString::fromStdString(s); }

QString metricLabel(const std::string& metric) {
  if (metric.rfind("ndcg@", 0) == 0) return CurationImpactPanel::tr("nDCG@%1").arg(qs(metric.substr(5)));
  if (metric.rfind("recall@", 0) == 0) return CurationImpactPanel::tr("Recall@%1").arg(qs(metric.substr(7)));
  if (metric == "coverage") return CurationImpactPanel::tr("Coverage");
  if (metric == "gini") return CurationImpactPanel::tr("Gini (exposure)");
  return qs(metric);
}

QString value(double v) { return LocaleFormat::decimal(v, 4); }

}  // namespace

CurationImpactPanel::CurationImpactPanel(RuleSetSupplier rules, QWidget* parent)
    : QWidget(parent),
      rules_(std::move(rules)),
      task_(new ProjectTask<std::optional<reco::CurationImpactResult>>(this)),
      model_(new QComboBox(this)),
      split_(new QLineEdit(this)),
      seed_(new QSpinBox(this)),
      time_(new QDateTimeEdit(this)),
      runButton_(new QPushButton(tr("Run"), this)),
      cancelButton_(new QPushButton(tr("Cancel"), this)),
      progress_(new QProgressBar(this)),
      stage_(new QLabel(this)),
      summary_(new QLabel(this)),
      tables_(new QWidget(this)),
      tablesLayout_(new QVBoxLayout(tables_)) {
  setObjectName(QStringLiteral("curationImpactPanel"));
  task_->setName(tr("Measuring the impact of the rules"));
  setUpFields();
  buildLayout();
  summary_->setText(tr("Run to see what the working rule set costs or gains on the offline evaluation split: each "
                       "test user's top 10 with and without the rules, scored against their held-out interactions."));
  connect(runButton_, &QPushButton::clicked, this, &CurationImpactPanel::run);
  connect(cancelButton_, &QPushButton::clicked, this, &CurationImpactPanel::cancel);
  connect(this, &CurationImpactPanel::progressChanged, this, [this](int permille, const QString& stage) {
    progress_->setValue(permille);
    stage_->setText(stage);
  });
  connect(task_, &BackgroundTask::progressChanged, this, &CurationImpactPanel::progressChanged);
  connect(task_, &BackgroundTask::finished, this, &CurationImpactPanel::onFinished);
}

void CurationImpactPanel::setUpFields() {
  model_->setObjectName(QStringLiteral("impactModel"));
  model_->setToolTip(tr("The model is retrained on the split's training part with the stored model's parameters"));
  model_->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
  model_->setMinimumContentsLength(10);
  const reco::CurationImpactConfig defaults;
  split_->setText(qs(defaults.split.toString()));
  split_->setToolTip(tr("How interactions are divided into training and held-out data, as in the Evaluate tab "
                        "(stratified-user:0.75, temporal:0.8, leave-last:1 …)"));
  seed_->setRange(0, 1000000000);
  seed_->setValue(static_cast<int>(defaults.seed));
  time_->setTimeSpec(Qt::UTC);
  time_->setDisplayFormat(LocaleFormat::dateTimeFormat() + QStringLiteral(" 'UTC'"));
  time_->setDateTime(QDateTime::currentDateTimeUtc());
  time_->setToolTip(tr("When the rules are applied: rules outside their time window do not count"));
  cancelButton_->setEnabled(false);
  progress_->setRange(0, 1000);
  progress_->setValue(0);
  progress_->setTextVisible(false);
  progress_->setMaximumHeight(progress_->fontMetrics().height());
  stage_->setObjectName(QStringLiteral("impactStage"));
  summary_->setObjectName(QStringLiteral("impactSummary"));
  summary_->setWordWrap(true);
  summary_->setTextInteractionFlags(Qt::TextSelectableByMouse);
  tablesLayout_->setContentsMargins(0, 0, 0, 0);
  tablesLayout_->addStretch(1);
}

void CurationImpactPanel::buildLayout() {
  // The choices on one row, so the per-segment tables below keep the height.
  auto* form = new QHBoxLayout;
  const auto add = [this, form](const QString& text, QWidget* field, int stretch) {
    auto* label = new QLabel(text, this);
    label->setBuddy(field);
    form->addWidget(label);
    form->addWidget(field, stretch);
  };
  add(tr("Model"), model_, 2);
  add(tr("Split"), split_, 2);
  add(tr("Seed"), seed_, 0);
  add(tr("Rules at"), time_, 1);
  auto* buttons = new QHBoxLayout;
  buttons->addWidget(runButton_);
  buttons->addWidget(cancelButton_);
  buttons->addWidget(progress_, 1);

  auto* scroll = new QScrollArea(this);
  scroll->setWidgetResizable(true);
  scroll->setFrameShape(QFrame::NoFrame);
  scroll->setWidget(tables_);

  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(6, 6, 6, 6);
  layout->addLayout(form);
  layout->addLayout(buttons);
  layout->addWidget(stage_);
  layout->addWidget(summary_);
  layout->addWidget(scroll, 1);
}

CurationImpactPanel::~CurationImpactPanel() {
  task_->cancelAndWait();
}

void CurationImpactPanel::setSession(std::shared_ptr<ProjectSession> session) {
  session_ = std::move(session);
  if (!session_) return;
  connect(session_.get(), &ProjectSession::projectOpened, this, &CurationImpactPanel::reload);
  connect(session_.get(), &ProjectSession::dataChanged, this, &CurationImpactPanel::reload);
  connect(session_.get(), &ProjectSession::projectAboutToClose, this, [this] {
    task_->cancel();
    model_->clear();
    result_.reset();
    clearTables();
  });
  reload();
}

void CurationImpactPanel::showEvent(QShowEvent* event) {
  QWidget::showEvent(event);
  reload();
}

void CurationImpactPanel::reload() {
  const QString model = model_->currentText();
  model_->clear();
  if (!session_ || !session_->project()) return;
  try {
    for (const auto& m : reco::ModelStore(*session_->project()).list())
      model_->addItem(tr("%1 (%2)").arg(qs(m.name), qs(m.algorithm)), qs(m.name));
  } catch (const std::exception& e) {
    stage_->setText(tr("Cannot list the trained models: %1").arg(qs(e.what())));
  }
  if (int i = model_->findData(model); i >= 0) model_->setCurrentIndex(i);
  for (int i = 0; i < model_->count(); ++i)
    if (model_->itemText(i) == model) model_->setCurrentIndex(i);
}

bool CurationImpactPanel::selectModel(const QString& name) {
  const int i = model_->findData(name);
  if (i >= 0) model_->setCurrentIndex(i);
  return i >= 0;
}

void CurationImpactPanel::setSplit(const QString& spec) { split_->setText(spec); }
void CurationImpactPanel::setSeed(int seed) { seed_->setValue(seed); }
void CurationImpactPanel::setTime(qint64 unixSeconds) {
  time_->setDateTime(QDateTime::fromSecsSinceEpoch(unixSeconds, Qt::UTC));
}

QString CurationImpactPanel::summaryText() const { return summary_->text(); }

QTableWidget* CurationImpactPanel::tableFor(const QString& segment) const {
  for (auto* t : tables_->findChildren<QTableWidget*>())
    if (t->property("segment").toString() == segment) return t;
  return nullptr;
}

bool CurationImpactPanel::run() {
  if (isRunning()) return false;
  error_.clear();
  if (!session_ || !session_->project()) {
    stage_->setText(tr("No project is open."));
    return false;
  }
  const QString modelName = model_->currentData().toString();
  if (modelName.isEmpty()) {
    stage_->setText(tr("No trained model yet: train one in the Models workspace first."));
    return false;
  }
  reco::CurationImpactConfig config;
  try {
    config.split = reco::SplitSpec::parse(split_->text().trimmed().toStdString());
  } catch (const std::invalid_argument& e) {
    error_ = tr("Split: %1").arg(qs(e.what()));
    stage_->setText(error_);
    return false;
  }
  const auto stored = reco::ModelStore(*session_->project()).find(modelName.toStdString());
  if (!stored) {
    error_ = tr("The model %1 no longer exists.").arg(modelName);
    stage_->setText(error_);
    return false;
  }
  config.algorithm = stored->algorithm;
  config.params = stored->params;
  config.params.erase("seed");  // seeded by the split seed, as the evaluation does
  config.seed = static_cast<std::uint64_t>(seed_->value());
  config.time = time_->dateTime().toSecsSinceEpoch();
  const reco::RuleSet rules = rules_ ? rules_() : reco::RuleSet{};
  const std::string path = session_->path().toStdString();
  cancelled_ = false;
  runButton_->setEnabled(false);
  cancelButton_->setEnabled(true);
  progress_->setValue(0);
  stage_->setText(tr("Starting…"));
  // A Cancel clicked after the worker's last check still wins (lateCancelIsCancel): the user asked not to see it.
  task_->start<reco::EvaluationCancelled>(
      QString::fromStdString(path),
      [rules, config](reco::Project& project, TaskContext& ctx, std::optional<reco::CurationImpactResult>& out) {
        reco::CurationImpact impact(
            [&ctx](const std::string& stage, double fraction) {
              ctx.progress(static_cast<int>(fraction * 1000.0), qs(stage));
            },
            ctx.cancelFlag());
        out = impact.run(project, rules, config);
      },
      /*lateCancelIsCancel=*/true);
  return true;
}

void CurationImpactPanel::onFinished() {
  runButton_->setEnabled(true);
  cancelButton_->setEnabled(false);
  const Outcome out{task_->outcome(), task_->state() == BackgroundTask::State::Cancelled, task_->error()};
  // A Cancel clicked after the worker's last check still wins: the user asked not to see this run.
  cancelled_ = out.cancelled || task_->isCancelling();
  error_ = out.error;
  if (cancelled_) {
    stage_->setText(tr("Cancelled."));
    progress_->setValue(0);
  } else if (!out.error.isEmpty()) {
    stage_->setText(tr("Impact failed: %1").arg(out.error));
    progress_->setValue(0);
  } else if (out.result) {
    result_ = out.result;
    progress_->setValue(1000);
    stage_->setText(tr("%1 on %2, seed %3: %4 training / %5 held-out interactions, %6.")
                        .arg(qs(result_->algorithm), qs(result_->split))
                        .arg(result_->seed)
                        .arg(LocaleFormat::count(static_cast<std::int64_t>(result_->trainInteractions)),
                             LocaleFormat::count(static_cast<std::int64_t>(result_->testInteractions)),
                             LocaleFormat::duration(result_->seconds)));
    showResult(*result_);
  }
  Q_EMIT finished();
}

void CurationImpactPanel::clearTables() {
  while (tablesLayout_->count() > 1) {
    QLayoutItem* item = tablesLayout_->takeAt(0);
    delete item->widget();
    delete item;
  }
}

void CurationImpactPanel::showResult(const reco::CurationImpactResult& r) {
  clearTables();
  const QColor better = ChangeColours::better(palette()), worse = ChangeColours::worse(palette());
  int at = 0;
  for (const auto& s : r.segments) {
    auto* box = new QGroupBox(tables_);
    box->setTitle(tr("%1 — test users: %2 · lists changed: %3")
                      .arg(qs(s.segment))
                      .arg(LocaleFormat::count(static_cast<std::int64_t>(s.users)),
                           LocaleFormat::count(static_cast<std::int64_t>(s.changedLists))));
    const bool small = reco::isSmallSample(s.users);
    if (small) {
      // Averages over a handful of users swing with each one: say so where the figures are read.
      box->setTitle(box->title() + QStringLiteral(" · ⚠ ") + tr("few users"));
      box->setToolTip(
          tr("Test users in this segment: %1. That is fewer than %2, so these figures can change a lot "
             "with a single user: read them with care.")
              .arg(LocaleFormat::count(static_cast<std::int64_t>(s.users)), LocaleFormat::count(reco::kFewUsers)));
    }
    auto* boxLayout = new QVBoxLayout(box);
    boxLayout->setContentsMargins(4, 4, 4, 4);
    auto* table = new QTableWidget(static_cast<int>(r.metricNames.size()), 3, box);
    table->setProperty("segment", qs(s.segment));
    table->setProperty("smallSample", small);
    table->setObjectName(QStringLiteral("impactTable"));
    table->setHorizontalHeaderLabels({tr("Without"), tr("With"), tr("Change")});
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionMode(QAbstractItemView::NoSelection);
    table->setFocusPolicy(Qt::NoFocus);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    table->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    QStringList rows;
    for (std::size_t m = 0; m < r.metricNames.size(); ++m) {
      rows << metricLabel(r.metricNames[m]);
      const double change = s.change(m);
      const QString changeText = LocaleFormat::signedDecimal(change, 4);
      const QStringList cells = {value(s.without[m]), value(s.with[m]), changeText};
      for (int c = 0; c < 3; ++c) {
        auto* cell = new QTableWidgetItem(cells[c]);
        cell->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        if (c == 2 && std::isfinite(change) && std::abs(change) > 1e-12) {
          const bool good = reco::improvementSign(r.metricNames[m], change) > 0;
          cell->setForeground(good ? better : worse);
          QFont f = cell->font();
          f.setBold(true);
          cell->setFont(f);
          cell->setToolTip(good ? tr("Better with the rules") : tr("Worse with the rules"));
        }
        table->setItem(static_cast<int>(m), c, cell);
      }
    }
    table->setVerticalHeaderLabels(rows);
    table->resizeRowsToContents();
    int height = table->horizontalHeader()->sizeHint().height() + 2 * table->frameWidth();
    for (int row = 0; row < table->rowCount(); ++row) height += table->rowHeight(row);
    table->setFixedHeight(height);
    boxLayout->addWidget(table);
    tablesLayout_->insertWidget(at++, box);
  }
  summary_->setText(summarise(r));
}

QString CurationImpactPanel::summarise(const reco::CurationImpactResult& r) const {
  if (r.segments.empty()) return {};
  const auto& all = r.segments.front();
  const std::size_t nd = reco::CurationImpact::metricIndex(r, "ndcg"), rc = reco::CurationImpact::metricIndex(r, "recall"),
                    cov = reco::CurationImpact::metricIndex(r, "coverage");
  if (all.changedLists == 0)
    return tr("The rules change none of the %1 test users' top %2 lists: no offline cost or gain.")
        .arg(LocaleFormat::count(static_cast<std::int64_t>(all.users)))
        .arg(r.k);
  auto movement = [](double before, double after) {
    if (!std::isfinite(before) || !std::isfinite(after) || std::abs(after - before) < 1e-12) return tr("stays at %1").arg(value(before));
    const QString pct = before != 0 ? tr(" (%1%2%)").arg(after > before ? QStringLiteral("+") : QString()).arg(LocaleFormat::decimal(100.0 * (after - before) / before, 1)) : QString();
    return (after > before ? tr("rises from %1 to %2%3") : tr("falls from %1 to %2%3")).arg(value(before), value(after), pct);
  };
  QString text = tr("The rules change the top %1 lists of %2 of %3 test users. ")
                     .arg(r.k)
                     .arg(LocaleFormat::count(static_cast<std::int64_t>(all.changedLists)),
                          LocaleFormat::count(static_cast<std::int64_t>(all.users)));
  text += tr("nDCG@%1 %2, recall@%1 %3; the share of the catalogue shown %4.")
              .arg(r.k)
              .arg(movement(all.without[nd], all.with[nd]), movement(all.without[rc], all.with[rc]),
                   movement(all.without[cov], all.with[cov]));
  // The segment that pays most (or gains most) in nDCG.
  const reco::SegmentImpact* worst = nullptr;
  for (std::size_t i = 1; i < r.segments.size(); ++i) {
    const auto& s = r.segments[i];
    if (s.users > 0 && std::isfinite(s.change(nd)) && (!worst || s.change(nd) < worst->change(nd))) worst = &s;
  }
  if (worst && worst->change(nd) < -1e-12)
    text += QLatin1Char(' ') + tr("Segment %1 loses most: nDCG@%2 %3.")
                                   .arg(qs(worst->segment))
                                   .arg(r.k)
                                   .arg(LocaleFormat::signedDecimal(worst->change(nd), 4));
  return text;
}
