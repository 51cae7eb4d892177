// A QDoubleSpinBox that writes its value with only the decimals it needs ("50", "0.05", "1e-4" as "0.0001"), in the
// UI locale, instead of a fixed count ("50.00000"). decimals() still sets the precision values are rounded to and
// how many decimals a user may type.
#pragma once

#include <QDoubleSpinBox>

class ShortestDoubleSpinBox : public QDoubleSpinBox {
  Q_OBJECT
 public:
  explicit ShortestDoubleSpinBox(QWidget* parent = nullptr);

  QString textFromValue(double value) const override;
};
