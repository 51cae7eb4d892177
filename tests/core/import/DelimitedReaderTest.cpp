// CSV edge cases of the streaming reader: RFC 4180 quoting, CRLF, BOM, blank lines, block boundaries, '::'.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "core/import/DelimitedReader.h"

namespace {

namespace fs = std::filesystem;

class DelimitedReaderTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("reco_csv_" + std::to_string(::getpid()) + "_" +
                                        ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::create_directories(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }
  std::string write(const std::string& content) {
    std::string path = (dir_ / "f.csv").string();
    std::ofstream(path, std::ios::binary) << content;
    return path;
  }
  struct Rec {
    std::int64_t line;
    std::vector<std::string> fields;
    bool malformed;
  };
  std::vector<Rec> readAll(const std::string& content, reco::DelimitedReader::Options o = {}) {
    reco::DelimitedReader r(write(content), o);
    std::vector<Rec> out;
    while (r.next()) {
      Rec rec{r.line(), {}, r.malformed() != nullptr};
      for (auto f : r.fields()) rec.fields.emplace_back(f);
      out.push_back(rec);
    }
    return out;
  }
  fs::path dir_;
};

using Fields = std::vector<std::string>;

TEST_F(DelimitedReaderTest, QuotedDelimitersNewlinesAndDoubledQuotes) {
  auto recs = readAll("a,b,c\n\"x,y\",\"line1\nline2\",\"say \"\"hi\"\"\"\nlast,,\n");
  ASSERT_EQ(recs.size(), 3u);
  EXPECT_EQ(recs[0].fields, (Fields{"a", "b", "c"}));
  EXPECT_EQ(recs[1].fields, (Fields{"x,y", "line1\nline2", "say \"hi\""}));
  EXPECT_EQ(recs[1].line, 2);
  EXPECT_EQ(recs[2].fields, (Fields{"last", "", ""}));
  EXPECT_EQ(recs[2].line, 4);  // the quoted newline moved it down one line
}

TEST_F(DelimitedReaderTest, CrlfBomBlankLinesAndMissingFinalNewline) {
  auto recs = readAll("\xEF\xBB\xBFid,name\r\n\r\n1,\"a\r\nb\"\r\n2,z");
  ASSERT_EQ(recs.size(), 3u);
  EXPECT_EQ(recs[0].fields, (Fields{"id", "name"}));
  EXPECT_EQ(recs[1].fields, (Fields{"1", "a\r\nb"}));
  EXPECT_EQ(recs[1].line, 3);
  EXPECT_EQ(recs[2].fields, (Fields{"2", "z"}));
  EXPECT_EQ(recs[2].line, 5);
}

TEST_F(DelimitedReaderTest, UnterminatedQuoteIsMalformedNotLost) {
  auto recs = readAll("a,b\n1,\"open\n2,3\n");
  ASSERT_EQ(recs.size(), 2u);
  EXPECT_FALSE(recs[0].malformed);
  EXPECT_TRUE(recs[1].malformed);
  EXPECT_EQ(recs[1].line, 2);
}

TEST_F(DelimitedReaderTest, TextAfterClosingQuoteIsMalformed) {
  auto recs = readAll("\"ab\"cd,e\nf,g\n");
  ASSERT_EQ(recs.size(), 2u);
  EXPECT_TRUE(recs[0].malformed);
  EXPECT_FALSE(recs[1].malformed);
  EXPECT_EQ(recs[1].fields, (Fields{"f", "g"}));
}

TEST_F(DelimitedReaderTest, TwoCharacterSeparatorKeepsSingleColons) {
  auto recs = readAll("2::Star Wars: Episode IV::Action|Sci-Fi\n3::a:b::c\n", {"::", false});
  ASSERT_EQ(recs.size(), 2u);
  EXPECT_EQ(recs[0].fields, (Fields{"2", "Star Wars: Episode IV", "Action|Sci-Fi"}));
  EXPECT_EQ(recs[1].fields, (Fields{"3", "a:b", "c"}));
}

TEST_F(DelimitedReaderTest, QuotesAreLiteralWhenQuotingIsOff) {
  auto recs = readAll("1|\"Quoted\" title|x\n", {"|", false});
  ASSERT_EQ(recs.size(), 1u);
  EXPECT_EQ(recs[0].fields, (Fields{"1", "\"Quoted\" title", "x"}));
}

TEST_F(DelimitedReaderTest, RecordsSpanningBlockBoundariesAreIntact) {
  // 200,000 rows (> 4 MB) with quoted multi-line fields: every record must come back whole with its line number.
  std::string content = "id,text,n\n";
  for (int i = 0; i < 200000; ++i)
    content += std::to_string(i) + ",\"row " + std::to_string(i) + "\nhas \"\"two\"\" lines, and a comma\"," +
               std::to_string(i * 7) + "\r\n";
  reco::DelimitedReader r(write(content), {});
  ASSERT_TRUE(r.next());
  int i = 0;
  while (r.next()) {
    ASSERT_EQ(r.fieldCount(), 3u) << i;
    ASSERT_EQ(r.field(0), std::to_string(i));
    ASSERT_EQ(r.field(1), "row " + std::to_string(i) + "\nhas \"two\" lines, and a comma");
    ASSERT_EQ(r.field(2), std::to_string(i * 7));
    ASSERT_EQ(r.line(), 2 + 2 * i);
    ++i;
  }
  EXPECT_EQ(i, 200000);
  EXPECT_EQ(r.bytesConsumed(), content.size());
}

TEST_F(DelimitedReaderTest, MissingFileNamesThePath) {
  try {
    reco::DelimitedReader r((dir_ / "nope.csv").string(), {});
    FAIL() << "expected an exception";
  } catch (const std::runtime_error& e) {
    EXPECT_NE(std::string(e.what()).find("nope.csv"), std::string::npos);
  }
}

}  // namespace
