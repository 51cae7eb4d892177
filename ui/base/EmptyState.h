// What a pane shows instead of being blank when there is nothing to show yet: a short heading, one or two
// sentences on what to do next and a button for each way forward ("No events yet" — "Import data…"). One widget
// shared by every workspace and the welcome page's peers; the owner connects each button's clicked() to its action.
#pragma once

#include <QList>
#include <QString>
#include <QWidget>

class QLabel;
class QPushButton;
class QHBoxLayout;
class QStackedWidget;

class EmptyState : public QWidget {
  Q_OBJECT
 public:
  explicit EmptyState(QWidget* parent = nullptr);
  EmptyState(const QString& heading, const QString& message, QWidget* parent = nullptr);

  void setHeading(const QString& heading);
  void setMessage(const QString& message);
  QString heading() const;
  QString message() const;

  // Adds a button under the message (the first one added is the default, focused one). Its accessible name is
  // its text without the mnemonic marker; description becomes its tooltip and accessible description.
  QPushButton* addButton(const QString& text, const QString& description = {});
  const QList<QPushButton*>& buttons() const { return buttons_; }

  // Gives a push button its accessible name (its text without the mnemonic marker and a trailing ellipsis) and,
  // when description is set, its tooltip and accessible description. Used for every button these states and the
  // welcome page show.
  static void describeButton(QPushButton* button, const QString& description);

  // The state of a project without events: "No events yet", the message (what the workspace shows once there is
  // data) and one "Import data…" button; the caller connects buttons().first() to its import request.
  static EmptyState* noEvents(const QString& message, QWidget* parent);

  // Shows empty (when showEmpty) or content in stack, both pages of it; keyboard focus that was inside the stack
  // moves to the page now shown, and the stack's focus proxy follows.
  static void showOneOf(QStackedWidget* stack, QWidget* content, EmptyState* empty, bool showEmpty);

 private:
  QLabel* heading_;
  QLabel* message_;
  QHBoxLayout* buttonRow_;
  QList<QPushButton*> buttons_;
};
