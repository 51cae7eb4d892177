// The folder the import wizard last opened files from, remembered across sessions. The shell's AppSettings stores
// it; the wizard's pages see only this, so the import workspace does not depend on the shell.
#pragma once

#include <QString>

class ImportFolderSetting {
 public:
  virtual QString lastImportFolder() const = 0;  // empty until a folder was chosen
  virtual void setLastImportFolder(const QString& folder) = 0;

 protected:
  ~ImportFolderSetting() = default;
};
