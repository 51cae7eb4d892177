#include "ui/models/TryItPage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QStringListModel>
#include <QTableView>
#include <QVBoxLayout>
#include <algorithm>
#include <exception>
#include <optional>
#include <variant>

#include "core/browse/DataBrowser.h"
#include "core/models/ModelStore.h"
#include "core/storage/Project.h"
#include "ui/base/LocaleFormat.h"
#include "ui/base/ProjectSession.h"
#include "ui/models/ScoredItemsModel.h"
#include "ui/models/UserHistoryModel.h"

namespace {

QTableView* makeTable(QAbstractItemModel* model, QWidget* parent, const QString& name) {
  auto* view = new QTableView(parent);
  view->setObjectName(name);
  view->setModel(model);
  view->setSelectionBehavior(QAbstractItemView::SelectRows);
  view->setSelectionMode(QAbstractItemView::SingleSelection);
  view->setAlternatingRowColors(true);
  view->setWordWrap(false);
  view->setTextElideMode(Qt::ElideMiddle);  // a long title keeps its start and its end; the tooltip holds it whole
  view->verticalHeader()->hide();
  view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 8);
  view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
  view->horizontalHeader()->setStretchLastSection(false);
  view->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);  // the title takes the spare width
  return view;
}

QWidget* titled(const QString& title, QLabel** label, QWidget* content, QWidget* parent) {
  auto* box = new QWidget(parent);
  auto* layout = new QVBoxLayout(box);
  layout->setContentsMargins(0, 0, 0, 0);
  auto* heading = new QLabel(title, box);
  QFont f = heading->font();
  f.setBold(true);
  heading->setFont(f);
  if (label) *label = heading;
  layout->addWidget(heading);
  layout->addWidget(content, 1);
  return box;
}

// The project row (users.id or items.id) whose external id is exactly `ext`.
std::optional<std::int64_t> idOfExt(reco::Project& project, reco::BrowseTable table, const std::string& ext) {
  reco::DataBrowser browser(project);
  reco::BrowseQuery query;
  query.sortColumn = 1;  // ext_id
  query.search = ext;
  for (const auto& row : browser.page(table, query, 0, 8)) {
    const auto* e = std::get_if<std::string>(&row[1]);
    const auto* id = std::get_if<std::int64_t>(&row[0]);
    if (e && id && *e == ext) return *id;
  }
  return std::nullopt;
}

std::optional<std::int32_t> denseIndex(const std::vector<std::int64_t>& ids, std::int64_t id) {
  const auto it = std::find(ids.begin(), ids.end(), id);
  if (it == ids.end()) return std::nullopt;
  return static_cast<std::int32_t>(it - ids.begin());
}

}  // namespace

TryItPage::TryItPage(QWidget* parent)
    : QWidget(parent),
      completions_(new QStringListModel(this)),
      history_(new UserHistoryModel(this)),
      recommendations_(new ScoredItemsModel(tr("Score"), this)),
      similar_(new ScoredItemsModel(tr("Similarity"), this)) {
  setObjectName(QStringLiteral("tryItPage"));
  auto* controls = new QHBoxLayout;
  modelCombo_ = new QComboBox(this);
  modelCombo_->setObjectName(QStringLiteral("tryModelCombo"));
  modelCombo_->setMinimumContentsLength(16);
  auto* modelLabel = new QLabel(tr("&Model:"), this);
  modelLabel->setBuddy(modelCombo_);
  user_ = new QLineEdit(this);
  user_->setObjectName(QStringLiteral("tryUserField"));
  user_->setPlaceholderText(tr("External user id, e.g. U000042"));
  user_->setClearButtonEnabled(true);
  completer_ = new QCompleter(completions_, this);
  completer_->setCaseSensitivity(Qt::CaseInsensitive);
  completer_->setCompletionMode(QCompleter::PopupCompletion);
  user_->setCompleter(completer_);
  auto* userLabel = new QLabel(tr("&User:"), this);
  userLabel->setBuddy(user_);
  auto* show = new QPushButton(tr("&Show"), this);
  count_ = new QSpinBox(this);
  count_->setRange(1, 200);
  count_->setValue(10);
  count_->setToolTip(tr("Number of recommendations and similar items"));
  auto* countLabel = new QLabel(tr("&Top:"), this);
  countLabel->setBuddy(count_);
  excludeSeen_ = new QCheckBox(tr("E&xclude seen"), this);
  excludeSeen_->setChecked(true);
  excludeSeen_->setToolTip(tr("Leave out items the user interacted with in the training data"));
  impressions_ = new QCheckBox(tr("&Impressions in history"), this);
  controls->addWidget(modelLabel);
  controls->addWidget(modelCombo_, 1);
  controls->addSpacing(12);
  controls->addWidget(userLabel);
  controls->addWidget(user_, 1);
  controls->addWidget(show);
  controls->addSpacing(12);
  controls->addWidget(countLabel);
  controls->addWidget(count_);
  controls->addWidget(excludeSeen_);
  controls->addWidget(impressions_);

  status_ = new QLabel(tr("Pick a trained model and type a user id."), this);
  status_->setObjectName(QStringLiteral("tryStatus"));
  status_->setWordWrap(true);
  status_->setTextInteractionFlags(Qt::TextSelectableByMouse);

  historyView_ = makeTable(history_, this, QStringLiteral("historyView"));
  recommendationsView_ = makeTable(recommendations_, this, QStringLiteral("recommendationsView"));
  similarView_ = makeTable(similar_, this, QStringLiteral("similarView"));
  historyView_->setAccessibleName(tr("History (newest first)"));
  recommendationsView_->setAccessibleName(tr("Recommendations"));
  similarView_->setAccessibleName(tr("Similar items"));
  // History on the left, recommendations above similar items on the right. The history has the most columns (time,
  // item, title, category, event, value), so it gets three fifths of the width: its titles stay readable at 1280
  // pixels, and the lists on the right still show theirs whole.
  auto* splitter = new QSplitter(Qt::Horizontal, this);
  auto* lists = new QSplitter(Qt::Vertical, splitter);
  splitter->addWidget(titled(tr("History (newest first)"), nullptr, historyView_, splitter));
  splitter->addWidget(lists);
  lists->addWidget(titled(tr("Recommendations"), nullptr, recommendationsView_, lists));
  lists->addWidget(titled(tr("Similar items: select an item on the left"), &similarTitle_, similarView_, lists));
  lists->setChildrenCollapsible(false);
  splitter->setChildrenCollapsible(false);
  splitter->setStretchFactor(0, 3);
  splitter->setStretchFactor(1, 2);

  auto* layout = new QVBoxLayout(this);
  layout->addLayout(controls);
  layout->addWidget(status_);
  layout->addWidget(splitter, 1);

  connect(user_, &QLineEdit::textEdited, this, &TryItPage::updateCompletions);
  connect(user_, &QLineEdit::returnPressed, this, [this] { showUser(user_->text().trimmed()); });
  connect(completer_, qOverload<const QString&>(&QCompleter::activated), this,
          [this](const QString& text) { showUser(text); });
  connect(show, &QPushButton::clicked, this, [this] { showUser(user_->text().trimmed()); });
  connect(modelCombo_, &QComboBox::currentIndexChanged, this, [this] {
    if (!shownUser_.isEmpty()) refresh();
  });
  connect(count_, &QSpinBox::editingFinished, this, &TryItPage::refresh);
  connect(excludeSeen_, &QCheckBox::toggled, this, &TryItPage::refresh);
  connect(impressions_, &QCheckBox::toggled, this, &TryItPage::refresh);
  connect(historyView_->selectionModel(), &QItemSelectionModel::selectionChanged, this,
          &TryItPage::onHistorySelected);
  connect(recommendationsView_->selectionModel(), &QItemSelectionModel::selectionChanged, this,
          &TryItPage::onRecommendationSelected);
}

TryItPage::~TryItPage() = default;

void TryItPage::setSession(std::shared_ptr<ProjectSession> session) {
  session_ = std::move(session);
  reset();
}

void TryItPage::reset() {
  model_.reset();
  loadedModel_.clear();
  catalog_.clear();
  shownUser_.clear();
  fallback_ = false;
  history_->clear();
  recommendations_->clear();
  similar_->clear();
  completions_->setStringList({});
  setStatus(tr("Pick a trained model and type a user id."));
}

void TryItPage::setModelNames(const QStringList& names) {
  const QString current = modelCombo_->currentText();
  QSignalBlocker block(modelCombo_);
  modelCombo_->clear();
  modelCombo_->addItems(names);
  const int keep = modelCombo_->findText(current);
  modelCombo_->setCurrentIndex(keep >= 0 ? keep : (names.isEmpty() ? -1 : 0));
  if (!names.contains(loadedModel_)) {
    model_.reset();
    loadedModel_.clear();
  }
}

bool TryItPage::selectModel(const QString& name) {
  const int index = modelCombo_->findText(name);
  if (index < 0) return false;
  modelCombo_->setCurrentIndex(index);
  return ensureModel();
}

QString TryItPage::currentModel() const { return modelCombo_->currentText(); }

QString TryItPage::statusText() const { return status_->text(); }

void TryItPage::setStatus(const QString& text, bool warning) {
  status_->setText(text);
  status_->setStyleSheet(warning ? QStringLiteral("color: #b9770e; font-weight: 600;") : QString());
}

bool TryItPage::ensureModel() {
  const QString name = modelCombo_->currentText();
  if (name.isEmpty() || !session_ || !session_->project()) {
    setStatus(tr("Train a model first (Train tab), then pick it here."));
    return false;
  }
  if (model_ && loadedModel_ == name) return true;
  try {
    model_ = reco::ModelStore(*session_->project()).load(name.toStdString());
    loadedModel_ = name;
    return true;
  } catch (const std::exception& e) {
    model_.reset();
    loadedModel_.clear();
    setStatus(tr("Cannot load model %1: %2").arg(name, QString::fromStdString(e.what())), true);
    return false;
  }
}

void TryItPage::ensureCatalog() {
  if (!catalog_.isEmpty() || !session_ || !session_->project()) return;
  catalog_.load(*session_->project());
}

void TryItPage::updateCompletions(const QString& prefix) {
  if (!session_ || !session_->project() || prefix.trimmed().isEmpty()) return;
  try {
    reco::DataBrowser browser(*session_->project());
    reco::BrowseQuery query;
    query.sortColumn = 1;  // ext_id
    query.search = prefix.trimmed().toStdString();
    QStringList ids;
    for (const auto& row : browser.page(reco::BrowseTable::Users, query, 0, 20))
      if (const auto* e = std::get_if<std::string>(&row[1])) ids << QString::fromStdString(*e);
    completions_->setStringList(ids);
  } catch (const std::exception& e) {
    setStatus(QString::fromStdString(e.what()), true);
  }
}

bool TryItPage::showUser(const QString& userExtId) {
  if (userExtId.isEmpty()) return false;
  if (user_->text() != userExtId) user_->setText(userExtId);
  shownUser_ = userExtId;
  refresh();
  return recommendations_->rowCount() > 0;
}

void TryItPage::refresh() {
  if (shownUser_.isEmpty()) return;
  recommendations_->clear();
  similar_->clear();
  similarTitle_->setText(tr("Similar items: select an item on the left"));
  fallback_ = false;
  if (!session_ || !session_->project()) return;
  reco::Project& project = *session_->project();
  try {
    const auto userId = idOfExt(project, reco::BrowseTable::Users, shownUser_.toStdString());
    if (!userId) {
      history_->clear();
      setStatus(tr("There is no user %1 in this project.").arg(shownUser_), true);
      return;
    }
    history_->load(project, *userId, impressions_->isChecked());
    if (!ensureModel()) return;
    ensureCatalog();
    // A user the model has never seen (no interactions at training time, or added since) is a cold user: the core
    // answers with the popularity fallback, flagged, and so does this panel.
    const reco::Recommendations recs = model_->recommendForUserId(*userId, count_->value(), excludeSeen_->isChecked());
    std::vector<ScoredItemsModel::Row> rows;
    const auto& itemIds = model_->itemIds();
    for (const reco::ScoredItem& s : recs.items) {
      const qint64 id = s.item >= 0 && std::size_t(s.item) < itemIds.size() ? itemIds[std::size_t(s.item)] : s.item;
      rows.push_back({id, catalog_.item(id), double(s.score)});
    }
    recommendations_->setRows(std::move(rows));
    fallback_ = recs.popularityFallback;
    if (fallback_)
      setStatus(tr("Cold user: %1 has no interactions in the data %2 was trained on (%3 history events now), so "
                   "these are the most popular items (popularity fallback).")
                    .arg(shownUser_, loadedModel_)
                    .arg(LocaleFormat::count(history_->eventsSeen())),
                true);
    else
      setStatus(tr("User %1: %2 history events, %3 recommendations from %4.")
                    .arg(shownUser_)
                    .arg(LocaleFormat::count(history_->eventCount()))
                    .arg(LocaleFormat::count(recommendations_->rowCount()), loadedModel_));
  } catch (const std::exception& e) {
    setStatus(QString::fromStdString(e.what()), true);
  }
}

bool TryItPage::showSimilar(qint64 itemId) {
  similar_->clear();
  if (!ensureModel()) return false;
  try {
    ensureCatalog();
    const ItemCatalog::Item item = catalog_.item(itemId);
    const auto dense = denseIndex(model_->itemIds(), itemId);
    if (!dense) {
      similarTitle_->setText(
          tr("Similar items: %1 is not in the model's training data").arg(ItemCatalog::label(item)));
      return false;
    }
    std::vector<ScoredItemsModel::Row> rows;
    const auto& itemIds = model_->itemIds();
    for (const reco::ScoredItem& s : model_->similarItems(*dense, count_->value())) {
      const qint64 id = s.item >= 0 && std::size_t(s.item) < itemIds.size() ? itemIds[std::size_t(s.item)] : s.item;
      rows.push_back({id, catalog_.item(id), double(s.score)});
    }
    similar_->setRows(std::move(rows));
    similarTitle_->setText(tr("Similar to %1").arg(ItemCatalog::label(item)));
    return true;
  } catch (const std::exception& e) {
    setStatus(QString::fromStdString(e.what()), true);
    return false;
  }
}

void TryItPage::onHistorySelected() {
  const QModelIndexList rows = historyView_->selectionModel()->selectedRows();
  if (rows.isEmpty() || !session_ || !session_->project()) return;
  if (const UserHistoryModel::Row* row = history_->row(rows.front().row())) showSimilar(row->itemId);
}

void TryItPage::onRecommendationSelected() {
  const QModelIndexList rows = recommendationsView_->selectionModel()->selectedRows();
  if (rows.isEmpty()) return;
  if (const ScoredItemsModel::Row* row = recommendations_->row(rows.front().row())) showSimilar(row->itemId);
}
