#include "ui/app/WelcomePage.h"

#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

#include "ui/app/AppSettings.h"
#include "ui/base/EmptyState.h"
#include "ui/base/PathForPeople.h"

namespace {
QLabel* heading(const QString& text, double scale, QWidget* parent) {
  auto* label = new QLabel(text, parent);
  QFont font = label->font();
  font.setPointSizeF(font.pointSizeF() * scale);
  font.setBold(true);
  label->setFont(font);
  return label;
}
}  // namespace

WelcomePage::WelcomePage(AppSettings& settings, QWidget* parent)
    : QWidget(parent), settings_(settings), recent_(new QListWidget(this)), noRecent_(new QLabel(this)) {
  setObjectName(QStringLiteral("welcomePage"));
  setAccessibleName(tr("Welcome"));

  auto* title = heading(tr("Welcome to RecoEngine"), 1.8, this);
  auto* intro = new QLabel(tr("Open a project to explore its data, train and evaluate recommendation models and "
                              "curate what they recommend. New here? The demo project shows every workspace on an "
                              "online shop's 90 days of events."),
                           this);
  intro->setWordWrap(true);

  startColumn_ = new QWidget(this);
  auto* start = new QVBoxLayout(startColumn_);
  start->setContentsMargins(0, 0, 0, 0);
  start->setSpacing(8);
  start->addWidget(heading(tr("Start"), 1.2, startColumn_));
  new_ = addStartButton(tr("&New project…"), tr("Create a new, empty project file"));
  open_ = addStartButton(tr("&Open project…"), tr("Open an existing project file"));
  import_ = addStartButton(tr("&Import data…"),
                           tr("Create a new project and import an interaction log or a public dataset into it"));
  demo_ = addStartButton(tr("Open &demo project"),
                         tr("Open the built-in demo project, creating it first when it is missing"));
  start->addStretch(1);

  auto* recentColumn = new QVBoxLayout;
  recentColumn->setSpacing(8);
  auto* recentHeading = heading(tr("&Recent projects"), 1.2, this);
  recentHeading->setBuddy(recent_);
  recentColumn->addWidget(recentHeading);
  recent_->setObjectName(QStringLiteral("recentProjects"));
  recent_->setAccessibleName(tr("Recent projects"));
  recent_->setAccessibleDescription(tr("Press Enter or double-click to open a project"));
  recent_->setAlternatingRowColors(true);
  recent_->setUniformItemSizes(true);
  recent_->setSpacing(1);
  recent_->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
  recent_->setTextElideMode(Qt::ElideMiddle);
  recentColumn->addWidget(recent_, 0);
  noRecent_->setObjectName(QStringLiteral("noRecentProjects"));
  noRecent_->setText(tr("No recent projects yet. Projects you open or create are listed here."));
  noRecent_->setWordWrap(true);
  recentColumn->addWidget(noRecent_);
  recentColumn->addStretch(1);

  auto* columns = new QHBoxLayout;
  columns->setSpacing(32);
  columns->addWidget(startColumn_, 0);
  columns->addLayout(recentColumn, 1);

  auto* body = new QWidget(this);
  body->setMaximumWidth(880);
  auto* bodyLayout = new QVBoxLayout(body);
  bodyLayout->setContentsMargins(0, 0, 0, 0);
  bodyLayout->setSpacing(16);
  bodyLayout->addWidget(title);
  bodyLayout->addWidget(intro);
  bodyLayout->addSpacing(8);
  bodyLayout->addLayout(columns, 1);

  auto* outer = new QHBoxLayout(this);
  outer->setContentsMargins(32, 48, 32, 32);
  outer->addStretch(1);
  outer->addWidget(body, 6);
  outer->addStretch(1);

  connect(new_, &QPushButton::clicked, this, &WelcomePage::newProjectRequested);
  connect(open_, &QPushButton::clicked, this, &WelcomePage::openProjectRequested);
  connect(import_, &QPushButton::clicked, this, &WelcomePage::importRequested);
  connect(demo_, &QPushButton::clicked, this, &WelcomePage::demoRequested);
  connect(recent_, &QListWidget::itemActivated, this, [this](QListWidgetItem* item) {
    if (item) Q_EMIT recentProjectRequested(item->data(Qt::UserRole).toString());
  });
  connect(&settings_, &AppSettings::recentProjectsChanged, this, &WelcomePage::rebuildRecent);
  setTabOrder(new_, open_);
  setTabOrder(open_, import_);
  setTabOrder(import_, demo_);
  setTabOrder(demo_, recent_);
  setFocusProxy(new_);
  rebuildRecent();
}

QPushButton* WelcomePage::addStartButton(const QString& text, const QString& description) {
  auto* button = new QPushButton(text, startColumn_);
  EmptyState::describeButton(button, description);
  button->setMinimumWidth(220);
  button->setMinimumHeight(button->sizeHint().height() + 8);
  button->setAutoDefault(true);
  startColumn_->layout()->addWidget(button);
  return button;
}

void WelcomePage::rebuildRecent() {
  recent_->clear();
  for (const QString& path : settings_.recentProjects()) {
    const QFileInfo info(path);
    auto* item =
        new QListWidgetItem(QStringLiteral("%1\n%2").arg(info.fileName(), pathForPeople(info.absolutePath())), recent_);
    item->setData(Qt::UserRole, path);
    item->setToolTip(QDir::toNativeSeparators(path));
    item->setSizeHint(QSize(0, 2 * recent_->fontMetrics().lineSpacing() + 12));
    if (!info.exists()) {
      item->setText(tr("%1 (missing)\n%2").arg(info.fileName(), pathForPeople(info.absolutePath())));
      item->setFlags(item->flags() & ~Qt::ItemIsEnabled);
    }
  }
  const bool any = recent_->count() > 0;
  // As tall as its rows (the list holds at most AppSettings::kMaxRecentProjects), not a tall empty box.
  const int rows = qMax(1, recent_->count());
  recent_->setFixedHeight(rows * (2 * recent_->fontMetrics().lineSpacing() + 12 + 2 * recent_->spacing()) +
                          2 * recent_->frameWidth());
  recent_->setVisible(any);
  noRecent_->setVisible(!any);
  if (any) recent_->setCurrentRow(0);
}
