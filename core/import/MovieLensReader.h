// Reader of the MovieLens datasets: 100K (u.data + u.item in Latin-1 + u.user), 1M ('::'-separated ratings.dat +
// movies.dat in Latin-1 + users.dat) and latest-small (ratings.csv + movies.csv, RFC 4180 quoting).
// Ratings become events of type rating with the rating as value. Movies get a title, the first genre as category and
// all genres as the attribute "genres"; users get age band, gender, occupation and the zip code as an attribute.
// When the items (users) file is present, a rating of an item (user) that is not in it is rejected.
#pragma once

#include <string>

#include "core/import/DatasetReader.h"
#include "core/import/ImportPlan.h"
#include "core/import/TextEncoding.h"

namespace reco {

class MovieLensReader : public DatasetReader {
 public:
  // Checks that the job's files exist and (latest-small) have the expected headers; throws std::runtime_error.
  MovieLensReader(ImportJob job, const ImportOptions& options);
  void run(ImportSession& session) override;

  // "18-24" etc. for an age in years (ML-100K) or an ML-1M age code (1, 18, 25, 35, 45, 50, 56).
  static std::string ageBand(int age);

 private:
  void readUsers(ImportSession& session);
  void readItems(ImportSession& session);
  void readRatings(ImportSession& session);
  TextEncoding encodingFor(bool latin1ByDefault) const;

  ImportJob job_;
  bool explicitEncoding_ = false;
  TextEncoding encoding_ = TextEncoding::Utf8;
  std::vector<std::int64_t> knownUsers_, knownItems_;  // surrogate ids listed in the users/items files, sorted
};

}  // namespace reco
