// Where a publish goes: a Redis server named by URL (redis://[user@]host:port/db, rediss://..., unix:///path) plus a
// password that the caller brings (from the environment or a keychain: never from a project file or a command line).
#pragma once

#include <string>

namespace reco {

struct RedisTarget {
  enum class Kind { Tcp, Unix };
  Kind kind = Kind::Tcp;
  std::string host;      // Tcp
  int port = 6379;       // Tcp
  std::string socket;    // Unix: the socket's path
  std::string user;      // "" = the default user (AUTH with the password alone)
  int database = 0;      // SELECT n
  std::string password;  // "" = no AUTH
  std::string url;       // as given, for messages (never holds the password)

  // Parses redis://[user@]host[:port][/db] and unix:///path/to/socket[?db=N]. Throws std::invalid_argument naming the
  // URL and what is wrong: a password inside the URL, a port or database out of range, and rediss:// (this build's
  // hiredis has no TLS).
  static RedisTarget parse(const std::string& url);
};

}  // namespace reco
