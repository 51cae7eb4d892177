#include "core/publish/RedisTarget.h"

#include <hiredis/hiredis.h>

#include <charconv>
#include <stdexcept>

namespace reco {

namespace {

int number(const std::string& url, std::string_view text, int min, int max, const char* what) {
  int value = 0;
  const auto* end = text.data() + text.size();
  auto [ptr, ec] = std::from_chars(text.data(), end, value);
  if (text.empty() || ec != std::errc() || ptr != end || value < min || value > max) {
    std::string message = "Redis URL '";
    message.append(url).append("': ").append(what).append(" must be a number from ").append(std::to_string(min));
    message.append(" to ").append(std::to_string(max)).append(", got '").append(text).append("'");
    throw std::invalid_argument(message);
  }
  return value;
}

[[noreturn]] void fail(const std::string& url, const std::string& why) {
  std::string message = "Redis URL '";
  message.append(url).append("': ").append(why);
  throw std::invalid_argument(message);
}

}  // namespace

RedisTarget RedisTarget::parse(const std::string& url) {
  RedisTarget t;
  t.url = url;
  const std::string_view u(url);
  if (u.starts_with("rediss://")) {
    std::string why = "TLS (rediss://) is not available: this build's hiredis (";
    why.append(std::to_string(HIREDIS_MAJOR)).append(".").append(std::to_string(HIREDIS_MINOR)).append(".");
    why.append(std::to_string(HIREDIS_PATCH)).append(") has no TLS support; use redis:// on a trusted network, ");
    why.append("unix:///path, or a TLS tunnel (stunnel, spiped) to a local port");
    fail(url, why);
  }
  if (u.starts_with("unix://")) {
    t.kind = Kind::Unix;
    std::string_view rest = u.substr(7);
    if (auto q = rest.find('?'); q != std::string_view::npos) {
      std::string_view query = rest.substr(q + 1);
      rest = rest.substr(0, q);
      if (!query.starts_with("db=")) fail(url, "the only query parameter is db=N");
      t.database = number(url, query.substr(3), 0, 1000000, "the database");
    }
    if (!rest.starts_with("/")) fail(url, "a socket path must be absolute (unix:///run/redis/redis.sock)");
    t.socket = std::string(rest);
    return t;
  }
  if (!u.starts_with("redis://"))
    fail(url, "expected redis://[user@]host:port/db or unix:///path/to/socket");
  std::string_view rest = u.substr(8);
  if (auto slash = rest.find('/'); slash != std::string_view::npos) {
    std::string_view db = rest.substr(slash + 1);
    rest = rest.substr(0, slash);
    if (!db.empty()) t.database = number(url, db, 0, 1000000, "the database");
  }
  if (auto at = rest.rfind('@'); at != std::string_view::npos) {
    std::string_view user = rest.substr(0, at);
    if (user.find(':') != std::string_view::npos)
      fail(url, "a password does not belong in the URL; set RECOENGINE_REDIS_PASSWORD instead");
    t.user = std::string(user);
    rest = rest.substr(at + 1);
  }
  if (rest.starts_with("[")) {  // [::1]:6379
    auto close = rest.find(']');
    if (close == std::string_view::npos) fail(url, "an IPv6 address needs its closing ']'");
    t.host = std::string(rest.substr(1, close - 1));
    rest = rest.substr(close + 1);
    if (!rest.empty()) {
      if (rest[0] != ':') fail(url, "expected ':port' after the IPv6 address");
      t.port = number(url, rest.substr(1), 1, 65535, "the port");
    }
  } else if (auto colon = rest.find(':'); colon != std::string_view::npos) {
    t.host = std::string(rest.substr(0, colon));
    t.port = number(url, rest.substr(colon + 1), 1, 65535, "the port");
  } else {
    t.host = std::string(rest);
  }
  if (t.host.empty()) fail(url, "no host name");
  return t;
}

}  // namespace reco
