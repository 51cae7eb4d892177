// One KPI on the dashboard: its name, value, and the change against the previous period as an arrow and percentage.
#pragma once

#include <QFrame>

class QLabel;

class KpiTile : public QFrame {
  Q_OBJECT
 public:
  explicit KpiTile(const QString& title, QWidget* parent = nullptr);

  // change: relative change (0.05 = +5%); NaN hides the arrow. higherIsBetter picks the colours.
  void setValue(const QString& value, double change, const QString& tooltip, bool higherIsBetter = true);
  QString valueText() const;
  QString changeText() const;

 protected:
  void changeEvent(QEvent* event) override;

 private:
  void applyColours();
  QLabel* title_;
  QLabel* value_;
  QLabel* change_;
  double lastChange_ = 0;
  bool higherIsBetter_ = true;
};
