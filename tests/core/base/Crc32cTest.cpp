// CRC32C against the check values of RFC 3720 (iSCSI), appendix B.4, and the catalogue's "123456789" check value.
#include "core/base/Crc32c.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace {

TEST(Crc32c, CatalogueCheckValue) { EXPECT_EQ(reco::crc32c(std::string_view("123456789")), 0xE3069283u); }

TEST(Crc32c, Rfc3720CheckValues) {
  std::vector<unsigned char> b(32, 0x00);
  EXPECT_EQ(reco::crc32c(b.data(), b.size()), 0x8A9136AAu);  // 32 bytes of zeroes
  b.assign(32, 0xFF);
  EXPECT_EQ(reco::crc32c(b.data(), b.size()), 0x62A8AB43u);  // 32 bytes of ones
  for (unsigned i = 0; i < 32; ++i) b[i] = static_cast<unsigned char>(i);
  EXPECT_EQ(reco::crc32c(b.data(), b.size()), 0x46DD794Eu);  // 32 incrementing bytes
  for (unsigned i = 0; i < 32; ++i) b[i] = static_cast<unsigned char>(31 - i);
  EXPECT_EQ(reco::crc32c(b.data(), b.size()), 0x113FDB5Cu);  // 32 decrementing bytes
  const unsigned char iscsiRead[48] = {0x01, 0xC0, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
                                       0x00, 0x00, 0x00, 0x00, 0x14, 0x00, 0x00, 0x00, 0x00, 0x00, 0x04, 0x00,
                                       0x00, 0x00, 0x00, 0x14, 0x00, 0x00, 0x00, 0x18, 0x28, 0x00, 0x00, 0x00,
                                       0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00};
  EXPECT_EQ(reco::crc32c(iscsiRead, sizeof iscsiRead), 0xD9963A56u);  // an iSCSI SCSI Read (10) command PDU
}

TEST(Crc32c, ContinuesAcrossPiecesAndEveryAlignment) {
  std::string text;
  for (int i = 0; i < 1000; ++i) text += static_cast<char>((i * 131 + 7) & 0xFF);
  const std::uint32_t whole = reco::crc32c(text);
  for (std::size_t cut = 0; cut <= 17; ++cut)
    EXPECT_EQ(reco::crc32c(std::string_view(text).substr(cut), reco::crc32c(std::string_view(text).substr(0, cut))),
              whole)
        << "cut at " << cut;
  EXPECT_EQ(reco::crc32c(std::string_view()), 0u);
}

}  // namespace
