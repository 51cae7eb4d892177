#include "ui/models/ModelsWorkspace.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QStyle>
#include <QTabWidget>
#include <QVBoxLayout>
#include <exception>

#include "core/models/ModelStore.h"
#include "core/storage/Project.h"
#include "ui/base/EmptyState.h"
#include "ui/models/EvaluatePage.h"
#include "ui/models/TrainPage.h"
#include "ui/models/TrainedModelsModel.h"
#include "ui/models/TryItPage.h"

ModelsWorkspace::ModelsWorkspace(QWidget* parent)
    : Workspace(parent),
      stack_(new QStackedWidget(this)),
      noProject_(new QLabel(this)),
      tabs_(new QTabWidget(this)),
      train_(new TrainPage(this)),
      tryIt_(new TryItPage(this)),
      evaluate_(new EvaluatePage(this)),
      trainPane_(new QStackedWidget(this)),
      tryItPane_(new QStackedWidget(this)),
      evaluatePane_(new QStackedWidget(this)) {
  setObjectName(QStringLiteral("modelsWorkspace"));
  noProject_->setText(tr("No project is open.\n\nOpen or create a project with data to train and evaluate "
                         "recommendation models."));
  noProject_->setAlignment(Qt::AlignCenter);
  noProject_->setWordWrap(true);
  trainEmpty_ = EmptyState::noEvents(tr("Models learn from the project's events: who viewed, clicked or bought "
                                        "what. Import an interaction log or a public dataset, then train here."),
                                     trainPane_);
  connect(trainEmpty_->buttons().first(), &QPushButton::clicked, this, &Workspace::importRequested);
  trainPane_->addWidget(trainEmpty_);
  trainPane_->addWidget(train_);
  trainPane_->setCurrentWidget(train_);
  tabs_->addTab(trainPane_, tr("T&rain"));
  tryItEmpty_ = addModelTab(tryIt_, tryItPane_, tr("Tr&y it"), tr("No trained model yet"),
                            tr("Try it shows a trained model's recommendations for a user beside the user's own "
                               "history. Train a model on the Train tab first."));
  evaluateEmpty_ = addModelTab(evaluate_, evaluatePane_, tr("E&valuate"), tr("No trained model yet"),
                               tr("Evaluate compares trained models offline on held-out events (precision, recall, "
                                  "NDCG, coverage). Train at least one model on the Train tab first."));
  tabs_->setDocumentMode(true);
  stack_->addWidget(noProject_);
  stack_->addWidget(tabs_);
  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->addWidget(stack_);
  setFocusProxy(tabs_);

  connect(train_, &TrainPage::modelsChanged, this, &ModelsWorkspace::onModelsChanged);
  connect(train_, &TrainPage::tryModelRequested, this, [this](const QString& name) {
    tryIt_->selectModel(name);
    showTab(tryIt_);
    tryIt_->userField()->setFocus();
  });
}

QIcon ModelsWorkspace::icon() const {
  return QIcon::fromTheme(QStringLiteral("applications-science"),
                          QApplication::style()->standardIcon(QStyle::SP_ComputerIcon));
}

EmptyState* ModelsWorkspace::addModelTab(QWidget* page, QStackedWidget* pane, const QString& label,
                                         const QString& heading, const QString& message) {
  auto* empty = new EmptyState(heading, message, pane);  // shown until the model list says otherwise
  connect(empty->addButton(tr("&Train a model…"), tr("Open the Train tab")), &QPushButton::clicked, this, [this] {
    showTab(train_);
    trainPane_->setFocus();  // the Train page, or its own empty state
  });
  pane->addWidget(empty);
  pane->addWidget(page);
  pane->setCurrentWidget(empty);
  tabs_->addTab(pane, label);
  return empty;
}

void ModelsWorkspace::showTab(QWidget* page) {
  if (page == train_) page = trainPane_;
  if (page == tryIt_) page = tryItPane_;
  if (page == evaluate_) page = evaluatePane_;
  tabs_->setCurrentWidget(page);
}

void ModelsWorkspace::setProject(std::shared_ptr<ProjectSession> session) {
  session_ = std::move(session);
  train_->setSession(session_);
  tryIt_->setSession(session_);
  evaluate_->setSession(session_);
  connect(session_.get(), &ProjectSession::projectOpened, this, &ModelsWorkspace::showProject);
  connect(session_.get(), &ProjectSession::projectAboutToClose, this, &ModelsWorkspace::dropProject);
  connect(session_.get(), &ProjectSession::projectClosed, this, [this] {
    train_->reloadModels();  // empty lists now that no project is open
    evaluate_->reload();
  });
  connect(session_.get(), &ProjectSession::dataChanged, this, &ModelsWorkspace::reloadData);
  if (session_->isOpen())
    showProject();
  else
    dropProject();
}

void ModelsWorkspace::showProject() {
  tryIt_->reset();
  train_->reloadModels();
  evaluate_->reload();
  showTrainOrEmptyState();
  stack_->setCurrentIndex(1);
}

void ModelsWorkspace::showTrainOrEmptyState() {
  EmptyState::showOneOf(trainPane_, train_, trainEmpty_, session_ && !session_->hasEvents());
}

void ModelsWorkspace::dropProject() {
  // Running jobs keep their own connections; their results are simply not shown for another project.
  tryIt_->reset();
  stack_->setCurrentIndex(0);
}

void ModelsWorkspace::reloadData() {
  tryIt_->reset();
  train_->reloadModels();
  evaluate_->reload();
  showTrainOrEmptyState();
}

void ModelsWorkspace::onModelsChanged() {
  const QStringList names = train_->modelsModel()->names();
  tryIt_->setModelNames(names);
  EmptyState::showOneOf(tryItPane_, tryIt_, tryItEmpty_, names.isEmpty());
  EmptyState::showOneOf(evaluatePane_, evaluate_, evaluateEmpty_, names.isEmpty());
  std::vector<reco::ModelSpec> specs;
  if (session_ && session_->project()) {
    try {
      for (const reco::StoredModel& m : reco::ModelStore(*session_->project()).list())
        specs.push_back({m.algorithm, m.params, m.name});
    } catch (const std::exception&) {
      // the Train tab already shows why the list cannot be read
    }
  }
  evaluate_->setStoredModels(std::move(specs));
}
