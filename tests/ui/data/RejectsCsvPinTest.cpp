// The import's rejects CSV pinned byte for byte on a small sample: quoting of commas, quotes, line feeds and lone
// carriage returns, empty values, large line numbers and non-ASCII text, header and CRLF line ends.
#include <gtest/gtest.h>

#include <QFile>
#include <QTemporaryDir>

#include "ui/import/RejectsTableModel.h"

namespace {

std::vector<reco::ImportReject> sampleRejects() {
  return {{"/data/in,put.csv", 4, "bad \"timestamp\" value"},
          {"/données/événements.csv", 12, "first\nsecond"},
          {"plain.csv", 123456789012, ""},
          {"", 0, "a\rb"},
          {"x.tsv", 7, "Käse 😀 — ok"}};
}

const char* const kExpected =
    "file,line,reason\r\n"
    "\"/data/in,put.csv\",4,\"bad \"\"timestamp\"\" value\"\r\n"
    "/données/événements.csv,12,\"first\nsecond\"\r\n"
    "plain.csv,123456789012,\r\n"
    ",0,\"a\rb\"\r\n"
    "x.tsv,7,Käse 😀 — ok\r\n";

QByteArray written(const std::vector<reco::ImportReject>& rejects) {
  QTemporaryDir dir;
  EXPECT_TRUE(dir.isValid());
  RejectsTableModel model;
  model.setRejects(rejects);
  const QString path = dir.filePath(QStringLiteral("rejects.csv"));
  QString error;
  EXPECT_TRUE(model.writeCsv(path, &error)) << error.toStdString();
  QFile f(path);
  EXPECT_TRUE(f.open(QIODevice::ReadOnly));
  return f.readAll();
}

TEST(RejectsCsv, SavedBytesArePinned) {
  EXPECT_EQ(written(sampleRejects()).toStdString(), std::string(kExpected));
}

TEST(RejectsCsv, NoRejectsIsTheHeaderAlone) {
  EXPECT_EQ(written({}).toStdString(), std::string("file,line,reason\r\n"));
}

}  // namespace
