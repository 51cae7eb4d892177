// Help -> User guide (F1): the guide bundled with the application, read offline in a QTextBrowser. Pages are Qt
// resources: :/guide/<language>/<chapter>.html (English under "en"), pictures under :/screenshots/ (packaging/screenshots.sh). The language
// follows the UI locale; a page missing in that language falls back to the English one.
#pragma once

#include <QDialog>
#include <QLocale>
#include <QString>
#include <QStringList>
#include <QUrl>

#include "ui/base/GuideChapter.h"

class QTextBrowser;

// The chapter ids and their order come from GuideChapter (ui/base, where the workspaces see them): UserGuide::Data
// is GuideChapter::Data.
class UserGuide : public QDialog, public GuideChapter {
  Q_OBJECT
 public:
  // The language folder used for a locale: its language code when the guide has pages in it, else "en".
  static QString languageFor(const QLocale& locale);
  // The page of a chapter in the locale's language (English when the language or the page is missing); an empty
  // URL for an unknown chapter.
  static QUrl chapterUrl(const QString& chapter, const QLocale& locale);

  explicit UserGuide(const QLocale& locale = QLocale(), QWidget* parent = nullptr);

  // Shows the chapter (the index for an unknown one) and brings the window to the front.
  void showChapter(const QString& chapter);
  // The chapter whose page is shown (also after following links), or empty for an anchor-only page.
  QString currentChapter() const;
  QTextBrowser* browser() const { return browser_; }

 private:
  QLocale locale_;
  QTextBrowser* browser_;
};
