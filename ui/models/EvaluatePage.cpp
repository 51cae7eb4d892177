#include "ui/models/EvaluatePage.h"

#include <QBuffer>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QRegularExpressionValidator>
#include <QScrollArea>
#include <QShortcut>
#include <QSpinBox>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>
#include <algorithm>
#include <exception>

#include "core/curation/UserDirectory.h"
#include "core/evaluation/Cutoffs.h"
#include "core/evaluation/EvaluationStore.h"
#include "core/storage/Project.h"
#include "ui/base/ProjectSession.h"
#include "ui/models/EvaluationExport.h"
#include "ui/models/EvaluationJob.h"
#include "ui/models/EvaluationResultsModel.h"
#include "ui/models/EvaluationRunsModel.h"
#include "ui/models/MetricBarChart.h"
#include "ui/models/ParamForm.h"
#include "ui/models/SegmentMetricsModel.h"

namespace {

QTableView* makeTable(QAbstractItemModel* model, QWidget* parent) {
  auto* view = new QTableView(parent);
  view->setModel(model);
  view->setSelectionBehavior(QAbstractItemView::SelectRows);
  view->setAlternatingRowColors(true);
  view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 8);
  view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
  view->setWordWrap(false);
  return view;
}

}  // namespace

EvaluatePage::EvaluatePage(QWidget* parent)
    : QWidget(parent),
      job_(new EvaluationJob(this)),
      results_(new EvaluationResultsModel(this)),
      segments_(new SegmentMetricsModel(this)),
      runs_(new EvaluationRunsModel(this)) {
  setObjectName(QStringLiteral("evaluatePage"));
  auto* splitter = new QSplitter(Qt::Horizontal, this);
  splitter->addWidget(buildSetup());
  splitter->addWidget(buildResults());
  splitter->setStretchFactor(0, 0);
  splitter->setStretchFactor(1, 1);
  splitter->setChildrenCollapsible(false);
  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(8, 8, 8, 8);
  layout->addWidget(splitter);

  connect(job_, &EvaluationJob::progressChanged, this, [this](int permille, const QString& stage) {
    progress_->setValue(permille);
    stage_->setText(stage);
  });
  connect(job_, &EvaluationJob::finished, this, &EvaluatePage::onFinished);
  updateSplitFields();
  updateRunState();
}

EvaluatePage::~EvaluatePage() = default;

QWidget* EvaluatePage::buildSetup() {
  auto* panel = new QWidget(this);
  auto* column = new QVBoxLayout(panel);
  column->setContentsMargins(0, 0, 6, 0);

  auto* modelsBox = new QGroupBox(tr("Models to compare"), panel);
  auto* modelsLayout = new QVBoxLayout(modelsBox);
  auto* algoRow = new QHBoxLayout;
  algorithm_ = new QComboBox(modelsBox);
  algorithm_->setObjectName(QStringLiteral("evaluateAlgorithm"));
  for (const reco::AlgorithmInfo& info : reco::algorithmInfos())
    algorithm_->addItem(QString::fromStdString(info.displayName), QString::fromStdString(info.name));
  addAlgorithm_ = new QPushButton(tr("&Add"), modelsBox);
  addAlgorithm_->setToolTip(tr("Add this algorithm with the parameters below to the comparison"));
  auto* algorithmLabel = new QLabel(tr("Algorithm:"), modelsBox);
  algorithmLabel->setBuddy(algorithm_);  // the combo box's name for screen readers
  algoRow->addWidget(algorithmLabel);
  algoRow->addWidget(algorithm_, 1);
  algoRow->addWidget(addAlgorithm_);
  modelsLayout->addLayout(algoRow);
  params_ = new ParamForm(modelsBox);
  auto* paramScroll = new QScrollArea(modelsBox);
  paramScroll->setWidget(params_);
  paramScroll->setWidgetResizable(true);
  paramScroll->setFrameShape(QFrame::NoFrame);
  paramScroll->setMinimumHeight(110);
  modelsLayout->addWidget(paramScroll, 1);
  auto* storedRow = new QHBoxLayout;
  storedModels_ = new QComboBox(modelsBox);
  storedModels_->setObjectName(QStringLiteral("evaluateStoredModel"));
  addStored_ = new QPushButton(tr("Add &stored"), modelsBox);
  addStored_->setToolTip(tr("Add the algorithm and parameters of a trained model (it is retrained on the split)"));
  auto* storedLabel = new QLabel(tr("Trained:"), modelsBox);
  storedLabel->setBuddy(storedModels_);
  storedRow->addWidget(storedLabel);
  storedRow->addWidget(storedModels_, 1);
  storedRow->addWidget(addStored_);
  modelsLayout->addLayout(storedRow);
  modelList_ = new QListWidget(modelsBox);
  modelList_->setObjectName(QStringLiteral("evaluateModelList"));
  modelList_->setAccessibleName(tr("Models to compare"));
  modelList_->setMinimumHeight(70);
  modelsLayout->addWidget(modelList_, 1);
  removeModel_ = new QPushButton(tr("&Remove"), modelsBox);
  modelsLayout->addWidget(removeModel_, 0, Qt::AlignRight);
  column->addWidget(modelsBox, 3);

  auto* protocolBox = new QGroupBox(tr("Protocol"), panel);
  auto* form = new QFormLayout(protocolBox);
  splitKind_ = new QComboBox(protocolBox);
  splitKind_->addItem(tr("Random holdout per user"), int(reco::SplitKind::StratifiedUser));
  splitKind_->addItem(tr("Random holdout per item"), int(reco::SplitKind::StratifiedItem));
  splitKind_->addItem(tr("Temporal (global)"), int(reco::SplitKind::Temporal));
  splitKind_->addItem(tr("Leave last N out"), int(reco::SplitKind::LeaveLast));
  splitKind_->addItem(tr("k-fold"), int(reco::SplitKind::KFold));
  splitKind_->setToolTip(tr("How interactions are divided into training data and held-out test data"));
  form->addRow(tr("S&plit:"), splitKind_);
  ratio_ = new QDoubleSpinBox(protocolBox);
  ratio_->setRange(0.05, 0.95);
  ratio_->setSingleStep(0.05);
  ratio_->setValue(0.75);
  ratio_->setToolTip(tr("Share of the interactions used for training"));
  form->addRow(tr("Train &ratio:"), ratio_);
  leaveOut_ = new QSpinBox(protocolBox);
  leaveOut_->setRange(1, 100);
  leaveOut_->setToolTip(tr("Each user's latest N interactions are held out"));
  form->addRow(tr("&Leave out:"), leaveOut_);
  folds_ = new QSpinBox(protocolBox);
  folds_->setRange(2, 20);
  folds_->setValue(5);
  form->addRow(tr("&Folds:"), folds_);
  seed_ = new QSpinBox(protocolBox);
  seed_->setRange(0, 2147483647);
  seed_->setValue(42);
  seed_->setToolTip(tr("The same seed gives the same split and the same numbers"));
  form->addRow(tr("S&eed:"), seed_);
  seeds_ = new QSpinBox(protocolBox);
  seeds_->setRange(1, 20);
  seeds_->setToolTip(tr("Repetitions with seeds seed, seed+1, …; the results are their mean"));
  form->addRow(tr("Repe&titions:"), seeds_);
  ks_ = new QLineEdit(QStringLiteral("10"), protocolBox);
  ks_->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("^\\d{1,4}(\\s*,\\s*\\d{1,4})*$")), ks_));
  ks_->setToolTip(tr("Cut-offs, comma-separated (e.g. 10, 20); the first is the primary one"));
  form->addRow(tr("Cut-offs &k:"), ks_);
  bootstrap_ = new QSpinBox(protocolBox);
  bootstrap_->setRange(100, 10000);
  bootstrap_->setSingleStep(100);
  bootstrap_->setValue(1000);
  bootstrap_->setToolTip(tr("Bootstrap resamples over users for the confidence intervals"));
  form->addRow(tr("&Bootstrap:"), bootstrap_);
  segmentAttribute_ = new QComboBox(protocolBox);
  segmentAttribute_->addItem(tr("(activity only)"), QString());
  segmentAttribute_->setToolTip(tr("User attribute for the per-segment breakdown (besides cold/regular/heavy)"));
  form->addRow(tr("Se&gments by:"), segmentAttribute_);
  column->addWidget(protocolBox, 0);

  auto* runRow = new QHBoxLayout;
  run_ = new QPushButton(tr("E&valuate"), panel);
  run_->setObjectName(QStringLiteral("evaluateButton"));
  run_->setToolTip(tr("Run the evaluation in the background (Ctrl+E)"));
  run_->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
  cancel_ = new QPushButton(tr("Cancel"), panel);
  cancel_->setToolTip(tr("Stop the evaluation (Esc)"));
  runRow->addWidget(run_);
  runRow->addWidget(cancel_);
  column->addLayout(runRow);
  progress_ = new QProgressBar(panel);
  progress_->setRange(0, 1000);
  progress_->setTextVisible(false);
  column->addWidget(progress_);
  stage_ = new QLabel(panel);
  stage_->setWordWrap(true);
  column->addWidget(stage_);
  panel->setMinimumWidth(340);
  panel->setMaximumWidth(440);

  auto* esc = new QShortcut(QKeySequence(Qt::Key_Escape), panel, nullptr, nullptr, Qt::WidgetWithChildrenShortcut);
  connect(esc, &QShortcut::activated, this, &EvaluatePage::cancelEvaluation);
  connect(algorithm_, &QComboBox::currentIndexChanged, this, [this](int index) {
    if (index >= 0) params_->setAlgorithm(reco::algorithmInfos()[static_cast<std::size_t>(index)]);
  });
  params_->setAlgorithm(reco::algorithmInfos().front());
  connect(addAlgorithm_, &QPushButton::clicked, this, &EvaluatePage::addSelectedAlgorithm);
  connect(addStored_, &QPushButton::clicked, this, &EvaluatePage::addStoredModel);
  connect(removeModel_, &QPushButton::clicked, this, &EvaluatePage::removeSelectedModel);
  connect(modelList_, &QListWidget::currentRowChanged, this, &EvaluatePage::updateRunState);
  connect(splitKind_, &QComboBox::currentIndexChanged, this, &EvaluatePage::updateSplitFields);
  connect(run_, &QPushButton::clicked, this, &EvaluatePage::runEvaluation);
  connect(cancel_, &QPushButton::clicked, this, &EvaluatePage::cancelEvaluation);
  return panel;
}

QWidget* EvaluatePage::buildResults() {
  auto* panel = new QWidget(this);
  auto* column = new QVBoxLayout(panel);
  column->setContentsMargins(6, 0, 0, 0);
  protocol_ = new QLabel(tr("No evaluation yet: add models on the left and press Evaluate."), panel);
  protocol_->setWordWrap(true);
  column->addWidget(protocol_);
  resultTabs_ = new QTabWidget(panel);
  resultTabs_->setDocumentMode(true);

  auto* resultsTab = new QWidget(resultTabs_);
  auto* resultsLayout = new QVBoxLayout(resultsTab);
  auto* top = new QSplitter(Qt::Vertical, resultsTab);
  auto* tableBox = new QWidget(top);
  auto* tableLayout = new QVBoxLayout(tableBox);
  tableLayout->setContentsMargins(0, 0, 0, 0);
  auto* baselineRow = new QHBoxLayout;
  baseline_ = new QComboBox(tableBox);
  baseline_->setObjectName(QStringLiteral("baselineCombo"));
  baseline_->setToolTip(tr("▲/▼ mark values significantly higher/lower than this model's (paired t-test over users, "
                           "p < 0.05)"));
  auto* baselineLabel = new QLabel(tr("&Baseline:"), tableBox);
  baselineLabel->setBuddy(baseline_);
  baselineRow->addWidget(baselineLabel);
  baselineRow->addWidget(baseline_, 1);
  baselineRow->addSpacing(16);
  chartMetric_ = new QComboBox(tableBox);
  chartMetric_->setObjectName(QStringLiteral("chartMetricCombo"));
  auto* metricLabel = new QLabel(tr("C&hart:"), tableBox);
  metricLabel->setBuddy(chartMetric_);
  baselineRow->addWidget(metricLabel);
  baselineRow->addWidget(chartMetric_, 1);
  tableLayout->addLayout(baselineRow);
  resultsView_ = makeTable(results_, tableBox);
  resultsView_->setObjectName(QStringLiteral("resultsView"));
  resultsView_->setAccessibleName(tr("Evaluation results"));
  resultsView_->setSelectionBehavior(QAbstractItemView::SelectItems);
  // Few models side by side: share the width; many: keep each readable and scroll.
  resultsView_->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
  resultsView_->horizontalHeader()->setMinimumSectionSize(190);
  tableLayout->addWidget(resultsView_);
  chart_ = new MetricBarChart(top);
  top->addWidget(tableBox);
  top->addWidget(chart_);
  top->setStretchFactor(0, 3);
  top->setStretchFactor(1, 2);
  resultsLayout->addWidget(top);
  resultTabs_->addTab(resultsTab, tr("Res&ults"));

  segmentsView_ = makeTable(segments_, resultTabs_);
  segmentsView_->setObjectName(QStringLiteral("segmentsView"));
  segmentsView_->setSortingEnabled(false);
  resultTabs_->addTab(segmentsView_, tr("Se&gments"));

  auto* historyTab = new QWidget(resultTabs_);
  auto* historyLayout = new QVBoxLayout(historyTab);
  runsView_ = makeTable(runs_, historyTab);
  runsView_->setObjectName(QStringLiteral("runsView"));
  runsView_->setSelectionMode(QAbstractItemView::SingleSelection);
  runsView_->horizontalHeader()->setStretchLastSection(true);
  historyLayout->addWidget(runsView_);
  auto* historyButtons = new QHBoxLayout;
  deleteRun_ = new QPushButton(tr("&Delete run"), historyTab);
  historyButtons->addWidget(deleteRun_);
  historyButtons->addStretch(1);
  historyLayout->addLayout(historyButtons);
  resultTabs_->addTab(historyTab, tr("&History"));
  column->addWidget(resultTabs_, 1);

  auto* exportRow = new QHBoxLayout;
  exportRow->addStretch(1);
  exportCsv_ = new QPushButton(tr("Export &CSV…"), panel);
  exportHtml_ = new QPushButton(tr("Export HT&ML report…"), panel);
  exportRow->addWidget(exportCsv_);
  exportRow->addWidget(exportHtml_);
  column->addLayout(exportRow);

  connect(baseline_, &QComboBox::currentIndexChanged, this, &EvaluatePage::setBaseline);
  connect(chartMetric_, &QComboBox::currentIndexChanged, this, [this](int index) {
    if (index >= 0) chart_->setReport(report_, chartMetric_->itemData(index).toString());
  });
  connect(runsView_->selectionModel(), &QItemSelectionModel::selectionChanged, this, &EvaluatePage::onRunSelected);
  connect(deleteRun_, &QPushButton::clicked, this, &EvaluatePage::deleteSelectedRun);
  connect(exportCsv_, &QPushButton::clicked, this, [this] { exportWithDialog(false); });
  connect(exportHtml_, &QPushButton::clicked, this, [this] { exportWithDialog(true); });
  return panel;
}

void EvaluatePage::setSession(std::shared_ptr<ProjectSession> session) {
  session_ = std::move(session);
  reload();
}

void EvaluatePage::reload() {
  std::vector<reco::StoredEvaluationRun> runs;
  if (session_ && session_->project()) {
    try {
      runs = reco::EvaluationStore(*session_->project()).list();
    } catch (const std::exception& e) {
      stage_->setText(tr("Cannot read the run history: %1").arg(QString::fromStdString(e.what())));
    }
  }
  runs_->setRuns(std::move(runs));
  // The user attributes this project has, for the per-segment breakdown.
  const QString chosen = segmentAttribute_->currentData().toString();
  segmentAttribute_->clear();
  segmentAttribute_->addItem(tr("(activity only)"), QString());
  if (session_ && session_->project()) {
    try {
      for (const std::string& attr : reco::UserDirectory(*session_->project()).knownAttributes())
        segmentAttribute_->addItem(QString::fromStdString(attr), QString::fromStdString(attr));
    } catch (const std::exception& e) {
      stage_->setText(tr("Cannot read the user attributes: %1").arg(QString::fromStdString(e.what())));
    }
  }
  segmentAttribute_->setCurrentIndex(std::max(0, segmentAttribute_->findData(chosen)));
  if (!session_ || !session_->project()) showReport(EvaluationReport());
  updateRunState();
}

void EvaluatePage::setStoredModels(std::vector<reco::ModelSpec> models) {
  stored_ = std::move(models);
  storedModels_->clear();
  for (const reco::ModelSpec& spec : stored_)
    storedModels_->addItem(QStringLiteral("%1 (%2)").arg(QString::fromStdString(spec.label),
                                                       QString::fromStdString(spec.algorithm)));
  updateRunState();
}

QString EvaluatePage::uniqueLabel(const QString& base) const {
  auto taken = [this](const QString& label) {
    for (const reco::ModelSpec& s : specs_)
      if (QString::fromStdString(s.label) == label) return true;
    return false;
  };
  if (!taken(base)) return base;
  for (int i = 2;; ++i)
    if (!taken(QStringLiteral("%1-%2").arg(base).arg(i))) return QStringLiteral("%1-%2").arg(base).arg(i);
}

void EvaluatePage::addModel(const reco::ModelSpec& spec) {
  reco::ModelSpec s = spec;
  s.label = uniqueLabel(QString::fromStdString(s.label.empty() ? s.algorithm : s.label)).toStdString();
  specs_.push_back(std::move(s));
  refreshModelList();
}

void EvaluatePage::clearModels() {
  specs_.clear();
  refreshModelList();
}

void EvaluatePage::refreshModelList() {
  modelList_->clear();
  for (const reco::ModelSpec& spec : specs_) {
    const reco::AlgorithmInfo* info = nullptr;
    for (const auto& i : reco::algorithmInfos())
      if (i.name == spec.algorithm) info = &i;
    const QString params = info ? ParamForm::summary(*info, spec.params) : QString();
    const QString algorithm = QString::fromStdString(info ? info->displayName : spec.algorithm);  // "iALS"
    auto* item = new QListWidgetItem(
        QStringLiteral("%1 — %2 (%3)").arg(QString::fromStdString(spec.label), algorithm, params), modelList_);
    item->setToolTip(params);
  }
  updateRunState();
}

void EvaluatePage::addSelectedAlgorithm() {
  const int index = algorithm_->currentIndex();
  if (index < 0) return;
  const reco::AlgorithmInfo& info = reco::algorithmInfos()[static_cast<std::size_t>(index)];
  // Only parameters that differ from the defaults are kept, so labels and stored runs stay short.
  reco::ModelParams params;
  for (const auto& [name, value] : params_->params())
    for (const reco::ParamSpec& spec : info.params)
      if (spec.name == name && spec.defaultValue != value) params[name] = value;
  addModel({info.name, params, info.name});
}

void EvaluatePage::addStoredModel() {
  const int index = storedModels_->currentIndex();
  if (index < 0 || index >= int(stored_.size())) return;
  addModel(stored_[static_cast<std::size_t>(index)]);
}

void EvaluatePage::removeSelectedModel() {
  const int row = modelList_->currentRow();
  if (row < 0 || row >= int(specs_.size())) return;
  specs_.erase(specs_.begin() + row);
  refreshModelList();
}

void EvaluatePage::updateSplitFields() {
  const auto kind = static_cast<reco::SplitKind>(splitKind_->currentData().toInt());
  const bool ratio = kind == reco::SplitKind::StratifiedUser || kind == reco::SplitKind::StratifiedItem ||
                     kind == reco::SplitKind::Temporal;
  ratio_->setEnabled(ratio);
  leaveOut_->setEnabled(kind == reco::SplitKind::LeaveLast);
  folds_->setEnabled(kind == reco::SplitKind::KFold);
}

void EvaluatePage::setSplit(reco::SplitKind kind, double ratio) {
  splitKind_->setCurrentIndex(splitKind_->findData(int(kind)));
  ratio_->setValue(ratio);
}

void EvaluatePage::setCutoffs(const QString& ks) { ks_->setText(ks); }
void EvaluatePage::setSeed(int seed) { seed_->setValue(seed); }
void EvaluatePage::setBootstrapReplicates(int replicates) { bootstrap_->setValue(replicates); }

bool EvaluatePage::setSegmentAttribute(const QString& attribute) {
  const int index = segmentAttribute_->findData(attribute);
  if (index < 0) return false;
  segmentAttribute_->setCurrentIndex(index);
  return true;
}

reco::EvaluationConfig EvaluatePage::config() const {
  reco::EvaluationConfig c;
  c.split.kind = static_cast<reco::SplitKind>(splitKind_->currentData().toInt());
  c.split.ratio = ratio_->value();
  c.split.leaveOut = leaveOut_->value();
  c.split.folds = folds_->value();
  c.seed = static_cast<std::uint64_t>(seed_->value());
  c.seeds = seeds_->value();
  c.bootstrapReplicates = bootstrap_->value();
  c.ks = reco::parseCutoffs(ks_->text().toStdString());
  c.models = specs_;
  return c;
}

bool EvaluatePage::isRunning() const { return job_->isRunning(); }

bool EvaluatePage::runEvaluation() {
  if (job_->isRunning()) return false;
  if (!session_ || !session_->isOpen()) {
    stage_->setText(tr("Open a project first."));
    return false;
  }
  if (specs_.empty()) {
    stage_->setText(tr("Add at least one model to evaluate."));
    return false;
  }
  EvaluationJob::Request request;
  try {
    request.config = config();
  } catch (const std::exception& e) {
    stage_->setText(QString::fromStdString(e.what()));
    return false;
  }
  request.segmentAttribute = segmentAttribute_->currentData().toString().toStdString();
  progress_->setValue(0);
  stage_->setText(tr("Starting…"));
  job_->start(session_->path(), request);
  updateRunState();
  return true;
}

void EvaluatePage::cancelEvaluation() {
  if (!job_->isRunning()) return;
  job_->cancel();
  stage_->setText(tr("Cancelling…"));
}

void EvaluatePage::onFinished() {
  const EvaluationJob::Outcome& out = job_->outcome();
  if (out.ok) {
    stage_->setText(tr("Finished: run %1 stored in the project.").arg(out.runId));
    progress_->setValue(1000);
    reload();
    showReport(EvaluationReport(out.run, out.runId, out.createdAt));
    const int row = runs_->rowOf(out.runId);
    if (row >= 0) {
      QSignalBlocker block(runsView_->selectionModel());
      runsView_->selectRow(row);
    }
  } else if (out.cancelled) {
    stage_->setText(tr("Cancelled; nothing was stored."));
    progress_->setValue(0);
  } else {
    stage_->setText(tr("The evaluation failed: %1").arg(out.error));
    progress_->setValue(0);
  }
  updateRunState();
  Q_EMIT evaluationFinished(out.ok);
}

void EvaluatePage::showReport(const EvaluationReport& report) {
  report_ = report;
  results_->setReport(report_);
  segments_->setReport(report_);
  protocol_->setText(report_.isEmpty() ? tr("No evaluation yet: add models on the left and press Evaluate.")
                                       : (report_.id() > 0 ? tr("Run %1: ").arg(report_.id()) : QString()) +
                                             report_.protocolSummary());
  {
    QSignalBlocker block(baseline_);
    baseline_->clear();
    baseline_->addItems(report_.modelLabels());
    baseline_->setCurrentIndex(report_.isEmpty() ? -1 : 0);
  }
  {
    QSignalBlocker block(chartMetric_);
    chartMetric_->clear();
    for (const QString& m : report_.metricNames()) chartMetric_->addItem(EvaluationReport::metricTitle(m), m);
    const QList<int> ks = report_.ks();
    const int primary = ks.isEmpty() ? -1 : chartMetric_->findData(QStringLiteral("ndcg@%1").arg(ks.front()));
    chartMetric_->setCurrentIndex(primary >= 0 ? primary : (chartMetric_->count() > 0 ? 0 : -1));
  }
  chart_->setReport(report_, chartMetric_->currentData().toString());
  updateRunState();
}

void EvaluatePage::setBaseline(int model) {
  if (model < 0) return;
  results_->setBaseline(model);
  if (baseline_->currentIndex() != model) baseline_->setCurrentIndex(model);
}

void EvaluatePage::setChartMetric(const QString& metric) {
  const int index = chartMetric_->findData(metric);
  if (index >= 0) chartMetric_->setCurrentIndex(index);
}

void EvaluatePage::onRunSelected() {
  const QModelIndexList rows = runsView_->selectionModel()->selectedRows();
  updateRunState();
  if (rows.isEmpty()) return;
  const reco::StoredEvaluationRun* run = runs_->run(rows.front().row());
  if (!run) return;
  try {
    showReport(EvaluationReport(reco::storedReport(*run), run->id, run->createdAt));
  } catch (const std::invalid_argument& e) {  // a stored run core cannot read: say why, show nothing
    showReport(EvaluationReport());
    stage_->setText(QString::fromStdString(e.what()));
  }
}

void EvaluatePage::deleteSelectedRun() {
  const QModelIndexList rows = runsView_->selectionModel()->selectedRows();
  if (rows.isEmpty() || !session_ || !session_->project()) return;
  const reco::StoredEvaluationRun* run = runs_->run(rows.front().row());
  if (!run) return;
  const qint64 id = run->id;
  if (QMessageBox::question(this, tr("Delete run"), tr("Delete evaluation run %1 from the project?").arg(id)) !=
      QMessageBox::Yes)
    return;
  try {
    reco::EvaluationStore(*session_->project()).remove(id);
  } catch (const std::exception& e) {
    QMessageBox::warning(this, tr("Delete run"), QString::fromStdString(e.what()));
  }
  if (report_.id() == id) showReport(EvaluationReport());
  reload();
}

bool EvaluatePage::exportCsv(const QString& path, QString* error) const {
  if (report_.isEmpty()) {
    if (error) *error = tr("There is no run to export.");
    return false;
  }
  return EvaluationExport::writeFile(path, EvaluationExport::toCsv(report_, results_->baseline()), error);
}

bool EvaluatePage::exportHtml(const QString& path, QString* error) const {
  if (report_.isEmpty()) {
    if (error) *error = tr("There is no run to export.");
    return false;
  }
  // The charts of the primary cut-off's main metrics, rendered off screen at a fixed size.
  QList<EvaluationExport::Chart> charts;
  const QList<int> ks = report_.ks();
  const int k = ks.isEmpty() ? 10 : ks.front();
  for (const QString& metric : {QStringLiteral("ndcg@%1").arg(k), QStringLiteral("precision@%1").arg(k),
                                QStringLiteral("recall@%1").arg(k), QStringLiteral("map")}) {
    if (!report_.metricNames().contains(metric)) continue;
    MetricBarChart view;
    view.resize(520, 320);
    view.setReport(report_, metric);
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    view.grab().save(&buffer, "PNG");
    charts.push_back({EvaluationReport::metricTitle(metric), png});
  }
  return EvaluationExport::writeFile(path, EvaluationExport::toHtml(report_, results_->baseline(), charts), error);
}

void EvaluatePage::exportWithDialog(bool html) {
  if (report_.isEmpty()) return;
  const QString suggested = report_.id() > 0 ? QStringLiteral("evaluation-run-%1").arg(report_.id())
                                             : QStringLiteral("evaluation");
  const QString path = QFileDialog::getSaveFileName(
      this, html ? tr("Export HTML report") : tr("Export CSV"),
      suggested + (html ? QStringLiteral(".html") : QStringLiteral(".csv")),
      html ? tr("HTML report (*.html)") : tr("CSV file (*.csv)"));
  if (path.isEmpty()) return;
  QString error;
  const bool ok = html ? exportHtml(path, &error) : exportCsv(path, &error);
  if (!ok) QMessageBox::warning(this, tr("Export"), error);
}

void EvaluatePage::updateRunState() {
  const bool open = session_ && session_->isOpen();
  const bool running = job_->isRunning();
  run_->setEnabled(open && !running && !specs_.empty());
  cancel_->setEnabled(running);
  addAlgorithm_->setEnabled(!running);
  addStored_->setEnabled(!running && !stored_.empty());
  removeModel_->setEnabled(!running && modelList_->currentRow() >= 0);
  const bool haveReport = !report_.isEmpty();
  exportCsv_->setEnabled(haveReport);
  exportHtml_->setEnabled(haveReport);
  deleteRun_->setEnabled(open && !running && runsView_->selectionModel() &&
                         !runsView_->selectionModel()->selectedRows().isEmpty());
}
