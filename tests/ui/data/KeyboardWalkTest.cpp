// Issue 14: the main tasks with the keyboard only, in the real main window and through its shortcuts: open a
// project from the welcome page, import a small CSV log (Ctrl+I, the wizard and its file dialog), train a model
// (Ctrl+3, the name field, Ctrl+T), read the dashboard (Ctrl+2), add a pin rule in curation (Ctrl+4, Insert, the
// add-rule dialog), save a version (Ctrl+S) and export the rule set (Ctrl+Shift+E, the save dialog). No mouse, no
// direct slot calls: modal dialogs are driven by keys typed into them while they run. Every control the walk
// types into or presses has a name for assistive technology (its accessible name, or the label it is the buddy of).
#include <gtest/gtest.h>

#include <QAccessible>
#include <QAbstractButton>
#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileDialog>
#include <QLineEdit>
#include <QListWidget>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QWizard>
#include <functional>
#include <set>

#include "core/storage/Project.h"
#include "ui/app/AppSettings.h"
#include "ui/app/MainWindow.h"
#include "ui/app/WelcomePage.h"
#include "ui/base/ProjectSession.h"
#include "ui/curation/AddRuleDialog.h"
#include "ui/curation/CurationDocument.h"
#include "ui/curation/CurationWorkspace.h"
#include "ui/curation/SaveVersionDialog.h"
#include "ui/dashboard/DashboardWorkspace.h"
#include "ui/import/ImportSourcePage.h"
#include "ui/import/ImportWizard.h"
#include "ui/models/ModelsWorkspace.h"
#include "ui/models/TrainPage.h"
#include "ui/models/TrainedModelsModel.h"
#include "ui/models/TrainingJob.h"

namespace {

constexpr int kTimeoutMs = 120000;

// The name a screen reader announces: the accessible name, or the text of the label the widget is the buddy of.
QString spokenName(QWidget* widget) {
  QAccessibleInterface* a = QAccessible::queryAccessibleInterface(widget);
  return a ? a->text(QAccessible::Name).trimmed() : QString();
}

QWidget* focused() { return QApplication::focusWidget(); }

// The control the walk is about to use: it has the focus and a name.
void expectNamedFocus(const char* step) {
  QWidget* w = focused();
  ASSERT_NE(w, nullptr) << step << ": nothing has the focus";
  EXPECT_FALSE(spokenName(w).isEmpty()) << step << ": " << w->metaObject()->className() << " '"
                                        << w->objectName().toStdString() << "' has no accessible name";
}

// Where a user's keys go: the widget with the focus. When a dialog closes, a window manager activates the window
// below it again; the offscreen platform does not, so the test does (the top modal dialog, else the main window).
QWidget* keyTarget() {
  if (!focused()) {
    QWidget* top = QApplication::activeModalWidget();
    if (!top)
      for (QWidget* w : QApplication::topLevelWidgets())
        if (qobject_cast<MainWindow*>(w) && w->isVisible()) top = w;
    if (top) {
      top->activateWindow();
      (void)QTest::qWaitForWindowActive(top);
    }
  }
  return focused() ? focused() : QApplication::activeWindow();
}

void key(int keyCode, Qt::KeyboardModifiers modifiers = Qt::NoModifier) {
  QWidget* target = keyTarget();
  ASSERT_NE(target, nullptr);
  QTest::keyClick(target, static_cast<Qt::Key>(keyCode), modifiers);
}

void type(const QString& text) {
  QWidget* target = keyTarget();
  ASSERT_NE(target, nullptr);
  QTest::keyClicks(target, text);
}

// Presses Tab until the focus is on a widget `wanted` accepts (at most 40 times); true when it got there.
bool tabTo(const std::function<bool(QWidget*)>& wanted) {
  for (int i = 0; i < 40; ++i) {
    QWidget* target = keyTarget();
    if (!target) return false;
    if (focused() && wanted(focused())) return true;
    QTest::keyClick(target, Qt::Key_Tab);
  }
  return focused() && wanted(focused());
}

// Tabs to the button labelled `text` (mnemonic marker and ellipsis ignored) and presses Space on it.
void pressButton(const QString& text) {
  const auto isIt = [&text](QWidget* w) {
    auto* b = qobject_cast<QAbstractButton*>(w);
    return b && b->isVisible() && b->isEnabled() &&
           b->text().remove(QLatin1Char('&')).remove(QStringLiteral("…")).trimmed() == text;
  };
  ASSERT_TRUE(tabTo(isIt)) << "Tab does not reach the button " << text.toStdString();
  expectNamedFocus("button");
  key(Qt::Key_Space);
}

// Runs `drive` once a modal dialog of type D is the active modal widget (from inside its exec loop), polling so the
// order of nested dialogs does not matter. `done` is set when it ran.
template <class D>
void whenModal(const std::function<void(D&)>& drive, bool* done) {
  auto* timer = new QTimer;
  auto* clock = new QElapsedTimer;
  clock->start();
  timer->setInterval(20);
  QObject::connect(timer, &QTimer::timeout, [timer, clock, drive, done] {
    auto* dialog = qobject_cast<D*>(QApplication::activeModalWidget());
    const bool expired = clock->elapsed() > kTimeoutMs;
    // Ready for keys once the dialog is the active window and holds the focus.
    const bool ready = dialog && dialog->isVisible() && QApplication::activeWindow() == dialog &&
                       QApplication::focusWidget() && dialog->isAncestorOf(QApplication::focusWidget());
    if (!ready && !expired) return;
    timer->stop();
    timer->deleteLater();
    delete clock;
    if (!dialog) return;
    drive(*dialog);
    *done = true;
    // A step that failed leaves its dialog open: close it, or its exec() would wait forever.
    if (::testing::Test::HasFatalFailure() && dialog->isVisible()) dialog->reject();
  });
  timer->start();
}

// Types `path` into a Qt file dialog's file name field and accepts it with Enter.
void answerFileDialog(QFileDialog& dialog, const QString& path) {
  auto* name = dialog.findChild<QLineEdit*>(QStringLiteral("fileNameEdit"));
  ASSERT_NE(name, nullptr);
  EXPECT_EQ(focused(), name) << "the file dialog opens with the file name field focused";
  expectNamedFocus("file dialog: file name");
  key(Qt::Key_A, Qt::ControlModifier);
  type(path);
  key(Qt::Key_Return);
}

template <class W>
W* findWorkspace(MainWindow& window) {
  for (int i = 0; i < window.workspaceCount(); ++i)
    if (auto* w = qobject_cast<W*>(window.workspace(i))) return w;
  return nullptr;
}

class KeyboardWalkTest : public ::testing::Test {
 protected:
  void SetUp() override {
    ASSERT_TRUE(dir_.isValid());
    projectPath_ = dir_.filePath(QStringLiteral("shop.reco"));
    reco::Project::create(projectPath_.toStdString());
    csvPath_ = dir_.filePath(QStringLiteral("events.csv"));
    QFile f(csvPath_);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    // 40 users, 12 items over 30 days: clicks on a quarter of the impressions.
    QByteArray data = "user_id,item_id,event_type,timestamp,item_title\n";
    for (int i = 0; i < 600; ++i)
      data += "u" + QByteArray::number(i % 40) + ",i" + QByteArray::number((i * 7) % 12) + "," +
              (i % 4 == 0 ? "click" : "impression") + "," + QByteArray::number(1704067200 + 4320 * i) +
              ",Item " + QByteArray::number((i * 7) % 12) + "\n";
    ASSERT_EQ(f.write(data), data.size());
  }

  QTemporaryDir dir_;
  QString projectPath_;
  QString csvPath_;
};

TEST_F(KeyboardWalkTest, ImportTrainReadThePinAndExportWithTheKeyboardOnly) {
  AppSettings settings(dir_.filePath(QStringLiteral("settings.ini")));
  settings.addRecentProject(projectPath_);
  settings.setLastImportFolder(dir_.path());
  MainWindow window(settings);
  window.resize(1280, 800);
  window.show();
  ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
  window.activateWindow();
  ASSERT_TRUE(QTest::qWaitForWindowActive(&window));

  // 1. The welcome page: Tab to the recent projects, Enter opens the first.
  WelcomePage* welcome = window.welcomePage();
  QListWidget* recent = welcome->recentList();
  for (int i = 0; i < 8 && focused() != recent; ++i) key(Qt::Key_Tab);
  ASSERT_EQ(focused(), recent);
  expectNamedFocus("welcome: recent projects");
  if (!recent->currentIndex().isValid()) key(Qt::Key_Down);
  key(Qt::Key_Return);
  ASSERT_TRUE(window.session()->isOpen());
  EXPECT_FALSE(window.session()->hasEvents());

  // 2. Import: Ctrl+I opens the wizard; Alt+F adds the file through the file dialog; Alt+N through the pages;
  //    Alt+I imports; Enter on the summary finishes.
  bool wizardDriven = false, fileChosen = false;
  whenModal<ImportWizard>(
      [&](ImportWizard& wizard) {
        whenModal<QFileDialog>([&](QFileDialog& files) { answerFileDialog(files, csvPath_); }, &fileChosen);
        expectNamedFocus("import wizard: first control");
        pressButton(QStringLiteral("Add Files"));
        ASSERT_TRUE(fileChosen) << "Add Files did not open the file dialog";
        ASSERT_TRUE(wizard.currentPage()->isComplete());
        for (int page : {ImportWizard::PreviewPageId, ImportWizard::MappingPageId, ImportWizard::PolicyPageId}) {
          pressButton(wizard.buttonText(QWizard::NextButton).remove(QLatin1Char('&')).trimmed());
          ASSERT_TRUE(QTest::qWaitFor([&] { return wizard.currentId() == page; }, 5000)) << page;
        }
        pressButton(QStringLiteral("Import"));  // the commit button
        ASSERT_TRUE(QTest::qWaitFor([&] { return wizard.currentId() == ImportWizard::SummaryPageId; }, kTimeoutMs));
        ASSERT_TRUE(wizard.committed());
        pressButton(wizard.buttonText(QWizard::FinishButton).remove(QLatin1Char('&')).trimmed());
        EXPECT_FALSE(wizard.isVisible());
      },
      &wizardDriven);
  key(Qt::Key_I, Qt::ControlModifier);
  ASSERT_TRUE(wizardDriven);
  ASSERT_TRUE(QTest::qWaitFor([&] { return window.session()->hasEvents(); }, kTimeoutMs));

  // 3. Train: Ctrl+3 is Models, Alt+N names the model, Ctrl+T trains.
  auto* models = findWorkspace<ModelsWorkspace>(window);
  ASSERT_NE(models, nullptr);
  key(Qt::Key_3, Qt::ControlModifier);
  ASSERT_EQ(window.currentWorkspace(), models);
  TrainPage* train = models->trainPage();
  ASSERT_TRUE(QTest::qWaitFor([&] { return train->isVisible(); }, 5000));
  ASSERT_TRUE(tabTo([&](QWidget* w) { return qobject_cast<QLineEdit*>(w) && spokenName(w).startsWith(QStringLiteral("Name")); }))
      << "Tab does not reach the model name";
  expectNamedFocus("train: model name");
  key(Qt::Key_A, Qt::ControlModifier);
  type(QStringLiteral("keyboard"));
  QSignalSpy trained(train->job(), &TrainingJob::finished);
  key(Qt::Key_T, Qt::ControlModifier);  // &Train
  ASSERT_TRUE(trained.wait(kTimeoutMs));
  ASSERT_TRUE(train->job()->outcome().ok) << train->job()->outcome().error.toStdString();
  EXPECT_GE(train->modelsModel()->rowOf(QStringLiteral("keyboard")), 0);

  // 4. The dashboard: Ctrl+2; its figures arrive, and Tab walks its controls, each of them named.
  auto* dashboard = findWorkspace<DashboardWorkspace>(window);
  ASSERT_NE(dashboard, nullptr);
  key(Qt::Key_2, Qt::ControlModifier);
  ASSERT_EQ(window.currentWorkspace(), dashboard);
  ASSERT_TRUE(QTest::qWaitFor([&] { return dashboard->lastData().has_value(); }, kTimeoutMs));
  std::set<QWidget*> seen;
  for (int i = 0; i < 12; ++i) {
    key(Qt::Key_Tab);
    QWidget* w = focused();
    if (!w || !dashboard->isAncestorOf(w) || !seen.insert(w).second) break;
    expectNamedFocus("dashboard");
  }
  EXPECT_FALSE(seen.empty()) << "Tab does not reach the dashboard's controls";

  // 5. Curation: Ctrl+4; the empty rule set offers Add rule (Insert); the dialog opens on the kind (Pin item);
  //    Tab to the item, type its id, Enter adds the rule.
  auto* curation = findWorkspace<CurationWorkspace>(window);
  ASSERT_NE(curation, nullptr);
  key(Qt::Key_4, Qt::ControlModifier);
  ASSERT_EQ(window.currentWorkspace(), curation);
  CurationDocument* doc = curation->document();
  ASSERT_TRUE(QTest::qWaitFor([&] { return doc->isOpen() && doc->censusCurrent(); }, kTimeoutMs));
  ASSERT_TRUE(curation->isAncestorOf(focused())) << "Ctrl+4 leaves the focus outside the workspace";
  expectNamedFocus("curation");
  bool ruleDialog = false;
  whenModal<AddRuleDialog>(
      [&](AddRuleDialog&) {
        expectNamedFocus("add rule: kind");
        key(Qt::Key_Tab);
        expectNamedFocus("add rule: item");
        type(QStringLiteral("i3"));
        key(Qt::Key_Return);
        if (QApplication::activeModalWidget() && qobject_cast<AddRuleDialog*>(QApplication::activeModalWidget()))
          key(Qt::Key_Return);  // the first Enter closed the item list the field opened
      },
      &ruleDialog);
  key(Qt::Key_Insert);
  ASSERT_TRUE(ruleDialog);
  ASSERT_EQ(doc->ruleSet().rules.size(), 1u);
  EXPECT_EQ(doc->ruleSet().rules.front().kind, reco::RuleKind::PinItem);
  EXPECT_EQ(doc->ruleSet().rules.front().item, "i3");

  // 6. Save a version (Ctrl+S, a message, Enter) and export it (Ctrl+Shift+E, a file name, Enter).
  bool saved = false;
  whenModal<SaveVersionDialog>(
      [&](SaveVersionDialog&) {
        expectNamedFocus("save version: message");
        type(QStringLiteral("keyboard walk"));
        key(Qt::Key_Return);
      },
      &saved);
  key(Qt::Key_S, Qt::ControlModifier);
  ASSERT_TRUE(saved);
  ASSERT_EQ(doc->versions().size(), 1u);

  const QString exported = dir_.filePath(QStringLiteral("rules.json"));
  bool exportChosen = false;
  whenModal<QFileDialog>([&](QFileDialog& files) { answerFileDialog(files, exported); }, &exportChosen);
  key(Qt::Key_E, Qt::ControlModifier | Qt::ShiftModifier);
  ASSERT_TRUE(exportChosen);
  QFile file(exported);
  ASSERT_TRUE(file.open(QIODevice::ReadOnly)) << exported.toStdString();
  const QByteArray json = file.readAll();
  EXPECT_TRUE(json.contains("\"i3\"")) << json.left(400).toStdString();
  EXPECT_TRUE(json.contains("pin")) << json.left(400).toStdString();
}

}  // namespace
