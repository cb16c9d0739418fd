/* Inlining decisions the compiler is told, for hot paths that are split
 * by hand: a helper written once and inlined where each variant of a loop
 * needs it, and rare paths kept out of line so that the common one stays
 * small. Plain `inline` (a hint) without GCC or Clang. */
#ifndef AKA_CORE_INLINE_H
#define AKA_CORE_INLINE_H

#if defined(__GNUC__)
#define AKA__NOINLINE __attribute__((noinline))
#define AKA__ALWAYS_INLINE inline __attribute__((always_inline))
#else
#define AKA__NOINLINE
#define AKA__ALWAYS_INLINE inline
#endif

#endif
