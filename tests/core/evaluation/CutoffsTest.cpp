// The cut-off list parser shared by the CLI's --k and the Evaluate tab.
#include <gtest/gtest.h>

#include <stdexcept>
#include <string>

#include "core/evaluation/Cutoffs.h"

using reco::parseCutoffs;

namespace {

std::string errorOf(const std::string& text) {
  try {
    parseCutoffs(text);
  } catch (const std::invalid_argument& e) {
    return e.what();
  }
  return "(no error)";
}

}  // namespace

TEST(Cutoffs, ReadsListsInOrder) {
  EXPECT_EQ(parseCutoffs("10"), (std::vector<int>{10}));
  EXPECT_EQ(parseCutoffs("5,10,20"), (std::vector<int>{5, 10, 20}));
  EXPECT_EQ(parseCutoffs("20,5"), (std::vector<int>{20, 5}));  // the first is the primary one, not the smallest
  EXPECT_EQ(parseCutoffs(" 10 , 20 "), (std::vector<int>{10, 20}));
  EXPECT_EQ(parseCutoffs("10,"), (std::vector<int>{10}));
  EXPECT_EQ(parseCutoffs("1,10000"), (std::vector<int>{1, 10000}));
}

TEST(Cutoffs, BadInputNamesTheFieldAndTheReason) {
  EXPECT_EQ(errorOf("0"), "k: '0' is not a positive whole number");
  EXPECT_EQ(errorOf("5,x"), "k: 'x' is not a positive whole number");
  EXPECT_EQ(errorOf("-3"), "k: '-3' is not a positive whole number");
  EXPECT_EQ(errorOf("2.5"), "k: '2.5' is not a positive whole number");
  EXPECT_EQ(errorOf("1 0"), "k: '1 0' is not a positive whole number");
  EXPECT_EQ(errorOf("10001"), "k: 10001 is above the largest cut-off, 10000");
  EXPECT_EQ(errorOf("99999999999999999999"), "k: 99999999999999999999 is above the largest cut-off, 10000");
  EXPECT_EQ(errorOf("10,20,10"), "k: 10 is listed twice");
  EXPECT_EQ(errorOf(""), "k: give at least one cut-off, such as 10 or 10,20");
  EXPECT_EQ(errorOf(" , "), "k: give at least one cut-off, such as 10 or 10,20");
}
