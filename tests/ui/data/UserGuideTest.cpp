// Help in the application: About shows the version from core (with the Qt, SQLite and Eigen versions and the
// licence), F1 on each workspace opens that workspace's chapter of the bundled user guide, and every link and image
// of the bundled guide resolves to a resource (or an anchor that exists), in every language the guide ships.
#include <gtest/gtest.h>

#include <QAction>
#include <QApplication>
#include <QDirIterator>
#include <QFile>
#include <QImage>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextDocument>
#include <QTimer>

#include "ShotWriter.h"
#include "core/base/Version.h"
#include "ui/app/AboutDialog.h"
#include "ui/app/ActionRegistry.h"
#include "ui/app/AppSettings.h"
#include "ui/app/BuildInfo.h"
#include "ui/app/MainWindow.h"
#include "ui/app/UserGuide.h"
#include "ui/base/Workspace.h"
#include "ui/curation/CurationWorkspace.h"
#include "ui/dashboard/DashboardWorkspace.h"
#include "ui/data/DataWorkspace.h"
#include "ui/models/ModelsWorkspace.h"

namespace {

QString readResource(const QString& path) {
  QFile f(path);
  if (!f.open(QIODevice::ReadOnly)) return {};
  return QString::fromUtf8(f.readAll());
}

// ":/guide/en/data.html" -> qrc:/guide/en/data.html
QUrl qrcUrl(const QString& resourcePath) {
  QUrl url;
  url.setScheme(QStringLiteral("qrc"));
  url.setPath(resourcePath.mid(1));
  return url;
}

QStringList guidePages() {
  QStringList pages;
  QDirIterator it(QStringLiteral(":/guide"), {QStringLiteral("*.html")}, QDir::Files, QDirIterator::Subdirectories);
  while (it.hasNext()) pages << it.next();
  pages.sort();
  return pages;
}

TEST(AboutTest, ShowsTheVersionTheLibrariesAndTheLicence) {
  QTemporaryDir dir;
  AppSettings settings(dir.filePath(QStringLiteral("s.ini")));
  MainWindow window(settings);
  QString shown;
  bool found = false;
  // About is modal: read it once it is up, then close it.
  QTimer::singleShot(0, [&] {
    auto* about = qobject_cast<AboutDialog*>(QApplication::activeModalWidget());
    if (!about) return;
    found = true;
    shown = about->text();
    about->reject();
  });
  window.actions()->action(ActionId::About)->trigger();
  ASSERT_TRUE(found) << "Help > About did not open the About dialog";

  const QString version = QString::fromUtf8(reco::versionString().data(),
                                            static_cast<qsizetype>(reco::versionString().size()));
  ASSERT_FALSE(version.isEmpty());
  EXPECT_TRUE(shown.contains(version)) << shown.toStdString();
  if (!reco::gitRevision().empty()) {
    EXPECT_TRUE(shown.contains(QString::fromStdString(std::string(reco::gitRevision())))) << shown.toStdString();
  }
  EXPECT_TRUE(shown.contains(QStringLiteral("Qt %1").arg(QString::fromLatin1(qVersion())))) << shown.toStdString();
  EXPECT_TRUE(shown.contains(QStringLiteral(QT_VERSION_STR))) << shown.toStdString();
  EXPECT_TRUE(shown.contains(QString::fromStdString(reco::libraryVersions()))) << shown.toStdString();
  EXPECT_TRUE(shown.contains(QStringLiteral("GNU General Public License"))) << shown.toStdString();
  EXPECT_TRUE(shown.contains(QStringLiteral("Qt Charts"))) << shown.toStdString();
  ASSERT_TRUE(buildinfo::homepage().startsWith(QStringLiteral("https://"))) << buildinfo::homepage().toStdString();
  EXPECT_TRUE(shown.contains(QStringLiteral("href=\"%1\"").arg(buildinfo::homepage()))) << shown.toStdString();

  // --version prints the same facts.
  const QString banner = buildinfo::banner(QStringLiteral("recoengine"));
  EXPECT_TRUE(banner.startsWith(QStringLiteral("recoengine %1").arg(version))) << banner.toStdString();
  EXPECT_TRUE(banner.contains(QString::fromStdString(reco::libraryVersions()))) << banner.toStdString();
  EXPECT_TRUE(banner.contains(buildinfo::qtVersions())) << banner.toStdString();
  EXPECT_TRUE(banner.contains(QStringLiteral("CPU kernels "))) << banner.toStdString();
}

TEST(UserGuideTest, F1OnEachWorkspaceOpensItsChapter) {
  // The guide follows the UI locale: pin it to English for the text checks below, whatever the machine's is.
  const QLocale previous;
  QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
  struct Restore {
    QLocale locale;
    ~Restore() { QLocale::setDefault(locale); }
  } restore{previous};
  QTemporaryDir dir;
  AppSettings settings(dir.filePath(QStringLiteral("s.ini")));
  MainWindow window(settings);
  QAction* help = window.actions()->action(ActionId::UserGuide);
  ASSERT_NE(help, nullptr);
  EXPECT_EQ(help->shortcut(), QKeySequence(QKeySequence::HelpContents));
  EXPECT_EQ(help->shortcut(), QKeySequence(Qt::Key_F1));  // what HelpContents is on Linux desktops
  window.resize(1000, 700);
  window.show();
  ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));

  // Which chapter each workspace must open: its users' chapter of the guide.
  auto expectedChapter = [](Workspace* w) -> QString {
    if (qobject_cast<DataWorkspace*>(w)) return QStringLiteral("data");
    if (qobject_cast<DashboardWorkspace*>(w)) return QStringLiteral("dashboards");
    if (qobject_cast<ModelsWorkspace*>(w)) return QStringLiteral("models");
    if (qobject_cast<CurationWorkspace*>(w)) return QStringLiteral("curation");
    return {};
  };
  QStringList opened;
  ASSERT_GE(window.workspaceCount(), 4);
  for (int i = 0; i < window.workspaceCount(); ++i) {
    Workspace* w = window.workspace(i);
    const QString expected = expectedChapter(w);
    ASSERT_FALSE(expected.isEmpty()) << "no chapter expected for workspace " << w->title().toStdString();
    EXPECT_EQ(w->guideChapter(), expected);
    window.setCurrentWorkspace(i);
    window.activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&window));
    QTest::keyClick(&window, Qt::Key_F1);
    UserGuide* guide = window.userGuide();
    ASSERT_NE(guide, nullptr) << "F1 did not open the guide";
    EXPECT_TRUE(guide->isVisible());
    EXPECT_EQ(guide->currentChapter(), expected) << w->title().toStdString();
    const QString text = guide->browser()->toPlainText();
    EXPECT_GT(text.size(), 2000) << expected.toStdString();
    EXPECT_TRUE(text.contains(w->title())) << expected.toStdString();  // the chapter talks about its workspace
    EXPECT_FALSE(guide->browser()->documentTitle().isEmpty()) << expected.toStdString();
    opened << guide->currentChapter();
  }
  EXPECT_EQ(opened.size(), window.workspaceCount());
  EXPECT_EQ(QSet<QString>(opened.begin(), opened.end()).size(), opened.size());  // a different chapter each

  // The guide window renders its page and images (kept in $RECO_SHOT_DIR for looking at).
  UserGuide* guide = window.userGuide();
  guide->showChapter(UserGuide::Data);
  QTest::qWait(100);
  const QImage shot = shots::render(*guide);
  EXPECT_GT(shots::distinctColours(shot), 30);
  EXPECT_GT(shots::nonBackgroundShare(shot), 0.05);
  shots::keep(shot, QStringLiteral("user-guide-data"));

  // The Contents button of the guide leads to the index, which links every chapter.
  guide->showChapter(UserGuide::Index);
  EXPECT_EQ(guide->currentChapter(), UserGuide::Index);
  const QString index = readResource(QStringLiteral(":/guide/en/index.html"));
  for (const QString& chapter : UserGuide::chapters())
    if (chapter != UserGuide::Index) {
      EXPECT_TRUE(index.contains(QStringLiteral("href=\"%1.html\"").arg(chapter))) << chapter.toStdString();
    }
}

TEST(UserGuideTest, PagesFollowTheUiLanguageWithEnglishAsFallback) {
  for (const QString& chapter : UserGuide::chapters()) {
    EXPECT_TRUE(QFile::exists(QStringLiteral(":/guide/en/%1.html").arg(chapter))) << chapter.toStdString();
    EXPECT_EQ(UserGuide::chapterUrl(chapter, QLocale(QLocale::English)), qrcUrl(QStringLiteral(":/guide/en/%1.html").arg(chapter)));
    // A language the guide does not ship falls back to English.
    EXPECT_EQ(UserGuide::chapterUrl(chapter, QLocale(QLocale::Japanese)), UserGuide::chapterUrl(chapter, QLocale(QLocale::English)));
  }
  EXPECT_TRUE(UserGuide::chapterUrl(QStringLiteral("no-such-chapter"), QLocale()).isEmpty());
  EXPECT_EQ(UserGuide::languageFor(QLocale(QLocale::Japanese)), QStringLiteral("en"));
  EXPECT_EQ(UserGuide::languageFor(QLocale::c()), QStringLiteral("en"));
  // Every shipped language: its pages are chosen for its locale, and a chapter it lacks falls back to English.
  const QDir root(QStringLiteral(":/guide"));
  for (const QString& language : root.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
    if (language == QLatin1String("images") || language == QLatin1String("en")) continue;
    const QLocale locale(language);
    ASSERT_NE(locale.language(), QLocale::C) << language.toStdString();
    EXPECT_EQ(UserGuide::languageFor(locale), language);
    for (const QString& chapter : UserGuide::chapters()) {
      const QString own = QStringLiteral(":/guide/%1/%2.html").arg(language, chapter);
      const QString english = QStringLiteral(":/guide/en/%1.html").arg(chapter);
      EXPECT_EQ(UserGuide::chapterUrl(chapter, locale), qrcUrl(QFile::exists(own) ? own : english))
          << language.toStdString() << " " << chapter.toStdString();
    }
    UserGuide guide(locale);
    guide.showChapter(UserGuide::Data);
    EXPECT_EQ(guide.currentChapter(), UserGuide::Data);
    EXPECT_GT(guide.browser()->toPlainText().size(), 2000) << language.toStdString();
    guide.close();
  }
}

TEST(UserGuideTest, EveryLinkAndImageOfTheBundledGuideResolves) {
  const QStringList pages = guidePages();
  ASSERT_GE(pages.size(), UserGuide::chapters().size());
  const QRegularExpression reference(QStringLiteral("(href|src)\\s*=\\s*\"([^\"]*)\""));
  int links = 0, images = 0;
  for (const QString& page : pages) {
    const QString html = readResource(page);
    ASSERT_FALSE(html.isEmpty()) << page.toStdString();
    EXPECT_TRUE(html.contains(QStringLiteral("<title>"))) << page.toStdString();
    const QUrl base = qrcUrl(page);
    for (auto it = reference.globalMatch(html); it.hasNext();) {
      const QRegularExpressionMatch m = it.next();
      const QString target = m.captured(2);
      const std::string where = page.toStdString() + ": " + m.captured(0).toStdString();
      ASSERT_FALSE(target.isEmpty()) << where;
      const QUrl url(target);
      if (url.scheme() == QLatin1String("https")) {  // the only way out of the guide: a web page
        EXPECT_TRUE(m.captured(1) == QLatin1String("href")) << where << " (images must be bundled)";
        continue;
      }
      ASSERT_TRUE(url.scheme().isEmpty()) << where << " (bundled pages link relatively)";
      const QUrl resolved = base.resolved(url);
      const QString file = QLatin1Char(':') + resolved.path();
      ASSERT_TRUE(QFile::exists(file)) << where << " -> " << file.toStdString();
      if (m.captured(1) == QLatin1String("src")) {
        const QImage image(file);
        EXPECT_FALSE(image.isNull()) << where;
        EXPECT_GT(image.width(), 200) << where;
        ++images;
      } else {
        ++links;
      }
      if (!resolved.fragment().isEmpty()) {
        const QString targetHtml = readResource(file);
        EXPECT_TRUE(targetHtml.contains(QStringLiteral("name=\"%1\"").arg(resolved.fragment())) ||
                    targetHtml.contains(QStringLiteral("id=\"%1\"").arg(resolved.fragment())))
            << where << " (no such anchor)";
      }
    }
  }
  EXPECT_GT(links, 10);
  EXPECT_GE(images, 5);

  // The browser itself loads every image of every page (relative paths resolved against the page).
  UserGuide guide{QLocale(QLocale::English)};  // braces: clang 14 reads the parentheses as a function declaration
  for (const QString& page : pages) {
    guide.browser()->setSource(qrcUrl(page));
    ASSERT_EQ(guide.browser()->source(), qrcUrl(page));
    QTextDocument* doc = guide.browser()->document();
    for (QTextBlock block = doc->begin(); block.isValid(); block = block.next())
      for (auto frag = block.begin(); !frag.atEnd(); ++frag) {
        const QTextCharFormat format = frag.fragment().charFormat();
        if (!format.isImageFormat()) continue;
        const QString name = format.toImageFormat().name();
        const QVariant image = guide.browser()->loadResource(QTextDocument::ImageResource, QUrl(name));
        EXPECT_TRUE(image.isValid() && !image.toByteArray().isEmpty()) << page.toStdString() << ": " << name.toStdString();
      }
  }
}

}  // namespace
