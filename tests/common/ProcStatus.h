// A field of /proc/self/status in MB (VmRSS:, VmHWM:, ...), for tests and benchmarks that measure resident memory;
// -1 when it cannot be read. Header only.
#pragma once

#include <cstdlib>
#include <cstring>
#include <fstream>
#include <string>

namespace reco_test {

inline double procStatusMb(const char* key) {
  std::ifstream f("/proc/self/status");
  std::string line;
  const std::size_t n = std::strlen(key);
  while (std::getline(f, line))
    if (line.compare(0, n, key) == 0) return std::strtod(line.c_str() + n, nullptr) / 1024.0;
  return -1;
}

}  // namespace reco_test
