#include "core/kernels/KernelTable.h"

#include <cstdlib>
#include <stdexcept>
#include <string>

// How the kernels are built (core/CMakeLists.txt), and why that way.
//
// The files of core/kernels/variant are compiled three times, with -march=x86-64, x86-64-v3 and x86-64-v4. They use
// Eigen and the standard library, whose templates and inline functions are emitted in every object that uses them as
// weak (COMDAT) symbols with the same mangled names; Eigen's SIMD path is picked by the preprocessor (__AVX2__,
// __AVX512F__). Linked as they are, the copies would be an ODR violation: the linker keeps ONE copy of each, and if
// it kept the AVX-512 one of, say, Eigen's GEMM kernel or std::vector<float>::resize, baseline code calling it would
// die with SIGILL on a CPU without AVX-512. So each level's objects are first linked into one relocatable object
// (ld -r --force-group-allocation, which dissolves the COMDAT groups) and then every symbol but the level's table
// (the C name reco_kernels_<level>) is made local (objcopy --keep-global-symbol; -fno-gnu-unique makes the function-local
// statics of inline functions weak rather than STB_GNU_UNIQUE, which objcopy would leave global): the level's Eigen and standard
// library copies are private to it and cannot replace or be replaced by anyone else's. A build step checks the
// result with nm and readelf (cmake/CheckKernelObject.cmake) and fails on any other global definition, weak symbol
// or section group. The code also lives in a namespace per level (reco::kernels_v4, ...), which keeps profiles and
// backtraces readable. Nothing of Eigen crosses the table (each level's Eigen aligns memory differently): only
// pointers, sizes and standard-library types whose layout does not depend on the instruction set.

#ifdef RECO_KERNELS_NATIVE
extern "C" const reco::KernelTable reco_kernels_native;
#else
extern "C" const reco::KernelTable reco_kernels_baseline;
extern "C" const reco::KernelTable reco_kernels_v3;
extern "C" const reco::KernelTable reco_kernels_v4;
#endif

namespace reco {

namespace {

std::string runnableNames() {
  std::string names;
  for (CpuLevel l : runnableCpuLevels()) names += std::string(names.empty() ? "" : ", ") + cpuLevelName(l);
  return names;
}

// The level at start-up: RECO_CPU's when set, else the highest runnable one.
CpuLevel startUpLevel() {
  const auto levels = runnableCpuLevels();
  const char* forced = std::getenv("RECO_CPU");
  if (!forced || !*forced) return levels.back();
  const CpuLevel level = parseCpuLevel(forced);
  if (!cpuLevelRunnable(level))
    throw std::invalid_argument(std::string("RECO_CPU=") + forced + ": " +
                                "this build or this CPU cannot run that level" +
                                "; runnable here: " + runnableNames());
  return level;
}

std::atomic<const KernelTable*>& currentTable() {
  static std::atomic<const KernelTable*> table{nullptr};
  return table;
}

}  // namespace

const KernelTable& kernelTableFor(CpuLevel level) {
  if (!cpuLevelRunnable(level))
    throw std::invalid_argument(std::string("the ") + cpuLevelName(level) +
                                " kernels cannot run here; runnable: " + runnableNames());
#ifdef RECO_KERNELS_NATIVE
  return reco_kernels_native;
#else
  switch (level) {
    case CpuLevel::V3: return reco_kernels_v3;
    case CpuLevel::V4: return reco_kernels_v4;
    default: return reco_kernels_baseline;
  }
#endif
}

const KernelTable& kernelTable() {
  const KernelTable* t = currentTable().load(std::memory_order_acquire);
  if (t) return *t;
  // First use: resolved once (a throw leaves it unresolved, so the error repeats rather than a default being taken).
  static const KernelTable& initial = kernelTableFor(startUpLevel());
  const KernelTable* expected = nullptr;
  currentTable().compare_exchange_strong(expected, &initial, std::memory_order_acq_rel);
  return *currentTable().load(std::memory_order_acquire);
}

CpuLevel cpuLevel() { return kernelTable().level; }

const char* cpuLevelName() { return cpuLevelName(cpuLevel()); }

void setCpuLevel(CpuLevel level) { currentTable().store(&kernelTableFor(level), std::memory_order_release); }

}  // namespace reco
