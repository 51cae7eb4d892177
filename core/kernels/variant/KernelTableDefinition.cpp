// This level's kernel table: the one symbol of the level's object that stays global (core/CMakeLists.txt).
#include "core/kernels/variant/KernelVariant.h"

extern "C" __attribute__((visibility("default"))) const reco::KernelTable RECO_KERNEL_TABLE;

extern "C" const reco::KernelTable RECO_KERNEL_TABLE = {
    RECO_KERNEL_CPU_LEVEL,
    &reco::RECO_KERNEL_NS::ialsGram,
    &reco::RECO_KERNEL_NS::ialsSolveRows,
    &reco::RECO_KERNEL_NS::bprStratum,
    &reco::RECO_KERNEL_NS::factorScores,
    &reco::RECO_KERNEL_NS::factorTopN,
    &reco::RECO_KERNEL_NS::easeInverse,
    &reco::RECO_KERNEL_NS::easeScores,
    &reco::RECO_KERNEL_NS::decodeOffsets,
    &reco::RECO_KERNEL_NS::decodeDeltas,
    &reco::RECO_KERNEL_NS::decodeReals,
};
