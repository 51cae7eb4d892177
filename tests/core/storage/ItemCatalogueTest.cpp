// The one lookup of a project's items by external and internal id.
#include <gtest/gtest.h>

#include <unistd.h>

#include <filesystem>

#include "core/storage/ItemCatalogue.h"
#include "core/storage/Project.h"

using namespace reco;
namespace fs = std::filesystem;

TEST(ItemCatalogue, LooksItemsUpByExtIdAndId) {
  const fs::path dir = fs::temp_directory_path() / ("reco_item_catalogue_" + std::to_string(::getpid()));
  fs::create_directories(dir);
  {
    Project project = Project::create((dir / "p.reco").string(), true);
    project.db().exec(
        "INSERT INTO items(id, ext_id, title, category) VALUES (1, 'i1', 'One', 'shoes'), (2, 'i2', 'Two', 'hats');"
        "INSERT INTO items(id, ext_id) VALUES (7, 'bare')");
    const ItemCatalogue catalogue(project);
    EXPECT_EQ(catalogue.size(), 3u);
    const auto* two = catalogue.findByExtId("i2");
    ASSERT_NE(two, nullptr);
    EXPECT_EQ(two->id, 2);
    EXPECT_EQ(two->title, "Two");
    EXPECT_EQ(two->category, "hats");
    ASSERT_NE(catalogue.findById(7), nullptr);
    EXPECT_EQ(catalogue.findById(7)->extId, "bare");
    EXPECT_EQ(catalogue.findById(7)->category, "");
    EXPECT_EQ(catalogue.findByExtId("i9"), nullptr);
    EXPECT_EQ(catalogue.findById(9), nullptr);
    const std::map<std::string, std::string> expected{{"bare", ""}, {"i1", "shoes"}, {"i2", "hats"}};
    EXPECT_EQ(ItemCatalogue::load(project), expected);
  }
  std::error_code ec;
  fs::remove_all(dir, ec);
}
