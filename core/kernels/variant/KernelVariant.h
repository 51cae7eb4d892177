// Internal to the kernel variants: the entry points each level defines. Every file of core/kernels/variant is
// compiled once per level with RECO_KERNEL_LEVEL set (baseline, v3, v4 or native) and -march to match; the
// functions live in namespace reco::kernels_<level>, and only the level's table (C name reco_kernels_<level>)
// survives the symbol localisation of core/CMakeLists.txt.
#pragma once

#include "core/kernels/KernelTable.h"

#ifndef RECO_KERNEL_LEVEL
#error "core/kernels/variant is compiled once per CPU level with RECO_KERNEL_LEVEL defined (see core/CMakeLists.txt)"
#endif

#define RECO_KERNEL_CAT2(a, b) a##b
#define RECO_KERNEL_CAT(a, b) RECO_KERNEL_CAT2(a, b)
#define RECO_KERNEL_NS RECO_KERNEL_CAT(kernels_, RECO_KERNEL_LEVEL)
#define RECO_KERNEL_TABLE RECO_KERNEL_CAT(reco_kernels_, RECO_KERNEL_LEVEL)

namespace reco::RECO_KERNEL_NS {

void ialsGram(const float* fixed, std::int64_t rows, int k, float reg, float* yty);
void ialsSolveRows(const IalsSolveJob& job, std::int64_t begin, std::int64_t end);
BprStratumResult bprStratum(const BprStratum& s, const BprStep& step, Rng& rng, const std::atomic<bool>* cancel);
void factorScores(const float* itemFactors, const float* itemBias, std::int32_t items, int factors, const float* x,
                  std::int64_t rows, float* out);
void factorTopN(const FactorTopNJob& job, std::int64_t begin, std::int64_t end, std::vector<float>& scratch,
                TopN& select);
bool easeInverse(float* g, float* p, std::int64_t n, int threads, const std::atomic<bool>* cancel);
void easeScores(const float* b, std::int32_t items, const std::int32_t* seen, const float* weights, std::size_t count,
                float* out);
void decodeOffsets(const char* src, int width, std::uint64_t base, std::uint32_t n, std::int64_t* dst);
void decodeDeltas(const char* src, int width, std::uint64_t first, std::uint32_t n, std::int64_t* dst);
void decodeReals(const char* src, int width, const unsigned char* bitmap, std::uint32_t n, double* dst);

}  // namespace reco::RECO_KERNEL_NS
