// Offscreen tests of the Models workspace on a small demo project: the item models pass QAbstractItemModelTester,
// the parameter form follows the ParamSpecs, training runs in the background (popular and iALS) with a live loss
// chart and cancel, Try it shows recommendations and similar items, Evaluate runs, stores and exports a run, and
// the workspace renders to a non-blank image (written to $RECO_SCREENSHOT_DIR when set).
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFile>
#include <QHeaderView>
#include <QImage>
#include <QScrollBar>
#include <QSet>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <cmath>
#include <memory>
#include <stdexcept>

#include "SampleRuns.h"
#include "core/demo/DemoGenerator.h"
#include "core/storage/Project.h"
#include "ui/base/ProjectSession.h"
#include "ui/models/EvaluatePage.h"
#include "ui/models/EvaluationExport.h"
#include "ui/models/EvaluationJob.h"
#include "ui/models/EvaluationResultsModel.h"
#include "ui/models/EvaluationRunsModel.h"
#include "ui/models/LossChart.h"
#include "ui/models/MetricBarChart.h"
#include "ui/models/ModelsWorkspace.h"
#include "ui/models/ParamForm.h"
#include "ui/models/ScoredItemsModel.h"
#include "ui/models/SegmentMetricsModel.h"
#include "ui/models/TrainPage.h"
#include "ui/models/TrainedModelsModel.h"
#include "ui/models/TrainingJob.h"
#include "ui/models/TryItPage.h"
#include "ui/models/UserHistoryModel.h"

namespace {

constexpr int kTimeoutMs = 120000;

// A two-model run in the JSON form core produces (reco::evaluationToJson), read back by core.
reco::EvaluationReport sampleRun() {
  auto metric = [](double v, double lo, double hi) { return nlohmann::json{{"value", v}, {"ci", {lo, hi}}}; };
  nlohmann::json a = {{"model", "popular"}, {"algorithm", "popular"}, {"params", nlohmann::json::object()},
                      {"ndcg@10", metric(0.20, 0.18, 0.22)}, {"precision@10", metric(0.10, 0.09, 0.11)},
                      {"map", metric(0.05, 0.04, 0.06)}, {"coverage", metric(0.1, NAN, NAN)}, {"seconds", 0.5},
                      {"fit_seconds", 0.2}, {"score_seconds", 0.3}, {"per_repetition", nlohmann::json::array()}};
  a["coverage"]["ci"] = {nullptr, nullptr};
  nlohmann::json b = a;
  b["model"] = "ials";
  b["algorithm"] = "ials";
  b["params"] = {{"factors", 32}};
  b["ndcg@10"] = metric(0.30, 0.28, 0.32);
  b["precision@10"] = metric(0.09, 0.08, 0.10);
  a["segments"] = {{{"group", "activity"}, {"segment", "cold"}, {"users", 12}, {"metrics", {{"ndcg@10", 0.1}}}},
                   {{"group", "activity"}, {"segment", "heavy"}, {"users", 30}, {"metrics", {{"ndcg@10", nullptr}}}}};
  b["segments"] = {{{"group", "activity"}, {"segment", "cold"}, {"users", 12}, {"metrics", {{"ndcg@10", 0.2}}}}};
  return sampleruns::run({a, b}, {sampleruns::comparison("popular", "ials", "ndcg@10", -0.1, 0.001),
                                   sampleruns::comparison("popular", "ials", "precision@10", 0.01, 0.4)});
}

bool notBlank(const QImage& image) {
  QSet<QRgb> colours;
  for (int y = 0; y < image.height(); y += 7)
    for (int x = 0; x < image.width(); x += 7) colours.insert(image.pixel(x, y));
  return colours.size() > 20;
}

void saveShot(QWidget& widget, const QString& name) {
  widget.show();
  QTest::qWait(100);  // let the layouts settle as on screen
  const QImage image = widget.grab().toImage();
  EXPECT_FALSE(image.isNull());
  EXPECT_TRUE(notBlank(image)) << name.toStdString();
  const QByteArray dir = qgetenv("RECO_SCREENSHOT_DIR");
  if (!dir.isEmpty()) {
    QDir().mkpath(QString::fromLocal8Bit(dir));
    image.save(QDir(QString::fromLocal8Bit(dir)).filePath(name));
  }
}

class ModelsWorkspaceTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = new QTemporaryDir;
    ASSERT_TRUE(dir_->isValid());
    path_ = dir_->filePath(QStringLiteral("demo.reco"));
    reco::Project project = reco::Project::create(path_.toStdString());
    reco::DemoOptions options;
    options.users = 200;
    options.items = 100;
    options.days = 10;
    options.impressionsPerUserDay = 6;
    reco::generateDemo(project, options);
  }
  static void TearDownTestSuite() {
    delete dir_;
    dir_ = nullptr;
  }

  void SetUp() override {
    session_ = std::make_shared<ProjectSession>();
    QString error;
    ASSERT_TRUE(session_->open(path_, &error)) << error.toStdString();
    workspace_ = std::make_unique<ModelsWorkspace>();
    workspace_->setProject(session_);
    workspace_->resize(1280, 800);
  }

  void TearDown() override {
    workspace_.reset();
    session_->close();
  }

  // Trains through the Train tab and waits for the job; returns whether it succeeded.
  bool train(const QString& algorithm, const QString& name, const reco::ModelParams& params) {
    TrainPage* page = workspace_->trainPage();
    EXPECT_TRUE(page->selectAlgorithm(algorithm));
    page->paramForm()->setParams(params);
    page->setModelName(name);
    QSignalSpy finished(page->job(), &TrainingJob::finished);
    if (!page->train()) return false;
    EXPECT_TRUE(finished.wait(kTimeoutMs));
    return page->job()->outcome().ok;
  }

  static QTemporaryDir* dir_;
  static QString path_;
  std::shared_ptr<ProjectSession> session_;
  std::unique_ptr<ModelsWorkspace> workspace_;
};

QTemporaryDir* ModelsWorkspaceTest::dir_ = nullptr;
QString ModelsWorkspaceTest::path_;

}  // namespace

TEST(ParamFormTest, FieldsFollowTheParamSpecs) {
  ParamForm form;
  const reco::AlgorithmInfo* ials = nullptr;
  for (const auto& info : reco::algorithmInfos())
    if (info.name == "ials") ials = &info;
  ASSERT_NE(ials, nullptr);
  form.setAlgorithm(*ials);
  const reco::ModelParams params = form.params();
  ASSERT_EQ(params.size(), ials->params.size());
  for (const reco::ParamSpec& spec : ials->params) {
    QWidget* editor = form.editor(QString::fromStdString(spec.name));
    ASSERT_NE(editor, nullptr) << spec.name;
    EXPECT_TRUE(editor->toolTip().contains(QString::fromStdString(spec.description).toHtmlEscaped())) << spec.name;
    EXPECT_DOUBLE_EQ(params.at(spec.name), spec.defaultValue) << spec.name;
    if (spec.integer && spec.min == 0 && spec.max == 1) {  // a yes/no switch ("solver", "loss"): a check box
      auto* box = qobject_cast<QCheckBox*>(editor);
      ASSERT_NE(box, nullptr) << spec.name;
      EXPECT_EQ(box->isChecked(), spec.defaultValue != 0) << spec.name;
    } else if (spec.integer) {
      auto* box = qobject_cast<QSpinBox*>(editor);
      ASSERT_NE(box, nullptr) << spec.name;
      EXPECT_EQ(box->minimum(), static_cast<int>(spec.min));
      box->setValue(box->maximum());
      EXPECT_LE(box->value(), spec.max);
    } else {
      auto* box = qobject_cast<QDoubleSpinBox*>(editor);
      ASSERT_NE(box, nullptr) << spec.name;
      EXPECT_DOUBLE_EQ(box->minimum(), spec.min);
      EXPECT_DOUBLE_EQ(box->maximum(), spec.max);
    }
  }
  // Out-of-range values are clamped into the declared range; reset restores the defaults.
  form.setParams({{"factors", 1e9}});
  EXPECT_LE(form.params().at("factors"), 1024);
  form.resetToDefaults();
  EXPECT_DOUBLE_EQ(form.params().at("factors"), 64);
  EXPECT_EQ(ParamForm::summary(*ials, form.params()), QObject::tr("defaults"));
  // In the form's words, not core's parameter names (issue 14: the trained-models list showed "factors=64").
  EXPECT_EQ(ParamForm::summary(*ials, {{"factors", 32}}), QStringLiteral("Latent factors: 32"));
  EXPECT_EQ(ParamForm::summary(*ials, {{"factors", 32}, {"threads", 0}, {"regularization", 0.5}}),
            QStringLiteral("Latent factors: 32, Regularisation (λ): 0.5"));
}

// Decimal parameters show the decimals their value needs ("50", "0.05"), not a fixed count ("50.00000"), in the
// box's locale, and the text reads back as the same value (issue 14).
TEST(ParamFormTest, DecimalFieldsShowOnlyTheDecimalsTheValueNeeds) {
  ParamForm form;
  const reco::AlgorithmInfo* ials = nullptr;
  for (const auto& info : reco::algorithmInfos())
    if (info.name == "ials") ials = &info;
  ASSERT_NE(ials, nullptr);
  form.setAlgorithm(*ials);
  auto* lambda = qobject_cast<QDoubleSpinBox*>(form.editor(QStringLiteral("regularization")));
  ASSERT_NE(lambda, nullptr);
  lambda->setLocale(QLocale(QLocale::English, QLocale::UnitedStates));
  for (const auto& [value, text] : {std::pair{50.0, "50"}, {0.05, "0.05"}, {1.5, "1.5"}, {0.0001, "0.0001"}}) {
    if (value < lambda->minimum() || value > lambda->maximum()) continue;
    lambda->setValue(value);
    EXPECT_EQ(lambda->text(), QLatin1String(text)) << value;
    EXPECT_DOUBLE_EQ(lambda->valueFromText(lambda->text()), value) << value;
  }
  lambda->setLocale(QLocale(QLocale::German, QLocale::Germany));
  lambda->setValue(0.05);
  EXPECT_EQ(lambda->text(), QStringLiteral("0,05"));
  // Every decimal field of every algorithm at its default: no trailing zeros after the decimal separator.
  for (const auto& info : reco::algorithmInfos()) {
    form.setAlgorithm(info);
    for (const reco::ParamSpec& spec : info.params) {
      auto* box = qobject_cast<QDoubleSpinBox*>(form.editor(QString::fromStdString(spec.name)));
      if (!box) continue;
      const QString shown = box->text();
      const QString point = box->locale().decimalPoint();
      EXPECT_FALSE(shown.contains(point) && shown.endsWith(QLatin1Char('0'))) << info.name << " " << spec.name;
      EXPECT_DOUBLE_EQ(box->valueFromText(shown), spec.defaultValue) << info.name << " " << spec.name;
    }
  }
}

TEST(EvaluationModelsTest, ResultsSegmentsAndRunsPassTheModelTester) {
  const EvaluationReport report(sampleRun(), 7, 1700000000);
  EvaluationResultsModel results;
  QAbstractItemModelTester resultsTester(&results, QAbstractItemModelTester::FailureReportingMode::Fatal);
  results.setReport(report);
  ASSERT_EQ(results.columnCount(), 2);
  // Rows: ndcg@10 and precision@10 come first in reading order, then map, coverage; then the timing row.
  ASSERT_EQ(report.metricNames(),
            QStringList({QStringLiteral("precision@10"), QStringLiteral("ndcg@10"), QStringLiteral("map"),
                         QStringLiteral("coverage")}));
  EXPECT_EQ(results.rowCount(), 5);
  // Baseline popular (column 0): ials is significantly higher on ndcg@10 (p = 0.001), not on precision (p = 0.4).
  EXPECT_EQ(results.index(1, 1).data(EvaluationResultsModel::SignificanceRole).toInt(), 1);
  EXPECT_TRUE(results.index(1, 1).data().toString().contains(QStringLiteral("▲")));
  EXPECT_TRUE(results.index(1, 1).data().toString().contains(QStringLiteral("[0.2800, 0.3200]")));
  EXPECT_EQ(results.index(0, 1).data(EvaluationResultsModel::SignificanceRole).toInt(), 0);
  EXPECT_DOUBLE_EQ(results.index(1, 1).data(EvaluationResultsModel::ValueRole).toDouble(), 0.30);
  // Against ials as the baseline the sign flips.
  results.setBaseline(1);
  EXPECT_EQ(results.index(1, 0).data(EvaluationResultsModel::SignificanceRole).toInt(), -1);
  EXPECT_TRUE(results.headerData(1, Qt::Horizontal).toString().contains(QStringLiteral("baseline")));
  results.setReport(EvaluationReport());
  EXPECT_EQ(results.rowCount(), 0);

  SegmentMetricsModel segments;
  QAbstractItemModelTester segmentsTester(&segments, QAbstractItemModelTester::FailureReportingMode::Fatal);
  segments.setReport(report);
  ASSERT_EQ(segments.rowCount(), 3);
  EXPECT_EQ(segments.columnCount(), 5);  // model, breakdown, segment, users, ndcg@10
  EXPECT_DOUBLE_EQ(segments.index(2, 4).data(SegmentMetricsModel::ValueRole).toDouble(), 0.2);
  EXPECT_FALSE(segments.index(1, 4).data(SegmentMetricsModel::ValueRole).isValid());  // null stays missing

  EvaluationRunsModel runs;
  QAbstractItemModelTester runsTester(&runs, QAbstractItemModelTester::FailureReportingMode::Fatal);
  reco::StoredEvaluationRun stored;
  stored.id = 7;
  stored.kind = "evaluate";
  stored.splitSpec = "stratified-user:0.75";
  stored.models = nlohmann::json::array({{{"label", "popular"}}, {{"label", "ials"}}});
  runs.setRuns({stored});
  ASSERT_EQ(runs.rowCount(), 1);
  EXPECT_EQ(runs.index(0, 5).data().toString(), QStringLiteral("popular, ials"));
  EXPECT_EQ(runs.rowOf(7), 0);
  EXPECT_EQ(runs.rowOf(8), -1);

  MetricBarChart chart;
  chart.resize(500, 300);
  chart.setReport(report, QStringLiteral("ndcg@10"));
  EXPECT_EQ(chart.barCount(), 2);
}

TEST(EvaluationModelsTest, ExportWritesCsvAndSelfContainedHtml) {
  const EvaluationReport report(sampleRun(), 7, 1700000000);
  const QString csv = EvaluationExport::toCsv(report, 0);
  const QStringList lines = csv.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
  // Header, 2 models x 4 metrics, 3 segment rows.
  ASSERT_EQ(lines.size(), 1 + 8 + 3);
  EXPECT_TRUE(lines[0].startsWith(QStringLiteral("section,model,algorithm,params")));
  EXPECT_TRUE(csv.contains(QStringLiteral("overall,ials,ials,factors=32,,,42,ndcg@10,0.3,0.28,0.32,popular,0.1,0.001")));
  const QString html = EvaluationExport::toHtml(report, 0, {{QStringLiteral("nDCG@10"), QByteArray("png")}});
  EXPECT_TRUE(html.startsWith(QStringLiteral("<!DOCTYPE html>")));
  EXPECT_TRUE(html.contains(QStringLiteral("data:image/png;base64,cG5n")));
  EXPECT_TRUE(html.contains(QStringLiteral("▲")));
  EXPECT_FALSE(html.contains(QStringLiteral("<script")));
  EXPECT_FALSE(html.contains(QStringLiteral("http")));  // nothing fetched from elsewhere
}

TEST(ScoredItemsModelTest, PassesTheModelTester) {
  ScoredItemsModel model(QStringLiteral("Score"));
  QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
  model.setRows({{5, {QStringLiteral("SKU-5"), QStringLiteral("Red Lamp"), QStringLiteral("home")}, 0.9},
                 {6, {QStringLiteral("SKU-6"), QStringLiteral("Blue Mug"), QStringLiteral("kitchen")}, 0.5}});
  ASSERT_EQ(model.rowCount(), 2);
  EXPECT_EQ(model.index(1, 0).data().toInt(), 2);
  EXPECT_EQ(model.index(0, 2).data().toString(), QStringLiteral("Red Lamp"));
  EXPECT_EQ(model.index(1, 0).data(ScoredItemsModel::ItemIdRole).toLongLong(), 6);
  model.clear();
  EXPECT_EQ(model.rowCount(), 0);

  TrainedModelsModel trained;
  QAbstractItemModelTester trainedTester(&trained, QAbstractItemModelTester::FailureReportingMode::Fatal);
  trained.setRows({{QStringLiteral("ials"), QStringLiteral("ials"), QStringLiteral("defaults"), 1.5, 1700000000, true, {0.5, 0.4}},
                   {QStringLiteral("old"), QStringLiteral("bpr"), QStringLiteral("defaults"), 12, 1600000000, false, {}}});
  EXPECT_EQ(trained.rowOf(QStringLiteral("old")), 1);
  EXPECT_TRUE(trained.index(1, 0).data().toString().contains(QStringLiteral("stale")));
  EXPECT_EQ(trained.names(), QStringList({QStringLiteral("ials"), QStringLiteral("old")}));
}

TEST_F(ModelsWorkspaceTest, TrainsTriesAndEvaluates) {
  TrainPage* trainPage = workspace_->trainPage();
  TrainedModelsModel* models = trainPage->modelsModel();
  QAbstractItemModelTester modelsTester(models, QAbstractItemModelTester::FailureReportingMode::Fatal);
  ASSERT_EQ(models->rowCount(), 0);

  ASSERT_TRUE(train(QStringLiteral("popular"), QStringLiteral("pop"), {})) << trainPage->job()->outcome().error.toStdString();
  QSignalSpy iterations(trainPage->job(), &TrainingJob::iterationFinished);
  ASSERT_TRUE(train(QStringLiteral("ials"), QStringLiteral("ials-small"),
                    {{"factors", 16}, {"iterations", 6}, {"threads", 2}}))
      << trainPage->job()->outcome().error.toStdString();
  const int allUsers = trainPage->job()->outcome().users;
  EXPECT_GT(allUsers, 0);
  EXPECT_EQ(iterations.count(), 6);
  EXPECT_EQ(trainPage->lossChart()->pointCount(), 6);  // iALS reports its loss every iteration
  ASSERT_EQ(models->rowCount(), 2);
  EXPECT_GE(models->rowOf(QStringLiteral("pop")), 0);
  EXPECT_GE(models->rowOf(QStringLiteral("ials-small")), 0);
  const TrainedModelsModel::Row* ials = models->row(models->rowOf(QStringLiteral("ials-small")));
  ASSERT_NE(ials, nullptr);
  EXPECT_EQ(ials->algorithm, QStringLiteral("ials"));
  // The list reads as the Train form does: labels and the algorithm's display name, no raw parameter names.
  const int ialsRow = models->rowOf(QStringLiteral("ials-small"));
  const QString shownParams = models->index(ialsRow, 2).data().toString();
  EXPECT_TRUE(shownParams.contains(QStringLiteral("Latent factors: 16"))) << shownParams.toStdString();
  EXPECT_TRUE(shownParams.contains(QStringLiteral("Iterations: 6"))) << shownParams.toStdString();
  EXPECT_FALSE(shownParams.contains(QLatin1Char('='))) << shownParams.toStdString();
  EXPECT_FALSE(shownParams.contains(QStringLiteral("iterations"))) << shownParams.toStdString();  // core's name
  EXPECT_EQ(models->index(ialsRow, 1).data().toString(), QStringLiteral("iALS"));
  EXPECT_TRUE(models->index(ialsRow, 0).data(Qt::ToolTipRole).toString().contains(shownParams));
  EXPECT_TRUE(ials->currentData);

  // Try it: a user's history beside the model's recommendations and the similar items of one of them.
  TryItPage* tryIt = workspace_->tryItPage();
  QAbstractItemModelTester historyTester(tryIt->historyModel(), QAbstractItemModelTester::FailureReportingMode::Fatal);
  QAbstractItemModelTester recsTester(tryIt->recommendationsModel(),
                                      QAbstractItemModelTester::FailureReportingMode::Fatal);
  QAbstractItemModelTester similarTester(tryIt->similarModel(), QAbstractItemModelTester::FailureReportingMode::Fatal);
  ASSERT_TRUE(tryIt->selectModel(QStringLiteral("ials-small"))) << tryIt->statusText().toStdString();
  // The first demo user with clicks or purchases. Users with impressions only are not in the training matrix: they
  // are cold users and get the most popular items, flagged as the popularity fallback, never an error.
  QString user;
  for (int u = 1; u <= 200 && user.isEmpty(); ++u) {
    const QString ext = QStringLiteral("U%1").arg(u, 6, 10, QLatin1Char('0'));
    ASSERT_TRUE(tryIt->showUser(ext)) << tryIt->statusText().toStdString();
    if (!tryIt->popularityFallback()) {
      user = ext;
    } else {
      EXPECT_TRUE(tryIt->statusText().contains(QStringLiteral("no interactions"))) << tryIt->statusText().toStdString();
      EXPECT_EQ(tryIt->recommendationsModel()->rowCount(), 10);
    }
  }
  ASSERT_FALSE(user.isEmpty()) << tryIt->statusText().toStdString();
  EXPECT_FALSE(tryIt->popularityFallback());
  EXPECT_EQ(tryIt->recommendationsModel()->rowCount(), 10);
  EXPECT_FALSE(tryIt->recommendationsModel()->index(0, 2).data().toString().isEmpty());  // a title
  EXPECT_GT(tryIt->historyModel()->rowCount(), 0);
  const qint64 first = tryIt->recommendationsModel()->row(0)->itemId;
  ASSERT_TRUE(tryIt->showSimilar(first));
  EXPECT_GT(tryIt->similarModel()->rowCount(), 0);
  for (int r = 0; r < tryIt->similarModel()->rowCount(); ++r) EXPECT_NE(tryIt->similarModel()->row(r)->itemId, first);
  EXPECT_FALSE(tryIt->showUser(QStringLiteral("no-such-user")));
  // A user added to the project after the model was trained is outside the model's matrix: a cold user, who gets the
  // popularity fallback (flagged, with titles), not an error.
  session_->project()->db().exec("INSERT INTO users(ext_id) VALUES('U-added-later')");
  ASSERT_TRUE(tryIt->showUser(QStringLiteral("U-added-later"))) << tryIt->statusText().toStdString();
  EXPECT_TRUE(tryIt->popularityFallback());
  EXPECT_TRUE(tryIt->statusText().contains(QStringLiteral("popularity fallback"))) << tryIt->statusText().toStdString();
  EXPECT_EQ(tryIt->recommendationsModel()->rowCount(), 10);
  EXPECT_FALSE(tryIt->recommendationsModel()->index(0, 2).data().toString().isEmpty());

  workspace_->showTab(trainPage);
  saveShot(*workspace_, QStringLiteral("models-train.png"));
  ASSERT_TRUE(tryIt->showUser(user));
  tryIt->showSimilar(first);
  workspace_->showTab(tryIt);
  saveShot(*workspace_, QStringLiteral("models-tryit.png"));
  {
    // The history's titles get the room (issue 14): at the workspace's size in a 1280 x 800 window the title column
    // stretches and is the widest, the table needs no sideways scrolling, a long title is elided in the middle and
    // its tooltip reads "title (id)".
    workspace_->resize(1145, 740);
    workspace_->show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(workspace_.get()));
    QTest::qWait(50);
    QTableView* history = tryIt->historyView();
    constexpr int kTitle = 2;
    EXPECT_EQ(history->horizontalHeader()->sectionResizeMode(kTitle), QHeaderView::Stretch);
    EXPECT_EQ(history->textElideMode(), Qt::ElideMiddle);
    EXPECT_EQ(history->horizontalScrollBar()->maximum(), 0);
    for (int c = 0; c < tryIt->historyModel()->columnCount(); ++c)
      EXPECT_TRUE(c == kTitle || history->columnWidth(kTitle) > history->columnWidth(c)) << "column " << c;
    const QModelIndex title = tryIt->historyModel()->index(0, kTitle);
    const QString id = tryIt->historyModel()->index(0, 1).data().toString();
    EXPECT_EQ(title.data(Qt::ToolTipRole).toString(), QStringLiteral("%1 (%2)").arg(title.data().toString(), id));
    workspace_->hide();
    workspace_->resize(1280, 800);
  }

  // Evaluate: two models on one split, stored in the run history and exported.
  EvaluatePage* evaluate = workspace_->evaluatePage();
  evaluate->clearModels();
  evaluate->addModel({"popular", {}, ""});
  evaluate->addModel({"ials", {{"factors", 16}, {"iterations", 4}}, ""});
  evaluate->setCutoffs(QStringLiteral("10, 0"));  // the cut-off list is read by core's parser, as the CLI's --k
  try {
    evaluate->config();
    ADD_FAILURE() << "a zero cut-off was accepted";
  } catch (const std::invalid_argument& e) {
    EXPECT_STREQ(e.what(), "k: '0' is not a positive whole number");
  }
  evaluate->setCutoffs(QStringLiteral("10, 5"));
  evaluate->setBootstrapReplicates(200);
  ASSERT_TRUE(evaluate->setSegmentAttribute(QStringLiteral("country")));
  QSignalSpy done(evaluate, &EvaluatePage::evaluationFinished);
  ASSERT_TRUE(evaluate->runEvaluation());
  ASSERT_TRUE(done.wait(kTimeoutMs));
  ASSERT_TRUE(done.front().front().toBool()) << evaluate->job()->outcome().error.toStdString();
  const EvaluationReport& report = evaluate->report();
  ASSERT_EQ(report.modelLabels(), QStringList({QStringLiteral("popular"), QStringLiteral("ials")}));
  EXPECT_TRUE(report.metricNames().contains(QStringLiteral("ndcg@10")));
  EXPECT_TRUE(report.metricNames().contains(QStringLiteral("ndcg@5")));
  const EvaluationReport::Estimate ndcg = report.metric(1, QStringLiteral("ndcg@10"));
  ASSERT_TRUE(ndcg.valid);
  ASSERT_TRUE(ndcg.low && ndcg.high);
  EXPECT_LE(*ndcg.low, ndcg.value);
  EXPECT_GE(*ndcg.high, ndcg.value);
  EXPECT_TRUE(report.compare(1, 0, QStringLiteral("ndcg@10")).found);
  QAbstractItemModelTester resultsTester(evaluate->resultsModel(), QAbstractItemModelTester::FailureReportingMode::Fatal);
  QAbstractItemModelTester segmentsTester(evaluate->segmentsModel(), QAbstractItemModelTester::FailureReportingMode::Fatal);
  EXPECT_EQ(evaluate->resultsModel()->columnCount(), 2);
  bool activity = false, country = false;
  for (const auto& row : report.segments()) {
    activity |= row.group == QLatin1String("activity");
    country |= row.group == QLatin1String("country");
  }
  EXPECT_TRUE(activity);
  EXPECT_TRUE(country);
  EXPECT_EQ(evaluate->segmentsModel()->rowCount(), report.segments().size());
  EXPECT_EQ(evaluate->runsModel()->rowCount(), 1);
  EXPECT_EQ(evaluate->chart()->barCount(), 2);
  EXPECT_EQ(evaluate->chart()->metricName(), QStringLiteral("ndcg@10"));

  QTemporaryDir out;
  QString error;
  ASSERT_TRUE(evaluate->exportCsv(out.filePath(QStringLiteral("run.csv")), &error)) << error.toStdString();
  ASSERT_TRUE(evaluate->exportHtml(out.filePath(QStringLiteral("run.html")), &error)) << error.toStdString();
  QFile csv(out.filePath(QStringLiteral("run.csv")));
  ASSERT_TRUE(csv.open(QIODevice::ReadOnly));
  EXPECT_TRUE(csv.readAll().contains("overall,ials,ials,"));
  QFile html(out.filePath(QStringLiteral("run.html")));
  ASSERT_TRUE(html.open(QIODevice::ReadOnly));
  const QByteArray page = html.readAll();
  EXPECT_TRUE(page.contains("data:image/png;base64,"));
  EXPECT_TRUE(page.contains("nDCG@10"));

  workspace_->showTab(evaluate);
  saveShot(*workspace_, QStringLiteral("models-evaluate.png"));
  evaluate->resultTabs()->setCurrentIndex(1);
  saveShot(*workspace_, QStringLiteral("models-segments.png"));
  evaluate->resultTabs()->setCurrentIndex(0);

  // A second workspace on the same project sees the stored models and the stored run.
  ModelsWorkspace again;
  again.setProject(session_);
  EXPECT_EQ(again.trainPage()->modelsModel()->rowCount(), 2);
  EXPECT_EQ(again.evaluatePage()->runsModel()->rowCount(), 1);

  // Deleting a model removes it from the list and from Try it's choices.
  EXPECT_TRUE(trainPage->deleteModel(QStringLiteral("pop")));
  EXPECT_EQ(models->rowCount(), 1);
  EXPECT_FALSE(tryIt->selectModel(QStringLiteral("pop")));

  // The training-data filters reach the matrix: fewer users when each must have at least 3 items.
  trainPage->setTrainingData(0, 3, 1);
  ASSERT_TRUE(train(QStringLiteral("popular"), QStringLiteral("pop-active"), {}))
      << trainPage->job()->outcome().error.toStdString();
  EXPECT_LT(trainPage->job()->outcome().users, allUsers);
  EXPECT_GE(models->rowOf(QStringLiteral("pop-active")), 0);
}

TEST_F(ModelsWorkspaceTest, CancelStopsTrainingAndStoresNothing) {
  TrainPage* page = workspace_->trainPage();
  const int before = page->modelsModel()->rowCount();
  ASSERT_TRUE(page->selectAlgorithm(QStringLiteral("ials")));
  page->paramForm()->setParams({{"factors", 32}, {"iterations", 1000}, {"threads", 1}});
  page->setModelName(QStringLiteral("never"));
  // Cancel from the GUI thread as soon as the first iteration arrives there (as the Cancel button would).
  int seen = 0;
  QObject::connect(page->job(), &TrainingJob::iterationFinished, page, [page, &seen] {
    ++seen;
    page->cancelTraining();
  });
  QSignalSpy finished(page->job(), &TrainingJob::finished);
  ASSERT_TRUE(page->train());
  ASSERT_TRUE(finished.wait(kTimeoutMs));
  EXPECT_GE(seen, 1);
  EXPECT_TRUE(page->job()->outcome().cancelled);
  EXPECT_LT(seen, 1000);  // stopped before the 1000 planned iterations
  EXPECT_EQ(page->modelsModel()->rowCount(), before);
  EXPECT_LT(page->modelsModel()->rowOf(QStringLiteral("never")), 0);
}
