// A chart panel saves the CSV text it was given as UTF-8, byte for byte.
#include <gtest/gtest.h>

#include <QFile>
#include <QTemporaryDir>

#include "ui/base/ChartPanel.h"

namespace {

TEST(ChartPanel, SavesItsCsvAsUtf8) {
  QTemporaryDir dir;
  ASSERT_TRUE(dir.isValid());
  ChartPanel panel(QStringLiteral("Segments"));
  const std::string csv = "segment,label\n\"a,b\",Éß 😀\n\"line\nbreak\",\n";
  panel.setCsv(QString::fromStdString(csv));
  const QString path = dir.filePath(QStringLiteral("segments.csv"));
  QString error;
  ASSERT_TRUE(panel.exportCsv(path, &error)) << error.toStdString();
  QFile f(path);
  ASSERT_TRUE(f.open(QIODevice::ReadOnly));
  EXPECT_EQ(f.readAll().toStdString(), csv);
}

}  // namespace
