// The man pages: recoengine-cli.1 from the CLI's command registry, recoengine.1 from the GUI's own --help output.
#pragma once

#include <string>

namespace reco::docgen {

struct PageInfo {
  std::string version;  // "0.1.0"
  std::string date;     // "2026-12-06" (the build's SOURCE_DATE_EPOCH when set)
};

std::string cliManPage(const PageInfo& info);
// `guiHelp` is what `recoengine --help` prints (Qt's QCommandLineParser format, C locale).
std::string guiManPage(const PageInfo& info, const std::string& guiHelp);

}  // namespace reco::docgen
