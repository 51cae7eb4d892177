#include "core/kernels/CpuLevel.h"

#include <cpuid.h>

#include <stdexcept>
#include <string>


namespace reco {

namespace {

// The instruction sets of the x86-64 psABI levels (x86-64-v3: AVX2, FMA, BMI1/2, F16C, LZCNT, MOVBE on top of v2's
// SSE4.2, SSSE3, POPCNT; x86-64-v4: AVX-512 F, BW, CD, DQ, VL). __builtin_cpu_supports also checks that the OS saves
// the wide registers.
// F16C, MOVBE (CPUID leaf 1, ECX bits 29 and 22) and LZCNT (leaf 0x80000001, ECX bit 5) read directly: clang 14's
// __builtin_cpu_supports does not know their names.
bool hasF16cMovbeLzcnt() {
  unsigned a = 0, b = 0, c = 0, d = 0;
  if (__get_cpuid(1, &a, &b, &c, &d) == 0) return false;
  const bool f16cMovbe = (c & (1u << 29)) != 0 && (c & (1u << 22)) != 0;
  if (__get_cpuid(0x80000001u, &a, &b, &c, &d) == 0) return false;
  return f16cMovbe && (c & (1u << 5)) != 0;
}

bool cpuRuns(CpuLevel level) {
  __builtin_cpu_init();
  switch (level) {
    case CpuLevel::Baseline:
    case CpuLevel::Native:  // a RECO_NATIVE build only runs where it was built
      return true;
    case CpuLevel::V3:
      return __builtin_cpu_supports("popcnt") && __builtin_cpu_supports("ssse3") &&
             __builtin_cpu_supports("sse4.2") && __builtin_cpu_supports("avx") && __builtin_cpu_supports("avx2") &&
             __builtin_cpu_supports("fma") && __builtin_cpu_supports("bmi") && __builtin_cpu_supports("bmi2") &&
             hasF16cMovbeLzcnt();
    case CpuLevel::V4:
      return cpuRuns(CpuLevel::V3) && __builtin_cpu_supports("avx512f") && __builtin_cpu_supports("avx512bw") &&
             __builtin_cpu_supports("avx512cd") && __builtin_cpu_supports("avx512dq") &&
             __builtin_cpu_supports("avx512vl");
  }
  return false;
}

bool builtHere(CpuLevel level) {
#ifdef RECO_KERNELS_NATIVE
  return level == CpuLevel::Native;
#else
  return level != CpuLevel::Native;
#endif
}

}  // namespace

const char* cpuLevelName(CpuLevel level) {
  switch (level) {
    case CpuLevel::Baseline: return "baseline";
    case CpuLevel::V3: return "v3";
    case CpuLevel::V4: return "v4";
    case CpuLevel::Native: return "native";
  }
  return "?";
}

CpuLevel parseCpuLevel(std::string_view name) {
  for (CpuLevel l : {CpuLevel::Baseline, CpuLevel::V3, CpuLevel::V4, CpuLevel::Native})
    if (name == cpuLevelName(l)) return l;
  throw std::invalid_argument("unknown CPU level '" + std::string(name) + "' (RECO_CPU takes baseline, v3 or v4)");
}

std::vector<CpuLevel> runnableCpuLevels() {
  std::vector<CpuLevel> out;
  for (CpuLevel l : {CpuLevel::Baseline, CpuLevel::V3, CpuLevel::V4, CpuLevel::Native})
    if (builtHere(l) && cpuRuns(l)) out.push_back(l);
  return out;
}

bool cpuLevelRunnable(CpuLevel level) { return builtHere(level) && cpuRuns(level); }

std::string cpuKernelsDescription() {
  try {
    std::string out = "CPU kernels ";
    out.append(cpuLevelName(cpuLevel()));
    return out;
  } catch (const std::exception& e) {
    std::string out = "CPU kernels: ";
    out.append(e.what());
    return out;
  }
}

}  // namespace reco
