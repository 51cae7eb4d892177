// A real redis-server for the publish tests, as hiredis's own tests run one: Debian's /usr/bin/redis-server on a Unix
// socket in a temporary folder, without persistence, started for a test suite and stopped (SIGTERM, then SIGKILL)
// when the object goes, also after a failed test. Header only.
#pragma once

#include <gtest/gtest.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

#include "core/publish/RedisConnection.h"

namespace reco::test {

class RedisServer {
 public:
  static constexpr const char* kProgram = "/usr/bin/redis-server";

  RedisServer() {
    dir_ = std::filesystem::temp_directory_path() / ("reco_redis_" + std::to_string(::getpid()));
    std::filesystem::remove_all(dir_);
    std::filesystem::create_directories(dir_);
    socket_ = (dir_ / "redis.sock").string();
    const std::string dir = dir_.string(), log = (dir_ / "redis.log").string();
    std::vector<std::string> args{kProgram, "--port", "0", "--unixsocket", socket_, "--unixsocketperm", "700",
                                  "--save", "", "--appendonly", "no", "--dir", dir, "--logfile", log};
    pid_ = ::fork();
    if (pid_ < 0) throw std::runtime_error("fork failed");
    if (pid_ == 0) {
      std::vector<char*> argv;
      for (auto& a : args) argv.push_back(a.data());
      argv.push_back(nullptr);
      ::execv(kProgram, argv.data());
      ::_exit(127);
    }
    // Up when it answers PING (within 10 s).
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(10);
    for (;;) {
      try {
        RedisConnection probe(target(), 1.0);
        return;
      } catch (const RedisError&) {
        int status = 0;
        if (::waitpid(pid_, &status, WNOHANG) == pid_) {
          pid_ = -1;
          throw std::runtime_error("redis-server exited at start (is the redis-server package installed?)");
        }
        if (std::chrono::steady_clock::now() > deadline) {
          stop();
          throw std::runtime_error("redis-server did not answer PING on " + socket_ + " within 10 s");
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
      }
    }
  }
  ~RedisServer() {
    stop();
    std::error_code ec;
    std::filesystem::remove_all(dir_, ec);
  }
  RedisServer(const RedisServer&) = delete;
  RedisServer& operator=(const RedisServer&) = delete;

  std::string url() const { return "unix://" + socket_; }
  RedisTarget target() const { return RedisTarget::parse(url()); }

 private:
  void stop() {
    if (pid_ <= 0) return;
    ::kill(pid_, SIGTERM);
    for (int i = 0; i < 250; ++i) {  // 5 s, then SIGKILL
      if (::waitpid(pid_, nullptr, WNOHANG) == pid_) {
        pid_ = -1;
        return;
      }
      std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
    ::kill(pid_, SIGKILL);
    ::waitpid(pid_, nullptr, 0);
    pid_ = -1;
  }

  std::filesystem::path dir_;
  std::string socket_;
  pid_t pid_ = -1;
};

}  // namespace reco::test
