// What the Models workspace shows a person in words: the Train form labels every parameter of every algorithm in
// words (the raw name only in the tooltip) and shows yes/no switches as check boxes; the Evaluate results colour a
// significant difference by whether it is better for that metric (a lower average popularity is green, a lower
// nDCG red), and the HTML export says the same.
#include <gtest/gtest.h>

#include <QCheckBox>
#include <QColor>
#include <QFormLayout>
#include <QGuiApplication>
#include <QLabel>
#include <QSignalSpy>
#include <QSpinBox>

#include "SampleRuns.h"
#include "core/base/ColourContrast.h"
#include "core/models/Recommender.h"
#include "ui/app/Theme.h"
#include "ui/models/EvaluationExport.h"
#include "ui/models/EvaluationReport.h"
#include "ui/models/EvaluationResultsModel.h"
#include "ui/models/ParamForm.h"

namespace {

double contrast(const QColor& a, const QColor& b) {
  const auto rgb = [](const QColor& c) {
    return reco::Rgb{static_cast<std::uint8_t>(c.red()), static_cast<std::uint8_t>(c.green()),
                     static_cast<std::uint8_t>(c.blue())};
  };
  return reco::contrastRatio(rgb(a), rgb(b));
}

QString labelTextOf(ParamForm& form, QWidget* editor) {
  for (QLabel* label : form.findChildren<QLabel*>())
    if (label->buddy() == editor) return label->text();
  return {};
}

TEST(ParamFormLabels, EveryParameterOfEveryAlgorithmIsLabelledInWords) {
  int switches = 0;
  for (const reco::AlgorithmInfo& info : reco::algorithmInfos()) {
    ParamForm form;
    form.setAlgorithm(info);
    for (const reco::ParamSpec& spec : info.params) {
      const QString name = QString::fromStdString(spec.name);
      const std::string where = info.name + "." + spec.name;
      EXPECT_FALSE(ParamForm::knownLabel(spec.name).isEmpty()) << where << " has no label in words";
      QWidget* editor = form.editor(name);
      ASSERT_NE(editor, nullptr) << where;
      const QString shown = labelTextOf(form, editor);
      EXPECT_EQ(shown, ParamForm::label(spec.name) + QLatin1Char(':')) << where;
      EXPECT_NE(shown, name + QLatin1Char(':')) << where << " shows its raw name";
      EXPECT_FALSE(shown.contains(QLatin1Char('_'))) << where << ": " << shown.toStdString();
      // The tooltip names the parameter as the CLI knows it and carries core's description.
      EXPECT_TRUE(editor->toolTip().contains(name)) << where;
      EXPECT_TRUE(editor->toolTip().contains(QString::fromStdString(spec.description).toHtmlEscaped())) << where;
      const bool isSwitch = spec.integer && spec.min == 0 && spec.max == 1;
      EXPECT_EQ(qobject_cast<QCheckBox*>(editor) != nullptr, isSwitch) << where;
      switches += isSwitch ? 1 : 0;
    }
  }
  EXPECT_GE(switches, 1);  // popular's "weighted" at least
}

TEST(ParamFormLabels, WeightedIsACheckBoxThatReadsAsZeroOrOne) {
  const reco::AlgorithmInfo* popular = nullptr;
  for (const auto& info : reco::algorithmInfos())
    if (info.name == "popular") popular = &info;
  ASSERT_NE(popular, nullptr);
  ParamForm form;
  form.setAlgorithm(*popular);
  auto* weighted = qobject_cast<QCheckBox*>(form.editor(QStringLiteral("weighted")));
  ASSERT_NE(weighted, nullptr);
  EXPECT_FALSE(weighted->isChecked());
  EXPECT_DOUBLE_EQ(form.params().at("weighted"), 0.0);
  QSignalSpy changed(&form, &ParamForm::paramsChanged);
  weighted->setChecked(true);
  EXPECT_EQ(changed.count(), 1);
  EXPECT_DOUBLE_EQ(form.params().at("weighted"), 1.0);
  EXPECT_EQ(ParamForm::summary(*popular, form.params()), QStringLiteral("Weight by interaction strength: yes"));
  form.resetToDefaults();
  EXPECT_FALSE(weighted->isChecked());
  form.setParams({{"weighted", 1}});
  EXPECT_TRUE(weighted->isChecked());
  EXPECT_EQ(labelTextOf(form, weighted), QStringLiteral("Weight by interaction strength:"));
}

TEST(ParamFormLabels, ThreadsZeroReadsAsAllCores) {
  for (const auto& info : reco::algorithmInfos()) {
    if (info.name != "ials") continue;
    ParamForm form;
    form.setAlgorithm(info);
    auto* threads = qobject_cast<QSpinBox*>(form.editor(QStringLiteral("threads")));
    ASSERT_NE(threads, nullptr);
    EXPECT_EQ(threads->value(), 0);
    EXPECT_EQ(threads->text(), QStringLiteral("All cores"));
  }
}

// popular (baseline) against a model whose nDCG and average popularity are both significantly lower.
EvaluationReport lowerNdcgAndPopularity() {
  using namespace sampleruns;
  const auto entry = [](const char* name, double ndcg, double avgpop) {
    return model(name, {{"ndcg@10", metric(ndcg, ndcg - 0.01, ndcg + 0.01)},
                        {"avgpop", metric(avgpop, avgpop - 1, avgpop + 1)}});
  };
  // mean_difference is popular minus ials.
  return EvaluationReport(
      run({entry("popular", 0.30, 120.0), entry("ials", 0.20, 40.0)},
          {comparison("popular", "ials", "ndcg@10", 0.1, 0.001), comparison("popular", "ials", "avgpop", 80.0, 0.001)}),
      1, 1700000000);
}

TEST(MetricColours, ALowerAveragePopularityIsGreenALowerNdcgRed) {
  const EvaluationReport report = lowerNdcgAndPopularity();
  EvaluationResultsModel results;
  results.setReport(report);
  const QStringList metrics = report.metricNames();
  const int ndcg = static_cast<int>(metrics.indexOf(QStringLiteral("ndcg@10")));
  const int avgpop = static_cast<int>(metrics.indexOf(QStringLiteral("avgpop")));
  ASSERT_GE(ndcg, 0);
  ASSERT_GE(avgpop, 0);
  // Both are significantly lower than the baseline (arrow down) ...
  EXPECT_EQ(results.index(ndcg, 1).data(EvaluationResultsModel::SignificanceRole).toInt(), -1);
  EXPECT_EQ(results.index(avgpop, 1).data(EvaluationResultsModel::SignificanceRole).toInt(), -1);
  EXPECT_TRUE(results.index(avgpop, 1).data().toString().contains(QStringLiteral("▼")));
  // ... but only nDCG got worse.
  const QColor ndcgColour = results.index(ndcg, 1).data(Qt::ForegroundRole).value<QColor>();
  const QColor avgpopColour = results.index(avgpop, 1).data(Qt::ForegroundRole).value<QColor>();
  EXPECT_GT(ndcgColour.red(), ndcgColour.green()) << ndcgColour.name().toStdString();
  EXPECT_GT(avgpopColour.green(), avgpopColour.red()) << avgpopColour.name().toStdString();
  EXPECT_TRUE(results.index(avgpop, 1).data(Qt::ToolTipRole).toString().contains(QStringLiteral("Lower is better")));
  EXPECT_EQ(results.headerData(avgpop, Qt::Vertical, Qt::ToolTipRole).toString(), QStringLiteral("Lower is better"));
  EXPECT_EQ(results.headerData(ndcg, Qt::Vertical, Qt::ToolTipRole).toString(), QStringLiteral("Higher is better"));

  // With ials as the baseline, popular's higher average popularity is the worse one.
  results.setBaseline(1);
  const QColor flipped = results.index(avgpop, 0).data(Qt::ForegroundRole).value<QColor>();
  EXPECT_GT(flipped.red(), flipped.green());

  // Readable in both themes: at least 4.5:1 against the table's base colour.
  for (const char* theme : {"light", "dark"}) {
    applyTheme(QLatin1String(theme));
    const QColor base = QGuiApplication::palette().color(QPalette::Base);
    for (int model : {0, 1}) {
      const QVariant c = results.index(avgpop, model).data(Qt::ForegroundRole);
      if (c.isValid()) {
        EXPECT_GE(contrast(c.value<QColor>(), base), 4.5) << theme;
      }
    }
  }
  applyTheme(QStringLiteral("system"));

  // The HTML export marks the same cells better / worse.
  const QString html = EvaluationExport::toHtml(report, 0, {});
  EXPECT_EQ(html.count(QStringLiteral("class=\"better\">▼")), 1);  // avgpop
  EXPECT_EQ(html.count(QStringLiteral("class=\"worse\">▼")), 1);   // ndcg@10
}

}  // namespace
