/* The journal: every acknowledged add, remove, decision, bulk begin/end
 * and model change, appended before the call returns, so that a snapshot
 * plus its journal give back the engine as the last acknowledged call left
 * it. The format is in docs/file-format.md; docs/engine.md explains the
 * guarantees and the journal_sync option. */
#ifndef AKA_ENGINE_JOURNAL_H
#define AKA_ENGINE_JOURNAL_H

#include "core/bytes.h"
#include "core/strbuf.h"
#include "engine/engine.h"

/* Entry types. */
#define AKA__J_ADD 1
#define AKA__J_REMOVE 2
#define AKA__J_DECIDE 3
#define AKA__J_MODEL 4
#define AKA__J_BULK_BEGIN 5
#define AKA__J_BULK_END 6
/* An add whose values carry their name facts (store.h); AKA__J_ADD's
 * have none (journals of format version 1). */
#define AKA__J_ADD_FACTS 7
/* An analyst's decision withdrawn (aka_engine_undecide): two keys. */
#define AKA__J_UNDECIDE 8
/* Every pair scored again and every entity rebuilt (aka_engine_rescore):
 * empty. */
#define AKA__J_RESCORE 9

#define AKA__JOURNAL_HEADER 40
#define AKA__JOURNAL_ENTRY_MAX (64u << 20) /* payload bytes */

/* Append a (source, record_id) key to an entry payload. */
aka_status aka__journal_key(aka__sb *out, const char *src, size_t sl,
                            const char *id, size_t il);

/* Append an entry and make it as durable as journal_sync asks, under the
 * engine's write lock; a no-op without a journal. AKA_ERR_IO with a
 * message on failure, the journal as it was. */
aka_status aka__journal_append(aka_engine *e, int type, const void *payload,
                               size_t n, aka__err *err);

/* Take back the entry just appended: the call it records failed and
 * changed nothing. */
void aka__journal_undo(aka_engine *e);

/* Append the whole current model (after the model changed in place, e.g.
 * by estimation). Call under the engine's write lock. AKA_OK without a
 * journal; AKA_ERR_IO (message on the engine) when the append fails. */
aka_status aka__journal_model(aka_engine *e);

/* Open the journal named by e->opts.journal_path, if any. With a snapshot
 * (from_snapshot) the journal must continue e->jid from at most e->seq;
 * its later entries are replayed. Without one (aka_engine_new) a journal
 * that holds entries must start from an empty engine; they are replayed.
 * A torn tail is cut off and reported in e->jwarn. */
aka_status aka__journal_open(aka_engine *e, int from_snapshot, aka__err *err);

/* Replay journal bytes (header included) onto e: entries after e->seq,
 * which must follow on without a gap. *valid gets the length of the
 * intact prefix (a torn or damaged tail ends the replay and sets
 * e->jwarn); *last gets the sequence number of the journal's last
 * intact entry (its base when it has none). AKA_ERR_CORRUPT/VERSION for a bad header, an entry that does
 * not parse or does not apply; AKA_ERR_NOMEM. */
aka_status aka__journal_replay(aka_engine *e, const unsigned char *p,
                               size_t n, int from_snapshot, size_t *valid,
                               uint64_t *last, aka__err *err);

/* Start the journal afresh after a snapshot of e->seq was made durable:
 * a new file (header only) renamed over the old one. */
aka_status aka__journal_restart(aka_engine *e, aka__err *err);

void aka__journal_close(aka_engine *e);

/* The model's encoding, shared by snapshots and journal entries. */
void aka__model_write(const aka__model *m, aka__wr *w);
int aka__model_read(aka__rd *r, aka__model *m);

/* Write all of buf to fd (EINTR retried); 0, or -1 with errno. */
int aka__write_all(int fd, const void *buf, size_t n);

/* Describe errno for a message: "disk full", "permission denied", ... */
const char *aka__io_reason(int errnum);

/* fsync the directory holding path. 0, or -1 with errno. */
int aka__fsync_dir(const char *path);

#endif
