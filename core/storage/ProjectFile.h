// What a project file is, read from its bytes before SQLite touches it: opening must not change a file that turns out
// not to be a project (no switch to WAL, no -wal/-shm left beside it), and a project in a read-only place must be
// opened without writing anything there.
#pragma once

#include <string>

namespace reco {

struct ProjectFileState {
  bool fileWritable = false;    // this process may write the file
  bool folderWritable = false;  // ... and create files beside it (-wal, -shm, -journal)
  bool walMode = false;         // the header says WAL (file format bytes 18/19 = 2)
  bool liveWal = false;         // PATH-wal exists and is not empty: committed data may live only there
  bool shmPresent = false;      // PATH-shm exists
  int userVersion = 0;          // PRAGMA user_version (the schema version) from the header
  int applicationId = 0;        // PRAGMA application_id from the header
  bool writable() const { return fileWritable && folderWritable; }
};

// Reads PATH's SQLite header (100 bytes) and checks, without writing anything, that it is a RecoEngine project this
// build can read. Throws ProjectError naming the file and the reason for: a missing file, a folder, an empty (0-byte)
// file, a file that is not SQLite, a truncated file, an SQLite database that is not a project (application_id), and a
// project written by a newer RecoEngine (user_version above `newestSchema`). When a live -wal may hold newer header
// values, the header's application_id and user_version are not trusted here (userVersion/applicationId are then
// those of the main file, and Project checks them again through SQLite).
ProjectFileState inspectProjectFile(const std::string& path, int newestSchema);

// An SQLite URI for PATH ("file:" with '?', '#' and '%' escaped) with the given query (e.g. "immutable=1").
std::string sqliteFileUri(const std::string& path, const std::string& query);

}  // namespace reco
