#include "ui/app/Workspaces.h"

#include "ui/app/MainWindow.h"
#include "ui/dashboard/DashboardWorkspace.h"
#include "ui/data/DataWorkspace.h"

void installWorkspaces(MainWindow& window) {
  window.addWorkspace(new DataWorkspace);
  window.addWorkspace(new DashboardWorkspace);
  // Further workspaces: one line each, e.g. window.addWorkspace(new DashboardWorkspace);
}
