// The translations are complete and current: every translations/*.ts holds exactly the strings lupdate finds in
// ui/ and app/gui/ today, each with a finished translation that keeps the source's placeholders, and the build
// embeds every language under :/i18n. English, the source language, holds only the plural messages ("%n rule(s)"
// -> "1 rule" / "2 rules").
#include <gtest/gtest.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMap>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTranslator>
#include <QXmlStreamReader>
#include <algorithm>
#include <memory>
#include <ostream>

#include "core/curation/Rule.h"
#include "ui/app/UiLanguage.h"
#include "ui/curation/CurationDocument.h"
#include "ui/curation/SetRuleEnabledCommand.h"

// Test names and failure messages show a language as "de", not as bytes.
void PrintTo(const QString& s, std::ostream* os) { *os << s.toStdString(); }

namespace {

const QString kSourceDir = QStringLiteral(RECO_SOURCE_DIR);
const QString kLupdate = QStringLiteral(RECO_LUPDATE);
// The languages with a translation file translations/recoengine_<code>.ts. English is the source language: its
// file holds the plural messages only (lupdate -pluralonly), every other file every message.
const QStringList kLanguages = {QStringLiteral("de"), QStringLiteral("fr"), QStringLiteral("es"), QStringLiteral("en")};
bool pluralOnly(const QString& language) {
  return language == QLatin1String("en");
}

struct Message {
  QString context;
  QString source;
  QString comment;  // disambiguation: part of the message's identity
  bool numerus = false;
  QString type;  // of <translation>: empty when finished, else "unfinished", "vanished" or "obsolete"
  QStringList forms;  // the translation, or its numerus forms
  qint64 line = 0;    // in the .ts file
};

struct TsFile {
  QString language;
  QList<Message> messages;
  QString error;  // "file:line: reason" when the file could not be read
};

QString key(const Message& m) {
  return m.context + QLatin1Char('\x1f') + m.source + QLatin1Char('\x1f') + m.comment +
         (m.numerus ? QStringLiteral("\x1fnumerus") : QString());
}

QString describe(const Message& m) {
  QString text = m.source;
  text.replace(QLatin1Char('\n'), QStringLiteral("\\n"));
  if (text.size() > 70) text = text.left(67) + QStringLiteral("...");
  return QStringLiteral("[%1] \"%2\"%3").arg(m.context, text, m.comment.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(m.comment));
}

TsFile readTs(const QString& path) {
  TsFile ts;
  QFile file(path);
  if (!file.open(QIODevice::ReadOnly)) {
    ts.error = QStringLiteral("%1: cannot open: %2").arg(path, file.errorString());
    return ts;
  }
  QXmlStreamReader xml(&file);
  QString context;
  Message current;
  bool inMessage = false;
  while (!xml.atEnd()) {
    xml.readNext();
    if (xml.isStartElement()) {
      const auto name = xml.name();
      if (name == QLatin1String("TS")) {
        ts.language = xml.attributes().value(QLatin1String("language")).toString();
      } else if (name == QLatin1String("context")) {
        context.clear();
      } else if (name == QLatin1String("name") && !inMessage) {
        context = xml.readElementText();
      } else if (name == QLatin1String("message")) {
        inMessage = true;
        current = Message{};
        current.context = context;
        current.numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
        current.line = xml.lineNumber();
      } else if (inMessage && name == QLatin1String("source")) {
        current.source = xml.readElementText();
      } else if (inMessage && name == QLatin1String("comment")) {
        current.comment = xml.readElementText();
      } else if (inMessage && name == QLatin1String("translation")) {
        current.type = xml.attributes().value(QLatin1String("type")).toString();
        if (!current.numerus) current.forms << xml.readElementText(QXmlStreamReader::IncludeChildElements);
      } else if (inMessage && name == QLatin1String("numerusform")) {
        current.forms << xml.readElementText();
      }
    } else if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
      ts.messages << current;
      inMessage = false;
    }
  }
  if (xml.hasError())
    ts.error = QStringLiteral("%1:%2: %3").arg(path).arg(xml.lineNumber()).arg(xml.errorString());
  return ts;
}

// The placeholders QString::arg and tr() substitute: %1..%99, %n, with the locale flag L kept (%L1 formats a number
// in the locale, %1 does not, so a translation may not swap one for the other). Sorted, with repetitions.
QStringList placeholders(const QString& text) {
  static const QRegularExpression re(QStringLiteral("%L?(?:[1-9][0-9]?|n)"));
  QStringList found;
  for (auto it = re.globalMatch(text); it.hasNext();) found << it.next().captured(0);
  std::sort(found.begin(), found.end());
  found.removeDuplicates();
  return found;
}

// Runs lupdate over today's sources into a fresh .ts for `language` (the same options as update_translations).
TsFile freshExtraction(const QString& language, const QTemporaryDir& dir) {
  const QString out = dir.filePath(QStringLiteral("recoengine_%1.ts").arg(language));
  QStringList arguments = {QStringLiteral("-no-obsolete"),
                           QStringLiteral("-locations"),
                           QStringLiteral("none"),
                           QStringLiteral("-I"),
                           kSourceDir,
                           QStringLiteral("ui"),
                           QStringLiteral("app/gui"),
                           QStringLiteral("-target-language"),
                           language,
                           QStringLiteral("-ts"),
                           out};
  if (pluralOnly(language)) arguments.prepend(QStringLiteral("-pluralonly"));
  QProcess lupdate;
  lupdate.setWorkingDirectory(kSourceDir);
  lupdate.start(kLupdate, arguments);
  TsFile ts;
  if (!lupdate.waitForFinished(300000) || lupdate.exitStatus() != QProcess::NormalExit || lupdate.exitCode() != 0) {
    ts.error = QStringLiteral("%1 failed (%2): %3")
                   .arg(kLupdate, lupdate.errorString(), QString::fromLocal8Bit(lupdate.readAllStandardError()));
    return ts;
  }
  return readTs(out);
}

QString tsPath(const QString& language) {
  return QDir(kSourceDir).filePath(QStringLiteral("translations/recoengine_%1.ts").arg(language));
}

class TranslationFiles : public ::testing::TestWithParam<QString> {};

// Every source string lupdate finds today is in the committed file, and the file holds no string the sources lost.
TEST_P(TranslationFiles, HoldExactlyTheStringsOfTheSources) {
  const QString language = GetParam();
  QTemporaryDir dir;
  ASSERT_TRUE(dir.isValid());
  const TsFile fresh = freshExtraction(language, dir);
  ASSERT_TRUE(fresh.error.isEmpty()) << fresh.error.toStdString();
  ASSERT_GT(fresh.messages.size(), pluralOnly(language) ? 5 : 100)
      << "lupdate found almost no strings in " << kSourceDir.toStdString();
  const TsFile committed = readTs(tsPath(language));
  ASSERT_TRUE(committed.error.isEmpty()) << committed.error.toStdString();
  if (pluralOnly(language)) {
    for (const Message& m : committed.messages) {
      EXPECT_TRUE(m.numerus) << tsPath(language).toStdString() << " line " << m.line
                             << ": the source language's file holds plural messages only";
    }
  }

  QSet<QString> committedKeys;
  for (const Message& m : committed.messages) committedKeys.insert(key(m));
  QSet<QString> freshKeys;
  QStringList missing;
  for (const Message& m : fresh.messages) {
    freshKeys.insert(key(m));
    if (!committedKeys.contains(key(m))) missing << describe(m);
  }
  QStringList stale;
  for (const Message& m : committed.messages)
    if (!freshKeys.contains(key(m))) stale << QStringLiteral("line %1: %2").arg(m.line).arg(describe(m));

  const auto first = [](const QStringList& list) { return list.mid(0, 8).join(QStringLiteral("\n  ")).toStdString(); };
  EXPECT_TRUE(missing.isEmpty()) << tsPath(language).toStdString() << " is stale: " << missing.size() << " of "
                                 << fresh.messages.size()
                                 << " source strings are missing (run the lupdate command in ui/CMakeLists.txt); "
                                    "first ones:\n  "
                                 << first(missing);
  EXPECT_TRUE(stale.isEmpty()) << tsPath(language).toStdString() << " holds " << stale.size()
                               << " strings the sources no longer have (run lupdate with -no-obsolete); first ones:\n  "
                               << first(stale);
}

// Every message is translated and finished; a plural message fills every form of its language.
TEST_P(TranslationFiles, AreCompleteAndKeepEveryPlaceholder) {
  const QString language = GetParam();
  const TsFile ts = readTs(tsPath(language));
  ASSERT_TRUE(ts.error.isEmpty()) << ts.error.toStdString();
  ASSERT_FALSE(ts.messages.isEmpty()) << tsPath(language).toStdString() << " holds no message";
  EXPECT_TRUE(ts.language.startsWith(language)) << tsPath(language).toStdString() << ": language attribute \""
                                                << ts.language.toStdString() << "\"";

  // The number of plural forms of the language, as lupdate writes them for a new numerus message.
  qsizetype pluralForms = 0;
  for (const Message& m : ts.messages)
    if (m.numerus) pluralForms = std::max(pluralForms, m.forms.size());

  QStringList unfinished;
  QStringList broken;
  for (const Message& m : ts.messages) {
    const QString where = QStringLiteral("line %1: %2").arg(m.line).arg(describe(m));
    const bool empty = m.forms.isEmpty() || std::any_of(m.forms.begin(), m.forms.end(),
                                                        [](const QString& f) { return f.trimmed().isEmpty(); });
    if (!m.type.isEmpty() || empty || (m.numerus && m.forms.size() < pluralForms)) {
      unfinished << where;
      continue;
    }
    const QStringList expected = placeholders(m.source);
    for (const QString& form : m.forms) {
      const QStringList got = placeholders(form);
      if (got != expected)
        broken << QStringLiteral("%1: placeholders %2 in the source, %3 in \"%4\"")
                      .arg(where, expected.join(QLatin1Char(' ')), got.join(QLatin1Char(' ')), form);
    }
  }
  const auto first = [](const QStringList& list) { return list.mid(0, 8).join(QStringLiteral("\n  ")).toStdString(); };
  EXPECT_TRUE(unfinished.isEmpty()) << language.toStdString() << ": " << unfinished.size() << " of "
                                    << ts.messages.size() << " messages have no finished translation in "
                                    << tsPath(language).toStdString() << "; first ones:\n  " << first(unfinished);
  EXPECT_TRUE(broken.isEmpty()) << language.toStdString() << ": " << broken.size()
                                << " translations lose or add a placeholder; first ones:\n  " << first(broken);
}

// The build compiles each .ts and embeds it where main() looks for it.
TEST_P(TranslationFiles, AreEmbeddedInTheApplication) {
  const QString language = GetParam();
  QTranslator translator;
  EXPECT_TRUE(translator.load(QStringLiteral(":/i18n/recoengine_%1.qm").arg(language)))
      << ":/i18n/recoengine_" << language.toStdString() << ".qm is not embedded";
  EXPECT_EQ(translator.language().left(2), language);
}

INSTANTIATE_TEST_SUITE_P(Languages, TranslationFiles, ::testing::ValuesIn(kLanguages.begin(), kLanguages.end()),
                         [](const ::testing::TestParamInfo<QString>& info) { return info.param.toStdString(); });

// The placeholder check itself: what it accepts and what it catches.
TEST(TranslationPlaceholders, AreComparedAsTheyAreSubstituted) {
  EXPECT_EQ(placeholders(QStringLiteral("%1 of %Ln user(s), %2%")), (QStringList{QStringLiteral("%1"), QStringLiteral("%2"), QStringLiteral("%Ln")}));
  EXPECT_EQ(placeholders(QStringLiteral("%2 vor %1")), placeholders(QStringLiteral("%1 before %2")));
  EXPECT_NE(placeholders(QStringLiteral("%L1")), placeholders(QStringLiteral("%1")));
  EXPECT_NE(placeholders(QStringLiteral("%n Regeln")), placeholders(QStringLiteral("Regeln")));
  EXPECT_EQ(placeholders(QStringLiteral("%12 and %3")), (QStringList{QStringLiteral("%12"), QStringLiteral("%3")}));
  EXPECT_TRUE(placeholders(QStringLiteral("100 % sicher")).isEmpty());
}

// The translators installed now (QtTestMain installs English's), removed.
void removeTranslators() {
  for (QTranslator* t : QCoreApplication::instance()->findChildren<QTranslator*>()) {
    QCoreApplication::removeTranslator(t);
    delete t;
  }
}

// English picks "1 rule" or "2 rules" instead of showing "rule(s)".
TEST(EnglishPlurals, AreWordsNotParentheses) {
  removeTranslators();
  EXPECT_EQ(QCoreApplication::translate("CurationDocument", "%Ln rule(s)", nullptr, 2), QStringLiteral("2 rule(s)"));
  const QLocale previous;
  EXPECT_EQ(UiLanguage::apply(QStringLiteral("en")).language(), QLocale::English);  // as main() does for English
  CurationDocument document;
  reco::Rule first;
  first.id = 1;
  reco::Rule second;
  second.id = 2;
  const SetRuleEnabledCommand two(document, {first, second}, true);
  EXPECT_EQ(two.text(), QStringLiteral("Enable 2 rules"));
  EXPECT_EQ(QCoreApplication::translate("CurationDocument", "%Ln rule(s)", nullptr, 1), QStringLiteral("1 rule"));
  EXPECT_EQ(QCoreApplication::translate("CurationDocument", "%Ln rule(s)", nullptr, 2), QStringLiteral("2 rules"));
  EXPECT_EQ(QCoreApplication::translate("CurationDocument", "%Ln rule(s)", nullptr, 1200),
            QStringLiteral("1,200 rules"));
  removeTranslators();
  QLocale::setDefault(previous);
}

// A language RecoEngine is not translated into (the C locale of a bare shell, Italian, ...) shows the English source
// texts, with English's plural forms.
TEST(EnglishPlurals, AlsoForAnUntranslatedSystemLanguage) {
  const QLocale::Language system = QLocale::system().language();
  if (system == QLocale::English || system == QLocale::German || system == QLocale::French ||
      system == QLocale::Spanish)
    GTEST_SKIP() << "the system language (" << QLocale::languageToString(system).toStdString()
                 << ") has its own translation; run with LANG=C or LANG=it_IT to test the fallback";
  removeTranslators();
  const QLocale previous;
  UiLanguage::apply(QString());  // "the system's language"
  EXPECT_EQ(QCoreApplication::translate("CurationDocument", "%Ln rule(s)", nullptr, 1), QStringLiteral("1 rule"));
  EXPECT_EQ(QCoreApplication::translate("CurationDocument", "%Ln rule(s)", nullptr, 3), QStringLiteral("3 rules"));
  removeTranslators();
  QLocale::setDefault(previous);
}

}  // namespace
