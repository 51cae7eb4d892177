#include "ui/curation/SegmentEditor.h"

#include <QButtonGroup>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QStackedWidget>
#include <QVBoxLayout>
#include <algorithm>

#include "ui/base/LocaleFormat.h"
#include "ui/curation/CurationDocument.h"

namespace {
constexpr int kCountDelayMs = 300;

std::vector<std::string> splitIds(const QString& text) {
  std::vector<std::string> ids;
  for (const QString& part : text.split(QRegularExpression(QStringLiteral("[,;\\s]+")), Qt::SkipEmptyParts))
    ids.push_back(part.toStdString());
  return ids;
}
}  // namespace

SegmentEditor::SegmentEditor(CurationDocument& document, QWidget* parent)
    : QWidget(parent),
      document_(document),
      heading_(new QLabel(this)),
      name_(new QLineEdit(this)),
      byExpression_(new QRadioButton(tr("&Expression"), this)),
      byList_(new QRadioButton(tr("User &ids"), this)),
      definition_(new QStackedWidget(this)),
      expression_(new QPlainTextEdit(this)),
      userIds_(new QPlainTextEdit(this)),
      note_(new QLineEdit(this)),
      problem_(new QLabel(this)),
      members_(new QLabel(this)),
      apply_(new QPushButton(tr("&Apply"), this)),
      revert_(new QPushButton(tr("Re&vert"), this)) {
  setUpFields();
  buildLayout();
  connectSignals();
  showSegment({});
}

void SegmentEditor::setUpFields() {
  QFont bold = heading_->font();
  bold.setBold(true);
  heading_->setFont(bold);
  const QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
  expression_->setFont(mono);
  expression_->setPlaceholderText(tr("country in (\"DE\", \"AT\") and device = \"mobile\""));
  expression_->setTabChangesFocus(true);
  expression_->setAccessibleName(tr("Segment expression"));
  userIds_->setAccessibleName(tr("Segment user ids"));
  userIds_->setPlaceholderText(tr("User ids separated by commas, spaces or new lines"));
  userIds_->setTabChangesFocus(true);
  for (QPlainTextEdit* e : {expression_, userIds_}) {
    e->setMinimumHeight(e->fontMetrics().lineSpacing() * 3 + 12);
    e->setMaximumHeight(e->fontMetrics().lineSpacing() * 5 + 12);
  }
  definition_->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
  definition_->setMaximumHeight(expression_->maximumHeight());
  definition_->addWidget(expression_);
  definition_->addWidget(userIds_);
  auto* modes = new QButtonGroup(this);
  modes->addButton(byExpression_);
  modes->addButton(byList_);
  byExpression_->setChecked(true);
  problem_->setWordWrap(true);
  problem_->setTextInteractionFlags(Qt::TextSelectableByMouse);
  problem_->setFont(mono);
  members_->setWordWrap(true);
  members_->setTextInteractionFlags(Qt::TextSelectableByMouse);
  name_->setPlaceholderText(tr("Segment name"));
  note_->setPlaceholderText(tr("Optional note"));
}

void SegmentEditor::buildLayout() {
  auto* modeRow = new QHBoxLayout;
  modeRow->addWidget(byExpression_);
  modeRow->addWidget(byList_);
  modeRow->addStretch(1);
  auto* form = new QFormLayout;
  form->addRow(tr("&Name:"), name_);
  form->addRow(tr("Defined by:"), modeRow);
  form->addRow(definition_);
  form->addRow(tr("N&ote:"), note_);
  auto* buttons = new QHBoxLayout;
  buttons->addStretch(1);
  buttons->addWidget(revert_);
  buttons->addWidget(apply_);
  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->addWidget(heading_);
  layout->addLayout(form);
  layout->addWidget(problem_);
  layout->addWidget(members_);
  layout->addLayout(buttons);
  layout->addStretch(1);
}

void SegmentEditor::connectSignals() {
  countDelay_.setSingleShot(true);
  countDelay_.setInterval(kCountDelayMs);
  connect(&countDelay_, &QTimer::timeout, this, &SegmentEditor::countDraft);
  connect(name_, &QLineEdit::textChanged, this, &SegmentEditor::onDraftChanged);
  connect(note_, &QLineEdit::textChanged, this, &SegmentEditor::onDraftChanged);
  connect(expression_, &QPlainTextEdit::textChanged, this, &SegmentEditor::onDraftChanged);
  connect(userIds_, &QPlainTextEdit::textChanged, this, &SegmentEditor::onDraftChanged);
  connect(byList_, &QRadioButton::toggled, this, [this](bool list) {
    definition_->setCurrentIndex(list ? 1 : 0);
    onDraftChanged();
  });
  connect(apply_, &QPushButton::clicked, this, &SegmentEditor::apply);
  connect(revert_, &QPushButton::clicked, this, [this] {
    if (creating_)
      startNew();
    else if (original_)
      showSegment(QString::fromStdString(original_->name()));
  });
  connect(name_, &QLineEdit::returnPressed, this, &SegmentEditor::apply);
  connect(&document_, &CurationDocument::draftMembersReady, this, &SegmentEditor::showDraftMembers);
  connect(&document_, &CurationDocument::censusChanged, this, [this] {
    if (!creating_ && original_ && original_->isAllUsers()) showSegment(QString::fromLatin1(reco::Segment::kAllUsers));
  });
}

void SegmentEditor::showDraftMembers(qint64 count, qint64 population, const QStringList& sample, const QString& error) {
  if (!draft(nullptr)) return;  // the draft became invalid meanwhile: no count to show
  if (!error.isEmpty()) {
    members_->setText(tr("Members could not be counted: %1").arg(error));
    return;
  }
  QString text = tr("%1 of %2 users").arg(LocaleFormat::count(count), LocaleFormat::count(population));
  if (!sample.isEmpty()) text += tr(", e.g. %1").arg(sample.join(QStringLiteral(", ")));
  members_->setText(text);
}

void SegmentEditor::setEditable(bool editable) {
  for (QWidget* w : std::initializer_list<QWidget*>{name_, byExpression_, byList_, expression_, userIds_, note_})
    w->setEnabled(editable);
}

void SegmentEditor::showSegment(const QString& name) {
  loading_ = true;
  creating_ = false;
  original_.reset();
  const reco::Segment* s = name.isEmpty() ? nullptr : document_.ruleSet().findSegment(name.toStdString());
  name_->clear();
  expression_->clear();
  userIds_->clear();
  note_->clear();
  problem_->clear();
  members_->clear();
  if (!s) {
    heading_->setText(tr("No segment selected"));
    setEditable(false);
  } else if (s->isAllUsers()) {
    original_ = *s;
    heading_->setText(tr("Built-in segment"));
    name_->setText(name);
    expression_->setPlainText(tr("(every user)"));
    setEditable(false);
    const auto m = document_.members(s->name());
    const auto sample = document_.sample(s->name());
    QString text = m ? tr("%Ln user(s)", nullptr, static_cast<int>(*m)) : tr("Counting users…");
    if (!sample.empty()) {
      QStringList ids;
      for (const auto& id : sample) ids << QString::fromStdString(id);
      text += tr(", e.g. %1").arg(ids.join(QStringLiteral(", ")));
    }
    members_->setText(text);
  } else {
    original_ = *s;
    heading_->setText(tr("Segment '%1'").arg(name));
    setEditable(true);
    name_->setText(name);
    byList_->setChecked(!s->hasExpression());
    byExpression_->setChecked(s->hasExpression());
    definition_->setCurrentIndex(s->hasExpression() ? 0 : 1);
    if (s->hasExpression()) {
      expression_->setPlainText(QString::fromStdString(s->expressionText()));
    } else {
      QStringList ids;
      for (const auto& id : s->userIds()) ids << QString::fromStdString(id);
      userIds_->setPlainText(ids.join(QStringLiteral(", ")));
    }
    note_->setText(QString::fromStdString(s->note));
  }
  loading_ = false;
  updateState();
  if (s && !s->isAllUsers()) countDraft();
}

void SegmentEditor::startNew() {
  showSegment({});
  loading_ = true;
  creating_ = true;
  heading_->setText(tr("New segment"));
  setEditable(true);
  byExpression_->setChecked(true);
  definition_->setCurrentIndex(0);
  loading_ = false;
  updateState();
  name_->setFocus();
}

std::optional<reco::Segment> SegmentEditor::draft(QString* error) const {
  const std::string name = name_->text().trimmed().toStdString();
  if (name.empty()) {
    if (error) *error = tr("The segment needs a name.");
    return std::nullopt;
  }
  reco::Segment s;
  if (byList_->isChecked()) {
    auto ids = splitIds(userIds_->toPlainText());
    if (ids.empty()) {
      if (error) *error = tr("List at least one user id.");
      return std::nullopt;
    }
    s = reco::Segment::withUserIds(name, std::move(ids));
  } else {
    const QString text = expression_->toPlainText();
    try {
      const auto& known = document_.knownAttributes();
      s = reco::Segment::withExpression(name, text.toStdString(), known.empty() ? nullptr : &known);
    } catch (const reco::ExpressionError& e) {
      if (error) {
        // Core's message (it names the column), then an excerpt of the expression around that column with a caret
        // under it; the excerpt is short enough not to wrap in the editor's width.
        constexpr int kBefore = 16;
        constexpr int kExcerpt = 34;
        const QString flat = QString(text).replace(QLatin1Char('\n'), QLatin1Char(' '));
        const int at = std::clamp(e.column() - 1, 0, static_cast<int>(flat.size()));
        const int start = std::max(0, at - kBefore);
        QString excerpt = flat.mid(start, kExcerpt);
        int caret = at - start;
        if (start > 0) {
          excerpt.prepend(QChar(0x2026));
          ++caret;
        }
        if (start + kExcerpt < flat.size()) excerpt.append(QChar(0x2026));
        *error = QString::fromStdString(e.what()) + QLatin1Char('\n') + excerpt + QLatin1Char('\n') +
                 QString(caret, QLatin1Char(' ')) + QLatin1Char('^');
      }
      return std::nullopt;
    }
  }
  s.note = note_->text().toStdString();
  return s;
}

void SegmentEditor::onDraftChanged() {
  if (loading_) return;
  updateState();
  countDelay_.start();
}

void SegmentEditor::updateState() {
  const bool editing = creating_ || (original_ && !original_->isAllUsers());
  QString error;
  const auto d = editing ? draft(&error) : std::nullopt;
  problem_->setVisible(editing && !error.isEmpty());
  problem_->setText(error);
  problem_->setStyleSheet(error.isEmpty() ? QString() : QStringLiteral("color: #c62828;"));
  const bool changed = d && (creating_ || !(original_ && *d == *original_ && d->note == original_->note));
  apply_->setEnabled(editing && d.has_value() && changed);
  revert_->setEnabled(editing);
  apply_->setVisible(editing);
  revert_->setVisible(editing);
  if (editing && !d) members_->clear();
}

void SegmentEditor::countDraft() {
  QString error;
  if (auto d = draft(&error)) {
    members_->setText(tr("Counting users…"));
    document_.countDraft(*d);
  }
}

bool SegmentEditor::apply() {
  QString error;
  auto d = draft(&error);
  if (!d) {
    problem_->setText(error);
    problem_->setVisible(true);
    return false;
  }
  if (!creating_ && !(original_ && !original_->isAllUsers())) return false;
  if (d->name() == reco::Segment::kAllUsers) {
    problem_->setText(tr("\"%1\" is built in; choose another name.").arg(QString::fromLatin1(reco::Segment::kAllUsers)));
    problem_->setVisible(true);
    return false;
  }
  const QStringList problems = creating_ ? document_.addSegment(*d) : document_.editSegment(*original_, *d);
  if (!problems.isEmpty()) {
    problem_->setText(problems.join(QLatin1Char('\n')));
    problem_->setStyleSheet(QStringLiteral("color: #c62828;"));
    problem_->setVisible(true);
    return false;
  }
  const QString name = QString::fromStdString(d->name());
  Q_EMIT applied(name);
  showSegment(name);
  return true;
}
