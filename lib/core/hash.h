/* The one hash function of libaka: xxh3-64, a private dependency. */
#ifndef AKA_CORE_HASH_H
#define AKA_CORE_HASH_H

#include <stddef.h>
#include <stdint.h>

uint64_t aka__hash(const void *data, size_t len, uint64_t seed);

#endif
