#include "core/import/MovieLensReader.h"

#include <algorithm>
#include <array>
#include <stdexcept>

#include "core/import/DelimitedReader.h"
#include "core/import/FieldParsing.h"
#include "core/import/ImportSession.h"
#include "core/storage/EventType.h"

namespace reco {

namespace {

// u.genre, in flag order.
constexpr std::array<const char*, 19> kGenres100K = {
    "unknown", "Action", "Adventure", "Animation", "Children's", "Comedy", "Crime", "Documentary", "Drama", "Fantasy",
    "Film-Noir", "Horror", "Musical", "Mystery", "Romance", "Sci-Fi", "Thriller", "War", "Western"};

// ML-1M users.dat occupation codes (from its README).
constexpr std::array<const char*, 21> kOccupations1M = {
    "other", "academic/educator", "artist", "clerical/admin", "college/grad student", "customer service",
    "doctor/health care", "executive/managerial", "farmer", "homemaker", "K-12 student", "lawyer", "programmer",
    "retired", "sales/marketing", "scientist", "self-employed", "technician/engineer", "tradesman/craftsman",
    "unemployed", "writer"};

std::string fieldCountReason(std::size_t expected, std::size_t found) {
  return "expected " + std::to_string(expected) + " fields, found " + std::to_string(found);
}

// The fields of the current record as UTF-8 (converted from Latin-1 when needed). False: bad encoding.
bool decodeFields(const DelimitedReader& r, TextEncoding enc, std::vector<std::string>& out) {
  out.resize(r.fieldCount());
  if (enc == TextEncoding::Utf8 && !isValidUtf8(r.rawRecord())) return false;
  for (std::size_t i = 0; i < r.fieldCount(); ++i) {
    std::string_view f = trimField(r.field(i));
    out[i].clear();
    if (enc == TextEncoding::Latin1) appendLatin1AsUtf8(f, out[i]);
    else out[i].assign(f);
  }
  return true;
}

bool contains(const std::vector<std::int64_t>& sorted, std::int64_t id) {
  return std::binary_search(sorted.begin(), sorted.end(), id);
}

std::vector<std::string> splitGenres(const std::string& genres) {
  std::vector<std::string> out;
  std::size_t start = 0;
  while (start <= genres.size()) {
    std::size_t bar = genres.find('|', start);
    std::string g = genres.substr(start, bar == std::string::npos ? std::string::npos : bar - start);
    if (!g.empty() && g != "(no genres listed)") out.push_back(g);
    if (bar == std::string::npos) break;
    start = bar + 1;
  }
  return out;
}

std::string join(const std::vector<std::string>& parts) {
  std::string out;
  for (const auto& p : parts) out += (out.empty() ? "" : "|") + p;
  return out;
}

}  // namespace

std::string MovieLensReader::ageBand(int age) {
  if (age < 18) return "under 18";
  if (age < 25) return "18-24";
  if (age < 35) return "25-34";
  if (age < 45) return "35-44";
  if (age < 50) return "45-49";
  if (age < 56) return "50-55";
  return "56+";
}

MovieLensReader::MovieLensReader(ImportJob job, const ImportOptions& options) : job_(std::move(job)) {
  if (!options.encoding.empty()) {
    if (!parseTextEncoding(options.encoding, encoding_))
      throw std::runtime_error("unknown encoding '" + options.encoding + "' (use utf-8 or latin1)");
    explicitEncoding_ = true;
  }
  for (const std::string& f : job_.files()) DelimitedReader check(f, {",", false});  // opens or throws
  if (job_.format == ImportFormat::MovieLensLatest) {
    auto expectHeader = [](const std::string& path, const char* first) {
      if (path.empty()) return;
      DelimitedReader r(path, {",", true});
      if (!r.next() || trimField(r.field(0)) != first)
        throw std::runtime_error(path + ":1: expected a MovieLens header starting with '" + first + "'");
    };
    expectHeader(job_.events, "userId");
    expectHeader(job_.items, "movieId");
  }
}

TextEncoding MovieLensReader::encodingFor(bool latin1ByDefault) const {
  if (explicitEncoding_) return encoding_;
  return latin1ByDefault ? TextEncoding::Latin1 : TextEncoding::Utf8;
}

void MovieLensReader::run(ImportSession& session) {
  if (!job_.users.empty()) readUsers(session);
  if (!session.stopped() && !job_.items.empty()) readItems(session);
  if (!session.stopped() && !job_.events.empty()) readRatings(session);
}

void MovieLensReader::readUsers(ImportSession& session) {
  const bool is1M = job_.format == ImportFormat::MovieLens1M;
  DelimitedReader r(job_.users, {is1M ? "::" : "|", false});
  session.beginFile(job_.users, "users");
  const TextEncoding enc = encodingFor(true);
  std::vector<std::string> f;
  UserProfile profile;
  forEachRecord(session, r, [&](std::int64_t line) {
    std::int64_t age = 0, occupation = 0;
    if (r.fieldCount() != 5) {
      session.reject(line, fieldCountReason(5, r.fieldCount()));
    } else if (!decodeFields(r, enc, f)) {
      session.reject(line, "bad encoding");
    } else if (f[0].empty()) {
      session.reject(line, "missing field 'user'");
    } else if (hasNul(f[0])) {
      session.reject(line, "NUL byte in field 'user'");
    } else if (!parseInt64(is1M ? f[2] : f[1], age)) {
      session.reject(line, numberReason(is1M ? f[2] : f[1], "age"));
    } else if (is1M && (!parseInt64(f[3], occupation) || occupation < 0 ||
                        occupation >= static_cast<std::int64_t>(kOccupations1M.size()))) {
      session.reject(line, numberReason(f[3], "occupation"));
    } else {
      // 100K: id|age|gender|occupation|zip   1M: UserID::Gender::Age::Occupation::Zip-code
      profile = UserProfile();
      profile.ageBand = ageBand(static_cast<int>(age));
      profile.gender = is1M ? f[1] : f[2];
      profile.occupation = is1M ? std::string(kOccupations1M[static_cast<std::size_t>(occupation)]) : f[3];
      if (!is1M) profile.attributes.emplace_back("age", f[1]);
      if (!f[4].empty()) profile.attributes.emplace_back("zip", f[4]);
      knownUsers_.push_back(session.upsertUser(f[0], profile));
      session.rowImported();
    }
  });
  session.endFile(r.fileSize());
  std::sort(knownUsers_.begin(), knownUsers_.end());
}

void MovieLensReader::readItems(ImportSession& session) {
  const ImportFormat fmt = job_.format;
  const bool latest = fmt == ImportFormat::MovieLensLatest;
  DelimitedReader r(job_.items, {latest ? "," : (fmt == ImportFormat::MovieLens1M ? "::" : "|"), latest});
  session.beginFile(job_.items, "items");
  const TextEncoding enc = encodingFor(!latest);
  if (latest) r.next();  // header, checked in the constructor
  std::vector<std::string> f;
  ItemProfile profile;
  const std::size_t expected = fmt == ImportFormat::MovieLens100K ? 5 + kGenres100K.size() : 3;
  forEachRecord(session, r, [&](std::int64_t line) {
    if (r.malformed()) {
      session.reject(line, r.malformed());
    } else if (r.fieldCount() != expected) {
      session.reject(line, fieldCountReason(expected, r.fieldCount()));
    } else if (!decodeFields(r, enc, f)) {
      session.reject(line, "bad encoding");
    } else if (f[0].empty()) {
      session.reject(line, "missing field 'item'");
    } else if (hasNul(f[0])) {
      session.reject(line, "NUL byte in field 'item'");
    } else {
      profile = ItemProfile();
      profile.title = f[1];
      std::vector<std::string> genres;
      bool badFlag = false;
      if (fmt == ImportFormat::MovieLens100K) {
        // movie id | title | release date | video release date | IMDb URL | 19 genre flags
        for (std::size_t g = 0; g < kGenres100K.size(); ++g) {
          const std::string& flag = f[5 + g];
          if (flag == "1") genres.emplace_back(kGenres100K[g]);
          else if (flag != "0") badFlag = true;
        }
        if (genres.size() > 1 && genres.front() == "unknown") genres.erase(genres.begin());
        if (!f[2].empty()) profile.attributes.emplace_back("release_date", f[2]);
        if (!f[4].empty()) profile.attributes.emplace_back("imdb_url", f[4]);
      } else {
        genres = splitGenres(f[2]);
      }
      if (badFlag) {
        session.reject(line, "genre flags must be 0 or 1");
      } else {
        if (!genres.empty()) {
          profile.category = genres.front();
          profile.attributes.emplace_back("genres", join(genres));
        }
        knownItems_.push_back(session.upsertItem(f[0], profile));
        session.rowImported();
      }
    }
  });
  session.endFile(r.fileSize());
  std::sort(knownItems_.begin(), knownItems_.end());
}

void MovieLensReader::readRatings(ImportSession& session) {
  const ImportFormat fmt = job_.format;
  const bool latest = fmt == ImportFormat::MovieLensLatest;
  DelimitedReader r(job_.events, {latest ? "," : (fmt == ImportFormat::MovieLens1M ? "::" : "\t"), latest});
  session.beginFile(job_.events, "events");
  if (latest) r.next();  // header
  const bool checkUsers = !job_.users.empty(), checkItems = !job_.items.empty();
  const char* usersFile = fmt == ImportFormat::MovieLens1M ? "users.dat" : "u.user";
  const char* itemsFile = latest ? "movies.csv" : (fmt == ImportFormat::MovieLens1M ? "movies.dat" : "u.item");
  forEachRecord(session, r, [&](std::int64_t line) {
    EventRow e;
    e.type = static_cast<int>(EventType::Rating);
    std::string_view user = trimField(r.field(0)), item = trimField(r.field(1)), rating = trimField(r.field(2)),
                     ts = trimField(r.field(3));
    if (r.malformed()) {
      session.reject(line, r.malformed());
    } else if (r.fieldCount() != 4) {
      session.reject(line, fieldCountReason(4, r.fieldCount()));
    } else if (!isValidUtf8(r.rawRecord())) {
      session.reject(line, "bad encoding");
    } else if (user.empty()) {
      session.reject(line, "missing field 'user'");
    } else if (item.empty()) {
      session.reject(line, "missing field 'item'");
    } else if (hasNul(user) || hasNul(item)) {
      session.reject(line, hasNul(user) ? "NUL byte in field 'user'" : "NUL byte in field 'item'");
    } else if (rating.empty()) {
      session.reject(line, "missing field 'rating'");
    } else if (!parseDouble(rating, e.value)) {
      session.reject(line, numberReason(rating, "rating"));
    } else if (ts.empty()) {
      session.reject(line, "missing field 'timestamp'");
    } else if (std::string reason; !parseEventTime(ts, "timestamp", e.ts, reason)) {
      session.reject(line, std::move(reason));
    } else {
      e.user = checkUsers ? session.findUser(user) : session.user(user);
      e.item = checkItems ? session.findItem(item) : session.item(item);
      if (checkUsers && (!e.user || !contains(knownUsers_, e.user))) {
        session.reject(line, "unknown user " + quotedExcerpt(user, 60) + " (not in " + usersFile + ")");
      } else if (checkItems && (!e.item || !contains(knownItems_, e.item))) {
        session.reject(line, "unknown item " + quotedExcerpt(item, 60) + " (not in " + itemsFile + ")");
      } else {
        session.addEvent(e);
        session.countEvents(1);
        session.rowImported();
      }
    }
  });
  session.endFile(r.fileSize());
}

}  // namespace reco
