// A form generated from an algorithm's ParamSpecs: one row per hyper-parameter, labelled in words ("Latent
// factors"), with a check box for a yes/no switch (an integer parameter with range 0 … 1) and a spin box with the
// declared range otherwise; the default, the parameter's name and core's description in the tooltip. Values outside the range cannot be entered; params() hands the values
// back as reco::ModelParams for core to validate once more (reco::RecommenderBase::resolveParams).
#pragma once

#include <QWidget>
#include <vector>

#include "core/models/Recommender.h"

class QFormLayout;

class ParamForm : public QWidget {
  Q_OBJECT
 public:
  explicit ParamForm(QWidget* parent = nullptr);

  // Rebuilds the form for this algorithm, every field at its default.
  void setAlgorithm(const reco::AlgorithmInfo& info);
  const reco::AlgorithmInfo& algorithm() const { return info_; }

  // The current values of every field (all parameters, defaults included).
  reco::ModelParams params() const;
  // Sets the named fields (unknown names are ignored; values are clamped to the range by the spin boxes).
  void setParams(const reco::ModelParams& params);
  void resetToDefaults();
  // The editor of one parameter (a QCheckBox, QSpinBox or QDoubleSpinBox; null when the algorithm has no such
  // parameter); for tests and focus.
  QWidget* editor(const QString& name) const;

  // A parameter's name in words, translated ("factors" -> "Latent factors"); knownLabel is empty for a name without
  // one, label() then spells the name out ("max_items" -> "Max items").
  static QString knownLabel(const std::string& name);
  static QString label(const std::string& name);

  // "Label: value, ..." of the parameters that differ from their defaults ("defaults" when none), in the words the
  // form uses ("Latent factors: 32, Weight by interaction strength: yes"), for lists and tooltips people read.
  static QString summary(const reco::AlgorithmInfo& info, const reco::ModelParams& params);
  // One value as people read it: yes/no for a switch, "all cores" for threads 0, numbers in the UI locale.
  static QString valueText(const reco::ParamSpec& spec, double value);

 Q_SIGNALS:
  void paramsChanged();

 private:
  struct Field {
    const reco::ParamSpec* spec;
    QWidget* editor;
  };
  reco::AlgorithmInfo info_;
  QFormLayout* layout_;
  std::vector<Field> fields_;
};
