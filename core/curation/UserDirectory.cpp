#include "core/curation/UserDirectory.h"

#include <stdexcept>

#include "core/storage/UserAttributeColumns.h"

namespace reco {

const std::vector<std::string>& UserDirectory::columnAttributes() { return userAttributeColumns(); }

std::set<std::string> UserDirectory::knownAttributes() {
  std::set<std::string> out(columnAttributes().begin(), columnAttributes().end());
  auto st = project_.db().prepare("SELECT DISTINCT key FROM user_attributes");
  while (st.step()) out.insert(st.columnText(0));
  return out;
}

namespace {
void readColumns(const Statement& st, UserAttributes& attrs) {
  const auto& cols = UserDirectory::columnAttributes();
  for (std::size_t c = 0; c < cols.size(); ++c) {
    int col = static_cast<int>(c) + 2;
    if (!st.isNull(col)) attrs[cols[c]] = st.columnText(col);
  }
}
}  // namespace

void UserDirectory::forEachUser(const std::function<void(const std::string&, const UserAttributes&)>& visit) {
  auto users = project_.db().prepare(
      "SELECT id, ext_id, " + userAttributeColumnList() + " FROM users ORDER BY id");
  auto extra = project_.db().prepare("SELECT user_id, key, value FROM user_attributes ORDER BY user_id");
  bool extraRow = extra.step();
  UserAttributes attrs;
  while (users.step()) {
    std::int64_t id = users.columnInt(0);
    attrs.clear();
    readColumns(users, attrs);
    while (extraRow && extra.columnInt(0) < id) extraRow = extra.step();
    while (extraRow && extra.columnInt(0) == id) {
      attrs[extra.columnText(1)] = extra.columnText(2);
      extraRow = extra.step();
    }
    visit(users.columnText(1), attrs);
  }
}

UserAttributes UserDirectory::attributesOf(const std::string& extId) {
  auto st = project_.db().prepare(
      "SELECT id, ext_id, " + userAttributeColumnList() + " FROM users WHERE ext_id = ?");
  st.bind(1, extId);
  if (!st.step()) throw std::runtime_error("no user with id '" + extId + "' in '" + project_.path() + "'");
  UserAttributes attrs;
  readColumns(st, attrs);
  auto extra = project_.db().prepare("SELECT key, value FROM user_attributes WHERE user_id = ?");
  extra.bind(1, st.columnInt(0));
  while (extra.step()) attrs[extra.columnText(0)] = extra.columnText(1);
  return attrs;
}

SegmentMembers UserDirectory::members(const Segment& segment, std::size_t sampleSize) {
  SegmentMembers m;
  forEachUser([&](const std::string& id, const UserAttributes& attrs) {
    ++m.population;
    if (!segment.contains(id, attrs)) return;
    ++m.count;
    if (m.sample.size() < sampleSize) m.sample.push_back(id);
  });
  return m;
}

SegmentCensus UserDirectory::census(const std::vector<Segment>& segments, std::size_t sampleSize) {
  SegmentCensus c(segments, sampleSize);
  forEachUser([&](const std::string& id, const UserAttributes& attrs) { c.addUser(id, attrs); });
  return c;
}

}  // namespace reco
