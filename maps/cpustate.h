#pragma once

namespace tw {

/// Some library code leaves the upper halves of the AVX registers dirty; every SSE instruction
/// afterwards pays a transition penalty (measured in the GUI process: the cluster build's
/// projection ran 10x slower). Call before tight floating-point loops; costs nothing.
inline void clearUpperVectorState()
{
#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
    if (__builtin_cpu_supports("avx")) {
        asm volatile("vzeroupper" ::: "memory");
    }
#endif
}

} // namespace tw
