// Files on disk, in one place: reading a whole text file, replacing one atomically, and the project file's
// SQLite siblings (-wal, -shm, -journal) that must be deleted or moved with it. Opening and creating a project
// (schema, migrations) is core/storage/Project's.
#pragma once

#include <functional>
#include <string>
#include <string_view>
#include <system_error>

namespace reco {

// The whole file; throws std::runtime_error "cannot read 'PATH'" when it cannot be opened.
std::string readTextFile(const std::string& path);

// Writes PATH.tmp (owner-only, 0600), flushes it to disk and renames it over PATH, so readers see the old or the new
// content, never a partial file. Throws std::runtime_error naming the file when writing or renaming fails.
void writeTextFileAtomically(const std::string& path, const std::string& text);
// The same for text made in pieces: `produce` hands each piece to the writer it is given, so the whole text is never
// in memory. When `produce` throws, PATH.tmp is removed and PATH left as it was.
using TextPieceWriter = std::function<void(std::string_view)>;
void writeTextFileAtomically(const std::string& path, const std::function<void(const TextPieceWriter&)>& produce);

// Creates PATH as an empty owner-only file (0600), failing if it exists; SQLite then opens it as a new database and
// gives its -wal and -shm the same mode. Throws std::runtime_error naming the file and reason.
void createOwnerOnlyFile(const std::string& path);

// Deletes a project file and its SQLite siblings (PATH-wal, PATH-shm, PATH-journal); missing files are fine.
// Returns the reason when PATH still exists afterwards (an empty error code when it is gone). The project must be
// closed.
std::error_code removeProjectFiles(const std::string& path);

// Moves a closed, self-contained project file (journal_mode=DELETE, so no -wal beside it) to TARGET, first
// deleting TARGET and its siblings (a stale -wal or -journal would otherwise be applied to the new file).
// Throws std::filesystem::filesystem_error when the rename fails.
void replaceProjectFile(const std::string& from, const std::string& target);

}  // namespace reco
