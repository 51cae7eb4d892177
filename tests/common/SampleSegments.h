// The sample segments the curation screenshots show (for the GUI tests): "mobile DE/AT" and "new users", typed
// into the segment editor as a user would. Header only; include it as "tests/common/SampleSegments.h".
#pragma once

#include <gtest/gtest.h>

#include <QLineEdit>
#include <QPlainTextEdit>
#include <utility>

#include "ui/curation/SegmentEditor.h"

namespace reco_test {

// Adds both segments through the editor; fails with the name of the one the editor did not accept.
inline ::testing::AssertionResult addSampleSegments(SegmentEditor* editor) {
  const std::pair<QString, QString> segments[] = {
      {QStringLiteral("mobile DE/AT"), QStringLiteral("country in (\"DE\", \"AT\") and device = \"mobile\"")},
      {QStringLiteral("new users"), QStringLiteral("is_new = 1")}};
  for (const auto& [name, expression] : segments) {
    editor->startNew();
    editor->nameField()->setText(name);
    editor->expressionField()->setPlainText(expression);
    if (!editor->apply()) return ::testing::AssertionFailure() << "segment not applied: " << name.toStdString();
  }
  return ::testing::AssertionSuccess();
}

}  // namespace reco_test
