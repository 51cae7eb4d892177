// Runs a program as a child process with its standard output and error captured, for the CLI's process tests.
#pragma once

#include <sys/types.h>

#include <functional>
#include <string>
#include <vector>

namespace reco::test {

struct ProcessResult {
  int exitCode = -1;  // the exit status, or 128 + signal when killed by one
  std::string out;
  std::string err;
  std::vector<std::string> errLines() const;  // stderr split into non-empty lines
};

// Runs `program` with `args` in `workDir`; the environment is inherited. `inChild`, when given, runs in the child
// between fork and exec (e.g. setrlimit, signal dispositions: async-signal-safe calls only).
ProcessResult runProcess(const std::string& program, const std::vector<std::string>& args, const std::string& workDir,
                         const std::function<void()>& inChild = {});

// The same in two steps, for tests that act on the child while it runs (e.g. kill it): start, then finish (waits for
// the child and reads its output).
struct StartedProcess {
  pid_t pid = -1;
  std::string outPath, errPath;
};
StartedProcess startProcess(const std::string& program, const std::vector<std::string>& args,
                            const std::string& workDir, const std::function<void()>& inChild = {});
ProcessResult finishProcess(const StartedProcess& started);

// A fresh temporary folder, removed with everything in it when the object goes.
class TempFolder {
 public:
  TempFolder();
  ~TempFolder();
  TempFolder(const TempFolder&) = delete;
  TempFolder& operator=(const TempFolder&) = delete;
  const std::string& path() const { return path_; }
  std::string file(const std::string& name) const { return path_ + "/" + name; }
  void write(const std::string& name, const std::string& text) const;
  std::string read(const std::string& name) const;

 private:
  std::string path_;
};

}  // namespace reco::test
