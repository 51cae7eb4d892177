#include "ui/curation/CurationWorkspace.h"

#include <QAction>
#include <QApplication>
#include <QDataStream>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QStackedWidget>
#include <QStyle>
#include <QTabWidget>
#include <QTableView>
#include <QToolBar>
#include <QToolButton>
#include <QTreeView>
#include <QUndoStack>
#include <QUndoView>
#include <QVBoxLayout>
#include <algorithm>
#include <exception>
#include <initializer_list>
#include <utility>

#include "core/curation/RuleEdits.h"
#include "ui/base/EmptyState.h"
#include "ui/curation/AddRuleDialog.h"
#include "ui/curation/CurationDocument.h"
#include "ui/curation/CurationImpactPanel.h"
#include "ui/curation/CurationWhatIfPanel.h"
#include "ui/curation/CurationPreviewPanel.h"
#include "ui/curation/ImportDialog.h"
#include "ui/curation/ItemPicker.h"
#include "ui/curation/RuleDelegate.h"
#include "ui/curation/RulesTableModel.h"
#include "ui/curation/SaveVersionDialog.h"
#include "ui/curation/SegmentEditor.h"
#include "ui/curation/SegmentListModel.h"
#include "ui/curation/VersionsDialog.h"

namespace {

QLabel* sectionLabel(const QString& text, QWidget* parent) {
  auto* label = new QLabel(text, parent);
  QFont f = label->font();
  f.setBold(true);
  label->setFont(f);
  return label;
}

// A widget holding `widgets` (each with its stretch factor) one below the other.
QWidget* column(QWidget* parent, std::initializer_list<std::pair<QWidget*, int>> widgets, QMargins margins = {}) {
  auto* box = new QWidget(parent);
  auto* layout = new QVBoxLayout(box);
  layout->setContentsMargins(margins);
  for (const auto& [widget, stretch] : widgets) layout->addWidget(widget, stretch);
  return box;
}

QIcon themed(const char* name, QStyle::StandardPixmap fallback) {
  return QIcon::fromTheme(QLatin1String(name), QApplication::style()->standardIcon(fallback));
}

}  // namespace

CurationWorkspace::CurationWorkspace(QWidget* parent)
    : Workspace(parent),
      document_(new CurationDocument(this)),
      segmentsModel_(new SegmentListModel(*document_, this)),
      rulesModel_(new RulesTableModel(*document_, this)),
      stack_(new QStackedWidget(this)),
      noProject_(new QLabel(this)),
      toolBar_(new QToolBar(this)),
      itemPicker_(new ItemPicker(this)),
      segmentsView_(new QTreeView(this)),
      segmentEditor_(new SegmentEditor(*document_, this)),
      rulesHeading_(new QLabel(this)),
      rulesView_(new QTableView(this)),
      status_(new QLabel(this)),
      problems_(new QListWidget(this)),
      problemsHeading_(nullptr),
      history_(new QUndoView(document_->undoStack(), this)),
      sideTabs_(new QTabWidget(this)),
      mainSplitter_(new QSplitter(Qt::Horizontal, this)) {
  setObjectName(QStringLiteral("curationWorkspace"));
  noProject_->setText(tr("No project is open.\n\nOpen or create a project to curate what recommendations show: pin, "
                         "ban, boost and bury items for user segments."));
  noProject_->setAlignment(Qt::AlignCenter);
  noProject_->setWordWrap(true);

  createActions();
  buildToolBar();
  sideTabs_->setDocumentMode(true);
  sideTabs_->setObjectName(QStringLiteral("curationSideTabs"));
  history_->setEmptyLabel(tr("<opened>"));
  history_->setAccessibleName(tr("Edit history"));
  problems_->setAccessibleName(tr("Problems"));
  history_->setCleanIcon(themed("document-save", QStyle::SP_DialogSaveButton));

  mainSplitter_->setObjectName(QStringLiteral("curationMainSplitter"));
  mainSplitter_->addWidget(buildLeft());
  mainSplitter_->addWidget(buildCentre());
  mainSplitter_->setStretchFactor(0, 0);
  mainSplitter_->setStretchFactor(1, 1);
  mainSplitter_->setChildrenCollapsible(false);

  QWidget* page = column(this, {{toolBar_, 0}, {mainSplitter_, 1}}, QMargins(6, 0, 6, 6));
  stack_->addWidget(noProject_);
  stack_->addWidget(page);
  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->addWidget(stack_);
  setFocusProxy(rulesPane_);
  // Preview and impact read the working rule set at each run, so they show unsaved edits.
  const auto workingRules = [this] { return document_->ruleSet(); };
  auto* preview = new CurationPreviewPanel(workingRules, this);
  preview->setSegmentSizes([this](const std::string& segment) { return document_->members(segment); });
  connect(document_, &CurationDocument::censusChanged, preview, &CurationPreviewPanel::markSmallSegments);
  addSidePage(preview, tr("Preview"));
  addSidePage(new CurationImpactPanel(workingRules, this), tr("Impact"));
  // What-if follows every edit of the working rule set (debounced, in the background, while its page is shown).
  auto* whatIf = new CurationWhatIfPanel(workingRules, this);
  connect(document_, &CurationDocument::rulesChanged, whatIf, &CurationWhatIfPanel::scheduleRecompute);
  connect(document_, &CurationDocument::segmentsChanged, whatIf, &CurationWhatIfPanel::scheduleRecompute);
  connect(document_, &CurationDocument::reloaded, whatIf, &CurationWhatIfPanel::scheduleRecompute);
  addSidePage(whatIf, tr("What-if"));

  connectDocument();
  connectViews();
  updateActions();
  updateRulesEmptyState();
  updateRuleDetails();
}

// The document is a child and dies in ~QWidget, after this object has stopped being a CurationWorkspace: its undo
// stack's clear() then emits indexChanged, whose handlers here would run on a half-destroyed workspace. Cut them first.
CurationWorkspace::~CurationWorkspace() {
  document_->undoStack()->disconnect(this);
  document_->disconnect(this);
}

namespace {
bool isAddRuleKey(const QKeyEvent* e) {
  return e->key() == Qt::Key_N && (e->modifiers() & ~Qt::KeypadModifier) == Qt::ControlModifier;
}
}  // namespace

bool CurationWorkspace::event(QEvent* event) {
  if (event->type() == QEvent::ShortcutOverride && isAddRuleKey(static_cast<QKeyEvent*>(event)) &&
      action(CurationActionId::AddRule)->isEnabled()) {
    event->accept();  // deliver Ctrl+N as a key press (handled below) instead of the window's New Project
    return true;
  }
  return Workspace::event(event);
}

void CurationWorkspace::keyPressEvent(QKeyEvent* event) {
  if (isAddRuleKey(event) && action(CurationActionId::AddRule)->isEnabled()) {
    action(CurationActionId::AddRule)->trigger();
    event->accept();
    return;
  }
  Workspace::keyPressEvent(event);
}

void CurationWorkspace::buildToolBar() {
  toolBar_->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
  toolBar_->setIconSize(QSize(16, 16));
  for (const char* id : {CurationActionId::AddRule, CurationActionId::RemoveRule, CurationActionId::RaisePriority,
                         CurationActionId::LowerPriority})
    toolBar_->addAction(action(id));
  toolBar_->addSeparator();
  // Undo and redo show their icons only (their tooltips name them and their keys): at 1280x800 the toolbar then
  // keeps the item finder in view instead of moving it behind the overflow arrow.
  for (const char* id : {CurationActionId::Undo, CurationActionId::Redo}) {
    toolBar_->addAction(action(id));
    if (auto* button = qobject_cast<QToolButton*>(toolBar_->widgetForAction(action(id)))) {
      button->setToolButtonStyle(Qt::ToolButtonIconOnly);
      button->setAccessibleName(QString(action(id)->text()).remove(QLatin1Char('&')));
    }
  }
  toolBar_->addSeparator();
  for (const char* id : {CurationActionId::SaveVersion, CurationActionId::Versions, CurationActionId::Import,
                         CurationActionId::Export})
    toolBar_->addAction(action(id));
  auto* spacer = new QWidget(toolBar_);
  spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
  toolBar_->addWidget(spacer);
  itemPicker_->setAccessibleName(tr("Find item"));
  itemPicker_->setMinimumWidth(220);
  itemPicker_->setMaximumWidth(360);
  itemPicker_->setToolTip(tr("Find an item by id or title (Ctrl+F). Choosing one sets the selected rule's item, "
                             "or starts a new rule for it."));
  toolBar_->addWidget(itemPicker_);

}

// The document's changes reach the views: selection, headings, problems, status.
void CurationWorkspace::connectDocument() {
  connect(document_, &CurationDocument::reloaded, this, [this] {
    itemPicker_->setProject(document_->project());
    if (segmentsModel_->rowCount() > 0) selectSegment(QString::fromLatin1(reco::Segment::kAllUsers));
    updateProblems();
    updateActions();
    updateRulesEmptyState();
  });
  connect(document_, &CurationDocument::segmentsChanged, this, [this] {
    // Keep a segment selected (a removed or renamed one falls back to "all users").
    const int row = segmentsModel_->rowOf(currentSegment());
    if (row < 0)
      selectSegment(QString::fromLatin1(reco::Segment::kAllUsers));
    else
      segmentsView_->setCurrentIndex(segmentsModel_->index(row, 0));
  });
  connect(document_, &CurationDocument::rulesChanged, this, [this] {
    updateHeading();
    updateActions();
    updateRulesEmptyState();
  });
  connect(document_, &CurationDocument::findingsChanged, this, &CurationWorkspace::updateProblems);
  connect(document_, &CurationDocument::storeFailed, this, [this](const QString& m) { showStatus(m, true); });
  connect(document_->undoStack(), &QUndoStack::indexChanged, this, [this] { status_->clear(); });
}

void CurationWorkspace::connectViews() {
  connect(rulesModel_, &RulesTableModel::editRejected, this, [this](const QString& m) { showStatus(m, true); });
  connect(segmentEditor_, &SegmentEditor::applied, this, [this](const QString& name) { selectSegment(name); });
  connect(itemPicker_, &ItemPicker::itemPicked, this, &CurationWorkspace::onItemPicked);
  connect(problems_, &QListWidget::itemActivated, this, [this](QListWidgetItem* item) {
    const qint64 rule = item->data(Qt::UserRole).toLongLong();
    const QString segment = item->data(Qt::UserRole + 1).toString();
    if (rule > 0)
      selectRule(rule);
    else if (!segment.isEmpty())
      selectSegment(segment);
  });
  connect(problems_, &QListWidget::itemClicked, problems_, &QListWidget::itemActivated);
}

QIcon CurationWorkspace::icon() const { return themed("view-list-details", QStyle::SP_FileDialogDetailedView); }

QAction* CurationWorkspace::createAction(const char* id, const QString& text, const QList<QKeySequence>& keys,
                                      const QIcon& icon) {
  auto* a = new QAction(icon, text, this);
  a->setObjectName(QLatin1String(id));
  a->setShortcuts(keys);
  a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
  if (!keys.isEmpty()) a->setToolTip(tr("%1 (%2)").arg(QString(text).remove(QLatin1Char('&')),
                                                      keys.front().toString(QKeySequence::NativeText)));
  QWidget::addAction(a);  // shortcuts work anywhere inside the workspace
  actions_.insert(QLatin1String(id), a);
  return a;
}

void CurationWorkspace::createActions() {
  using namespace CurationActionId;
  const QKeySequence ctrlN(Qt::CTRL | Qt::Key_N);
  connect(createAction(AddRule, tr("&Add rule…"), {QKeySequence(Qt::Key_Insert), ctrlN},
                    themed("list-add", QStyle::SP_FileDialogNewFolder)),
          &QAction::triggered, this, [this] { openAddRuleDialog({}); });
  connect(createAction(RemoveRule, tr("&Remove rule"), {QKeySequence::Delete},
                    themed("list-remove", QStyle::SP_TrashIcon)),
          &QAction::triggered, this, &CurationWorkspace::removeSelectedRules);
  connect(createAction(EditRule, tr("&Edit cell"), {QKeySequence(Qt::Key_F2)}), &QAction::triggered, this, [this] {
    const QModelIndex i = rulesView_->currentIndex();
    if (i.isValid()) rulesView_->edit(i);
  });
  connect(createAction(ToggleEnabled, tr("Enable/&disable rule"), {QKeySequence(Qt::CTRL | Qt::Key_E)}),
          &QAction::triggered, this, &CurationWorkspace::toggleSelectedEnabled);
  connect(createAction(RaisePriority, tr("Move &up"), {QKeySequence(Qt::CTRL | Qt::Key_Up)},
                    themed("go-up", QStyle::SP_ArrowUp)),
          &QAction::triggered, this, [this] { moveSelectedRule(-1); });
  connect(createAction(LowerPriority, tr("Move do&wn"), {QKeySequence(Qt::CTRL | Qt::Key_Down)},
                    themed("go-down", QStyle::SP_ArrowDown)),
          &QAction::triggered, this, [this] { moveSelectedRule(+1); });
  QUndoStack* stack = document_->undoStack();
  QAction* undo = createAction(Undo, tr("&Undo"), {QKeySequence::Undo}, themed("edit-undo", QStyle::SP_ArrowBack));
  QAction* redo = createAction(Redo, tr("&Redo"),
                            {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)},
                            themed("edit-redo", QStyle::SP_ArrowForward));
  connect(undo, &QAction::triggered, stack, &QUndoStack::undo);
  connect(redo, &QAction::triggered, stack, &QUndoStack::redo);
  connect(stack, &QUndoStack::canUndoChanged, undo, &QAction::setEnabled);
  connect(stack, &QUndoStack::canRedoChanged, redo, &QAction::setEnabled);
  connect(stack, &QUndoStack::undoTextChanged, undo, [undo](const QString& t) {
    undo->setToolTip(t.isEmpty() ? tr("Undo") : tr("Undo: %1").arg(t));
  });
  connect(stack, &QUndoStack::redoTextChanged, redo, [redo](const QString& t) {
    redo->setToolTip(t.isEmpty() ? tr("Redo") : tr("Redo: %1").arg(t));
  });
  undo->setEnabled(false);
  redo->setEnabled(false);
  connect(createAction(SaveVersion, tr("&Save version…"), {QKeySequence::Save},
                    themed("document-save", QStyle::SP_DialogSaveButton)),
          &QAction::triggered, this, &CurationWorkspace::saveVersionDialog);
  connect(createAction(Versions, tr("&Versions…"), {}, themed("document-open-recent", QStyle::SP_FileDialogContentsView)),
          &QAction::triggered, this, &CurationWorkspace::versionsDialog);
  connect(createAction(Import, tr("&Import…"), {}, themed("document-import", QStyle::SP_DialogOpenButton)),
          &QAction::triggered, this, &CurationWorkspace::importDialog);
  // Exporting the rule set for production is a main task: it has a key, like saving a version (issue 14's keyboard walk).
  connect(createAction(Export, tr("E&xport…"), {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E)},
                       themed("document-export", QStyle::SP_DriveFDIcon)),
          &QAction::triggered, this, &CurationWorkspace::exportDialog);
  connect(createAction(FindItem, tr("&Find item"), {QKeySequence::Find}), &QAction::triggered, this, [this] {
    itemPicker_->setFocus(Qt::ShortcutFocusReason);
    itemPicker_->selectAll();
  });
  connect(createAction(NewSegment, tr("&New segment"), {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N)},
                    themed("list-add", QStyle::SP_FileDialogNewFolder)),
          &QAction::triggered, this, [this] {
            segmentsView_->clearSelection();
            segmentEditor_->startNew();
          });
  connect(createAction(RemoveSegment, tr("Remove se&gment"), {}, themed("list-remove", QStyle::SP_TrashIcon)),
          &QAction::triggered, this, &CurationWorkspace::confirmRemoveSegment);
}

QWidget* CurationWorkspace::buildLeft() {
  auto* left = new QWidget(this);
  auto* layout = new QVBoxLayout(left);
  layout->setContentsMargins(0, 0, 6, 0);
  segmentsView_->setModel(segmentsModel_);
  segmentsView_->setAccessibleName(tr("Segments"));
  segmentsView_->setRootIsDecorated(false);
  segmentsView_->setUniformRowHeights(true);
  segmentsView_->setAlternatingRowColors(true);
  segmentsView_->header()->setStretchLastSection(false);
  segmentsView_->header()->setSectionResizeMode(SegmentListModel::NameColumn, QHeaderView::Stretch);
  segmentsView_->header()->setSectionResizeMode(SegmentListModel::MembersColumn, QHeaderView::ResizeToContents);
  segmentsView_->header()->setSectionResizeMode(SegmentListModel::RulesColumn, QHeaderView::ResizeToContents);
  connect(segmentsView_->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
          &CurationWorkspace::onSegmentSelected);
  auto* buttons = new QHBoxLayout;
  for (const char* id : {CurationActionId::NewSegment, CurationActionId::RemoveSegment}) {
    auto* b = new QPushButton(action(id)->icon(), action(id)->text(), left);
    connect(b, &QPushButton::clicked, action(id), &QAction::trigger);
    connect(action(id), &QAction::changed, b, [b, a = action(id)] { b->setEnabled(a->isEnabled()); });
    buttons->addWidget(b);
  }
  buttons->addStretch(1);
  auto* segmentsBox = new QWidget(left);
  auto* segmentsLayout = new QVBoxLayout(segmentsBox);
  segmentsLayout->setContentsMargins(0, 0, 0, 0);
  segmentsLayout->addWidget(sectionLabel(tr("Segments"), segmentsBox));
  segmentsLayout->addWidget(segmentsView_);
  segmentsLayout->addLayout(buttons);
  auto* split = new QSplitter(Qt::Vertical, left);
  split->addWidget(segmentsBox);
  split->addWidget(segmentEditor_);
  split->setStretchFactor(0, 2);
  split->setStretchFactor(1, 3);
  split->setSizes({280, 420});
  split->setChildrenCollapsible(false);
  layout->addWidget(split);
  left->setMinimumWidth(264);  // narrow enough for the rules table to fit beside it at 1280x800
  return left;
}

QWidget* CurationWorkspace::buildCentre() {
  auto* centre = new QWidget(this);
  rulesView_->setModel(rulesModel_);
  rulesView_->setItemDelegate(new RuleDelegate(*document_, rulesView_));
  rulesView_->setSelectionBehavior(QAbstractItemView::SelectRows);
  rulesView_->setSelectionMode(QAbstractItemView::ExtendedSelection);
  rulesView_->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                              QAbstractItemView::AnyKeyPressed);
  rulesView_->setAlternatingRowColors(true);
  rulesView_->verticalHeader()->hide();
  rulesView_->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
  rulesView_->setWordWrap(false);
  rulesView_->verticalHeader()->setDefaultSectionSize(rulesView_->fontMetrics().height() + 10);
  // Every column fits at 1280x800 without scrolling sideways: the short ones are as wide as their contents, the item
  // or category takes what is left and the note a fixed share (the user may widen it); both elide in the middle (a
  // title keeps its "(id)"; the tooltip and the details line under the table show them whole), and the author and
  // creation time are in that line only.
  rulesView_->setTextElideMode(Qt::ElideMiddle);
  rulesView_->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
  rulesView_->horizontalHeader()->setSectionResizeMode(RulesTableModel::TargetColumn, QHeaderView::Stretch);
  rulesView_->horizontalHeader()->setSectionResizeMode(RulesTableModel::NoteColumn, QHeaderView::Interactive);
  rulesView_->horizontalHeader()->resizeSection(RulesTableModel::NoteColumn, 96);
  rulesView_->horizontalHeader()->setMinimumSectionSize(48);
  rulesView_->setColumnHidden(RulesTableModel::AuthorColumn, true);
  rulesView_->setColumnHidden(RulesTableModel::CreatedColumn, true);
  rulesView_->setAccessibleName(tr("Rules"));
  connect(rulesView_->selectionModel(), &QItemSelectionModel::selectionChanged, this, &CurationWorkspace::updateActions);
  connect(rulesView_->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
    updateRuleDetails();
    Q_EMIT currentRuleChanged(currentRuleId());
  });
  connect(rulesModel_, &QAbstractItemModel::dataChanged, this, &CurationWorkspace::updateRuleDetails);
  connect(rulesModel_, &QAbstractItemModel::modelReset, this, &CurationWorkspace::updateRuleDetails);
  status_->setWordWrap(true);
  status_->hide();
  ruleDetails_ = new QLabel(centre);
  ruleDetails_->setObjectName(QStringLiteral("ruleDetails"));
  ruleDetails_->setAccessibleName(tr("Selected rule"));
  ruleDetails_->setTextFormat(Qt::PlainText);
  ruleDetails_->setWordWrap(true);
  ruleDetails_->setTextInteractionFlags(Qt::TextSelectableByMouse);

  rulesEmpty_ = new EmptyState(
      tr("No rules yet"),
      tr("Rules change what the recommendations show: pin an item to a position, ban, boost or bury items and "
         "categories, cap how many items of one category a list holds. Add a rule for all users, or first define a "
         "segment to target a group of users; or import a rule set exported before."),
      centre);
  rulesEmpty_->setObjectName(QStringLiteral("rulesEmptyState"));
  const struct {
    const char* action;
    QString text;
    QString description;
  } starts[] = {
      {CurationActionId::AddRule, tr("&Add rule…"), tr("Add a rule for the selected segment (Insert)")},
      {CurationActionId::NewSegment, tr("&New segment"),
       tr("Define a group of users by their attributes and activity (Ctrl+Shift+N)")},
      {CurationActionId::Import, tr("&Import rule set…"), tr("Read rules from a rule-set JSON file")},
  };
  for (const auto& start : starts) {
    QPushButton* button = rulesEmpty_->addButton(start.text, start.description);
    connect(button, &QPushButton::clicked, action(start.action), &QAction::trigger);
  }
  rulesPane_ = new QStackedWidget(centre);
  rulesPane_->addWidget(rulesView_);
  rulesPane_->addWidget(rulesEmpty_);

  QWidget* rulesBox =
      column(centre, {{rulesHeading_, 0}, {rulesPane_, 1}, {ruleDetails_, 0}, {status_, 0}});
  QFont bold = rulesHeading_->font();
  bold.setBold(true);
  rulesHeading_->setFont(bold);

  problemsHeading_ = sectionLabel(tr("Problems"), centre);
  problems_->setWordWrap(true);
  problems_->setAlternatingRowColors(true);
  QWidget* problemsBox = column(centre, {{problemsHeading_, 0}, {problems_, 1}}, QMargins(4, 4, 4, 4));
  QWidget* historyBox = column(centre, {{history_, 1}}, QMargins(4, 4, 4, 4));
  // Below the rules, across the whole width of the centre: the pages other parts add (preview, impact) first, then
  // the linter's problems and the undo history. The rules keep every column visible above them; the splitter
  // between the two is the user's to move and is remembered (saveLayout).
  sideTabs_->addTab(problemsBox, tr("Problems"));
  sideTabs_->addTab(historyBox, tr("History"));
  problemsTab_ = problemsBox;
  fixedSidePages_ = sideTabs_->count();

  centreSplitter_ = new QSplitter(Qt::Vertical, centre);
  centreSplitter_->setObjectName(QStringLiteral("curationCentreSplitter"));
  centreSplitter_->addWidget(rulesBox);
  centreSplitter_->addWidget(sideTabs_);
  centreSplitter_->setStretchFactor(0, 2);
  centreSplitter_->setStretchFactor(1, 3);
  centreSplitter_->setSizes({270, 490});
  centreSplitter_->setChildrenCollapsible(false);
  auto* layout = new QVBoxLayout(centre);
  layout->setContentsMargins(6, 0, 0, 0);
  layout->addWidget(centreSplitter_);
  return centre;
}

void CurationWorkspace::setProject(std::shared_ptr<ProjectSession> session) {
  session_ = std::move(session);
  for (auto* panel : findChildren<CurationPreviewPanel*>()) panel->setSession(session_);
  for (auto* panel : findChildren<CurationImpactPanel*>()) panel->setSession(session_);
  for (auto* panel : findChildren<CurationWhatIfPanel*>()) panel->setSession(session_);
  connect(session_.get(), &ProjectSession::projectOpened, this, &CurationWorkspace::showProject);
  connect(session_.get(), &ProjectSession::projectAboutToClose, this, &CurationWorkspace::dropProject);
  connect(session_.get(), &ProjectSession::dataChanged, this, &CurationWorkspace::showProject);
  if (session_->isOpen())
    showProject();
  else
    dropProject();
}

void CurationWorkspace::showProject() {
  if (!session_ || !session_->project()) return;
  QString error;
  if (!document_->open(*session_->project(), session_->path(), &error)) {
    noProject_->setText(tr("The project's rule set cannot be read:\n%1").arg(error));
    stack_->setCurrentIndex(0);
    return;
  }
  stack_->setCurrentIndex(1);
}

void CurationWorkspace::dropProject() {
  document_->close();
  stack_->setCurrentIndex(0);
}

void CurationWorkspace::addSidePage(QWidget* page, const QString& title) {
  // In a scroll area: on a small window the page keeps the size it needs to be read and scrolls instead.
  auto* scroll = new QScrollArea(sideTabs_);
  scroll->setObjectName(page->objectName() + QStringLiteral("Scroll"));
  scroll->setWidgetResizable(true);
  scroll->setFrameShape(QFrame::NoFrame);
  scroll->setWidget(page);
  // Before the problems and the history; the first page added is the one shown.
  const int index = sideTabs_->insertTab(sideTabs_->count() - fixedSidePages_, scroll, title);
  if (index == 0) sideTabs_->setCurrentIndex(0);
}

void CurationWorkspace::showSidePage(QWidget* page) {
  for (int i = 0; i < sideTabs_->count(); ++i) {
    auto* scroll = qobject_cast<QScrollArea*>(sideTabs_->widget(i));
    if (sideTabs_->widget(i) == page || (scroll && scroll->widget() == page)) sideTabs_->setCurrentIndex(i);
  }
}

namespace {
// Version of the layout blob; a blob of another version is ignored (the default layout is kept).
constexpr quint32 kLayoutVersion = 1;
}  // namespace

QByteArray CurationWorkspace::saveLayout() const {
  QByteArray blob;
  QDataStream out(&blob, QIODevice::WriteOnly);
  out << kLayoutVersion << mainSplitter_->saveState() << centreSplitter_->saveState();
  return blob;
}

bool CurationWorkspace::restoreLayout(const QByteArray& layout) {
  QDataStream in(layout);
  quint32 version = 0;
  QByteArray main, centre;
  in >> version >> main >> centre;
  if (in.status() != QDataStream::Ok || version != kLayoutVersion) return false;
  return mainSplitter_->restoreState(main) && centreSplitter_->restoreState(centre);
}

QString CurationWorkspace::currentSegment() const { return rulesModel_->segment(); }

std::int64_t CurationWorkspace::currentRuleId() const {
  const QModelIndex i = rulesView_->currentIndex();
  return i.isValid() ? rulesModel_->ruleIdAt(i.row()) : 0;
}

void CurationWorkspace::selectSegment(const QString& name) {
  const int row = segmentsModel_->rowOf(name);
  if (row < 0) return;
  if (segmentsView_->currentIndex().row() == row)
    onSegmentSelected();  // already current: still show it in the editor (which may hold a new draft)
  else
    segmentsView_->setCurrentIndex(segmentsModel_->index(row, 0));
}

bool CurationWorkspace::selectRule(std::int64_t id) {
  const reco::Rule* r = document_->ruleSet().findRule(id);
  if (!r) return false;
  selectSegment(QString::fromStdString(r->segment));
  const int row = rulesModel_->rowOf(id);
  if (row < 0) return false;
  selectRuleRow(row);
  rulesView_->scrollTo(rulesModel_->index(row, 0));
  return true;
}

void CurationWorkspace::onSegmentSelected() {
  const QString name = segmentsModel_->nameAt(segmentsView_->currentIndex().row());
  if (name.isEmpty()) return;
  if (name != rulesModel_->segment()) {
    rulesModel_->setSegment(name);
    Q_EMIT currentSegmentChanged(name);
  }
  segmentEditor_->showSegment(name);
  updateHeading();
  updateActions();
}

void CurationWorkspace::updateHeading() {
  const QString name = currentSegment();
  rulesHeading_->setText(name.isEmpty() ? tr("Rules")
                                        : tr("Rules for segment '%1' (%n rule(s), highest priority first)", nullptr,
                                             rulesModel_->rowCount())
                                              .arg(name));
}

void CurationWorkspace::updateRulesEmptyState() {
  EmptyState::showOneOf(rulesPane_, rulesView_, rulesEmpty_,
                        document_->isOpen() && document_->ruleSet().rules.empty());
  ruleDetails_->setVisible(rulesPane_->currentWidget() == rulesView_);
}

void CurationWorkspace::updateRuleDetails() {
  const QModelIndex current = rulesView_->currentIndex();
  ruleDetails_->setText(current.isValid() ? rulesModel_->details(current.row())
                                          : tr("Select a rule to see its note, author and creation time."));
}

void CurationWorkspace::updateActions() {
  using namespace CurationActionId;
  const bool open = document_->isOpen();
  const bool selected = open && rulesView_->selectionModel()->hasSelection();
  action(AddRule)->setEnabled(open && !currentSegment().isEmpty());
  action(RemoveRule)->setEnabled(selected);
  action(EditRule)->setEnabled(selected);
  action(ToggleEnabled)->setEnabled(selected);
  const std::int64_t id = currentRuleId();
  action(RaisePriority)->setEnabled(open && id && document_->canMoveRule(id, -1));
  action(LowerPriority)->setEnabled(open && id && document_->canMoveRule(id, +1));
  for (const char* a : {SaveVersion, Versions, Import, Export, FindItem, NewSegment}) action(a)->setEnabled(open);
  action(RemoveSegment)->setEnabled(open && !currentSegment().isEmpty() &&
                                    currentSegment() != QString::fromLatin1(reco::Segment::kAllUsers));
}

void CurationWorkspace::updateProblems() {
  problems_->clear();
  int errors = 0;
  for (const reco::LintFinding& f : document_->findings()) {
    const bool error = f.severity == reco::LintFinding::Severity::Error;
    errors += error ? 1 : 0;
    auto* item = new QListWidgetItem(
        QApplication::style()->standardIcon(error ? QStyle::SP_MessageBoxCritical : QStyle::SP_MessageBoxWarning),
        QString::fromStdString(f.text()), problems_);
    item->setData(Qt::UserRole, QVariant::fromValue<qint64>(f.rules.empty() ? 0 : f.rules.front()));
    item->setData(Qt::UserRole + 1, QString::fromStdString(f.segment));
    item->setToolTip(QString::fromStdString(f.message));
  }
  const int warnings = static_cast<int>(document_->findings().size()) - errors;
  if (problemsHeading_)
    problemsHeading_->setText(
        document_->findings().empty()
            ? tr("Problems: none")
            : tr("Problems: %1, %2").arg(tr("%Ln error(s)", nullptr, errors), tr("%Ln warning(s)", nullptr, warnings)));
  // The tab says how many there are while another page is shown.
  const int tab = sideTabs_->indexOf(problemsTab_);
  const int total = static_cast<int>(document_->findings().size());
  sideTabs_->setTabText(tab, total == 0 ? tr("Problems") : tr("Problems (%1)").arg(total));
  sideTabs_->setTabIcon(tab, total == 0 ? QIcon()
                                        : QApplication::style()->standardIcon(errors > 0 ? QStyle::SP_MessageBoxCritical
                                                                                         : QStyle::SP_MessageBoxWarning));
}

void CurationWorkspace::showStatus(const QString& text, bool error) {
  status_->setText(text);
  status_->setStyleSheet(error ? QStringLiteral("color: #c62828;") : QString());
  status_->setVisible(!text.isEmpty());
}

bool CurationWorkspace::addRule(reco::Rule rule) {
  if (!document_->isOpen() || currentSegment().isEmpty()) return false;
  if (rule.segment.empty()) rule.segment = currentSegment().toStdString();
  QStringList problems;
  const std::int64_t id = document_->addRule(std::move(rule), &problems);
  if (id == 0) {
    showStatus(tr("The rule was not added: %1").arg(problems.join(QStringLiteral("; "))), true);
    return false;
  }
  selectRule(id);
  return true;
}

std::vector<reco::Rule> CurationWorkspace::selectedRules() const {
  std::vector<reco::Rule> rules;
  for (const QModelIndex& i : rulesView_->selectionModel()->selectedRows())
    if (const reco::Rule* r = rulesModel_->ruleAt(i.row())) rules.push_back(*r);
  return rules;
}

void CurationWorkspace::selectRuleRow(int row) {
  // Through the selection model: QTableView::selectRow() follows the keyboard modifiers held at the time.
  rulesView_->selectionModel()->setCurrentIndex(rulesModel_->index(row, RulesTableModel::KindColumn),
                                                QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

void CurationWorkspace::removeSelectedRules() {
  const std::vector<reco::Rule> rules = selectedRules();
  if (rules.empty()) return;
  const int nextRow = rulesView_->currentIndex().row();
  document_->removeRules(rules);
  const int row = std::min(nextRow, rulesModel_->rowCount() - 1);
  if (row >= 0) selectRuleRow(row);
}

void CurationWorkspace::moveSelectedRule(int direction) {
  const std::int64_t id = currentRuleId();
  if (id && document_->moveRule(id, direction)) selectRule(id);
}

void CurationWorkspace::toggleSelectedEnabled() {
  const std::vector<reco::Rule> rules = selectedRules();
  if (!rules.empty()) document_->toggleRulesEnabled(rules);
}

bool CurationWorkspace::removeSegment(const QString& name) { return document_->removeSegment(name.toStdString()); }

void CurationWorkspace::confirmRemoveSegment() {
  const QString name = currentSegment();
  const auto rules = reco::RuleEdits::rulesOfSegment(document_->ruleSet(), name.toStdString()).size();
  if (rules > 0 &&
      QMessageBox::question(this, tr("Remove segment"),
                            tr("Segment '%1' has %n rule(s). Remove the segment and its rules?", nullptr,
                               static_cast<int>(rules))
                                .arg(name)) != QMessageBox::Yes)
    return;
  removeSegment(name);
}

void CurationWorkspace::openAddRuleDialog(const QString& item) {
  if (!document_->isOpen() || currentSegment().isEmpty()) return;
  AddRuleDialog dialog(document_->project(), document_->categories(), currentSegment(), this);
  if (!item.isEmpty()) dialog.setItem(item);
  if (dialog.exec() != QDialog::Accepted) return;
  addRule(dialog.rule());
}

void CurationWorkspace::onItemPicked(const QString& item) {
  const QModelIndex current = rulesView_->currentIndex();
  const reco::Rule* r = current.isValid() ? rulesModel_->ruleAt(current.row()) : nullptr;
  if (r && r->targetsItem()) {
    rulesModel_->setData(rulesModel_->index(current.row(), RulesTableModel::TargetColumn), item, Qt::EditRole);
    return;
  }
  openAddRuleDialog(item);
}

void CurationWorkspace::saveVersionDialog() {
  if (!document_->isOpen()) return;
  SaveVersionDialog dialog(CurationDocument::defaultAuthor(), document_->changesSinceLatestVersion(), this);
  if (dialog.exec() != QDialog::Accepted) return;
  try {
    const std::int64_t v = document_->saveVersion(dialog.message().toStdString(), dialog.author().toStdString());
    showStatus(tr("Saved as version %1.").arg(v), false);
  } catch (const std::exception& e) {
    showStatus(tr("The version could not be saved: %1").arg(QString::fromStdString(e.what())), true);
  }
}

void CurationWorkspace::versionsDialog() {
  if (!document_->isOpen()) return;
  VersionsDialog dialog(*document_, this);
  dialog.exec();
}

void CurationWorkspace::importDialog() {
  if (!document_->isOpen()) return;
  const QString path = QFileDialog::getOpenFileName(this, tr("Import rule set"), QString(),
                                                    tr("Rule sets (*.json);;All files (*)"));
  if (path.isEmpty()) return;
  QFile file(path);
  if (!file.open(QIODevice::ReadOnly)) {
    showStatus(tr("%1 cannot be read: %2").arg(path, file.errorString()), true);
    return;
  }
  const QByteArray bytes = file.readAll();
  ImportDialog dialog(*document_, QFileInfo(path).fileName(), bytes.toStdString(), this);
  if (dialog.exec() == QDialog::Accepted) showStatus(tr("Imported %1.").arg(QFileInfo(path).fileName()), false);
}

bool CurationWorkspace::exportVersion(std::int64_t version, const QString& path, QString* error) {
  return document_->exportVersion(version, path, error);
}

void CurationWorkspace::exportDialog() {
  if (!document_->isOpen()) return;
  std::int64_t latest = 0;
  try {
    const auto versions = document_->versions();
    if (!versions.empty()) latest = versions.back().version;
  } catch (const std::exception& e) {
    showStatus(tr("The versions could not be read: %1").arg(QString::fromStdString(e.what())), true);
    return;
  }
  if (latest == 0) {
    QMessageBox::information(this, tr("Export rule set"),
                             tr("Export writes a saved version. Save a version first (Save version…)."));
    return;
  }
  if (!document_->undoStack()->isClean() &&
      QMessageBox::question(this, tr("Export rule set"),
                            tr("The working rule set has changes that are not saved as a version. Export the latest "
                               "saved version (%1) anyway?")
                                .arg(latest)) != QMessageBox::Yes)
    return;
  const QString path = QFileDialog::getSaveFileName(this, tr("Export rule set version %1").arg(latest),
                                                    tr("ruleset-v%1.json").arg(latest),
                                                    tr("Rule sets (*.json);;All files (*)"));
  if (path.isEmpty()) return;
  QString error;
  if (exportVersion(latest, path, &error))
    showStatus(tr("Version %1 exported to %2.").arg(latest).arg(path), false);
  else
    showStatus(error, true);
}
