#include "core/import/DelimitedReader.h"

#include <algorithm>
#include <cstring>
#include <stdexcept>

#include "core/import/InputFile.h"

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
  file_ = std::make_unique<InputFile>(path_);
  fileSize_ = file_->size();
  buf_.resize(kBlockBytes);
  refill();
  if (end_ >= 3 && static_cast<unsigned char>(buf_[0]) == 0xEF && static_cast<unsigned char>(buf_[1]) == 0xBB &&
      static_cast<unsigned char>(buf_[2]) == 0xBF) {
    pos_ = 3;
    bom_ = true;
  }
}

DelimitedReader::~DelimitedReader() = default;

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
    const std::size_t n = file_->read(buf_.data() + end_, buf_.size() - end_);
    if (n == 0) {
      eof_ = true;
      break;
    }
    end_ += n;
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

// A blank line (LF or CRLF) is skipped; a lone CR starts a field. False when the record is not blank.
inline bool DelimitedReader::skipBlankLine(bool atEof, Parse& result) {
  const char* b = buf_.data();
  std::size_t q = pos_;
  if (b[q] == '\r') {
    if (q + 1 >= end_ && !atEof) {
      result = Parse::NeedMore;
      return true;
    }
    if (q + 1 < end_ && b[q + 1] == '\n') ++q;
    else if (q + 1 < end_) return false;
  }
  pos_ = q + 1;
  ++linesBefore_;
  result = Parse::Blank;
  return true;
}

// A field that opens with a double quote: up to its closing quote (doubled quotes inside), then a delimiter, the
// line end or text after the closing quote (malformed).
inline DelimitedReader::Step DelimitedReader::quotedField(Scan& s) {
  const char* b = s.b;
  const std::size_t end = s.end;
  const std::size_t open = s.p;
  std::size_t q = s.p + 1;
  bool escaped = false;
  std::size_t close = 0;
  for (;;) {
    const void* hit = q < end ? std::memchr(b + q, '"', end - q) : nullptr;
    if (!hit) {
      if (!s.atEof) return Step::NeedMore;
      s.innerNewlines += countNewlines(b + q, b + end);
      malformed_ = "unterminated quoted field";
      close = end;
      break;
    }
    const std::size_t h = static_cast<std::size_t>(static_cast<const char*>(hit) - b);
    if (h + 1 >= end && !s.atEof) return Step::NeedMore;
    s.innerNewlines += countNewlines(b + q, b + h);
    if (h + 1 < end && b[h + 1] == '"') {
      escaped = true;
      q = h + 2;
      continue;
    }
    close = h;
    break;
  }
  spans_.push_back({open + 1, close - open - 1, escaped});
  s.p = close + 1;
  if (close == end) {
    s.p = end;
    return Step::RecordEnd;
  }
  std::size_t& p = s.p;
  if (p >= end) return Step::RecordEnd;  // at EOF right after the closing quote
  if (s.delimiterAt(p)) {
    p += s.twoChar ? 2 : 1;
    return Step::NextField;
  }
  if (b[p] == '\n') {
    ++p;
    s.lineEnded = true;
    return Step::RecordEnd;
  }
  if (b[p] == '\r' && p + 1 < end && b[p + 1] == '\n') {
    p += 2;
    s.lineEnded = true;
    return Step::RecordEnd;
  }
  if (b[p] == '\r' && p + 1 >= end && !s.atEof) return Step::NeedMore;
  if (s.twoChar && b[p] == s.d0 && p + 1 >= end && !s.atEof) return Step::NeedMore;
  return textAfterClosingQuote(s);
}

// Text after a closing quote: scan on to the field's end and report the record as malformed.
inline DelimitedReader::Step DelimitedReader::textAfterClosingQuote(Scan& s) {
  const char* b = s.b;
  std::size_t& p = s.p;
  malformed_ = "unexpected text after a closing quote";
  while (p < s.end && b[p] != '\n' && !s.delimiterAt(p)) ++p;
  if (p >= s.end) return s.atEof ? Step::RecordEnd : Step::NeedMore;
  if (b[p] == '\n') {
    ++p;
    s.lineEnded = true;
    return Step::RecordEnd;
  }
  p += s.twoChar ? 2 : 1;
  return Step::NextField;
}

// A field without quotes: up to the next delimiter or line end (a CR before the LF is not part of it).
inline DelimitedReader::Step DelimitedReader::unquotedField(Scan& s) {
  const char* b = s.b;
  const std::size_t end = s.end;
  const char d0 = s.d0;
  std::size_t& p = s.p;
  const std::size_t start = p;
  if (!s.twoChar) {
    while (p < end && b[p] != d0 && b[p] != '\n') ++p;
  } else {
    for (;;) {
      while (p < end && b[p] != d0 && b[p] != '\n') ++p;
      if (p >= end || b[p] == '\n') break;
      if (p + 1 >= end) {
        if (!s.atEof) return Step::NeedMore;
        ++p;
        continue;
      }
      if (b[p + 1] == s.d1) break;
      ++p;
    }
  }
  if (p >= end || b[p] == '\n') {
    if (p >= end && !s.atEof) return Step::NeedMore;
    std::size_t fieldEnd = p;
    if (fieldEnd > start && b[fieldEnd - 1] == '\r') --fieldEnd;
    spans_.push_back({start, fieldEnd - start, false});
    if (p < end) {
      ++p;
      s.lineEnded = true;
    }
    return Step::RecordEnd;
  }
  spans_.push_back({start, p - start, false});
  p += s.twoChar ? 2 : 1;
  return Step::NextField;
}

// The record [pos_, s.p) is complete: note its raw bytes and lines, and collapse doubled quotes into fields_.
inline void DelimitedReader::finishRecord(const Scan& s) {
  const char* b = s.b;
  std::size_t rawEnd = s.p;
  if (s.lineEnded) {
    --rawEnd;
    if (rawEnd > pos_ && b[rawEnd - 1] == '\r') --rawEnd;
  }
  raw_ = std::string_view(b + pos_, rawEnd - pos_);
  recordLine_ = linesBefore_ + 1;
  linesBefore_ += s.innerNewlines + (s.lineEnded ? 1 : 0);
  pos_ = s.p;

  std::size_t unescapedBytes = 0;
  for (const Span& span : spans_)
    if (span.escaped) unescapedBytes += span.length;
  unescaped_.resize(unescapedBytes);
  char* out = unescaped_.data();
  fields_.resize(spans_.size());
  for (std::size_t i = 0; i < spans_.size(); ++i) {
    const Span& span = spans_[i];
    if (!span.escaped) {
      fields_[i] = std::string_view(b + span.begin, span.length);
      continue;
    }
    char* start = out;
    const char* src = b + span.begin;
    const char* srcEnd = src + span.length;
    while (src < srcEnd) {
      char c = *src++;
      *out++ = c;
      if (c == '"' && src < srcEnd && *src == '"') ++src;
    }
    fields_[i] = std::string_view(start, static_cast<std::size_t>(out - start));
  }
}

DelimitedReader::Parse DelimitedReader::parse(bool atEof) {
  const char* b = buf_.data();
  if (b[pos_] == '\n' || b[pos_] == '\r') {
    Parse blank;
    if (skipBlankLine(atEof, blank)) return blank;
  }
  const bool twoChar = options_.delimiter.size() == 2;
  Scan s{b, end_, atEof, options_.delimiter[0], twoChar ? options_.delimiter[1] : '\0', twoChar, pos_, 0, false};
  spans_.clear();
  malformed_ = nullptr;
  for (;;) {
    const Step step = options_.quoting && s.p < s.end && b[s.p] == '"' ? quotedField(s) : unquotedField(s);
    if (step == Step::NeedMore) return Parse::NeedMore;
    if (step == Step::RecordEnd) break;
  }
  finishRecord(s);
  return Parse::Record;
}

}  // namespace reco
