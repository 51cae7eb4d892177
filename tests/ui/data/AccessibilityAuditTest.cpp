// Issue 14, accessibility: in the main window on a demo project, every control a user can reach with the keyboard in
// every workspace (each of its tabs), in the import wizard (each page up to the import) and in Preferences has a
// name for assistive technology: its accessible name, its text, or a label that is its buddy. The test lists every
// control without one by object name, class and parents, so the fix is easy to find.
#include <gtest/gtest.h>

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMap>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QSlider>
#include <QTabBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextEdit>
#include <QTimer>
#include <cstdio>
#include <functional>

#include "TestProject.h"
#include "ui/app/ActionRegistry.h"
#include "ui/app/AppSettings.h"
#include "ui/app/MainWindow.h"
#include "ui/data/DataWorkspace.h"
#include "ui/data/DatasetSummaryPanel.h"
#include "ui/import/ImportSourcePage.h"
#include "ui/import/ImportWizard.h"
#include "ui/models/ModelsWorkspace.h"
#include "ui/models/TrainPage.h"
#include "ui/models/TrainingJob.h"

namespace {

bool isControl(QWidget* w) {
  return qobject_cast<QAbstractButton*>(w) || qobject_cast<QComboBox*>(w) || qobject_cast<QLineEdit*>(w) ||
         qobject_cast<QAbstractSpinBox*>(w) || qobject_cast<QAbstractItemView*>(w) || qobject_cast<QSlider*>(w) ||
         qobject_cast<QTextEdit*>(w) || qobject_cast<QPlainTextEdit*>(w);
}

// Parts of a compound control (a spin box's or combo box's line edit, a tab bar's scroll arrows): they are named
// through the control they belong to.
bool isPartOfAnother(QWidget* w) {
  for (QWidget* p = w->parentWidget(); p; p = p->parentWidget())
    if (qobject_cast<QAbstractSpinBox*>(p) || qobject_cast<QComboBox*>(p) || qobject_cast<QTabBar*>(p)) return true;
  return false;
}

QString describe(const QWidget* w) {
  QString text = (w->objectName().isEmpty() ? QStringLiteral("(unnamed)") : w->objectName()) + QStringLiteral(" (") +
                 QLatin1String(w->metaObject()->className()) + QLatin1Char(')');
  int depth = 0;
  for (const QWidget* p = w->parentWidget(); p && depth < 4; p = p->parentWidget(), ++depth)
    text += QStringLiteral(" < ") +
            (p->objectName().isEmpty() ? QLatin1String(p->metaObject()->className()) : p->objectName());
  return text;
}

bool hasName(QWidget* w, const QList<QLabel*>& labels) {
  if (!w->accessibleName().trimmed().isEmpty()) return true;
  if (auto* b = qobject_cast<QAbstractButton*>(w); b && !b->text().remove(QLatin1Char('&')).trimmed().isEmpty())
    return true;
  for (QLabel* l : labels)
    if (l->buddy() == w && !l->text().trimmed().isEmpty()) return true;
  return false;
}

// Controls looked at so far, per class (the audit must reach them to mean anything).
QMap<QString, int> g_checked;

// Every visible control under `root` that takes the keyboard focus and has no name.
QStringList unnamedControls(QWidget& root) {
  const QList<QLabel*> labels = root.findChildren<QLabel*>();
  QStringList offenders;
  for (QWidget* w : root.findChildren<QWidget*>()) {
    if (!w->isVisible() || w->focusPolicy() == Qt::NoFocus || !isControl(w) || isPartOfAnother(w)) continue;
    ++g_checked[QLatin1String(w->metaObject()->className())];
    if (!hasName(w, labels)) offenders << describe(w);
  }
  return offenders;
}

// Audits `root` as it is, and once more with each tab of each visible tab widget in front (tabs inside tabs too).
void auditWithEveryTab(QWidget& root, const QString& where, QStringList& report) {
  for (const QString& o : unnamedControls(root)) report << where + QStringLiteral(": ") + o;
  for (QTabWidget* tabs : root.findChildren<QTabWidget*>()) {
    if (!tabs->isVisible()) continue;
    const int was = tabs->currentIndex();
    for (int i = 0; i < tabs->count(); ++i) {
      if (i == was) continue;
      tabs->setCurrentIndex(i);
      QCoreApplication::processEvents();
      const QString tab = where + QStringLiteral(" › ") + tabs->tabText(i).remove(QLatin1Char('&'));
      for (const QString& o : unnamedControls(*tabs->widget(i))) report << tab + QStringLiteral(": ") + o;
    }
    tabs->setCurrentIndex(was);
  }
}

// Runs `audit` on the modal dialog `open` starts, then closes the dialog.
void auditDialog(const std::function<void()>& open, const std::function<void(QDialog&)>& audit) {
  bool seen = false;
  QTimer::singleShot(0, [&] {
    auto* dialog = qobject_cast<QDialog*>(QApplication::activeModalWidget());
    if (!dialog) return;
    seen = true;
    audit(*dialog);
    dialog->reject();
  });
  open();
  EXPECT_TRUE(seen) << "no dialog opened";
}

TEST(AccessibilityAuditTest, EveryFocusableControlHasAName) {
  QElapsedTimer clock;
  clock.start();
  QTemporaryDir dir;
  ASSERT_TRUE(dir.isValid());
  const QString path = dir.filePath(QStringLiteral("demo.reco"));
  testproject::buildDemoProject(path.toStdString());
  const QString csv = dir.filePath(QStringLiteral("events.csv"));
  {
    QFile f(csv);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write("user_id,item_id,event_type,timestamp\nu1,i1,click,1704067200\nu2,i1,impression,1704067260\n");
  }
  AppSettings settings(dir.filePath(QStringLiteral("settings.ini")));
  MainWindow window(settings);
  window.resize(1280, 800);
  window.show();
  ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
  QStringList report;
  auditWithEveryTab(window, QStringLiteral("Welcome"), report);

  DataWorkspace* data = nullptr;
  for (int i = 0; i < window.workspaceCount(); ++i)
    if (auto* d = qobject_cast<DataWorkspace*>(window.workspace(i))) data = d;
  ASSERT_NE(data, nullptr);
  QSignalSpy summaryShown(data->summaryPanel(), &DatasetSummaryPanel::summaryShown);
  ASSERT_TRUE(window.openProject(path));
  ASSERT_TRUE(summaryShown.count() > 0 || summaryShown.wait(20000));
  // A trained model, so that Try it, Evaluate and the curation preview show their controls, not their empty states.
  for (int i = 0; i < window.workspaceCount(); ++i)
    if (auto* models = qobject_cast<ModelsWorkspace*>(window.workspace(i))) {
      TrainPage* train = models->trainPage();
      ASSERT_TRUE(train->selectAlgorithm(QStringLiteral("popular")));
      train->setModelName(QStringLiteral("popular"));
      QSignalSpy trained(train->job(), &TrainingJob::finished);
      ASSERT_TRUE(train->train());
      ASSERT_TRUE(trained.wait(20000));
      ASSERT_TRUE(train->job()->outcome().ok);
    }
  for (int i = 0; i < window.workspaceCount(); ++i) {
    window.setCurrentWorkspace(i);
    QTest::qWait(20);
    auditWithEveryTab(window, window.workspace(i)->title(), report);
  }

  ActionRegistry* actions = window.actions();
  auditDialog([&] { actions->action(ActionId::Preferences)->trigger(); },
              [&](QDialog& dialog) { auditWithEveryTab(dialog, QStringLiteral("Preferences"), report); });
  auditDialog([&] { actions->action(ActionId::Import)->trigger(); },
              [&](QDialog& dialog) {
                auto* wizard = qobject_cast<ImportWizard*>(&dialog);
                ASSERT_NE(wizard, nullptr);
                auditWithEveryTab(dialog, QStringLiteral("Import wizard, source"), report);
                auto* source = qobject_cast<ImportSourcePage*>(wizard->page(ImportWizard::SourcePageId));
                ASSERT_NE(source, nullptr);
                source->addPaths({csv});
                for (const char* page : {"preview", "mapping", "policy"}) {
                  wizard->next();
                  QTest::qWait(20);
                  auditWithEveryTab(dialog, QStringLiteral("Import wizard, ") + QLatin1String(page), report);
                }
                EXPECT_EQ(wizard->currentId(), ImportWizard::PolicyPageId);
              });

  report.removeDuplicates();
  int checked = 0;
  QStringList seen;
  for (auto it = g_checked.cbegin(); it != g_checked.cend(); ++it) {
    checked += it.value();
    seen << it.key() + QLatin1Char('=') + QString::number(it.value());
  }
  std::fprintf(stderr, "controls audited: %s\n", qPrintable(seen.join(QStringLiteral(", "))));
  EXPECT_TRUE(report.isEmpty()) << report.size() << " controls without a name:\n"
                                << report.join(QLatin1Char('\n')).toStdString();
  EXPECT_GT(checked, 100);  // the walk reached the workspaces' tabs and the dialogs' pages
  EXPECT_LT(clock.elapsed(), 10000);
}

}  // namespace
