#include "CliRun.h"

#include <fcntl.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>

namespace reco::test {

namespace {

std::string slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

}  // namespace

std::vector<std::string> ProcessResult::errLines() const {
  std::vector<std::string> lines;
  std::istringstream in(err);
  for (std::string line; std::getline(in, line);)
    if (!line.empty()) lines.push_back(line);
  return lines;
}

StartedProcess startProcess(const std::string& program, const std::vector<std::string>& args,
                            const std::string& workDir, const std::function<void()>& inChild) {
  // Output goes to files outside workDir (no pipe can fill up and block the child; the folder's listing, which
  // completion tests read, stays as the test made it), read back after the child exits.
  std::string outPath = (std::filesystem::temp_directory_path() / "reco-cli-out-XXXXXX").string();
  std::string errPath = (std::filesystem::temp_directory_path() / "reco-cli-err-XXXXXX").string();
  const int outFd = ::mkstemp(outPath.data()), errFd = ::mkstemp(errPath.data());
  if (outFd < 0 || errFd < 0) throw std::runtime_error("cannot create temporary output files");
  ::close(outFd);
  ::close(errFd);
  std::vector<std::string> argvStrings{program};
  argvStrings.insert(argvStrings.end(), args.begin(), args.end());
  std::vector<char*> argv;
  for (auto& a : argvStrings) argv.push_back(a.data());
  argv.push_back(nullptr);
  const pid_t pid = ::fork();
  if (pid < 0) throw std::runtime_error("fork failed");
  if (pid == 0) {
    const int out = ::open(outPath.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    const int err = ::open(errPath.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    const int in = ::open("/dev/null", O_RDONLY);
    if (out < 0 || err < 0 || in < 0 || ::chdir(workDir.c_str()) != 0) ::_exit(125);
    ::dup2(in, 0);
    ::dup2(out, 1);
    ::dup2(err, 2);
    if (inChild) inChild();
    ::execv(program.c_str(), argv.data());
    ::_exit(127);
  }
  return {pid, outPath, errPath};
}

ProcessResult finishProcess(const StartedProcess& started) {
  int status = 0;
  while (::waitpid(started.pid, &status, 0) < 0) {
  }
  ProcessResult r;
  r.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
  r.out = slurp(started.outPath);
  r.err = slurp(started.errPath);
  std::filesystem::remove(started.outPath);
  std::filesystem::remove(started.errPath);
  return r;
}

ProcessResult runProcess(const std::string& program, const std::vector<std::string>& args, const std::string& workDir,
                         const std::function<void()>& inChild) {
  return finishProcess(startProcess(program, args, workDir, inChild));
}

TempFolder::TempFolder() {
  std::string pattern = (std::filesystem::temp_directory_path() / "reco-cli-test-XXXXXX").string();
  if (!::mkdtemp(pattern.data())) throw std::runtime_error("cannot create a temporary folder");
  path_ = pattern;
}

TempFolder::~TempFolder() {
  std::error_code ec;
  std::filesystem::remove_all(path_, ec);
}

void TempFolder::write(const std::string& name, const std::string& text) const {
  std::ofstream out(file(name), std::ios::binary | std::ios::trunc);
  out << text;
  if (!out) throw std::runtime_error("cannot write " + file(name));
}

std::string TempFolder::read(const std::string& name) const { return slurp(file(name)); }

}  // namespace reco::test
