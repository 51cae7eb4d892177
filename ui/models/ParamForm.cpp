#include "ui/models/ParamForm.h"

#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QSpinBox>
#include <QStringList>
#include <algorithm>
#include <cmath>
#include <limits>

namespace {

// Enough decimals to show the smallest meaningful step of the range (log-scaled ranges reach down to 1e-6).
int decimalsFor(const reco::ParamSpec& spec) {
  double smallest = spec.defaultValue != 0 ? std::abs(spec.defaultValue) : 1.0;
  if (spec.min > 0) smallest = std::min(smallest, spec.min);
  if (spec.logScale) smallest = std::min(smallest, 1e-4);
  int decimals = 2;
  while (decimals < 8 && smallest < std::pow(10.0, -decimals + 1)) ++decimals;
  return decimals;
}

QString formatValue(const reco::ParamSpec& spec, double value) {
  if (spec.integer) return QString::number(static_cast<qint64>(std::llround(value)));
  return QString::number(value, 'g', 6);
}

}  // namespace

ParamForm::ParamForm(QWidget* parent) : QWidget(parent), layout_(new QFormLayout(this)) {
  layout_->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
  layout_->setContentsMargins(0, 0, 0, 0);
}

void ParamForm::setAlgorithm(const reco::AlgorithmInfo& info) {
  while (layout_->rowCount() > 0) layout_->removeRow(0);
  fields_.clear();
  info_ = info;
  for (const reco::ParamSpec& spec : info_.params) {
    const QString name = QString::fromStdString(spec.name);
    const QString tip = tr("<b>%1</b><br>%2<br>Range %3 … %4, default %5%6")
                            .arg(name, QString::fromStdString(spec.description).toHtmlEscaped(),
                                 formatValue(spec, spec.min), formatValue(spec, spec.max),
                                 formatValue(spec, spec.defaultValue),
                                 spec.logScale ? tr(" (best varied on a log scale)") : QString());
    QAbstractSpinBox* editor = nullptr;
    if (spec.integer) {
      auto* box = new QSpinBox(this);
      const double lo = std::max(spec.min, static_cast<double>(std::numeric_limits<int>::min()));
      const double hi = std::min(spec.max, static_cast<double>(std::numeric_limits<int>::max()));
      box->setRange(static_cast<int>(lo), static_cast<int>(hi));
      box->setValue(static_cast<int>(std::llround(spec.defaultValue)));
      box->setStepType(QAbstractSpinBox::AdaptiveDecimalStepType);
      connect(box, &QSpinBox::valueChanged, this, &ParamForm::paramsChanged);
      editor = box;
    } else {
      auto* box = new QDoubleSpinBox(this);
      box->setDecimals(decimalsFor(spec));
      box->setRange(spec.min, spec.max);
      box->setValue(spec.defaultValue);
      box->setStepType(QAbstractSpinBox::AdaptiveDecimalStepType);
      connect(box, &QDoubleSpinBox::valueChanged, this, &ParamForm::paramsChanged);
      editor = box;
    }
    editor->setObjectName(QStringLiteral("param_") + name);
    editor->setToolTip(tip);
    editor->setAccelerated(true);
    editor->setCorrectionMode(QAbstractSpinBox::CorrectToNearestValue);
    auto* label = new QLabel(name + QLatin1Char(':'), this);
    label->setToolTip(tip);
    label->setBuddy(editor);
    layout_->addRow(label, editor);
    fields_.push_back({&spec, editor});
  }
  if (info_.params.empty()) layout_->addRow(new QLabel(tr("This algorithm has no parameters."), this));
  Q_EMIT paramsChanged();
}

reco::ModelParams ParamForm::params() const {
  reco::ModelParams out;
  for (const Field& f : fields_) {
    if (auto* i = qobject_cast<QSpinBox*>(f.editor))
      out[f.spec->name] = i->value();
    else if (auto* d = qobject_cast<QDoubleSpinBox*>(f.editor))
      out[f.spec->name] = d->value();
  }
  return out;
}

void ParamForm::setParams(const reco::ModelParams& params) {
  for (const Field& f : fields_) {
    const auto it = params.find(f.spec->name);
    if (it == params.end()) continue;
    if (auto* i = qobject_cast<QSpinBox*>(f.editor))
      i->setValue(static_cast<int>(std::llround(it->second)));
    else if (auto* d = qobject_cast<QDoubleSpinBox*>(f.editor))
      d->setValue(it->second);
  }
}

void ParamForm::resetToDefaults() {
  reco::ModelParams defaults;
  for (const reco::ParamSpec& spec : info_.params) defaults[spec.name] = spec.defaultValue;
  setParams(defaults);
}

QAbstractSpinBox* ParamForm::editor(const QString& name) const {
  const std::string key = name.toStdString();
  for (const Field& f : fields_)
    if (f.spec->name == key) return f.editor;
  return nullptr;
}

QString ParamForm::summary(const reco::AlgorithmInfo& info, const reco::ModelParams& params) {
  QStringList parts;
  for (const reco::ParamSpec& spec : info.params) {
    const auto it = params.find(spec.name);
    if (it == params.end() || it->second == spec.defaultValue) continue;
    parts << QStringLiteral("%1=%2").arg(QString::fromStdString(spec.name), formatValue(spec, it->second));
  }
  return parts.isEmpty() ? tr("defaults") : parts.join(QStringLiteral(", "));
}
