// Builds small fixture projects for the Data workspace tests: a hand-made one with known content, and the demo.
#pragma once

#include <QString>
#include <string>

namespace testproject {

// 600 users "u0000".."u0599", 300 items "i000".."i299" (titles "Item N", every 10th "Café N"), 1,000 events with
// timestamps in reverse id order (so time order differs from id order), two placements and two variants.
void buildSmallProject(const std::string& path);

// The demo generator at a small size (200 users, 100 items, 10 days).
void buildDemoProject(const std::string& path);

}  // namespace testproject
