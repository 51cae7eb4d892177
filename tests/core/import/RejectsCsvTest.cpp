// The import's rejects CSV pinned byte for byte on a small sample: quoting of commas, quotes, line feeds and lone
// carriage returns, empty values, large line numbers and non-ASCII text, header and CRLF line ends. The expected
// text is what the import wizard wrote before the format moved to core.
#include <gtest/gtest.h>

#include <string>

#include "core/import/RejectsCsv.h"

namespace reco {
namespace {

std::vector<ImportReject> sampleRejects() {
  return {{"/data/in,put.csv", 4, "bad \"timestamp\" value"},
          {"/données/événements.csv", 12, "first\nsecond"},
          {"plain.csv", 123456789012, ""},
          {"", 0, "a\rb"},
          {"x.tsv", 7, "Käse 😀 — ok"}};
}

const char* const kExpected =
    "file,line,reason\r\n"
    "\"/data/in,put.csv\",4,\"bad \"\"timestamp\"\" value\"\r\n"
    "/données/événements.csv,12,\"first\nsecond\"\r\n"
    "plain.csv,123456789012,\r\n"
    ",0,\"a\rb\"\r\n"
    "x.tsv,7,Käse 😀 — ok\r\n";

TEST(RejectsCsv, BytesArePinned) { EXPECT_EQ(writeRejectsCsv(sampleRejects()), kExpected); }

TEST(RejectsCsv, NoRejectsIsTheHeaderAlone) { EXPECT_EQ(writeRejectsCsv({}), "file,line,reason\r\n"); }

}  // namespace
}  // namespace reco
