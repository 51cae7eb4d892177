#include "ui/curation/CurationDocument.h"

#include <QSaveFile>
#include <QUndoStack>
#include <algorithm>
#include <exception>
#include <nlohmann/json.hpp>

#include "core/base/Time.h"
#include "core/curation/RuleEdits.h"
#include "core/curation/RuleSetDiff.h"
#include "core/storage/ItemCatalogue.h"
#include "core/storage/Project.h"
#include "ui/curation/AddRuleCommand.h"
#include "ui/curation/AddSegmentCommand.h"
#include "ui/curation/EditSegmentCommand.h"
#include "ui/curation/RemoveRuleCommand.h"
#include "ui/curation/RemoveSegmentCommand.h"
#include "ui/curation/ReorderPriorityCommand.h"
#include "ui/curation/ReplaceRuleSetCommand.h"
#include "ui/curation/SetRuleEnabledCommand.h"
#include "ui/curation/SetRuleFieldCommand.h"

namespace {
constexpr std::size_t kSampleSize = 10;
constexpr int kCensusDelayMs = 150;
}  // namespace

CurationDocument::CurationDocument(QObject* parent)
    : QObject(parent),
      undo_(new QUndoStack(this)),
      censusTask_(new ProjectTask<Census>(this)),
      draftTask_(new ProjectTask<DraftCount>(this)) {
  censusTask_->setName(tr("Counting segment members"));
  draftTask_->setName(tr("Counting the edited segment's members"));
  censusTask_->setViewRefresh(true);
  draftTask_->setViewRefresh(true);
  censusDelay_.setSingleShot(true);
  censusDelay_.setInterval(kCensusDelayMs);
  connect(&censusDelay_, &QTimer::timeout, this, &CurationDocument::startCensus);
  connect(censusTask_, &BackgroundTask::finished, this, &CurationDocument::onCensusDone);
  connect(draftTask_, &BackgroundTask::finished, this, [this] {
    if (pendingDraft_) {  // a newer draft is waiting: this answer is stale
      const reco::Segment next = *pendingDraft_;
      pendingDraft_.reset();
      startDraft(next);
      return;
    }
    DraftCount r = draftTask_->outcome();
    r.error = draftTask_->error();
    QStringList sample;
    for (const auto& id : r.members.sample) sample << QString::fromStdString(id);
    Q_EMIT draftMembersReady(r.members.count, r.members.population, sample, r.error);
  });
}

CurationDocument::~CurationDocument() {
  // The jobs use their own connections and only read; wait so they never outlive their results.
  censusTask_->cancelAndWait();
  draftTask_->cancelAndWait();
}

bool CurationDocument::open(reco::Project& project, const QString& path, QString* error) {
  close();
  try {
    reco::RuleSetStore store(project);
    reco::RuleSet rules = store.load();
    knownAttributes_ = store.knownAttributes();
    rules_ = std::move(rules);
  } catch (const std::exception& e) {
    if (error) *error = QString::fromStdString(e.what());
    rules_ = {};
    return false;
  }
  project_ = &project;
  path_ = path;
  // Clean means "saved as a version": a working copy that differs from the latest version starts unclean.
  try {
    reco::RuleSetStore store(project);
    const auto latest = store.latestVersion();
    reco::RuleSet saved = latest ? store.document(*latest).content : reco::RuleSet{};
    saved.normalize();
    reco::RuleSet current = rules_;
    current.normalize();
    if (saved.toJson() != current.toJson()) undo_->resetClean();
  } catch (const std::exception&) {
    undo_->resetClean();  // the versions cannot be read: nothing counts as saved
  }
  ++segmentsGeneration_;
  relint();
  Q_EMIT reloaded();
  startCensus();
  return true;
}

void CurationDocument::close() {
  censusDelay_.stop();
  pendingDraft_.reset();
  project_ = nullptr;
  path_.clear();
  rules_ = {};
  undo_->clear();
  knownAttributes_.clear();
  catalogue_.clear();
  items_.reset();
  catalogueLoaded_ = false;
  census_.reset();
  ++segmentsGeneration_;
  findings_.clear();
  Q_EMIT reloaded();
}

std::string CurationDocument::itemTitle(const std::string& itemId) const {
  const reco::ItemCatalogue::Item* item = items_ ? items_->findByExtId(itemId) : nullptr;
  return item ? item->title : std::string();
}

QString CurationDocument::itemLabel(const std::string& itemId) const {
  const std::string title = itemTitle(itemId);
  if (title.empty()) return QString::fromStdString(itemId);
  return tr("%1 (%2)").arg(QString::fromStdString(title), QString::fromStdString(itemId));
}

QStringList CurationDocument::categories() const {
  std::set<std::string> distinct;
  for (const auto& [item, category] : catalogue_)
    if (!category.empty()) distinct.insert(category);
  QStringList out;
  for (const auto& c : distinct) out << QString::fromStdString(c);
  return out;
}

std::vector<const reco::LintFinding*> CurationDocument::findingsFor(std::int64_t ruleId) const {
  std::vector<const reco::LintFinding*> out;
  for (const auto& f : findings_)
    if (std::find(f.rules.begin(), f.rules.end(), ruleId) != f.rules.end()) out.push_back(&f);
  return out;
}

void CurationDocument::setLintTime(std::optional<std::int64_t> t) {
  lintTime_ = t;
  relint();
}

std::int64_t CurationDocument::lintTime() const { return lintTime_ ? *lintTime_ : reco::utc::now(); }

std::optional<std::int64_t> CurationDocument::members(const std::string& segment) const {
  if (!censusCurrent() || !census_->knows(segment)) return std::nullopt;
  return census_->members(segment);
}

std::vector<std::string> CurationDocument::sample(const std::string& segment) const {
  if (!censusCurrent() || !census_->knows(segment)) return {};
  return census_->sample(segment);
}

QStringList CurationDocument::validate(const reco::RuleSet& candidate) const {
  reco::JsonIssues issues;
  reco::RuleSet::fromJson(candidate.toJson(), issues, "", knownAttributes_.empty() ? nullptr : &knownAttributes_);
  QStringList out;
  for (const auto& i : issues) out << QString::fromStdString(i.text());
  return out;
}

// --- edit operations ---------------------------------------------------------------------------------------------

std::int64_t CurationDocument::addRule(reco::Rule rule, QStringList* problems) {
  rule = reco::RuleEdits::completeNewRule(std::move(rule), rules_, reco::utc::now(), defaultAuthor().toStdString());
  reco::RuleSet candidate = rules_;
  candidate.rules.push_back(rule);
  const QStringList found = validate(candidate);
  if (!found.isEmpty()) {
    if (problems) *problems = found;
    return 0;
  }
  undo_->push(new AddRuleCommand(*this, rule));
  return rule.id;
}

void CurationDocument::removeRules(const std::vector<reco::Rule>& rules) {
  if (rules.size() > 1) undo_->beginMacro(tr("Remove %n rule(s)", nullptr, static_cast<int>(rules.size())));
  for (const auto& r : rules) undo_->push(new RemoveRuleCommand(*this, r));
  if (rules.size() > 1) undo_->endMacro();
}

bool CurationDocument::moveRule(std::int64_t id, int direction) {
  auto priorities = reco::RuleEdits::movePriority(rules_, id, direction);
  if (priorities.empty()) return false;
  undo_->push(new ReorderPriorityCommand(
      *this, std::move(priorities), direction < 0 ? tr("Move rule #%1 up").arg(id) : tr("Move rule #%1 down").arg(id)));
  return true;
}

bool CurationDocument::canMoveRule(std::int64_t id, int direction) const {
  return !reco::RuleEdits::movePriority(rules_, id, direction).empty();
}

void CurationDocument::setRulesEnabled(const std::vector<reco::Rule>& rules, bool enabled) {
  undo_->push(new SetRuleEnabledCommand(*this, rules, enabled));
}

void CurationDocument::toggleRulesEnabled(const std::vector<reco::Rule>& rules) {
  setRulesEnabled(rules, reco::RuleEdits::enabledAfterToggle(rules));
}

void CurationDocument::setRuleField(const reco::Rule& before, const reco::Rule& after, int field,
                                    const QString& fieldName) {
  undo_->push(new SetRuleFieldCommand(*this, before, after, field, fieldName));
}

QStringList CurationDocument::addSegment(const reco::Segment& segment) {
  reco::RuleSet candidate = rules_;
  candidate.segments.push_back(segment);
  QStringList problems = validate(candidate);
  if (problems.isEmpty()) undo_->push(new AddSegmentCommand(*this, segment));
  return problems;
}

QStringList CurationDocument::editSegment(const reco::Segment& original, const reco::Segment& edited) {
  reco::RuleSet candidate = rules_;
  reco::RuleEdits::replaceSegment(candidate, original.name(), edited);
  QStringList problems = validate(candidate);
  if (problems.isEmpty()) undo_->push(new EditSegmentCommand(*this, original, edited));
  return problems;
}

bool CurationDocument::removeSegment(const std::string& name) {
  const reco::Segment* s = rules_.findSegment(name);
  if (!s || s->isAllUsers()) return false;
  const reco::Segment segment = *s;
  const std::vector<reco::Rule> rules = reco::RuleEdits::rulesOfSegment(rules_, segment.name());
  undo_->beginMacro(tr("Remove segment '%1'").arg(QString::fromStdString(name)));
  for (const auto& r : rules) undo_->push(new RemoveRuleCommand(*this, r));
  undo_->push(new RemoveSegmentCommand(*this, segment));
  undo_->endMacro();
  return true;
}

// --- primitives --------------------------------------------------------------------------------------------------

void CurationDocument::insertRule(const reco::Rule& rule) {
  rules_.rules.push_back(rule);
  commit(false);
}

void CurationDocument::eraseRule(std::int64_t id) {
  std::erase_if(rules_.rules, [id](const reco::Rule& r) { return r.id == id; });
  commit(false);
}

void CurationDocument::replaceRule(const reco::Rule& rule) {
  for (auto& r : rules_.rules)
    if (r.id == rule.id) r = rule;
  commit(false);
}

void CurationDocument::setPriorities(const std::map<std::int64_t, int>& priorities) {
  for (auto& r : rules_.rules)
    if (auto it = priorities.find(r.id); it != priorities.end()) r.priority = it->second;
  commit(false);
}

void CurationDocument::setEnabled(const std::map<std::int64_t, bool>& enabled) {
  for (auto& r : rules_.rules)
    if (auto it = enabled.find(r.id); it != enabled.end()) r.enabled = it->second;
  commit(false);
}

void CurationDocument::insertSegment(const reco::Segment& segment) {
  rules_.segments.push_back(segment);
  commit(true);
}

void CurationDocument::eraseSegment(const std::string& name) {
  std::erase_if(rules_.segments, [&name](const reco::Segment& s) { return s.name() == name; });
  commit(true);
}

void CurationDocument::replaceSegment(const std::string& oldName, const reco::Segment& segment) {
  reco::RuleEdits::replaceSegment(rules_, oldName, segment);
  commit(true);
}

void CurationDocument::replaceAll(const reco::RuleSet& rules) {
  rules_ = rules;
  commit(true);
}

void CurationDocument::commit(bool segmentsTouched) {
  rules_.normalize();
  if (project_) {
    try {
      reco::RuleSetStore(*project_).replace(rules_);
    } catch (const std::exception& e) {
      Q_EMIT storeFailed(tr("The working rule set could not be written to the project: %1")
                             .arg(QString::fromStdString(e.what())));
    }
  }
  if (segmentsTouched) {
    ++segmentsGeneration_;
    censusDelay_.start();
  }
  relint();
  if (segmentsTouched) Q_EMIT segmentsChanged();
  Q_EMIT rulesChanged();
}

void CurationDocument::relint() {
  reco::LintContext ctx;
  ctx.now = lintTime();
  if (censusCurrent()) ctx.census = census_.get();
  if (catalogueLoaded_ && !catalogue_.empty()) ctx.catalogue = &catalogue_;
  if (items_) ctx.itemTitle = [this](const std::string& id) { return itemTitle(id); };
  findings_ = project_ ? reco::RuleLinter::lint(rules_, ctx) : std::vector<reco::LintFinding>{};
  Q_EMIT findingsChanged();
}

// --- census (background) -----------------------------------------------------------------------------------------

void CurationDocument::startCensus() {
  if (!project_) return;
  if (censusTask_->isRunning()) {
    censusDelay_.start();  // one job at a time; the newest segments are counted when this one is done
    return;
  }
  const std::string path = path_.toStdString();
  const std::vector<reco::Segment> segments = rules_.segments;
  const std::uint64_t generation = segmentsGeneration_;
  const bool withCatalogue = !catalogueLoaded_;
  censusTask_->run([path, segments, generation, withCatalogue](TaskContext&, Census& out) {
    out.generation = generation;
    out.withCatalogue = withCatalogue;
    reco::Project project = reco::Project::openReadOnly(path);
    out.census = std::make_shared<reco::SegmentCensus>(reco::UserDirectory(project).census(segments, kSampleSize));
    if (withCatalogue) out.items = std::make_shared<const reco::ItemCatalogue>(project);
  });
}

void CurationDocument::onCensusDone() {
  Census result = censusTask_->outcome();
  result.error = censusTask_->error();
  if (!project_) return;
  if (!result.error.isEmpty()) {
    Q_EMIT storeFailed(tr("Segment members could not be counted: %1").arg(result.error));
    return;
  }
  if (result.withCatalogue && result.items) {
    catalogue_ = result.items->categories();
    items_ = std::move(result.items);
    catalogueLoaded_ = true;
  }
  if (result.generation == segmentsGeneration_) {
    census_ = std::move(result.census);
    censusGeneration_ = result.generation;
  }
  relint();
  Q_EMIT censusChanged();
}

void CurationDocument::countDraft(const reco::Segment& draft) {
  if (!project_) return;
  if (draftTask_->isRunning()) {
    pendingDraft_ = draft;
    return;
  }
  startDraft(draft);
}

void CurationDocument::startDraft(const reco::Segment& draft) {
  if (!project_) return;
  const std::string path = path_.toStdString();
  draftTask_->run([path, draft](TaskContext&, DraftCount& out) {
    reco::Project project = reco::Project::openReadOnly(path);
    out.members = reco::UserDirectory(project).members(draft, kSampleSize);
  });
}

// --- versions ----------------------------------------------------------------------------------------------------

std::int64_t CurationDocument::saveVersion(const std::string& message, const std::string& author) {
  if (!project_) throw std::runtime_error("no project is open");
  const std::int64_t v = reco::RuleSetStore(*project_).saveVersion(message, author);
  undo_->setClean();
  return v;
}

std::vector<reco::RuleSetVersionInfo> CurationDocument::versions() {
  if (!project_) return {};
  return reco::RuleSetStore(*project_).versions();
}

reco::RuleSetDocument CurationDocument::versionDocument(std::int64_t version) {
  if (!project_) throw std::runtime_error("no project is open");
  return reco::RuleSetStore(*project_).document(version);
}

std::int64_t CurationDocument::restoreVersion(std::int64_t version, const std::string& author) {
  if (!project_) throw std::runtime_error("no project is open");
  const reco::RuleSet before = rules_;
  reco::RuleSetStore store(*project_);
  const std::int64_t created = store.restore(version, author);
  undo_->push(new ReplaceRuleSetCommand(*this, before, store.load(), tr("Restore version %1").arg(version)));
  undo_->setClean();
  return created;
}

std::string CurationDocument::exportText(std::int64_t version) { return versionDocument(version).exportText(); }

bool CurationDocument::exportVersion(std::int64_t version, const QString& path, QString* error) {
  try {
    const std::string text = exportText(version);
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly) || out.write(text.data(), static_cast<qint64>(text.size())) !=
                                               static_cast<qint64>(text.size()) ||
        !out.commit()) {
      if (error) *error = tr("%1 cannot be written: %2").arg(path, out.errorString());
      return false;
    }
    return true;
  } catch (const std::exception& e) {
    if (error) *error = QString::fromStdString(e.what());
    return false;
  }
}

QString CurationDocument::changesSinceLatestVersion() {
  try {
    const auto all = versions();
    if (all.empty())
      return tr("This is the first version of the rule set (%1, %2).")
          .arg(tr("%Ln segment(s)", nullptr, static_cast<int>(rules_.segments.size())),
               tr("%Ln rule(s)", nullptr, static_cast<int>(rules_.rules.size())));
    const std::int64_t latest = all.back().version;
    const auto diff = reco::RuleSetDiff::compare(versionDocument(latest).content, rules_);
    return diff.empty() ? tr("No changes since version %1.").arg(latest)
                        : tr("Changes since version %1:\n%2").arg(latest).arg(QString::fromStdString(diff.text()).trimmed());
  } catch (const std::exception& e) {
    return tr("The saved versions could not be read: %1").arg(QString::fromStdString(e.what()));
  }
}

std::optional<reco::RuleSetImport> CurationDocument::importText(const std::string& text, const std::string& author,
                                                                bool dryRun, reco::JsonIssues& issues) {
  if (!project_) throw std::runtime_error("no project is open");
  const reco::RuleSet before = rules_;
  reco::RuleSetStore store(*project_);
  auto result = store.importText(text, author, dryRun, issues);
  if (!result || dryRun) return result;
  undo_->push(new ReplaceRuleSetCommand(
      *this, before, store.load(),
      tr("Import rule set %1 version %2")
          .arg(QString::fromStdString(result->document.rulesetId))
          .arg(result->document.version)));
  undo_->setClean();
  return result;
}

QString CurationDocument::defaultAuthor() {
  QString user = qEnvironmentVariable("USER");
  if (user.isEmpty()) user = qEnvironmentVariable("USERNAME");
  return user;
}
