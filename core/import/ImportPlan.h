// Turns the paths given to an import (files or dataset folders) into a plan: which datasets, in which format, and
// which files belong to each (e.g. u.data with its u.item and u.user). Auto-detection looks at file names and headers.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/import/Importer.h"

namespace reco {

struct ImportJob {
  ImportFormat format = ImportFormat::Events;
  std::string events;  // the interactions file; empty for a users/items file imported on its own
  std::string items;   // u.item, movies.dat, movies.csv or item_context.csv
  std::string users;   // u.user or users.dat
  std::string campaign;  // Open Bandit: the campaign (men, women, all), stored as the placement
  std::string policy;    // Open Bandit: the logging policy (random, bts), stored as the variant

  std::vector<std::string> files() const;  // in reading order: users, items, events
};

// Throws std::runtime_error naming the path for a missing path, an unreadable file or a folder without a dataset.
std::vector<ImportJob> planImport(const std::vector<std::string>& paths, ImportFormat format);

// The format a single file looks like (never Auto).
ImportFormat detectFileFormat(const std::string& path);

// The first line of a file (BOM and line end stripped, at most 1 MB). Throws std::runtime_error if unreadable.
// Reads through InputFile, so on a FIFO inside an InputScope the rows stay readable after it.
std::string readFirstLine(const std::string& path);

// Throws std::runtime_error ("PATH:1: the header names 'x' twice (columns 2 and 4)") when two columns share a
// non-empty name: a mapping by name would silently pick the first.
void requireDistinctColumns(const std::vector<std::string>& header, const std::string& path);

// The most frequent of ',', '\t', ';', '|' outside quotes in a header line; ',' when none occurs.
char detectDelimiter(std::string_view headerLine);

}  // namespace reco
