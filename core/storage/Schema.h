// The project file's schema as an ordered list of forward migrations.
// Migration i (1-based) brings PRAGMA user_version from i-1 to i. Append new migrations at the end; never edit
// a migration that has shipped.
#pragma once

#include <string_view>
#include <vector>

namespace reco {

struct Migration {
  std::string_view description;
  std::string_view sql;  // executed inside the migration's transaction
};

const std::vector<Migration>& schemaMigrations();
class Database;
// Data conversions that SQL alone cannot do, run right after migration `version`'s SQL in the same transaction.
void runMigrationCode(Database& db, int version);
inline int currentSchemaVersion() { return static_cast<int>(schemaMigrations().size()); }

// PRAGMA application_id of a RecoEngine project ("RECO").
inline constexpr int kProjectApplicationId = 0x5245434F;

}  // namespace reco
