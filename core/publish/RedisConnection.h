// One connection to a Redis server over hiredis (RAII): plain commands, pipelined commands (append many, then read
// the replies in order) and MULTI/EXEC. Every failure is a RedisError naming the server's URL and the command.
#pragma once

#include <cstddef>
#include <memory>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "core/publish/RedisTarget.h"

struct redisContext;

namespace reco {

class RedisError : public std::runtime_error {
 public:
  explicit RedisError(const std::string& what) : std::runtime_error(what) {}
};

// A reply, copied out of hiredis.
struct RedisReply {
  enum class Type { Nil, String, Integer, Array, Status, Error };
  Type type = Type::Nil;
  std::string text;        // String, Status, Error
  long long integer = 0;   // Integer
  std::vector<RedisReply> elements;  // Array
  bool isNil() const { return type == Type::Nil; }
};

class RedisConnection {
 public:
  // Connects (within `timeoutSeconds`), authenticates with target.password when given (AUTH [user] password) and
  // selects target.database. Throws RedisError: "cannot connect to Redis at URL: Connection refused", wrong password...
  explicit RedisConnection(const RedisTarget& target, double timeoutSeconds = 5.0);
  ~RedisConnection();
  RedisConnection(const RedisConnection&) = delete;
  RedisConnection& operator=(const RedisConnection&) = delete;

  // Sends one command and waits for its reply; an error reply throws RedisError.
  RedisReply command(const std::vector<std::string_view>& args);

  // Pipelining: append() queues a command without waiting; reply() reads the replies in the order they were
  // appended (an error reply is returned, not thrown, so the caller can name the command it belongs to).
  void append(const std::vector<std::string_view>& args);
  RedisReply reply();
  std::size_t pending() const { return pending_; }
  // Reads every pending reply; throws RedisError for the first error reply, naming `what`.
  void drain(std::string_view what);

  const std::string& url() const { return url_; }

 private:
  [[noreturn]] void connectionFailed(std::string_view doing) const;
  std::string describe(const std::vector<std::string_view>& args) const;

  redisContext* context_ = nullptr;
  std::string url_;
  std::size_t pending_ = 0;
};

}  // namespace reco
