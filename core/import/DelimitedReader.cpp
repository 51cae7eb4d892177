#include "core/import/DelimitedReader.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <stdexcept>

namespace reco {

namespace {
constexpr std::size_t kBlockBytes = std::size_t{4} << 20;

std::int64_t countNewlines(const char* b, const char* e) {
  std::int64_t n = 0;
  while (b < e) {
    const void* hit = std::memchr(b, '\n', static_cast<std::size_t>(e - b));
    if (!hit) break;
    ++n;
    b = static_cast<const char*>(hit) + 1;
  }
  return n;
}
}  // namespace

DelimitedReader::DelimitedReader(std::string path, Options options) : path_(std::move(path)), options_(std::move(options)) {
  if (options_.delimiter.empty() || options_.delimiter.size() > 2)
    throw std::invalid_argument("DelimitedReader: the delimiter must have one or two characters");
  fd_ = ::open(path_.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd_ < 0) throw std::runtime_error("cannot open '" + path_ + "': " + std::strerror(errno));
  struct stat st {};
  if (::fstat(fd_, &st) != 0 || S_ISDIR(st.st_mode)) {
    ::close(fd_);
    fd_ = -1;
    throw std::runtime_error("cannot read '" + path_ + "': it is a folder, not a file");
  }
  fileSize_ = static_cast<std::uint64_t>(st.st_size);
#ifdef POSIX_FADV_SEQUENTIAL
  ::posix_fadvise(fd_, 0, 0, POSIX_FADV_SEQUENTIAL);
#endif
  buf_.resize(kBlockBytes);
  refill();
  if (end_ >= 3 && static_cast<unsigned char>(buf_[0]) == 0xEF && static_cast<unsigned char>(buf_[1]) == 0xBB &&
      static_cast<unsigned char>(buf_[2]) == 0xBF) {
    pos_ = 3;
    bom_ = true;
  }
}

DelimitedReader::~DelimitedReader() {
  if (fd_ >= 0) ::close(fd_);
}

void DelimitedReader::refill() {
  // Keep the unfinished record (from pos_) and read behind it.
  if (pos_ > 0) {
    std::memmove(buf_.data(), buf_.data() + pos_, end_ - pos_);
    end_ -= pos_;
    bufferOffset_ += pos_;
    pos_ = 0;
  }
  if (end_ == buf_.size()) {
    if (buf_.size() >= kMaxRecordBytes)
      throw std::runtime_error(path_ + ":" + std::to_string(linesBefore_ + 1) + ": record longer than " +
                               std::to_string(kMaxRecordBytes >> 20) + " MB (unbalanced quote?)");
    buf_.resize(buf_.size() * 2);
  }
  while (end_ < buf_.size()) {
    ssize_t n = ::read(fd_, buf_.data() + end_, buf_.size() - end_);
    if (n < 0) {
      if (errno == EINTR) continue;
      throw std::runtime_error("cannot read '" + path_ + "': " + std::strerror(errno));
    }
    if (n == 0) {
      eof_ = true;
      break;
    }
    end_ += static_cast<std::size_t>(n);
  }
}

bool DelimitedReader::next() {
  for (;;) {
    if (pos_ >= end_) {
      if (eof_) return false;
      refill();
      continue;
    }
    Parse r = parse(eof_);
    if (r == Parse::NeedMore) {
      refill();
      continue;
    }
    if (r == Parse::Blank) continue;
    return true;
  }
}

DelimitedReader::Parse DelimitedReader::parse(bool atEof) {
  const char* b = buf_.data();
  const std::size_t end = end_;
  const char d0 = options_.delimiter[0];
  const bool twoChar = options_.delimiter.size() == 2;
  const char d1 = twoChar ? options_.delimiter[1] : '\0';
  const bool quoting = options_.quoting;
  std::size_t p = pos_;

  // Blank line (LF or CRLF).
  if (b[p] == '\n' || b[p] == '\r') {
    std::size_t q = p;
    bool blank = true;
    if (b[q] == '\r') {
      if (q + 1 >= end && !atEof) return Parse::NeedMore;
      if (q + 1 < end && b[q + 1] == '\n') ++q;
      else if (q + 1 < end) blank = false;  // a lone CR starts a field
    }
    if (blank) {
      pos_ = q + 1;
      ++linesBefore_;
      return Parse::Blank;
    }
  }
  spans_.clear();
  malformed_ = nullptr;
  std::int64_t innerNewlines = 0;
  bool lineEnded = false;
  for (;;) {
    if (quoting && p < end && b[p] == '"') {
      const std::size_t open = p;
      std::size_t q = p + 1;
      bool escaped = false;
      std::size_t close = 0;
      for (;;) {
        const void* hit = q < end ? std::memchr(b + q, '"', end - q) : nullptr;
        if (!hit) {
          if (!atEof) return Parse::NeedMore;
          innerNewlines += countNewlines(b + q, b + end);
          malformed_ = "unterminated quoted field";
          close = end;
          break;
        }
        const std::size_t h = static_cast<std::size_t>(static_cast<const char*>(hit) - b);
        if (h + 1 >= end && !atEof) return Parse::NeedMore;
        innerNewlines += countNewlines(b + q, b + h);
        if (h + 1 < end && b[h + 1] == '"') {
          escaped = true;
          q = h + 2;
          continue;
        }
        close = h;
        break;
      }
      spans_.push_back({open + 1, close - open - 1, escaped});
      p = close + 1;
      if (close == end) {
        p = end;
        break;
      }
      if (p >= end) break;  // at EOF right after the closing quote
      if (b[p] == d0 && (!twoChar || (p + 1 < end && b[p + 1] == d1))) {
        p += twoChar ? 2 : 1;
        continue;
      }
      if (b[p] == '\n') {
        ++p;
        lineEnded = true;
        break;
      }
      if (b[p] == '\r' && p + 1 < end && b[p + 1] == '\n') {
        p += 2;
        lineEnded = true;
        break;
      }
      if (b[p] == '\r' && p + 1 >= end && !atEof) return Parse::NeedMore;
      if (twoChar && b[p] == d0 && p + 1 >= end && !atEof) return Parse::NeedMore;
      // Text after the closing quote: keep scanning to the field's end, report the record as malformed.
      malformed_ = "unexpected text after a closing quote";
      while (p < end && b[p] != '\n' && !(b[p] == d0 && (!twoChar || (p + 1 < end && b[p + 1] == d1)))) ++p;
      if (p >= end) {
        if (!atEof) return Parse::NeedMore;
        break;
      }
      if (b[p] == '\n') {
        ++p;
        lineEnded = true;
        break;
      }
      p += twoChar ? 2 : 1;
      continue;
    }
    // Unquoted field.
    const std::size_t s = p;
    if (!twoChar) {
      while (p < end && b[p] != d0 && b[p] != '\n') ++p;
    } else {
      for (;;) {
        while (p < end && b[p] != d0 && b[p] != '\n') ++p;
        if (p >= end || b[p] == '\n') break;
        if (p + 1 >= end) {
          if (!atEof) return Parse::NeedMore;
          ++p;
          continue;
        }
        if (b[p + 1] == d1) break;
        ++p;
      }
    }
    if (p >= end) {
      if (!atEof) return Parse::NeedMore;
      std::size_t fe = p;
      if (fe > s && b[fe - 1] == '\r') --fe;
      spans_.push_back({s, fe - s, false});
      break;
    }
    if (b[p] == '\n') {
      std::size_t fe = p;
      if (fe > s && b[fe - 1] == '\r') --fe;
      spans_.push_back({s, fe - s, false});
      ++p;
      lineEnded = true;
      break;
    }
    spans_.push_back({s, p - s, false});
    p += twoChar ? 2 : 1;
  }

  // The record is complete: [pos_, p).
  std::size_t rawEnd = p;
  if (lineEnded) {
    --rawEnd;
    if (rawEnd > pos_ && b[rawEnd - 1] == '\r') --rawEnd;
  }
  raw_ = std::string_view(b + pos_, rawEnd - pos_);
  recordLine_ = linesBefore_ + 1;
  linesBefore_ += innerNewlines + (lineEnded ? 1 : 0);
  pos_ = p;

  std::size_t unescapedBytes = 0;
  for (const Span& s : spans_)
    if (s.escaped) unescapedBytes += s.length;
  unescaped_.resize(unescapedBytes);
  char* out = unescaped_.data();
  fields_.resize(spans_.size());
  for (std::size_t i = 0; i < spans_.size(); ++i) {
    const Span& s = spans_[i];
    if (!s.escaped) {
      fields_[i] = std::string_view(b + s.begin, s.length);
      continue;
    }
    char* start = out;
    const char* src = b + s.begin;
    const char* srcEnd = src + s.length;
    while (src < srcEnd) {
      char c = *src++;
      *out++ = c;
      if (c == '"' && src < srcEnd && *src == '"') ++src;
    }
    fields_[i] = std::string_view(start, static_cast<std::size_t>(out - start));
  }
  return Parse::Record;
}

}  // namespace reco
