#include "ui/models/ParamForm.h"

#include <QCheckBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QSpinBox>
#include <QStringList>
#include <algorithm>
#include <cmath>
#include <limits>

#include "ui/base/LocaleFormat.h"
#include "ui/models/ShortestDoubleSpinBox.h"

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

// As people read it, in the UI's locale ("1,000", "0.01").
QString shownValue(const reco::ParamSpec& spec, double value) {
  return spec.integer ? LocaleFormat::count(static_cast<std::int64_t>(std::llround(value)))
                      : LocaleFormat::significant(value, 6);
}

bool isThreads(const reco::ParamSpec& spec) { return spec.name == "threads" && spec.integer && spec.min == 0; }

// An integer parameter whose only values are 0 and 1 is a yes/no switch (core's "weighted", "solver", "loss").
bool isSwitch(const reco::ParamSpec& spec) { return spec.integer && spec.min == 0 && spec.max == 1; }

}  // namespace

QString ParamForm::knownLabel(const std::string& name) {
  // The parameters of every algorithm in core (reco::algorithmInfos()); a test fails when one has no label here.
  static const struct {
    const char* name;
    const char* label;
  } labels[] = {
      {"factors", QT_TR_NOOP("Latent factors")},
      {"learning_rate", QT_TR_NOOP("Learning rate")},
      {"regularization", QT_TR_NOOP("Regularisation (λ)")},
      {"lambda", QT_TR_NOOP("Regularisation (λ)")},
      {"epochs", QT_TR_NOOP("Training passes (epochs)")},
      {"iterations", QT_TR_NOOP("Iterations")},
      {"seed", QT_TR_NOOP("Random seed")},
      {"threads", QT_TR_NOOP("Worker threads")},
      {"max_items", QT_TR_NOOP("Largest catalogue (items)")},
      {"alpha", QT_TR_NOOP("Confidence scale (α)")},
      {"solver", QT_TR_NOOP("Fast solver (conjugate gradient)")},
      {"cg_steps", QT_TR_NOOP("Conjugate-gradient steps")},
      {"loss", QT_TR_NOOP("Report the training loss")},
      {"neighbours", QT_TR_NOOP("Neighbours per item (K)")},
      {"shrinkage", QT_TR_NOOP("Shrinkage")},
      {"weighted", QT_TR_NOOP("Weight by interaction strength")},
  };
  for (const auto& l : labels)
    if (name == l.name) return tr(l.label);
  return {};
}

QString ParamForm::label(const std::string& name) {
  QString text = knownLabel(name);
  if (!text.isEmpty()) return text;
  // A parameter added to core without a label here: its name in words ("max_items" -> "Max items").
  text = QString::fromStdString(name).replace(QLatin1Char('_'), QLatin1Char(' '));
  if (!text.isEmpty()) text[0] = text[0].toUpper();
  return text;
}

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
    const QString title = label(spec.name);
    // The label in words, the parameter's name as the CLI and exports know it, core's description, the range.
    QString tip = tr("<b>%1</b> (%2)<br>%3").arg(title.toHtmlEscaped(), name,
                                                 QString::fromStdString(spec.description).toHtmlEscaped());
    if (isSwitch(spec))
      tip += tr("<br>Default: %1").arg(spec.defaultValue != 0 ? tr("on") : tr("off"));
    else
      tip += tr("<br>Range %1 … %2, default %3%4")
                 .arg(shownValue(spec, spec.min), shownValue(spec, spec.max), shownValue(spec, spec.defaultValue),
                      spec.logScale ? tr(" (best varied on a log scale)") : QString());
    QWidget* editor = nullptr;
    if (isSwitch(spec)) {
      auto* box = new QCheckBox(this);
      box->setChecked(spec.defaultValue != 0);
      connect(box, &QCheckBox::toggled, this, &ParamForm::paramsChanged);
      editor = box;
    } else if (spec.integer) {
      auto* box = new QSpinBox(this);
      const double lo = std::max(spec.min, static_cast<double>(std::numeric_limits<int>::min()));
      const double hi = std::min(spec.max, static_cast<double>(std::numeric_limits<int>::max()));
      box->setRange(static_cast<int>(lo), static_cast<int>(hi));
      box->setValue(static_cast<int>(std::llround(spec.defaultValue)));
      box->setStepType(QAbstractSpinBox::AdaptiveDecimalStepType);
      if (isThreads(spec)) box->setSpecialValueText(tr("All cores"));  // 0 = every core
      connect(box, &QSpinBox::valueChanged, this, &ParamForm::paramsChanged);
      editor = box;
    } else {
      auto* box = new ShortestDoubleSpinBox(this);  // "50", "0.05": only the decimals the value needs
      box->setDecimals(decimalsFor(spec));
      box->setRange(spec.min, spec.max);
      box->setValue(spec.defaultValue);
      box->setStepType(QAbstractSpinBox::AdaptiveDecimalStepType);
      connect(box, &QDoubleSpinBox::valueChanged, this, &ParamForm::paramsChanged);
      editor = box;
    }
    if (auto* spin = qobject_cast<QAbstractSpinBox*>(editor)) {
      spin->setAccelerated(true);
      spin->setCorrectionMode(QAbstractSpinBox::CorrectToNearestValue);
    }
    editor->setObjectName(QStringLiteral("param_") + name);
    editor->setToolTip(tip);
    editor->setAccessibleName(title);
    auto* rowLabel = new QLabel(title + QLatin1Char(':'), this);
    rowLabel->setToolTip(tip);
    rowLabel->setBuddy(editor);
    layout_->addRow(rowLabel, editor);
    fields_.push_back({&spec, editor});
  }
  if (info_.params.empty()) layout_->addRow(new QLabel(tr("This algorithm has no parameters."), this));
  Q_EMIT paramsChanged();
}

reco::ModelParams ParamForm::params() const {
  reco::ModelParams out;
  for (const Field& f : fields_) {
    if (auto* c = qobject_cast<QCheckBox*>(f.editor))
      out[f.spec->name] = c->isChecked() ? 1.0 : 0.0;
    else if (auto* i = qobject_cast<QSpinBox*>(f.editor))
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
    if (auto* c = qobject_cast<QCheckBox*>(f.editor))
      c->setChecked(it->second != 0);
    else if (auto* i = qobject_cast<QSpinBox*>(f.editor))
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

QWidget* ParamForm::editor(const QString& name) const {
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
    parts << tr("%1: %2", "a parameter's label and value").arg(label(spec.name), valueText(spec, it->second));
  }
  return parts.isEmpty() ? tr("defaults") : parts.join(QStringLiteral(", "));
}

QString ParamForm::valueText(const reco::ParamSpec& spec, double value) {
  if (isSwitch(spec)) return value != 0 ? tr("yes") : tr("no");
  if (isThreads(spec) && value == 0) return tr("All cores");
  if (spec.integer) return LocaleFormat::count(static_cast<std::int64_t>(std::llround(value)));
  return LocaleFormat::significant(value, 6);
}
