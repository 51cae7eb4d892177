#include "ui/data/DataWorkspace.h"

#include <QApplication>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QStyle>
#include <QTabWidget>
#include <QVBoxLayout>

#include "ui/base/EmptyState.h"
#include "ui/data/DataTablePage.h"
#include "ui/data/DatasetSummaryPanel.h"

DataWorkspace::DataWorkspace(QWidget* parent)
    : Workspace(parent),
      stack_(new QStackedWidget(this)),
      noProject_(new QLabel(this)),
      noEvents_(EmptyState::noEvents(tr("This project holds no data. Import an interaction log (CSV, JSON Lines or "
                                        "Parquet) or a public dataset such as MovieLens to browse its users, items "
                                        "and events here."),
                                     this)),
      tabs_(new QTabWidget(this)),
      users_(new DataTablePage(reco::BrowseTable::Users, this)),
      items_(new DataTablePage(reco::BrowseTable::Items, this)),
      events_(new DataTablePage(reco::BrowseTable::Events, this)),
      summary_(new DatasetSummaryPanel(this)) {
  setObjectName(QStringLiteral("dataWorkspace"));
  noProject_->setText(tr("No project is open.\n\nCreate one with File › New Project… (Ctrl+N) or open one with "
                         "File › Open Project… (Ctrl+O)."));
  noProject_->setAlignment(Qt::AlignCenter);
  noProject_->setWordWrap(true);

  connect(noEvents_->buttons().first(), &QPushButton::clicked, this, &Workspace::importRequested);

  tabs_->addTab(users_, tr("&Users"));
  tabs_->addTab(items_, tr("&Items"));
  tabs_->addTab(events_, tr("&Events"));
  tabs_->setDocumentMode(true);

  auto* splitter = new QSplitter(Qt::Horizontal, this);
  splitter->setObjectName(QStringLiteral("dataSplitter"));
  splitter->addWidget(tabs_);
  splitter->addWidget(summary_);
  splitter->setStretchFactor(0, 3);
  splitter->setStretchFactor(1, 0);  // the summary keeps its natural width; the tables take the rest
  splitter->setChildrenCollapsible(false);
  summary_->setMinimumWidth(260);

  stack_->addWidget(noProject_);
  stack_->addWidget(splitter);
  stack_->addWidget(noEvents_);
  dataPane_ = splitter;
  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->addWidget(stack_);
  setFocusProxy(tabs_);
}

QIcon DataWorkspace::icon() const {
  return QIcon::fromTheme(QStringLiteral("x-office-spreadsheet"),
                          QApplication::style()->standardIcon(QStyle::SP_FileDialogDetailedView));
}

void DataWorkspace::setProject(std::shared_ptr<ProjectSession> session) {
  session_ = std::move(session);
  summary_->setSession(session_);
  connect(session_.get(), &ProjectSession::projectOpened, this, &DataWorkspace::showProject);
  connect(session_.get(), &ProjectSession::projectAboutToClose, this, &DataWorkspace::dropProject);
  connect(session_.get(), &ProjectSession::dataChanged, this, &DataWorkspace::reloadData);
  if (session_->isOpen())
    showProject();
  else
    dropProject();
}

void DataWorkspace::showProject() {
  for (DataTablePage* page : {users_, items_, events_}) page->setProject(session_->project());
  showDataOrEmptyState();
}

void DataWorkspace::showDataOrEmptyState() {
  EmptyState::showOneOf(stack_, dataPane_, noEvents_, !session_->hasEvents());
  setFocusProxy(session_->hasEvents() ? static_cast<QWidget*>(tabs_) : noEvents_);
}

void DataWorkspace::dropProject() {
  for (DataTablePage* page : {users_, items_, events_}) page->setProject(nullptr);
  stack_->setCurrentIndex(0);
  setFocusProxy(tabs_);
}

void DataWorkspace::reloadData() {
  for (DataTablePage* page : {users_, items_, events_}) page->reload();
  if (session_->isOpen()) showDataOrEmptyState();
}
