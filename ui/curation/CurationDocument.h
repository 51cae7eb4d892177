// The Curation workspace's document: the project's working rule set held in memory, its undo stack, the linter's
// findings and the segment census. Views change it only through the edit operations below, each of which pushes one
// undo step (a QUndoCommand, or a macro of them); the commands call the primitives, and each primitive writes the
// working copy back through core's RuleSetStore, so the project always holds what the editor shows. The stack is
// clean when the working copy equals the last saved version.
#pragma once

#include <QObject>
#include <QString>
#include <QStringList>
#include <QTimer>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "core/curation/JsonIssue.h"
#include "core/curation/RuleLinter.h"
#include "core/curation/RuleSetStore.h"
#include "core/curation/SegmentCensus.h"
#include "core/curation/UserDirectory.h"
#include "ui/base/ProjectTask.h"

class QUndoStack;

namespace reco {
class ItemCatalogue;
class Project;
}  // namespace reco

class CurationDocument : public QObject {
  Q_OBJECT
 public:
  explicit CurationDocument(QObject* parent = nullptr);
  ~CurationDocument() override;

  // Loads the project's working copy (the GUI thread's connection; `path` is used by background jobs to open their
  // own). Clears the undo history. Returns false with *error set when the working copy cannot be read.
  bool open(reco::Project& project, const QString& path, QString* error);
  void close();
  bool isOpen() const { return project_ != nullptr; }
  reco::Project* project() const { return project_; }

  const reco::RuleSet& ruleSet() const { return rules_; }
  QUndoStack* undoStack() const { return undo_; }
  const std::set<std::string>& knownAttributes() const { return knownAttributes_; }
  // item id -> category (loaded in the background; empty until then).
  const std::map<std::string, std::string>& catalogue() const { return catalogue_; }
  // An item as people read it: "title (id)", the id alone when the item has no title or the catalogue is not
  // loaded yet (exports keep ids). itemTitle: "" then.
  QString itemLabel(const std::string& itemId) const;
  std::string itemTitle(const std::string& itemId) const;
  QStringList categories() const;

  // The linter's findings for the current rule set, and those naming one rule.
  const std::vector<reco::LintFinding>& findings() const { return findings_; }
  std::vector<const reco::LintFinding*> findingsFor(std::int64_t ruleId) const;
  // The time the linter judges "expired" against (settable for tests); default: now.
  void setLintTime(std::optional<std::int64_t> t);

  // Member count and sample of a segment from the latest census of the current segments; nullopt while counting.
  std::optional<std::int64_t> members(const std::string& segment) const;
  std::vector<std::string> sample(const std::string& segment) const;
  bool censusCurrent() const { return census_ && censusGeneration_ == segmentsGeneration_; }
  // Counts a draft segment (the segment editor's) in the background; answers with draftMembersReady.
  void countDraft(const reco::Segment& draft);

  // Checks a candidate rule set as core would on import (fields, references, expressions against the project's
  // attributes). Returns the problems as "path: reason" lines; empty when valid.
  QStringList validate(const reco::RuleSet& candidate) const;

  // --- edit operations: each is one undo step on undoStack() ------------------------------------------------------
  // Adds `rule` (id, creation time and author filled in where unset, see reco::RuleEdits::completeNewRule). Returns
  // the new rule's id, or 0 with *problems set (nothing changes) when the rule set with it would be invalid.
  std::int64_t addRule(reco::Rule rule, QStringList* problems);
  // Removes the rules (by id); more than one are one step ("Remove N rules").
  void removeRules(const std::vector<reco::Rule>& rules);
  // Moves rule `id` one place up (direction < 0: higher priority) or down in its segment's order; false (nothing
  // pushed) when it is already first/last or unknown.
  bool moveRule(std::int64_t id, int direction);
  bool canMoveRule(std::int64_t id, int direction) const;
  void setRulesEnabled(const std::vector<reco::Rule>& rules, bool enabled);
  // Enables the rules when any of them is disabled, else disables them.
  void toggleRulesEnabled(const std::vector<reco::Rule>& rules);
  // Replaces rule `before` by `after`, which differ in one table cell (`field`, named `fieldName` in the undo text);
  // consecutive edits of the same cell merge into one step.
  void setRuleField(const reco::Rule& before, const reco::Rule& after, int field, const QString& fieldName);
  // Adds a segment, or edits segment `original` into `edited` (a rename carries its rules along). Both return the
  // problems of the resulting rule set (see validate()) and change nothing when there are any.
  QStringList addSegment(const reco::Segment& segment);
  QStringList editSegment(const reco::Segment& original, const reco::Segment& edited);
  // Removes a segment and, in the same step, its rules. False for "all users" or an unknown name.
  bool removeSegment(const std::string& name);

  // --- primitives for undo commands: change the working copy, persist it, relint, notify -----------------------
  void insertRule(const reco::Rule& rule);
  void eraseRule(std::int64_t id);
  void replaceRule(const reco::Rule& rule);
  void setPriorities(const std::map<std::int64_t, int>& priorities);
  void setEnabled(const std::map<std::int64_t, bool>& enabled);  // rule id -> enabled, one write for all
  void insertSegment(const reco::Segment& segment);
  void eraseSegment(const std::string& name);
  // Replaces segment `oldName` by `segment`; rules of the old name follow a rename.
  void replaceSegment(const std::string& oldName, const reco::Segment& segment);
  void replaceAll(const reco::RuleSet& rules);

  // --- versions, export, import (through core's RuleSetStore) ---------------------------------------------------
  // Saves the working copy as a version and marks the undo stack clean. Throws what core throws.
  std::int64_t saveVersion(const std::string& message, const std::string& author);
  std::vector<reco::RuleSetVersionInfo> versions();
  reco::RuleSetDocument versionDocument(std::int64_t version);
  // Makes an old version the working copy (an undoable command) and saves it as a new version, as core's restore.
  std::int64_t restoreVersion(std::int64_t version, const std::string& author);
  // The exported bytes of a version (the same as `recoengine-cli rules export`).
  std::string exportText(std::int64_t version);
  // Writes exportText(version) to `path` (replaced atomically); false with *error set when that fails.
  bool exportVersion(std::int64_t version, const QString& path, QString* error);
  // For the save-version dialog: what changed since the latest saved version, in words (or why that is unknown).
  QString changesSinceLatestVersion();
  // Dry run (nothing changes) or real import (working copy replaced through an undoable command and saved as a
  // version). nullopt with `issues` filled when the file is refused.
  std::optional<reco::RuleSetImport> importText(const std::string& text, const std::string& author, bool dryRun,
                                                reco::JsonIssues& issues);

  static QString defaultAuthor();

 Q_SIGNALS:
  void reloaded();                // a new project or closed: everything changed
  void rulesChanged();            // rules added, removed or edited
  void segmentsChanged();         // segments added, removed, renamed or edited
  void findingsChanged();
  void censusChanged();
  void draftMembersReady(qint64 count, qint64 population, const QStringList& sample, const QString& error);
  void storeFailed(const QString& message);  // writing the working copy failed (the editor keeps its state)

 private:
  struct Census {
    std::shared_ptr<reco::SegmentCensus> census;
    std::shared_ptr<const reco::ItemCatalogue> items;
    bool withCatalogue = false;
    std::uint64_t generation = 0;
    QString error;
  };
  void commit(bool segmentsTouched);
  void relint();
  void startCensus();
  void onCensusDone();
  std::int64_t lintTime() const;

  reco::Project* project_ = nullptr;
  QString path_;
  reco::RuleSet rules_;
  QUndoStack* undo_;
  std::set<std::string> knownAttributes_;
  std::map<std::string, std::string> catalogue_;
  std::shared_ptr<const reco::ItemCatalogue> items_;  // titles; the one item lookup (core)
  bool catalogueLoaded_ = false;
  std::vector<reco::LintFinding> findings_;
  std::optional<std::int64_t> lintTime_;
  std::shared_ptr<reco::SegmentCensus> census_;
  std::uint64_t censusGeneration_ = 0;
  std::uint64_t segmentsGeneration_ = 1;
  QTimer censusDelay_;
  ProjectTask<Census>* censusTask_;
  struct DraftCount {
    reco::SegmentMembers members;
    QString error;
  };
  ProjectTask<DraftCount>* draftTask_;
  std::optional<reco::Segment> pendingDraft_;  // asked for while another draft was being counted
  void startDraft(const reco::Segment& draft);
};
