// The single place that decides which workspaces the main window shows, in switcher order.
#pragma once

class MainWindow;

// Adds every workspace to the window (one addWorkspace line per workspace).
void installWorkspaces(MainWindow& window);
