#include "ui/dashboard/KpiTile.h"

#include <QEvent>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>
#include <cmath>

#include "ui/base/ChartTheme.h"

KpiTile::KpiTile(const QString& title, QWidget* parent)
    : QFrame(parent), title_(new QLabel(title, this)), value_(new QLabel(this)), change_(new QLabel(this)) {
  setFrameShape(QFrame::StyledPanel);
  setObjectName(QStringLiteral("kpiTile"));
  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(10, 6, 10, 6);
  layout->setSpacing(2);
  QFont small = title_->font();
  small.setPointSizeF(small.pointSizeF() * 0.9);
  title_->setFont(small);
  QFont big = value_->font();
  big.setPointSizeF(big.pointSizeF() * 1.6);
  big.setBold(true);
  value_->setFont(big);
  value_->setTextInteractionFlags(Qt::TextSelectableByMouse);
  layout->addWidget(title_);
  layout->addWidget(value_);
  layout->addWidget(change_);
  setMinimumWidth(130);
}

void KpiTile::setValue(const QString& value, double change, const QString& tooltip, bool higherIsBetter) {
  value_->setText(value);
  // A change shown as 0.0% gets the neutral arrow and colour, not a green ▲ for +0.04%.
  if (std::fabs(change) < 0.0005) change = 0;
  lastChange_ = change;
  higherIsBetter_ = higherIsBetter;
  if (std::isnan(change)) {
    change_->setText(tr("no previous period"));
  } else {
    const QChar arrow = change > 0 ? QChar(0x25B2) : change < 0 ? QChar(0x25BC) : QChar(0x25B6);
    change_->setText(tr("%1 %2% vs previous").arg(arrow).arg(QLocale().toString(change * 100.0, 'f', 1)));
  }
  setToolTip(tooltip);
  applyColours();
}

QString KpiTile::valueText() const { return value_->text(); }
QString KpiTile::changeText() const { return change_->text(); }

void KpiTile::changeEvent(QEvent* event) {
  if (event->type() == QEvent::PaletteChange) applyColours();
  QFrame::changeEvent(event);
}

void KpiTile::applyColours() {
  const bool dark = ChartTheme::isDark(palette());
  QColor colour = palette().color(QPalette::WindowText);
  if (!std::isnan(lastChange_) && lastChange_ != 0) {
    const bool good = (lastChange_ > 0) == higherIsBetter_;
    colour = good ? (dark ? QColor(110, 200, 120) : QColor(20, 130, 50)) : (dark ? QColor(240, 110, 100) : QColor(190, 40, 30));
  }
  QPalette p = change_->palette();
  p.setColor(QPalette::WindowText, colour);
  change_->setPalette(p);
}
