#pragma once
// reco_test::kSanitized: true in the AddressSanitizer, ThreadSanitizer and MemorySanitizer builds, where every memory
// access is checked (ASan: 2-15x slower) and shadow memory and quarantine say nothing of the program's own footprint.
// Tests of time or memory bounds that only the optimised build can show, and tests whose input size is chosen for the
// optimised build, read it; GCC defines __SANITIZE_*__, clang answers __has_feature.

namespace reco_test {

#if defined(__SANITIZE_ADDRESS__) || defined(__SANITIZE_THREAD__)
inline constexpr bool kSanitized = true;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer) || __has_feature(thread_sanitizer) || __has_feature(memory_sanitizer)
inline constexpr bool kSanitized = true;
#else
inline constexpr bool kSanitized = false;
#endif
#else
inline constexpr bool kSanitized = false;
#endif

}  // namespace reco_test
