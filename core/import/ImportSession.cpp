#include "core/import/ImportSession.h"

#include <nlohmann/json.hpp>
#include <sqlite3.h>

#include <ctime>

#include "core/analytics/Rollups.h"
#include "core/base/Time.h"

namespace reco {

namespace {
void bindOptText(Statement& st, int index, const std::optional<std::string>& v) {
  if (v) st.bind(index, std::string_view(*v));
  else st.bindNull(index);
}
}  // namespace

ImportSession::ImportSession(Project& project, const ImportOptions& options, ImportProgressFn progress,
                             const std::atomic<bool>* cancel, std::uint64_t bytesTotal)
    : project_(project),
      db_(project.db()),
      options_(options),
      progress_(std::move(progress)),
      cancel_(cancel),
      started_(std::chrono::steady_clock::now()),
      lastReport_(started_) {
  progressState_.bytesTotal = bytesTotal;
  result_.files.reserve(16);
  // Bulk-load settings. The importer guarantees every reference itself (ids come from the maps below), so foreign-key
  // checks are not needed. Syncs are: OFF would let a power cut corrupt the project. FULL (which SQLite only lets us
  // set outside the transaction) costs nothing while rows are written in WAL mode and syncs the log at the commit,
  // so a committed import survives a power cut; restorePragmas() sets the project's NORMAL again.
  foreignKeysWereOn_ = db_.queryInt("PRAGMA foreign_keys") != 0;
  oldSynchronous_ = db_.queryInt("PRAGMA synchronous");
  oldCacheSize_ = db_.queryInt("PRAGMA cache_size");
  try {
    db_.exec("PRAGMA foreign_keys=OFF; PRAGMA cache_size=-262144");
    db_.setSynchronous(Database::Synchronous::Full);
    db_.exec("BEGIN IMMEDIATE");
    inTransaction_ = true;

    preloadIds();
    events_.emplace(db_);
    rollups_ = std::make_unique<StreamingRollups>(db_);
    events_->setBlockSink(
        [](void* self, const EventBlock& block, std::uint32_t fromRow) {
          static_cast<StreamingRollups*>(self)->add(block, fromRow);
        },
        rollups_.get());
    events_->setConnectionLock(&dbMutex_);
    prepareStatements();
    batch_.reserve(kBatchEvents);
    writer_ = std::thread([this] { writerLoop(); });
  } catch (...) {
    rollback();
    throw;
  }
}

void ImportSession::preloadIds() {
  auto preload = [&](const char* sql, ExternalIdMap& map, std::int64_t& next) {
    auto st = db_.prepare(sql);
    std::int64_t maxId = 0;
    while (st.step()) {
      std::int64_t id = st.columnInt(0);
      std::string_view ext = st.columnBlob(1);
      if (id > 0 && !map.find(ext)) map.insert(ext, id);
      if (id > maxId) maxId = id;
    }
    next = maxId + 1;
  };
  preload("SELECT id, ext_id FROM users", users_, nextUser_);
  preload("SELECT id, ext_id FROM items", items_, nextItem_);
  preload("SELECT id, name FROM placements", placements_, nextPlacement_);
  preload("SELECT id, name FROM variants", variants_, nextVariant_);
  auto st = db_.prepare("SELECT id FROM items WHERE title IS NOT NULL");
  while (st.step()) itemsWithTitle_.insert(st.columnInt(0));
}

void ImportSession::prepareStatements() {
  insertUser_ = db_.prepare("INSERT INTO users(id, ext_id) VALUES(?, ?)");
  insertItem_ = db_.prepare("INSERT INTO items(id, ext_id, title, category, price) VALUES(?, ?, ?, ?, ?)");
  completeItem_ = db_.prepare(
      "UPDATE items SET title=coalesce(title, ?), category=coalesce(category, ?), price=coalesce(price, ?) "
      "WHERE id=?");
  upsertUserSt_ = db_.prepare(
      "INSERT INTO users(id, ext_id, country, device, age_band, gender, occupation) VALUES(?,?,?,?,?,?,?) "
      "ON CONFLICT(id) DO UPDATE SET country=coalesce(excluded.country, country), "
      "device=coalesce(excluded.device, device), age_band=coalesce(excluded.age_band, age_band), "
      "gender=coalesce(excluded.gender, gender), occupation=coalesce(excluded.occupation, occupation)");
  upsertItemSt_ = db_.prepare(
      "INSERT INTO items(id, ext_id, title, category, price) VALUES(?,?,?,?,?) "
      "ON CONFLICT(id) DO UPDATE SET title=coalesce(excluded.title, title), "
      "category=coalesce(excluded.category, category), price=coalesce(excluded.price, price)");
  userAttr_ = db_.prepare(
      "INSERT INTO user_attributes(user_id, key, value) VALUES(?,?,?) "
      "ON CONFLICT(user_id, key) DO UPDATE SET value=excluded.value");
  itemAttr_ = db_.prepare(
      "INSERT INTO item_attributes(item_id, key, value) VALUES(?,?,?) "
      "ON CONFLICT(item_id, key) DO UPDATE SET value=excluded.value");
}

ImportSession::~ImportSession() {
  rollback();
  stopWriter(true);
}

void ImportSession::handOff() {
  std::unique_lock lock(queueMutex_);
  queueChanged_.wait(lock, [&] { return queue_.size() < kMaxQueuedBatches || writerError_; });
  if (writerError_) {  // the writer failed: stop reading; commit() reports the error
    batch_.clear();
    stopped_ = true;
    return;
  }
  queue_.push_back(std::move(batch_));
  if (!spareBatches_.empty()) {
    batch_ = std::move(spareBatches_.back());
    spareBatches_.pop_back();
  } else {
    batch_ = std::vector<EventRow>();
    batch_.reserve(kBatchEvents);
  }
  lock.unlock();
  queueChanged_.notify_all();
}

void ImportSession::writerLoop() {
  for (;;) {
    std::vector<EventRow> batch;
    {
      std::unique_lock lock(queueMutex_);
      queueChanged_.wait(lock, [&] { return writerClosing_ || !queue_.empty(); });
      if (queue_.empty() || writerDiscard_) return;
      batch = std::move(queue_.front());
      queue_.pop_front();
    }
    queueChanged_.notify_all();
    try {
      for (const EventRow& e : batch) events_->append(e);
    } catch (...) {
      std::lock_guard lock(queueMutex_);
      writerError_ = std::current_exception();
      queueChanged_.notify_all();
      return;
    }
    batch.clear();
    std::lock_guard lock(queueMutex_);
    if (spareBatches_.size() < kMaxQueuedBatches) spareBatches_.push_back(std::move(batch));
  }
}

void ImportSession::stopWriter(bool discard) {
  {
    std::lock_guard lock(queueMutex_);
    writerClosing_ = true;
    if (discard) writerDiscard_ = true;
  }
  queueChanged_.notify_all();
  if (writer_.joinable()) writer_.join();
}

void ImportSession::restorePragmas() noexcept {
  try {
    db_.exec("PRAGMA synchronous=" + std::to_string(oldSynchronous_) +
             "; PRAGMA cache_size=" + std::to_string(oldCacheSize_));
    if (foreignKeysWereOn_) db_.exec("PRAGMA foreign_keys=ON");
  } catch (...) {
    // Best effort: the connection keeps working with the bulk settings; nothing to report from a destructor path.
  }
}

void ImportSession::rollback() {
  if (inTransaction_) {
    result_.seconds = secondsSince(started_);
    result_.committed = false;
    inTransaction_ = false;
    // Statements must be reset before ROLLBACK so that it can release everything.
    stopWriter(true);
    events_.reset();
    rollups_.reset();
    try {
      db_.exec("ROLLBACK");
    } catch (...) {
      // SQLite may already have rolled back (e.g. after SQLITE_FULL).
    }
    restorePragmas();
  }
}

void ImportSession::beginFile(const std::string& path, const std::string& role) {
  ImportFileStats stats;
  stats.file = path;
  stats.role = role;
  result_.files.push_back(std::move(stats));
  file_ = &result_.files.back();
  progressState_.currentFile = path;
  sinceCheck_ = 0;
  report(true);
}

void ImportSession::endFile(std::uint64_t fileBytes) {
  bytesBeforeFile_ += fileBytes;
  progressState_.bytesDone = bytesBeforeFile_;
  progressState_.rowsRead = result_.rowsRead;
  report(true);
}

bool ImportSession::slowTick(std::uint64_t fileBytesConsumed) {
  sinceCheck_ = 0;
  if (cancel_ && cancel_->load(std::memory_order_relaxed)) {
    markCancelled();
    result_.error = "cancelled";
    return false;
  }
  progressState_.bytesDone = bytesBeforeFile_ + fileBytesConsumed;
  progressState_.rowsRead = result_.rowsRead;
  report(false);
  return true;
}

void ImportSession::report(bool force) {
  if (!progress_) return;
  auto now = std::chrono::steady_clock::now();
  if (!force && now - lastReport_ < std::chrono::milliseconds(100)) return;
  lastReport_ = now;
  progress_(progressState_);
}

void ImportSession::reject(std::int64_t line, std::string reason) {
  ++result_.rowsRejected;
  ++result_.rowsRead;
  ++file_->rowsRejected;
  ++file_->rowsRead;
  if (options_.onError == ErrorPolicy::Abort) {
    result_.error = file_->file + ":" + std::to_string(line) + ": " + reason;
    stopped_ = true;
  }
  if (result_.rejects.size() < options_.maxRejectsKept) result_.rejects.push_back({file_->file, line, std::move(reason)});
}

std::int64_t ImportSession::createUser(std::string_view ext) {
  std::lock_guard lock(dbMutex_);
  const std::int64_t id = nextUser_++;
  insertUser_.bind(1, id).bindStatic(2, ext).exec();
  users_.insert(ext, id);
  ++result_.usersAdded;
  return id;
}

std::int64_t ImportSession::createItem(std::string_view ext, const ItemProfile* details) {
  std::lock_guard lock(dbMutex_);
  const std::int64_t id = nextItem_++;
  insertItem_.bind(1, id).bindStatic(2, ext);
  if (details) {
    bindOptText(insertItem_, 3, details->title);
    bindOptText(insertItem_, 4, details->category);
    insertItem_.bind(5, details->price);
    if (details->title) itemsWithTitle_.insert(id);
  } else {
    insertItem_.bindNull(3).bindNull(4).bindNull(5);
  }
  insertItem_.exec();
  items_.insert(ext, id);
  ++result_.itemsAdded;
  return id;
}

void ImportSession::completeItem(std::int64_t id, const ItemProfile& details) {
  if (itemsWithTitle_.count(id)) return;
  std::lock_guard lock(dbMutex_);
  bindOptText(completeItem_, 1, details.title);
  bindOptText(completeItem_, 2, details.category);
  completeItem_.bind(3, details.price).bind(4, id).exec();
  if (details.title) itemsWithTitle_.insert(id);
}

std::int64_t ImportSession::named(ExternalIdMap& map, std::int64_t& next, const char* table, std::string_view name) {
  if (std::int64_t id = map.find(name)) return id;
  std::lock_guard lock(dbMutex_);
  const std::int64_t id = next++;
  auto st = db_.prepare(std::string("INSERT INTO ") + table + "(id, name) VALUES(?, ?)");
  st.bind(1, id).bind(2, name).exec();
  map.insert(name, id);
  return id;
}

template <class Store>
std::int64_t ImportSession::upsert(ExternalIdMap& map, std::int64_t& next, std::uint64_t& added, std::string_view ext,
                                   Store store) {
  std::lock_guard lock(dbMutex_);
  std::int64_t id = map.find(ext);
  const bool isNew = id == 0;
  if (isNew) id = next++;
  store(id);
  if (isNew) {
    map.insert(ext, id);
    ++added;
  }
  return id;
}

std::int64_t ImportSession::upsertUser(std::string_view ext, const UserProfile& p) {
  return upsert(users_, nextUser_, result_.usersAdded, ext, [&](std::int64_t id) {
    upsertUserSt_.bind(1, id).bind(2, ext);
    bindOptText(upsertUserSt_, 3, p.country);
    bindOptText(upsertUserSt_, 4, p.device);
    bindOptText(upsertUserSt_, 5, p.ageBand);
    bindOptText(upsertUserSt_, 6, p.gender);
    bindOptText(upsertUserSt_, 7, p.occupation);
    upsertUserSt_.exec();
    for (const auto& [k, v] : p.attributes) userAttr_.bind(1, id).bind(2, k).bind(3, v).exec();
  });
}

std::int64_t ImportSession::upsertItem(std::string_view ext, const ItemProfile& p) {
  return upsert(items_, nextItem_, result_.itemsAdded, ext, [&](std::int64_t id) {
    upsertItemSt_.bind(1, id).bind(2, ext);
    bindOptText(upsertItemSt_, 3, p.title);
    bindOptText(upsertItemSt_, 4, p.category);
    upsertItemSt_.bind(5, p.price).exec();
    for (const auto& [k, v] : p.attributes) itemAttr_.bind(1, id).bind(2, k).bind(3, v).exec();
    if (p.title) itemsWithTitle_.insert(id);
  });
}

void ImportSession::commit(const std::vector<std::string>& files, const std::string& formatText) {
  if (!batch_.empty()) handOff();
  stopWriter(false);
  if (writerError_) std::rethrow_exception(writerError_);
  events_->finish();
  events_.reset();
  result_.timings.rows = secondsSince(started_);
  auto t = std::chrono::steady_clock::now();
  rollups_->finish(db_);
  rollups_.reset();
  result_.timings.rollups = secondsSince(t);

  result_.seconds = secondsSince(started_);
  nlohmann::json fileList = files;
  auto st = db_.prepare(
      "INSERT INTO imports(started_at, files, format, rows_read, rows_imported, rows_rejected, seconds) "
      "VALUES(?,?,?,?,?,?,?)");
  st.bind(1, static_cast<std::int64_t>(std::time(nullptr) - static_cast<std::time_t>(result_.seconds)))
      .bind(2, fileList.dump())
      .bind(3, formatText)
      .bind(4, static_cast<std::int64_t>(result_.rowsRead))
      .bind(5, static_cast<std::int64_t>(result_.rowsImported))
      .bind(6, static_cast<std::int64_t>(result_.rowsRejected))
      .bind(7, result_.seconds)
      .exec();
  st = Statement();

  t = std::chrono::steady_clock::now();
  db_.exec("COMMIT");
  inTransaction_ = false;
  restorePragmas();
  // The commit's automatic checkpoint has copied the write-ahead log into the database (unless readers hold it back).
  // A WAL as big as the import would stay on disk until the connection closes; let the next write shrink it instead
  // of blocking here on readers with a TRUNCATE checkpoint.
  db_.exec("PRAGMA journal_size_limit=67108864");
  result_.timings.commit = secondsSince(t);
  result_.seconds = secondsSince(started_);
  result_.committed = true;
  progressState_.bytesDone = progressState_.bytesTotal;
  progressState_.rowsRead = result_.rowsRead;
  report(true);
}

}  // namespace reco
