#include "ui/app/Workspaces.h"

#include "ui/app/MainWindow.h"
#include "ui/curation/CurationWorkspace.h"
#include "ui/dashboard/DashboardWorkspace.h"
#include "ui/data/DataWorkspace.h"
#include "ui/models/ModelsWorkspace.h"

void installWorkspaces(MainWindow& window) {
  window.addWorkspace(new DataWorkspace);
  window.addWorkspace(new DashboardWorkspace);
  window.addWorkspace(new ModelsWorkspace);
  window.addWorkspace(new CurationWorkspace);
  // Further workspaces: one line each, e.g. window.addWorkspace(new DashboardWorkspace);
}
