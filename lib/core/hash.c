#include "core/hash.h"

#include <xxhash.h>

uint64_t aka__hash(const void *data, size_t len, uint64_t seed)
{
    return (uint64_t)XXH3_64bits_withSeed(data, len, (XXH64_hash_t)seed);
}
