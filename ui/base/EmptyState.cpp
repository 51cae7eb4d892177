#include "ui/base/EmptyState.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

EmptyState::EmptyState(QWidget* parent) : EmptyState(QString(), QString(), parent) {}

EmptyState::EmptyState(const QString& heading, const QString& message, QWidget* parent)
    : QWidget(parent), heading_(new QLabel(this)), message_(new QLabel(this)), buttonRow_(new QHBoxLayout) {
  setObjectName(QStringLiteral("emptyState"));
  heading_->setObjectName(QStringLiteral("emptyStateHeading"));
  message_->setObjectName(QStringLiteral("emptyStateMessage"));
  QFont font = heading_->font();
  font.setPointSizeF(font.pointSizeF() * 1.4);
  font.setBold(true);
  heading_->setFont(font);
  for (QLabel* label : {heading_, message_}) {
    label->setAlignment(Qt::AlignCenter);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::NoTextInteraction);
  }
  buttonRow_->setSpacing(12);
  buttonRow_->addStretch(1);
  buttonRow_->addStretch(1);

  // A readable column (at most 600 px wide) centred in whatever space the pane has; the message wraps inside it.
  auto* column = new QWidget(this);
  column->setMaximumWidth(600);
  column->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
  auto* columnLayout = new QVBoxLayout(column);
  columnLayout->setContentsMargins(0, 0, 0, 0);
  columnLayout->setSpacing(12);
  columnLayout->addWidget(heading_);
  columnLayout->addWidget(message_);
  columnLayout->addSpacing(8);
  columnLayout->addLayout(buttonRow_);
  auto* row = new QHBoxLayout;
  row->addStretch(1);
  row->addWidget(column, 10);
  row->addStretch(1);

  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(24, 24, 24, 24);
  layout->addStretch(2);
  layout->addLayout(row);
  layout->addStretch(3);
  setHeading(heading);
  setMessage(message);
}

void EmptyState::setHeading(const QString& heading) {
  heading_->setText(heading);
  heading_->setVisible(!heading.isEmpty());
  setAccessibleName(heading);
}

void EmptyState::setMessage(const QString& message) {
  message_->setText(message);
  message_->setVisible(!message.isEmpty());
  setAccessibleDescription(message);
}

QString EmptyState::heading() const { return heading_->text(); }

QString EmptyState::message() const { return message_->text(); }

QPushButton* EmptyState::addButton(const QString& text, const QString& description) {
  auto* button = new QPushButton(text, this);
  describeButton(button, description);
  button->setAutoDefault(true);
  button->setMinimumWidth(qMax(180, button->sizeHint().width() + 24));
  button->setMinimumHeight(button->sizeHint().height() + 8);
  button->setFocusPolicy(Qt::StrongFocus);
  if (buttons_.isEmpty()) {
    button->setDefault(true);
    setFocusProxy(button);
  }
  buttonRow_->insertWidget(buttonRow_->count() - 1, button);
  buttons_.append(button);
  return button;
}

EmptyState* EmptyState::noEvents(const QString& message, QWidget* parent) {
  auto* state = new EmptyState(tr("No events yet"), message, parent);
  state->addButton(tr("&Import data…"), tr("Import an interaction log or a public dataset into the project"));
  return state;
}

void EmptyState::showOneOf(QStackedWidget* stack, QWidget* content, EmptyState* empty, bool showEmpty) {
  QWidget* shown = showEmpty ? static_cast<QWidget*>(empty) : content;
  const bool hadFocus = stack->isAncestorOf(QApplication::focusWidget());
  stack->setCurrentWidget(shown);
  stack->setFocusProxy(shown);
  if (hadFocus) shown->setFocus();
}

void EmptyState::describeButton(QPushButton* button, const QString& description) {
  QString name = button->text();
  name.remove(QLatin1Char('&')).remove(QStringLiteral("…"));
  button->setAccessibleName(name.trimmed());
  if (!description.isEmpty()) {
    button->setToolTip(description);
    button->setAccessibleDescription(description);
  }
}
