// The user guide's chapter ids. Workspaces name theirs through Workspace::guideChapter(); the shell's UserGuide
// (ui/app) shows the pages, :/guide/<language>/<chapter>.html.
#pragma once

#include <QString>
#include <QStringList>

struct GuideChapter {
  static inline const QString Index = QStringLiteral("index");
  static inline const QString Data = QStringLiteral("data");
  static inline const QString Dashboards = QStringLiteral("dashboards");
  static inline const QString Models = QStringLiteral("models");
  static inline const QString Curation = QStringLiteral("curation");
  // In reading order: the index, then one chapter per kind of user.
  static QStringList chapters() { return {Index, Data, Dashboards, Models, Curation}; }
};
