/* Snapshots (persist.c): the engine written to one file and read back,
 * format in docs/file-format.md. */
#ifndef AKA_ENGINE_PERSIST_H
#define AKA_ENGINE_PERSIST_H

#include "engine/engine.h"

#define AKA__SNAP_VERSION 2u

/* Build an engine from snapshot bytes, every check done before anything
 * is built. opts NULL: the snapshot's options. No journal is opened. */
aka_status aka__snapshot_load_mem(const unsigned char *p, size_t n,
                                  const aka__optvals *opts, aka_engine **out,
                                  aka__err *err);

/* Recompute every checksum of snapshot bytes whose structure (header,
 * section lengths) is intact, so that a fuzzer reaches the parsers
 * behind the checksums. 0 when done, -1 when the structure is broken. */
int aka__snapshot_fix_checksums(unsigned char *p, size_t n);

#endif
