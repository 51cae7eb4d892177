// Streaming reader of delimited text files (CSV, TSV, '|'- or '::'-separated) following RFC 4180: double-quoted
// fields may hold delimiters, doubled quotes and line breaks; CRLF and LF line ends; a UTF-8 BOM is skipped.
// Reads the file in large blocks, so memory stays proportional to the longest record, not to the file. A FIFO or
// pipe (e.g. /dev/stdin) is read through InputFile, which lets format detection, the header check and the row reading
// of one import share its single stream.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace reco {

class InputFile;

class DelimitedReader {
 public:
  struct Options {
    std::string delimiter = ",";  // one character, or a two-character separator such as "::"
    bool quoting = true;          // honour RFC 4180 double quotes (off for formats that never quote, e.g. u.item)
  };

  // Throws std::runtime_error naming the file when it cannot be opened or is a folder.
  DelimitedReader(std::string path, Options options);
  ~DelimitedReader();
  DelimitedReader(const DelimitedReader&) = delete;
  DelimitedReader& operator=(const DelimitedReader&) = delete;

  // Advances to the next record, skipping blank lines. False at the end of the file. The fields stay valid until the
  // next call. Throws std::runtime_error on a read error or a record longer than the size limit (unbalanced quote).
  bool next();

  const std::vector<std::string_view>& fields() const { return fields_; }
  std::size_t fieldCount() const { return fields_.size(); }
  std::string_view field(std::size_t i) const { return i < fields_.size() ? fields_[i] : std::string_view(); }
  // 1-based physical line on which the current record starts.
  std::int64_t line() const { return recordLine_; }
  // The record's bytes as in the file (quotes included, line end excluded): used to check its encoding.
  std::string_view rawRecord() const { return raw_; }
  // Why the current record is malformed (e.g. "unterminated quoted field"), or nullptr when it is well-formed.
  const char* malformed() const { return malformed_; }

  std::uint64_t bytesConsumed() const { return bufferOffset_ + pos_; }
  std::uint64_t fileSize() const { return fileSize_; }  // 0 for a FIFO or pipe
  const std::string& path() const { return path_; }
  bool hadBom() const { return bom_; }

  static constexpr std::size_t kMaxRecordBytes = std::size_t{256} << 20;

 private:
  enum class Parse { Record, Blank, NeedMore };
  struct Span {
    std::size_t begin;
    std::size_t length;
    bool escaped;  // holds doubled quotes to collapse
  };
  // The scan of one record: parse() walks it field by field, each step below moving `p` past one field.
  struct Scan {
    const char* b;
    std::size_t end;
    bool atEof;
    char d0, d1;
    bool twoChar;
    std::size_t p;
    std::int64_t innerNewlines = 0;  // line breaks inside quoted fields
    bool lineEnded = false;
    bool delimiterAt(std::size_t i) const { return b[i] == d0 && (!twoChar || (i + 1 < end && b[i + 1] == d1)); }
  };
  enum class Step { NextField, RecordEnd, NeedMore };
  Parse parse(bool atEof);
  bool skipBlankLine(bool atEof, Parse& result);
  Step quotedField(Scan& s);
  Step textAfterClosingQuote(Scan& s);
  Step unquotedField(Scan& s);
  void finishRecord(const Scan& s);
  void refill();

  std::string path_;
  Options options_;
  std::unique_ptr<InputFile> file_;
  std::uint64_t fileSize_ = 0;
  std::vector<char> buf_;
  std::size_t pos_ = 0;  // start of the next record in buf_
  std::size_t end_ = 0;  // end of valid data in buf_
  std::uint64_t bufferOffset_ = 0;  // file offset of buf_[0]
  bool eof_ = false;
  bool bom_ = false;
  std::int64_t linesBefore_ = 0;  // line breaks before pos_
  std::int64_t recordLine_ = 0;
  std::vector<Span> spans_;
  std::vector<std::string_view> fields_;
  std::string unescaped_;
  std::string_view raw_;
  const char* malformed_ = nullptr;
};

}  // namespace reco
