// Edits one segment: name, definition (an attribute expression checked live by core's parser, with the error's
// column marked, or an explicit list of user ids), note, and shows the member count and a sample of the draft,
// counted in the background. Apply pushes an undoable add or edit.
#pragma once

#include <QString>
#include <QStringList>
#include <QTimer>
#include <QWidget>
#include <optional>

#include "core/curation/Segment.h"

class CurationDocument;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QRadioButton;
class QStackedWidget;

class SegmentEditor : public QWidget {
  Q_OBJECT
 public:
  explicit SegmentEditor(CurationDocument& document, QWidget* parent = nullptr);

  // Shows a segment of the document ("all users" is shown read-only); empty = nothing.
  void showSegment(const QString& name);
  // Starts a new segment (Apply adds it).
  void startNew();

  // The draft as typed; nullopt with *error when it does not parse or misses a name.
  std::optional<reco::Segment> draft(QString* error) const;
  // Adds or updates the segment through an undo command; false (and the reason shown) when refused.
  bool apply();

  QLineEdit* nameField() const { return name_; }
  QPlainTextEdit* expressionField() const { return expression_; }
  QPlainTextEdit* userIdsField() const { return userIds_; }
  QRadioButton* listMode() const { return byList_; }
  QLabel* problemLabel() const { return problem_; }
  QLabel* membersLabel() const { return members_; }
  QPushButton* applyButton() const { return apply_; }

 Q_SIGNALS:
  void applied(const QString& name);

 private:
  void setUpFields();
  void buildLayout();
  void connectSignals();
  void showDraftMembers(qint64 count, qint64 population, const QStringList& sample, const QString& error);
  void onDraftChanged();
  void updateState();
  void countDraft();
  void setEditable(bool editable);

  CurationDocument& document_;
  std::optional<reco::Segment> original_;  // the segment being edited; nullopt for a new one
  bool creating_ = false;
  QLabel* heading_;
  QLineEdit* name_;
  QRadioButton* byExpression_;
  QRadioButton* byList_;
  QStackedWidget* definition_;
  QPlainTextEdit* expression_;
  QPlainTextEdit* userIds_;
  QLineEdit* note_;
  QLabel* problem_;
  QLabel* members_;
  QPushButton* apply_;
  QPushButton* revert_;
  QTimer countDelay_;
  bool loading_ = false;
};
