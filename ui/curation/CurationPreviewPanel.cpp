#include "ui/curation/CurationPreviewPanel.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSpinBox>
#include <QSplitter>
#include <QStyle>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>
#include <algorithm>

#include "core/base/Time.h"
#include "core/curation/SmallSegment.h"
#include "core/models/ModelStore.h"
#include "core/storage/Project.h"
#include "ui/base/LocaleFormat.h"
#include "ui/base/ProjectSession.h"
#include "ui/curation/SegmentListModel.h"

namespace {

QString qs(const std::string& s) { return QString::fromStdString(s); }

QTableView* makeTable(QStandardItemModel* model, const QString& name, QWidget* parent) {
  auto* view = new QTableView(parent);
  view->setObjectName(name);
  view->setModel(model);
  view->setSelectionBehavior(QAbstractItemView::SelectRows);
  view->setEditTriggers(QAbstractItemView::NoEditTriggers);
  view->setWordWrap(false);
  view->setTextElideMode(Qt::ElideRight);
  view->verticalHeader()->hide();
  view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 6);
  view->horizontalHeader()->setHighlightSections(false);
  view->horizontalHeader()->setMinimumSectionSize(24);
  return view;
}

QWidget* titled(const QString& title, QWidget* body, QWidget* parent) {
  auto* box = new QWidget(parent);
  auto* layout = new QVBoxLayout(box);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->setSpacing(2);
  auto* label = new QLabel(title, box);
  QFont f = label->font();
  f.setBold(true);
  label->setFont(f);
  layout->addWidget(label);
  layout->addWidget(body, 1);
  return box;
}

}  // namespace

CurationPreviewPanel::CurationPreviewPanel(RuleSetSupplier rules, QWidget* parent)
    : QWidget(parent),
      rules_(std::move(rules)),
      task_(new ProjectTask<Outcome>(this)),
      model_(new QComboBox(this)),
      count_(new QSpinBox(this)),
      time_(new QDateTimeEdit(this)),
      user_(new QLineEdit(this)),
      previewButton_(new QPushButton(tr("Preview"), this)),
      segment_(new QComboBox(this)),
      sampleButton_(new QPushButton(tr("Sample from segment"), this)),
      samples_(new QComboBox(this)),
      status_(new QLabel(this)),
      details_(new QLabel(this)),
      before_(new QStandardItemModel(0, 3, this)),
      after_(new QStandardItemModel(0, 4, this)) {
  setObjectName(QStringLiteral("curationPreviewPanel"));
  task_->setName(tr("Previewing the curated list"));
  task_->setViewRefresh(true);
  setUpFields();
  setUpTables();
  buildLayout();
  connect(previewButton_, &QPushButton::clicked, this, [this] { previewUser(user_->text().trimmed()); });
  connect(user_, &QLineEdit::returnPressed, this, [this] { previewUser(user_->text().trimmed()); });
  connect(sampleButton_, &QPushButton::clicked, this, [this] { sampleFromSegment(segment_->currentText()); });
  connect(samples_, &QComboBox::activated, this, [this](int row) {
    if (row >= 0) previewUser(samples_->itemText(row));
  });
  connect(task_, &BackgroundTask::finished, this, &CurationPreviewPanel::onFinished);
  setStatus(tr("Choose a model and a user, or sample users of a segment."), false);
}

void CurationPreviewPanel::setUpFields() {
  model_->setObjectName(QStringLiteral("previewModel"));
  model_->setToolTip(tr("The trained model whose ranking is curated"));
  model_->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
  model_->setMinimumContentsLength(10);
  count_->setRange(1, 100);
  count_->setValue(10);
  count_->setToolTip(tr("List length"));
  time_->setTimeSpec(Qt::UTC);
  time_->setDisplayFormat(LocaleFormat::dateTimeFormat() + QStringLiteral(" 'UTC'"));
  time_->setDateTime(QDateTime::currentDateTimeUtc());
  time_->setToolTip(tr("When the list is shown: rules outside their time window do not apply"));
  user_->setObjectName(QStringLiteral("previewUser"));
  user_->setPlaceholderText(tr("User id"));
  user_->setClearButtonEnabled(true);
  segment_->setObjectName(QStringLiteral("previewSegment"));
  segment_->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
  segment_->setMinimumContentsLength(10);
  sampleButton_->setToolTip(tr("Draw a few users of the segment and preview the first (each click draws anew)"));
  samples_->setObjectName(QStringLiteral("previewSamples"));
  samples_->setToolTip(tr("Sampled users: pick one to preview it"));
  samples_->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
  samples_->setMinimumContentsLength(8);
  samples_->setEnabled(false);
  status_->setWordWrap(true);
  status_->setObjectName(QStringLiteral("previewStatus"));
  details_->setWordWrap(true);
  details_->setObjectName(QStringLiteral("previewDetails"));
  details_->setTextInteractionFlags(Qt::TextSelectableByMouse);
}

void CurationPreviewPanel::setUpTables() {
  before_->setHorizontalHeaderLabels({tr("#"), tr("Item"), tr("Score")});
  after_->setHorizontalHeaderLabels({tr("#"), tr("Item"), tr("Score"), tr("Decided by")});
  beforeView_ = makeTable(before_, QStringLiteral("previewBefore"), this);
  afterView_ = makeTable(after_, QStringLiteral("previewAfter"), this);
  beforeView_->setAccessibleName(tr("Recommendations before the rules"));
  afterView_->setAccessibleName(tr("Recommendations after the rules"));
  // The item takes the rest of the width; the other columns are sized to their contents each time a result is
  // shown (fitColumns), since the header does not re-measure them as rows arrive.
  for (QTableView* v : {beforeView_, afterView_}) {
    v->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    v->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    // At least the header and five rows; a smaller window scrolls the page (the workspace's scroll area).
    v->setMinimumHeight(v->horizontalHeader()->sizeHint().height() + 5 * v->verticalHeader()->defaultSectionSize() +
                        2 * v->frameWidth());
  }
  fitColumns();
}

void CurationPreviewPanel::fitColumns() {
  // The width both tables need to show every column whole: the panel asks its scroll area for it (capped, so a very
  // long title elides, with the whole title in its tooltip, instead of widening the page without end).
  int need = 0;
  QList<int> widths;
  for (QTableView* v : {beforeView_, afterView_}) {
    QHeaderView* header = v->horizontalHeader();
    int width = 2 * v->frameWidth() + v->verticalScrollBar()->sizeHint().width();
    for (int c = 0; c < header->count(); ++c) {
      const int content = std::max(header->sectionSizeHint(c), static_cast<QAbstractItemView*>(v)->sizeHintForColumn(c));
      if (c != 1) header->resizeSection(c, content);
      width += content;
    }
    need += width;
    widths << width;
  }
  // Each table its share of the width by what it needs (the curated one has the extra "Decided by" column).
  if (tablesSplit_) tablesSplit_->setSizes(widths);
  const QMargins margins = layout() ? layout()->contentsMargins() : QMargins();
  need += margins.left() + margins.right() + style()->pixelMetric(QStyle::PM_SplitterWidth);
  const int cap = fontMetrics().averageCharWidth() * 180;
  setMinimumWidth(std::min(std::max(need, layout() ? layout()->minimumSize().width() : 0), cap));
}

void CurationPreviewPanel::buildLayout() {
  // Two rows of choices, so the tables below keep the height: what is ranked (model, length, time), then whom
  // (a user by id, or users sampled from a segment).
  const auto label = [this](const QString& text, QWidget* buddy) {
    auto* l = new QLabel(text, this);
    l->setBuddy(buddy);
    return l;
  };
  auto* form = new QGridLayout;
  form->addWidget(label(tr("Model"), model_), 0, 0);
  form->addWidget(model_, 0, 1);
  form->addWidget(label(tr("n"), count_), 0, 2);
  form->addWidget(count_, 0, 3);
  form->addWidget(label(tr("At"), time_), 0, 4);
  form->addWidget(time_, 0, 5, 1, 2);
  form->addWidget(label(tr("User"), user_), 1, 0);
  form->addWidget(user_, 1, 1);
  form->addWidget(previewButton_, 1, 2, 1, 2);
  form->addWidget(label(tr("Segment"), segment_), 1, 4);
  form->addWidget(segment_, 1, 5);
  form->addWidget(sampleButton_, 1, 6);
  form->addWidget(label(tr("Sampled"), samples_), 2, 4);
  form->addWidget(samples_, 2, 5, 1, 2);
  form->setColumnStretch(1, 1);
  form->setColumnStretch(5, 1);

  auto* split = new QSplitter(Qt::Horizontal, this);
  split->setChildrenCollapsible(false);
  split->addWidget(titled(tr("Model ranking"), beforeView_, split));
  split->addWidget(titled(tr("Curated"), afterView_, split));
  split->setStretchFactor(0, 4);
  split->setStretchFactor(1, 5);
  tablesSplit_ = split;

  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(6, 6, 6, 6);
  layout->addLayout(form);
  layout->addWidget(status_);
  layout->addWidget(split, 1);
  layout->addWidget(details_);
}

CurationPreviewPanel::~CurationPreviewPanel() { task_->cancelAndWait(); }

void CurationPreviewPanel::setSession(std::shared_ptr<ProjectSession> session) {
  session_ = std::move(session);
  if (!session_) return;
  connect(session_.get(), &ProjectSession::projectOpened, this, &CurationPreviewPanel::reload);
  connect(session_.get(), &ProjectSession::dataChanged, this, &CurationPreviewPanel::reload);
  connect(session_.get(), &ProjectSession::projectAboutToClose, this, [this] {
    model_->clear();
    samples_->clear();
    samples_->setEnabled(false);
    result_.reset();
    clearTables();
  });
  reload();
}

void CurationPreviewPanel::showEvent(QShowEvent* event) {
  QWidget::showEvent(event);
  reload();  // models trained and segments edited since
}

void CurationPreviewPanel::reload() {
  const QString model = model_->currentText();
  const QString segment = segment_->currentText();
  model_->clear();
  segment_->clear();
  if (!session_ || !session_->project()) return;
  try {
    for (const auto& m : reco::ModelStore(*session_->project()).list()) model_->addItem(qs(m.name));
  } catch (const std::exception& e) {
    setStatus(tr("Cannot list the trained models: %1").arg(qs(e.what())), true);
  }
  segment_->addItem(QString::fromLatin1(reco::Segment::kAllUsers));
  if (rules_)
    for (const auto& s : rules_().segments) segment_->addItem(qs(s.name()));
  if (int i = model_->findText(model); i >= 0) model_->setCurrentIndex(i);
  if (int i = segment_->findText(segment); i >= 0) segment_->setCurrentIndex(i);
  markSmallSegments();
  const QString noModel = tr("No trained model yet: train one in the Models workspace to preview its recommendations.");
  if (model_->count() == 0)
    setStatus(noModel, true);
  else if (statusText() == noModel)  // a model was trained since: the note no longer holds
    setStatus(tr("Choose a model and a user, or sample users of a segment."), false);
}

void CurationPreviewPanel::setSegmentSizes(SegmentSizeSupplier sizes) {
  sizes_ = std::move(sizes);
  markSmallSegments();
}

std::optional<QString> CurationPreviewPanel::smallSegmentWarning(const QString& segment) const {
  const std::optional<std::int64_t> members = sizes_ ? sizes_(segment.toStdString()) : std::nullopt;
  if (!members || !reco::isSmallSample(*members)) return std::nullopt;
  return SegmentListModel::smallSampleWarning(*members);
}

void CurationPreviewPanel::markSmallSegments() {
  for (int i = 0; i < segment_->count(); ++i) {
    const std::optional<QString> warning = smallSegmentWarning(segment_->itemText(i));
    segment_->setItemIcon(i, warning ? style()->standardIcon(QStyle::SP_MessageBoxWarning) : QIcon());
    segment_->setItemData(i, warning ? QVariant(*warning) : QVariant(), Qt::ToolTipRole);
  }
}

bool CurationPreviewPanel::selectModel(const QString& name) {
  const int i = model_->findText(name);
  if (i >= 0) model_->setCurrentIndex(i);
  return i >= 0;
}

QString CurationPreviewPanel::currentModel() const { return model_->currentText(); }
void CurationPreviewPanel::setCount(int n) { count_->setValue(n); }
void CurationPreviewPanel::setTime(qint64 unixSeconds) {
  time_->setDateTime(QDateTime::fromSecsSinceEpoch(unixSeconds, Qt::UTC));
}

QStringList CurationPreviewPanel::sampledUsers() const {
  QStringList out;
  for (int i = 0; i < samples_->count(); ++i) out << samples_->itemText(i);
  return out;
}

QString CurationPreviewPanel::statusText() const { return status_->text(); }

void CurationPreviewPanel::setStatus(const QString& text, bool warning) {
  status_->setText(text);
  QPalette p = palette();
  if (warning) p.setColor(QPalette::WindowText, QColor(0xb2, 0x3c, 0x17));
  status_->setPalette(p);
}

void CurationPreviewPanel::clearTables() {
  before_->removeRows(0, before_->rowCount());
  after_->removeRows(0, after_->rowCount());
  details_->clear();
}

bool CurationPreviewPanel::previewUser(const QString& userExtId) {
  if (userExtId.isEmpty()) {
    setStatus(tr("Type a user id, or sample users of a segment."), true);
    return false;
  }
  Request r;
  r.user = userExtId.toStdString();
  user_->setText(userExtId);
  return start(std::move(r));
}

bool CurationPreviewPanel::sampleFromSegment(const QString& segment) {
  if (!rules_) return false;
  const reco::RuleSet rules = rules_();
  const reco::Segment* s = rules.findSegment(segment.toStdString());
  if (!s) {
    setStatus(tr("There is no segment named %1 in the rule set.").arg(segment), true);
    return false;
  }
  Request r;
  r.segment = *s;
  r.seed = ++sampleDraws_;
  return start(std::move(r));
}

bool CurationPreviewPanel::start(Request request) {
  if (isRunning()) return false;
  if (!session_ || !session_->project()) {
    setStatus(tr("No project is open."), true);
    return false;
  }
  if (model_->currentText().isEmpty()) {
    setStatus(tr("No trained model yet: train one in the Models workspace to preview its recommendations."), true);
    return false;
  }
  request.path = session_->path().toStdString();
  request.model = model_->currentText().toStdString();
  request.rules = rules_ ? rules_() : reco::RuleSet{};
  request.n = static_cast<std::size_t>(count_->value());
  request.time = time_->dateTime().toSecsSinceEpoch();
  previewButton_->setEnabled(false);
  sampleButton_->setEnabled(false);
  setStatus(request.segment ? tr("Sampling users of %1…").arg(qs(request.segment->name()))
                            : tr("Curating the recommendations of %1…").arg(qs(request.user)),
            false);
  const QString path = QString::fromStdString(request.path);
  task_->start(path, [request = std::move(request)](reco::Project& project, TaskContext&, Outcome& out) {
    reco::CurationPreview preview(project, request.model);
    std::string user = request.user;
    if (request.segment) {
      out.sampled = true;
      out.segment = request.segment->name();
      out.samples = preview.sampleUsers(*request.segment, request.sampleSize, request.seed);
      if (out.samples.empty()) {
        out.error = tr("Segment %1 has no members.").arg(qs(request.segment->name()));
        return;
      }
      user = out.samples.front();
    }
    out.result = preview.preview(request.rules, user, request.time, request.n);
  });
  return true;
}

void CurationPreviewPanel::onFinished() {
  previewButton_->setEnabled(true);
  sampleButton_->setEnabled(true);
  Outcome out = task_->outcome();
  if (task_->state() == BackgroundTask::State::Failed) out.error = task_->error();
  if (out.sampled) {
    samples_->clear();
    for (const auto& s : out.samples) samples_->addItem(qs(s));
    samples_->setEnabled(!out.samples.empty());
  }
  if (!out.error.isEmpty() || !out.result) {
    result_.reset();
    clearTables();
    setStatus(tr("Preview failed: %1").arg(out.error), true);
  } else {
    result_ = out.result;
    user_->setText(qs(result_->user));
    if (out.sampled) samples_->setCurrentIndex(0);
    showResult(*result_);
    if (out.sampled)
      if (const std::optional<QString> warning = smallSegmentWarning(qs(out.segment)))
        setStatus(statusText() + QLatin1Char('\n') + tr("Segment %1: %2").arg(qs(out.segment), *warning), true);
  }
  Q_EMIT finished();
}

void CurationPreviewPanel::showResult(const reco::CurationPreviewResult& r) {
  clearTables();
  QColor changed = palette().color(QPalette::Highlight);
  changed.setAlpha(60);
  auto itemCell = [](const reco::PreviewItem& i) {
    auto* cell = new QStandardItem(i.title.empty() ? qs(i.item) : qs(i.title));
    cell->setToolTip(tr("%1 · %2\ncategory: %3")
                         .arg(qs(i.item), i.title.empty() ? tr("(no title)") : qs(i.title),
                              i.category.empty() ? tr("(none)") : qs(i.category)));
    cell->setData(qs(i.item), Qt::UserRole);
    return cell;
  };
  auto scoreCell = [](const std::optional<double>& s) {
    auto* cell = new QStandardItem(s ? LocaleFormat::decimal(*s, 4) : LocaleFormat::missing());
    cell->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    if (!s) cell->setToolTip(tr("Not among the model's candidates for this user"));
    return cell;
  };
  auto numberCell = [](std::size_t n) {
    auto* cell = new QStandardItem(LocaleFormat::count(static_cast<std::int64_t>(n)));
    cell->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return cell;
  };
  for (std::size_t i = 0; i < r.base.size(); ++i)
    before_->appendRow({numberCell(i + 1), itemCell(r.base[i]), scoreCell(r.base[i].score)});
  for (const auto& p : r.curated) {
    auto* decided = new QStandardItem(qs(p.decidedBy));
    if (!p.ruleText.empty()) decided->setToolTip(qs(p.ruleText));
    QList<QStandardItem*> row = {numberCell(p.position), itemCell(p.item), scoreCell(p.item.score), decided};
    if (p.changed)
      for (QStandardItem* cell : row) {
        cell->setBackground(changed);
        QFont f = cell->font();
        f.setBold(true);
        cell->setFont(f);
      }
    after_->appendRow(row);
  }

  const int moved = static_cast<int>(std::count_if(r.curated.begin(), r.curated.end(), [](const auto& p) { return p.changed; }));
  QString status = tr("User %1 (segments: %2) · positions changed: %3 · active rules: %4.")
                       .arg(qs(r.user))
                       .arg([&] {
                         QStringList names;
                         for (const auto& s : r.segments) names << qs(s);
                         return names.join(QStringLiteral(", "));
                       }())
                       .arg(LocaleFormat::count(moved),
                            LocaleFormat::count(static_cast<std::int64_t>(r.curation.activeRules.size())));
  if (!r.note.empty()) status += QLatin1Char(' ') + qs(r.note);
  setStatus(status, r.popularityFallback || !r.knownUser);

  QStringList details;
  if (!r.curation.banned.empty()) {
    QStringList items;
    for (const auto& [item, rule] : r.curation.banned) {
      const auto title = r.titles.find(item);
      items << (title == r.titles.end() || title->second.empty()
                    ? tr("%1 (rule #%2)").arg(qs(item)).arg(rule)
                    : tr("%1 (%2, rule #%3)").arg(qs(title->second), qs(item)).arg(rule));
    }
    details << tr("Banned: %1").arg(items.join(QStringLiteral(", ")));
  }
  for (const auto& [rule, by] : r.curation.losingPins) details << tr("Pin #%1 lost its position to #%2.").arg(rule).arg(by);
  if (!r.curation.cappedOut.empty()) {
    QStringList items;
    for (const auto& i : r.curation.cappedOut) {
      const auto title = r.titles.find(i);
      items << (title == r.titles.end() || title->second.empty() ? qs(i)
                                                                 : tr("%1 (%2)").arg(qs(title->second), qs(i)));
    }
    details << tr("Over a category cap: %1").arg(items.join(QStringLiteral(", ")));
  }
  details_->setText(details.join(QLatin1Char('\n')));
  details_->setVisible(!details.isEmpty());
  fitColumns();
}
