// One import run into a project: the single transaction and its bulk-load settings, the external-id maps (text id ->
// surrogate key, preloaded from the project so a second import appends), the counts, rejects, progress and cancel.
// Format readers (EventLogReader, MovieLensReader, OpenBanditReader) feed it rows; nothing is visible in the project
// until commit(), and rollback() (or destruction without commit) leaves the project exactly as it was.
#pragma once

#include <atomic>
#include <chrono>
#include <cmath>
#include <cstdint>
#include <limits>
#include <memory>
#include <mutex>
#include <condition_variable>
#include <deque>
#include <exception>
#include <thread>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_set>
#include <utility>
#include <vector>

#include "core/import/ExternalIdMap.h"
#include "core/import/Importer.h"
#include "core/storage/Database.h"
#include "core/storage/EventStore.h"
#include "core/analytics/Rollups.h"

namespace reco {

// Descriptive columns of users and items; unset optionals leave a stored value untouched.
struct UserProfile {
  std::optional<std::string> country, device, ageBand, gender, occupation;
  std::vector<std::pair<std::string, std::string>> attributes;  // free key-value attributes
};
struct ItemProfile {
  std::optional<std::string> title, category;
  std::optional<double> price;
  std::vector<std::pair<std::string, std::string>> attributes;
};

class ImportSession {
 public:
  // Sets the bulk-load pragmas, opens the transaction and preloads the id maps.
  ImportSession(Project& project, const ImportOptions& options, ImportProgressFn progress,
                const std::atomic<bool>* cancel, std::uint64_t bytesTotal);
  ~ImportSession();
  ImportSession(const ImportSession&) = delete;
  ImportSession& operator=(const ImportSession&) = delete;

  // --- files and rows ---
  void beginFile(const std::string& path, const std::string& role);
  void endFile(std::uint64_t fileBytes);
  // Call once per record before handling it; false when the run has to stop (cancelled or aborted).
  bool tick(std::uint64_t fileBytesConsumed) {
    if (stopped_) return false;
    if (++sinceCheck_ < kCheckEvery) return true;
    return slowTick(fileBytesConsumed);
  }
  // Each file row ends in exactly one of these two.
  void rowImported() {
    ++result_.rowsImported;
    ++result_.rowsRead;
    ++file_->rowsImported;
    ++file_->rowsRead;
  }
  void reject(std::int64_t line, std::string reason);
  bool stopped() const { return stopped_; }
  const std::string& currentFile() const { return file_->file; }

  // --- ids (surrogate keys start at 1; 0 = not found) ---
  std::int64_t findUser(std::string_view ext) const { return users_.find(ext); }
  void prefetchItem(std::string_view ext) const { items_.prefetch(ext); }
  void prefetchUser(std::string_view ext) const { users_.prefetch(ext); }
  std::int64_t findItem(std::string_view ext) const { return items_.find(ext); }
  bool itemHasTitle(std::int64_t id) const { return itemsWithTitle_.count(id) != 0; }
  std::int64_t user(std::string_view ext) {
    std::int64_t id = users_.find(ext);
    return id ? id : createUser(ext);
  }
  // details (title/category/price from an event log) are stored for a new item, or for a known one without a title.
  std::int64_t item(std::string_view ext, const ItemProfile* details = nullptr) {
    std::int64_t id = items_.find(ext);
    if (!id) return createItem(ext, details);
    if (details && (details->title || details->category || details->price)) completeItem(id, *details);
    return id;
  }
  std::int64_t placement(std::string_view name) { return named(placements_, nextPlacement_, "placements", name); }
  std::int64_t variant(std::string_view name) { return named(variants_, nextVariant_, "variants", name); }
  std::int64_t upsertUser(std::string_view ext, const UserProfile& profile);
  std::int64_t upsertItem(std::string_view ext, const ItemProfile& profile);

  // Events go in batches to the writer thread, which builds and writes the blocks while this thread reads on.
  void addEvent(const EventRow& e) {
    batch_.push_back(e);
    if (batch_.size() == kBatchEvents) handOff();
  }
  void countEvents(std::uint64_t n) {
    result_.eventsImported += n;
    file_->events += n;
  }

  // --- the end ---
  // Flushes the last event block, brings the analytics rollups up to date, records the import in the imports
  // table and commits. Throws DatabaseError on failure (the transaction is then rolled back by the destructor).
  void commit(const std::vector<std::string>& files, const std::string& formatText);
  void rollback();
  ImportResult& result() { return result_; }
  void markCancelled() {
    result_.cancelled = true;
    stopped_ = true;
  }

 private:
  static constexpr std::uint32_t kCheckEvery = 1024;
  static constexpr std::size_t kBatchEvents = 16384;
  static constexpr std::size_t kMaxQueuedBatches = 4;
  void handOff();
  void writerLoop();
  void stopWriter(bool discard);
  bool slowTick(std::uint64_t fileBytesConsumed);
  void report(bool force);
  std::int64_t createUser(std::string_view ext);
  std::int64_t createItem(std::string_view ext, const ItemProfile* details);
  void completeItem(std::int64_t id, const ItemProfile& details);
  std::int64_t named(ExternalIdMap& map, std::int64_t& next, const char* table, std::string_view name);
  void restorePragmas() noexcept;
  void preloadIds();
  void prepareStatements();
  // Finds ext in map or gives it the next id, calls store(id) (under the connection lock) and counts a new one.
  template <class Store>
  std::int64_t upsert(ExternalIdMap& map, std::int64_t& next, std::uint64_t& added, std::string_view ext,
                      Store store);

  Project& project_;
  Database& db_;
  ImportOptions options_;
  ImportProgressFn progress_;
  const std::atomic<bool>* cancel_;
  ImportResult result_;
  ImportFileStats* file_ = nullptr;
  ImportProgress progressState_;
  std::uint64_t bytesBeforeFile_ = 0;
  std::uint32_t sinceCheck_ = 0;
  bool stopped_ = false;
  std::chrono::steady_clock::time_point started_;
  std::chrono::steady_clock::time_point lastReport_;

  ExternalIdMap users_, items_, placements_, variants_;
  std::int64_t nextUser_ = 1, nextItem_ = 1, nextPlacement_ = 1, nextVariant_ = 1;
  std::unordered_set<std::int64_t> itemsWithTitle_;

  std::optional<EventWriter> events_;  // used by the writer thread while it runs
  // The connection is shared by this thread (users, items, names) and the writer thread (event blocks).
  std::mutex dbMutex_;
  std::mutex queueMutex_;
  std::condition_variable queueChanged_;
  std::deque<std::vector<EventRow>> queue_;
  std::vector<std::vector<EventRow>> spareBatches_;
  std::vector<EventRow> batch_;
  bool writerClosing_ = false, writerDiscard_ = false;
  std::exception_ptr writerError_;
  std::thread writer_;
  std::unique_ptr<StreamingRollups> rollups_;  // aggregates each written block on a worker thread
  Statement insertUser_, insertItem_, completeItem_, upsertUserSt_, upsertItemSt_;
  Statement userAttr_, itemAttr_;

  bool inTransaction_ = false;
  bool foreignKeysWereOn_ = true;
  std::int64_t oldSynchronous_ = 1;
  std::int64_t oldCacheSize_ = -2000;
};

}  // namespace reco
