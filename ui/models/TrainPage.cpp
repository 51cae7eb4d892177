#include "ui/models/TrainPage.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QRegularExpressionValidator>
#include <QScrollArea>
#include <QShortcut>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>
#include <algorithm>
#include <cmath>
#include <exception>

#include "core/models/ModelStore.h"
#include "core/models/RecommenderBase.h"
#include "core/storage/Project.h"
#include "ui/base/LocaleFormat.h"
#include "ui/base/ProjectSession.h"
#include "ui/models/LossChart.h"
#include "ui/models/ParamForm.h"
#include "ui/models/TrainedModelsModel.h"
#include "ui/models/TrainingJob.h"

TrainPage::TrainPage(QWidget* parent)
    : QWidget(parent), job_(new TrainingJob(this)), models_(new TrainedModelsModel(this)) {
  setObjectName(QStringLiteral("trainPage"));

  auto* setup = new QGroupBox(tr("Algorithm"), this);
  auto* setupLayout = new QVBoxLayout(setup);
  algorithm_ = new QComboBox(setup);
  algorithm_->setObjectName(QStringLiteral("trainAlgorithm"));
  algorithm_->setAccessibleName(tr("Algorithm"));
  for (const reco::AlgorithmInfo& info : reco::algorithmInfos())
    algorithm_->addItem(QString::fromStdString(info.displayName), QString::fromStdString(info.name));
  setupLayout->addWidget(algorithm_);
  description_ = new QLabel(setup);
  description_->setWordWrap(true);
  description_->setTextFormat(Qt::PlainText);
  setupLayout->addWidget(description_);
  params_ = new ParamForm(setup);
  auto* scroll = new QScrollArea(setup);
  scroll->setWidget(params_);
  scroll->setWidgetResizable(true);
  scroll->setFrameShape(QFrame::NoFrame);
  scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
  setupLayout->addWidget(scroll, 1);
  defaults_ = new QPushButton(tr("Reset to &defaults"), setup);
  setupLayout->addWidget(defaults_, 0, Qt::AlignRight);
  auto* nameForm = new QFormLayout;
  windowDays_ = new QSpinBox(setup);
  windowDays_->setRange(0, 36500);
  windowDays_->setSpecialValueText(tr("all events"));
  windowDays_->setSuffix(tr(" days"));
  windowDays_->setToolTip(tr("Train only on the events of the last N days before the newest event (0 = all)"));
  nameForm->addRow(tr("Time &window:"), windowDays_);
  minUser_ = new QSpinBox(setup);
  minUser_->setRange(1, 100000);
  minUser_->setToolTip(tr("Users with fewer distinct items are left out of training"));
  nameForm->addRow(tr("Min. items per &user:"), minUser_);
  minItem_ = new QSpinBox(setup);
  minItem_->setRange(1, 100000);
  minItem_->setToolTip(tr("Items with fewer distinct users are left out of training"));
  nameForm->addRow(tr("Min. users per ite&m:"), minItem_);
  name_ = new QLineEdit(setup);
  name_->setObjectName(QStringLiteral("trainModelName"));
  name_->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("^[^\\s].{0,79}$")), name_));
  name_->setToolTip(tr("The name the model is stored under; a model with the same name is replaced"));
  nameForm->addRow(tr("&Name:"), name_);
  setupLayout->addLayout(nameForm);
  auto* buttons = new QHBoxLayout;
  train_ = new QPushButton(tr("&Train"), setup);
  train_->setObjectName(QStringLiteral("trainButton"));
  train_->setToolTip(tr("Train in the background (Ctrl+T)"));
  train_->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
  train_->setDefault(true);
  cancel_ = new QPushButton(tr("Cancel"), setup);
  cancel_->setToolTip(tr("Stop training (Esc)"));
  buttons->addWidget(train_);
  buttons->addWidget(cancel_);
  setupLayout->addLayout(buttons);
  progress_ = new QProgressBar(setup);
  progress_->setRange(0, 100);
  progress_->setValue(0);
  setupLayout->addWidget(progress_);
  stage_ = new QLabel(setup);
  stage_->setWordWrap(true);
  stage_->setObjectName(QStringLiteral("trainStage"));
  setupLayout->addWidget(stage_);
  setup->setMinimumWidth(330);
  setup->setMaximumWidth(420);

  chart_ = new LossChart(this);
  auto* listBox = new QGroupBox(tr("Trained models"), this);
  auto* listLayout = new QVBoxLayout(listBox);
  modelsView_ = new QTableView(listBox);
  modelsView_->setObjectName(QStringLiteral("trainedModelsView"));
  modelsView_->setAccessibleName(tr("Trained models"));
  modelsView_->setModel(models_);
  modelsView_->setSelectionBehavior(QAbstractItemView::SelectRows);
  modelsView_->setSelectionMode(QAbstractItemView::SingleSelection);
  modelsView_->setAlternatingRowColors(true);
  modelsView_->verticalHeader()->hide();
  modelsView_->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
  modelsView_->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
  listLayout->addWidget(modelsView_);
  auto* listButtons = new QHBoxLayout;
  tryIt_ = new QPushButton(tr("Try &it"), listBox);
  tryIt_->setToolTip(tr("Open the selected model in the Try it tab"));
  delete_ = new QPushButton(tr("De&lete"), listBox);
  delete_->setToolTip(tr("Delete the selected model from the project (Del)"));
  listButtons->addStretch(1);
  listButtons->addWidget(tryIt_);
  listButtons->addWidget(delete_);
  listLayout->addLayout(listButtons);

  auto* right = new QSplitter(Qt::Vertical, this);
  right->addWidget(chart_);
  right->addWidget(listBox);
  right->setStretchFactor(0, 3);
  right->setStretchFactor(1, 2);
  right->setChildrenCollapsible(false);
  auto* layout = new QHBoxLayout(this);
  layout->addWidget(setup);
  layout->addWidget(right, 1);

  auto* esc = new QShortcut(QKeySequence(Qt::Key_Escape), this, nullptr, nullptr, Qt::WidgetWithChildrenShortcut);
  connect(esc, &QShortcut::activated, this, &TrainPage::cancelTraining);
  auto* del = new QShortcut(QKeySequence::Delete, modelsView_, nullptr, nullptr, Qt::WidgetShortcut);
  connect(del, &QShortcut::activated, this, [this] {
    const QString name = selectedModel();
    if (!name.isEmpty() &&
        QMessageBox::question(this, tr("Delete model"), tr("Delete the trained model %1?").arg(name)) ==
            QMessageBox::Yes)
      deleteModel(name);
  });
  connect(algorithm_, &QComboBox::currentIndexChanged, this, &TrainPage::onAlgorithmChanged);
  connect(defaults_, &QPushButton::clicked, params_, &ParamForm::resetToDefaults);
  connect(name_, &QLineEdit::textEdited, this, [this] { nameEdited_ = !name_->text().isEmpty(); });
  connect(train_, &QPushButton::clicked, this, &TrainPage::train);
  connect(cancel_, &QPushButton::clicked, this, &TrainPage::cancelTraining);
  connect(delete_, &QPushButton::clicked, this, [this] {
    const QString name = selectedModel();
    if (!name.isEmpty() &&
        QMessageBox::question(this, tr("Delete model"), tr("Delete the trained model %1?").arg(name)) ==
            QMessageBox::Yes)
      deleteModel(name);
  });
  connect(tryIt_, &QPushButton::clicked, this, [this] {
    if (!selectedModel().isEmpty()) Q_EMIT tryModelRequested(selectedModel());
  });
  connect(modelsView_, &QTableView::doubleClicked, this, [this](const QModelIndex& index) {
    Q_EMIT tryModelRequested(index.data(TrainedModelsModel::NameRole).toString());
  });
  connect(modelsView_->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
    updateState();
    showStoredCurve();
  });
  connect(job_, &TrainingJob::stageChanged, stage_, &QLabel::setText);
  connect(job_, &TrainingJob::iterationFinished, this, &TrainPage::onIteration);
  connect(job_, &TrainingJob::finished, this, &TrainPage::onFinished);
  onAlgorithmChanged(algorithm_->currentIndex());
}

TrainPage::~TrainPage() = default;

void TrainPage::setSession(std::shared_ptr<ProjectSession> session) {
  session_ = std::move(session);
  reloadModels();
}

void TrainPage::reloadModels() {
  std::vector<TrainedModelsModel::Row> rows;
  if (session_ && session_->project()) {
    try {
      reco::Project& project = *session_->project();
      const std::string fingerprint = project.dataFingerprint();
      for (const reco::StoredModel& m : reco::ModelStore(project).list()) {
        QString params;
        for (const reco::AlgorithmInfo& info : reco::algorithmInfos())
          if (info.name == m.algorithm) params = ParamForm::summary(info, m.params);
        rows.push_back({QString::fromStdString(m.name), QString::fromStdString(m.algorithm), params, m.seconds,
                        m.trainedAt, m.dataFingerprint == fingerprint, m.loss});
      }
    } catch (const std::exception& e) {
      stage_->setText(tr("Cannot read the trained models: %1").arg(QString::fromStdString(e.what())));
    }
  }
  models_->setRows(std::move(rows));
  if (!nameEdited_) name_->setText(suggestedName());
  updateState();
  Q_EMIT modelsChanged();
}

bool TrainPage::selectAlgorithm(const QString& name) {
  const int index = algorithm_->findData(name);
  if (index < 0) return false;
  algorithm_->setCurrentIndex(index);
  return true;
}

QString TrainPage::algorithm() const { return algorithm_->currentData().toString(); }

void TrainPage::setModelName(const QString& name) {
  name_->setText(name);
  nameEdited_ = !name.isEmpty();
}

void TrainPage::setTrainingData(int windowDays, int minUserInteractions, int minItemInteractions) {
  windowDays_->setValue(windowDays);
  minUser_->setValue(minUserInteractions);
  minItem_->setValue(minItemInteractions);
}

QString TrainPage::modelName() const { return name_->text().trimmed(); }

QString TrainPage::suggestedName() const {
  if (!session_ || !session_->project()) return algorithm();
  try {
    return QString::fromStdString(reco::ModelStore(*session_->project()).suggestName(algorithm().toStdString()));
  } catch (const std::exception&) {
    return algorithm();
  }
}

void TrainPage::showStoredCurve() {
  // While a training runs its live curve stays; otherwise the selected model's recorded curve is shown.
  if (job_->isRunning()) return;
  const int row = models_->rowOf(selectedModel());
  const TrainedModelsModel::Row* r = models_->row(row);
  if (!r) return;
  chart_->start(tr("%1 (%2)").arg(r->name, r->algorithm), int(r->loss.size()));
  for (std::size_t i = 0; i < r->loss.size(); ++i) chart_->addIteration(int(i) + 1, r->loss[i]);
  chart_->finish(tr("trained in %1").arg(LocaleFormat::duration(r->seconds)));
}

QString TrainPage::selectedModel() const {
  const QModelIndexList rows = modelsView_->selectionModel()->selectedRows();
  return rows.isEmpty() ? QString() : rows.front().data(TrainedModelsModel::NameRole).toString();
}

void TrainPage::onAlgorithmChanged(int index) {
  if (index < 0) return;
  const reco::AlgorithmInfo& info = reco::algorithmInfos()[static_cast<std::size_t>(index)];
  description_->setText(QString::fromStdString(info.description));
  params_->setAlgorithm(info);
  if (!nameEdited_) name_->setText(suggestedName());
}

bool TrainPage::train() {
  if (job_->isRunning()) return false;
  if (!session_ || !session_->isOpen()) {
    stage_->setText(tr("Open a project first."));
    return false;
  }
  const QString name = modelName();
  if (name.isEmpty()) {
    stage_->setText(tr("Give the model a name."));
    name_->setFocus();
    return false;
  }
  const int index = algorithm_->currentIndex();
  const reco::AlgorithmInfo& info = reco::algorithmInfos()[static_cast<std::size_t>(index)];
  TrainingJob::Request request{info.name, params_->params(), name.toStdString(), {}};
  try {
    request.params = reco::RecommenderBase::resolveParams(info, request.params);  // core's own validation
  } catch (const std::exception& e) {
    stage_->setText(tr("Invalid parameters: %1").arg(QString::fromStdString(e.what())));
    return false;
  }
  request.matrix.windowDays = windowDays_->value();
  request.matrix.minUserInteractions = minUser_->value();
  request.matrix.minItemInteractions = minItem_->value();
  try {
    request.matrix.validate();
  } catch (const std::exception& e) {
    stage_->setText(tr("Invalid training data settings: %1").arg(QString::fromStdString(e.what())));
    return false;
  }
  const auto it = request.params.find("iterations");
  const auto epochs = request.params.find("epochs");
  const int iterations = it != request.params.end() ? int(it->second)
                         : epochs != request.params.end() ? int(epochs->second)
                                                          : 1;
  chart_->start(tr("%1 (%2)").arg(name, QString::fromStdString(info.displayName)), iterations);
  progress_->setRange(0, 0);  // busy until the first iteration reports
  stage_->setText(tr("Starting…"));
  job_->start(session_->path(), request);
  updateState();
  return true;
}

void TrainPage::cancelTraining() {
  if (!job_->isRunning()) return;
  job_->cancel();
  stage_->setText(tr("Cancelling…"));
  updateState();
}

bool TrainPage::isTraining() const { return job_->isRunning(); }

void TrainPage::onIteration(int iteration, int iterations, double loss, double elapsed) {
  if (job_->isCancelling()) return;
  progress_->setRange(0, std::max(1, iterations));
  progress_->setValue(iteration);
  chart_->addIteration(iteration, loss);
  stage_->setText(std::isfinite(loss) ? tr("Iteration %1 of %2 · loss %3 · %4")
                                            .arg(LocaleFormat::count(iteration), LocaleFormat::count(iterations),
                                                 LocaleFormat::significant(loss, 6), LocaleFormat::duration(elapsed))
                                      : tr("Step %1 of %2 · %3")
                                            .arg(LocaleFormat::count(iteration), LocaleFormat::count(iterations),
                                                 LocaleFormat::duration(elapsed)));
}

void TrainPage::onFinished() {
  const TrainingJob::Outcome& out = job_->outcome();
  progress_->setRange(0, 100);
  if (out.ok) {
    progress_->setValue(100);
    stage_->setText(tr("Trained %1 in %2 on %3 users × %4 items (%5 interactions); stored in the project.")
                        .arg(out.name)
                        .arg(LocaleFormat::duration(out.seconds),
                             LocaleFormat::count(static_cast<std::int64_t>(out.users)),
                             LocaleFormat::count(static_cast<std::int64_t>(out.items)),
                             LocaleFormat::count(static_cast<std::int64_t>(out.interactions))));
    chart_->finish(tr("done in %1").arg(LocaleFormat::duration(out.seconds)));
    nameEdited_ = false;
    reloadModels();
    const int row = models_->rowOf(out.name);
    if (row >= 0) modelsView_->selectRow(row);
  } else if (out.cancelled) {
    progress_->setValue(0);
    stage_->setText(tr("Training cancelled; nothing was stored."));
    chart_->finish(tr("cancelled"));
  } else {
    progress_->setValue(0);
    stage_->setText(tr("Training failed: %1").arg(out.error));
    chart_->finish(tr("failed"));
  }
  updateState();
  Q_EMIT trainingFinished(out.ok);
}

bool TrainPage::deleteModel(const QString& name) {
  if (!session_ || !session_->project()) return false;
  bool removed = false;
  try {
    removed = reco::ModelStore(*session_->project()).remove(name.toStdString());
  } catch (const std::exception& e) {
    stage_->setText(tr("Cannot delete %1: %2").arg(name, QString::fromStdString(e.what())));
    return false;
  }
  reloadModels();
  return removed;
}

void TrainPage::updateState() {
  const bool open = session_ && session_->isOpen();
  const bool running = job_->isRunning();
  train_->setEnabled(open && !running);
  cancel_->setEnabled(running && !job_->isCancelling());
  algorithm_->setEnabled(!running);
  params_->setEnabled(!running);
  defaults_->setEnabled(!running);
  name_->setEnabled(!running);
  windowDays_->setEnabled(!running);
  minUser_->setEnabled(!running);
  minItem_->setEnabled(!running);
  const bool selected = !selectedModel().isEmpty();
  delete_->setEnabled(open && selected && !running);
  tryIt_->setEnabled(open && selected);
}
