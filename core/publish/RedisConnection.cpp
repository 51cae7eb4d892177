#include "core/publish/RedisConnection.h"

#include <hiredis/hiredis.h>
#include <sys/time.h>

#include <cmath>

namespace reco {

namespace {

RedisReply copyReply(const redisReply* r) {
  RedisReply out;
  if (!r) return out;
  switch (r->type) {
    case REDIS_REPLY_STRING:
      out.type = RedisReply::Type::String;
      out.text.assign(r->str, r->len);
      break;
    case REDIS_REPLY_STATUS:
      out.type = RedisReply::Type::Status;
      out.text.assign(r->str, r->len);
      break;
    case REDIS_REPLY_ERROR:
      out.type = RedisReply::Type::Error;
      out.text.assign(r->str, r->len);
      break;
    case REDIS_REPLY_INTEGER:
      out.type = RedisReply::Type::Integer;
      out.integer = r->integer;
      break;
    case REDIS_REPLY_ARRAY:
      out.type = RedisReply::Type::Array;
      out.elements.reserve(r->elements);
      for (std::size_t i = 0; i < r->elements; ++i) out.elements.push_back(copyReply(r->element[i]));
      break;
    default:
      break;
  }
  return out;
}

struct ReplyDeleter {
  void operator()(redisReply* r) const { freeReplyObject(r); }
};
using ReplyPtr = std::unique_ptr<redisReply, ReplyDeleter>;

}  // namespace

RedisConnection::RedisConnection(const RedisTarget& target, double timeoutSeconds) : url_(target.url) {
  timeval tv{};
  tv.tv_sec = static_cast<time_t>(timeoutSeconds);
  tv.tv_usec = static_cast<suseconds_t>((timeoutSeconds - std::floor(timeoutSeconds)) * 1e6);
  context_ = target.kind == RedisTarget::Kind::Unix ? redisConnectUnixWithTimeout(target.socket.c_str(), tv)
                                                    : redisConnectWithTimeout(target.host.c_str(), target.port, tv);
  if (!context_) throw RedisError("cannot connect to Redis at " + url_ + ": out of memory");
  if (context_->err) {
    std::string message = "cannot connect to Redis at ";
    message.append(url_).append(": ").append(context_->errstr);
    redisFree(context_);
    context_ = nullptr;
    throw RedisError(message);
  }
  redisSetTimeout(context_, tv);
  try {
    if (!target.password.empty()) {
      std::vector<std::string_view> auth{"AUTH"};
      if (!target.user.empty()) auth.emplace_back(target.user);
      auth.emplace_back(target.password);
      append(auth);
      RedisReply r = reply();
      if (r.type == RedisReply::Type::Error)
        throw RedisError("Redis at " + url_ + " refused the password (RECOENGINE_REDIS_PASSWORD): " + r.text);
    }
    if (target.database != 0) command({"SELECT", std::to_string(target.database)});
    RedisReply pong = command({"PING"});
    if (pong.text != "PONG") throw RedisError("Redis at " + url_ + " answered PING with '" + pong.text + "'");
  } catch (...) {
    redisFree(context_);
    context_ = nullptr;
    throw;
  }
}

RedisConnection::~RedisConnection() {
  if (context_) redisFree(context_);
}

void RedisConnection::connectionFailed(std::string_view doing) const {
  std::string message = "Redis at ";
  message.append(url_).append(": ").append(doing).append(" failed: ");
  message.append(context_->err ? context_->errstr : "no reply");
  throw RedisError(message);
}

std::string RedisConnection::describe(const std::vector<std::string_view>& args) const {
  if (!args.empty() && args[0] == "AUTH") return "AUTH";  // its arguments are the user and the password
  std::string text;
  for (std::size_t i = 0; i < args.size() && i < 2; ++i) {  // the command and its key; never values
    if (i) text.push_back(' ');
    text.append(args[i]);
  }
  return text;
}

RedisReply RedisConnection::command(const std::vector<std::string_view>& args) {
  append(args);
  RedisReply r = reply();
  if (r.type == RedisReply::Type::Error) {
    std::string message = "Redis at ";
    message.append(url_).append(": ").append(describe(args)).append(": ").append(r.text);
    throw RedisError(message);
  }
  return r;
}

void RedisConnection::append(const std::vector<std::string_view>& args) {
  std::vector<const char*> argv;
  std::vector<std::size_t> lengths;
  argv.reserve(args.size());
  lengths.reserve(args.size());
  for (auto a : args) {
    argv.push_back(a.data());
    lengths.push_back(a.size());
  }
  if (redisAppendCommandArgv(context_, static_cast<int>(args.size()), argv.data(), lengths.data()) != REDIS_OK)
    connectionFailed(describe(args));
  ++pending_;
}

RedisReply RedisConnection::reply() {
  void* raw = nullptr;
  if (pending_ == 0) throw RedisError("Redis at " + url_ + ": no reply is pending");
  if (redisGetReply(context_, &raw) != REDIS_OK || !raw) connectionFailed("reading a reply");
  --pending_;
  ReplyPtr r(static_cast<redisReply*>(raw));
  return copyReply(r.get());
}

void RedisConnection::drain(std::string_view what) {
  std::string firstError;
  while (pending_ > 0) {
    RedisReply r = reply();
    if (r.type == RedisReply::Type::Error && firstError.empty()) firstError = r.text;
  }
  if (!firstError.empty()) {
    std::string message = "Redis at ";
    message.append(url_).append(": ").append(what).append(": ").append(firstError);
    throw RedisError(message);
  }
}

}  // namespace reco
