#include "ui/app/UserGuide.h"

#include <QAction>
#include <QFile>
#include <QFileInfo>
#include <QStyle>
#include <QTextBrowser>
#include <QTextDocument>
#include <QToolBar>
#include <QVBoxLayout>

namespace {

const QString kRoot = QStringLiteral(":/guide");
const QString kEnglish = QStringLiteral("en");

QString pagePath(const QString& language, const QString& chapter) {
  return QStringLiteral("%1/%2/%3.html").arg(kRoot, language, chapter);
}

QUrl resourceUrl(const QString& path) {  // ":/guide/en/x.html" -> qrc:/guide/en/x.html
  QUrl url;
  url.setScheme(QStringLiteral("qrc"));
  url.setPath(path.mid(1));
  return url;
}

// A QTextBrowser whose guide pages fall back to English when the UI language has no such page, and which hands
// links that leave the guide (https:, mailto:) to the desktop.
class GuideBrowser : public QTextBrowser {
 public:
  using QTextBrowser::QTextBrowser;

  QVariant loadResource(int type, const QUrl& name) override {
    if (name.scheme() == QLatin1String("qrc") && !QFile::exists(QLatin1Char(':') + name.path())) {
      // /guide/<language>/<page> -> /guide/en/<page>
      const QStringList parts = name.path().split(QLatin1Char('/'), Qt::SkipEmptyParts);
      if (parts.size() == 3 && parts.at(0) == QLatin1String("guide") && parts.at(1) != kEnglish) {
        QUrl english = name;
        english.setPath(QStringLiteral("/guide/%1/%2").arg(kEnglish, parts.at(2)));
        return QTextBrowser::loadResource(type, english);
      }
    }
    return QTextBrowser::loadResource(type, name);
  }
};

}  // namespace

QString UserGuide::languageFor(const QLocale& locale) {
  const QString language = locale.name().section(QLatin1Char('_'), 0, 0).toLower();
  if (!language.isEmpty() && language != QLatin1String("c") && QFileInfo(kRoot + QLatin1Char('/') + language).isDir())
    return language;
  return kEnglish;
}

QUrl UserGuide::chapterUrl(const QString& chapter, const QLocale& locale) {
  if (!chapters().contains(chapter)) return {};
  const QString localized = pagePath(languageFor(locale), chapter);
  return resourceUrl(QFile::exists(localized) ? localized : pagePath(kEnglish, chapter));
}

UserGuide::UserGuide(const QLocale& locale, QWidget* parent)
    : QDialog(parent), locale_(locale), browser_(new GuideBrowser(this)) {
  setObjectName(QStringLiteral("userGuide"));
  setWindowTitle(tr("RecoEngine User Guide"));
  setWindowFlag(Qt::WindowContextHelpButtonHint, false);
  setSizeGripEnabled(true);

  browser_->setObjectName(QStringLiteral("userGuideBrowser"));
  browser_->setOpenLinks(true);
  browser_->setOpenExternalLinks(true);
  QFile css(QStringLiteral(":/guide/guide.css"));
  if (css.open(QIODevice::ReadOnly)) browser_->document()->setDefaultStyleSheet(QString::fromUtf8(css.readAll()));

  auto* bar = new QToolBar(this);
  bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
  QStyle* style = this->style();
  QAction* back = bar->addAction(style->standardIcon(QStyle::SP_ArrowBack), tr("&Back"));
  back->setShortcut(QKeySequence::Back);
  back->setEnabled(false);
  QAction* forward = bar->addAction(style->standardIcon(QStyle::SP_ArrowForward), tr("&Forward"));
  forward->setShortcut(QKeySequence::Forward);
  forward->setEnabled(false);
  QAction* contents = bar->addAction(style->standardIcon(QStyle::SP_DirHomeIcon), tr("&Contents"));
  contents->setToolTip(tr("The guide's contents page"));
  connect(back, &QAction::triggered, browser_, &QTextBrowser::backward);
  connect(forward, &QAction::triggered, browser_, &QTextBrowser::forward);
  connect(contents, &QAction::triggered, this, [this] { showChapter(Index); });
  connect(browser_, &QTextBrowser::backwardAvailable, back, &QAction::setEnabled);
  connect(browser_, &QTextBrowser::forwardAvailable, forward, &QAction::setEnabled);
  connect(browser_, &QTextBrowser::sourceChanged, this, [this] {
    const QString title = browser_->documentTitle();
    setWindowTitle(title.isEmpty() ? tr("RecoEngine User Guide") : tr("%1 — RecoEngine User Guide").arg(title));
  });

  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->setSpacing(0);
  layout->addWidget(bar);
  layout->addWidget(browser_, 1);
  resize(1080, 820);  // the guide's screenshots are 1000 pixels wide
}

void UserGuide::showChapter(const QString& chapter) {
  const QUrl url = chapterUrl(chapters().contains(chapter) ? chapter : Index, locale_);
  if (browser_->source() != url) browser_->setSource(url);
  show();
  raise();
  activateWindow();
}

QString UserGuide::currentChapter() const {
  const QString page = QFileInfo(browser_->source().path()).completeBaseName();
  return chapters().contains(page) ? page : QString();
}
