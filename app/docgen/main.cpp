// recoengine-docgen: a build-time tool that writes recoengine-cli's man page and bash completion from the CLI's
// command registry (linked in), and recoengine's man page from the GUI's own --help output (the program is run
// offscreen in the C locale). Not installed.
//   recoengine-docgen man-cli OUT --version V --date D
//   recoengine-docgen man-gui RECOENGINE_PROGRAM OUT --version V --date D
//   recoengine-docgen bash-completion OUT
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

#include "BashCompletion.h"
#include "ManPages.h"

namespace {

void writeFile(const std::string& path, const std::string& text) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  if (!out) throw std::runtime_error("cannot write '" + path + "'");
  out << text;
  out.close();
  if (!out) throw std::runtime_error("cannot write '" + path + "' (disk full?)");
}

// What `PROGRAM --help` prints, run without a display and untranslated.
std::string helpOutput(const std::string& program) {
  if (program.find('\'') != std::string::npos) throw std::runtime_error("unsupported program path '" + program + "'");
  ::setenv("QT_QPA_PLATFORM", "offscreen", 1);
  ::setenv("LC_ALL", "C", 1);
  ::setenv("LANG", "C", 1);
  ::unsetenv("LANGUAGE");
  FILE* pipe = ::popen(("'" + program + "' --help").c_str(), "r");
  if (!pipe) throw std::runtime_error("cannot run '" + program + "'");
  std::string text;
  char buffer[4096];
  for (std::size_t n; (n = std::fread(buffer, 1, sizeof buffer, pipe)) > 0;) text.append(buffer, n);
  const int status = ::pclose(pipe);
  if (status != 0) throw std::runtime_error("'" + program + " --help' failed (status " + std::to_string(status) + ")");
  return text;
}

}  // namespace

int main(int argc, char** argv) {
  std::vector<std::string> args(argv + 1, argv + argc);
  const char* usage =
      "usage: recoengine-docgen man-cli OUT --version V --date D | man-gui PROGRAM OUT --version V --date D | "
      "bash-completion OUT\n";
  try {
    std::vector<std::string> positional;
    reco::docgen::PageInfo info;
    for (std::size_t i = 0; i < args.size(); ++i) {
      if ((args[i] == "--version" || args[i] == "--date") && i + 1 < args.size()) {
        (args[i] == "--version" ? info.version : info.date) = args[i + 1];
        ++i;
      } else {
        positional.push_back(args[i]);
      }
    }
    if (positional.size() == 2 && positional[0] == "man-cli" && !info.version.empty()) {
      writeFile(positional[1], reco::docgen::cliManPage(info));
    } else if (positional.size() == 3 && positional[0] == "man-gui" && !info.version.empty()) {
      writeFile(positional[2], reco::docgen::guiManPage(info, helpOutput(positional[1])));
    } else if (positional.size() == 2 && positional[0] == "bash-completion") {
      writeFile(positional[1], reco::docgen::bashCompletion());
    } else {
      std::cerr << usage;
      return 2;
    }
  } catch (const std::exception& e) {
    std::cerr << "recoengine-docgen: " << e.what() << "\n";
    return 1;
  }
  return 0;
}
