// The instruction-set level the hot kernels run at. The kernels are compiled once per x86-64 level (baseline,
// x86-64-v3, x86-64-v4) and the best level this CPU supports is chosen at start-up; RECO_CPU=baseline|v3|v4 forces a
// lower one (for tests and benchmark comparisons). A build with RECO_NATIVE has a single level, "native".
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace reco {

enum class CpuLevel { Baseline, V3, V4, Native };

// "baseline", "v3", "v4", "native".
const char* cpuLevelName(CpuLevel level);
// The level the kernels run at: the highest this CPU supports, or RECO_CPU's. Throws std::invalid_argument when
// RECO_CPU names an unknown level, one this build lacks or one this CPU cannot run.
CpuLevel cpuLevel();
// cpuLevelName(cpuLevel()).
const char* cpuLevelName();
// The levels this build holds and this CPU can run, lowest first.
std::vector<CpuLevel> runnableCpuLevels();
bool cpuLevelRunnable(CpuLevel level);
// Switches the kernels to another level (tests, benchmarks); throws std::invalid_argument when it is not runnable.
void setCpuLevel(CpuLevel level);
// For --version and Help -> About: "CPU kernels v4", or why RECO_CPU cannot be honoured. Never throws.
std::string cpuKernelsDescription();
// Parses "baseline", "v3" or "v4" (as in RECO_CPU); throws std::invalid_argument naming the accepted values.
CpuLevel parseCpuLevel(std::string_view name);

}  // namespace reco
