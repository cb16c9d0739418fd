#include "engine/errslots.h"

#include <string.h>

int aka__errslots_init(aka__errslots *s)
{
    memset(s, 0, sizeof *s);
    return pthread_mutex_init(&s->mu, NULL) == 0;
}

void aka__errslots_destroy(aka__errslots *s)
{
    pthread_mutex_destroy(&s->mu);
}

void aka__errslots_set(aka__errslots *s, const char *msg)
{
    pthread_t me = pthread_self();
    pthread_mutex_lock(&s->mu);
    int own = -1, free_slot = -1, oldest = 0;
    for (int i = 0; i < AKA__ERRSLOTS; i++) {
        if (!s->slot[i].used) {
            if (free_slot < 0)
                free_slot = i;
        } else if (pthread_equal(s->slot[i].tid, me)) {
            own = i;
            break;
        } else if (s->slot[i].used < s->slot[oldest].used ||
                   !s->slot[oldest].used) {
            oldest = i;
        }
    }
    int pick = own >= 0 ? own : free_slot >= 0 ? free_slot : oldest;
    s->slot[pick].tid = me;
    s->slot[pick].used = ++s->clock;
    strncpy(s->slot[pick].msg, msg, AKA__ERRMSG_CAP - 1);
    s->slot[pick].msg[AKA__ERRMSG_CAP - 1] = '\0';
    pthread_mutex_unlock(&s->mu);
}

const char *aka__errslots_get(aka__errslots *s)
{
    pthread_t me = pthread_self();
    const char *msg = "";
    pthread_mutex_lock(&s->mu);
    for (int i = 0; i < AKA__ERRSLOTS; i++)
        if (s->slot[i].used && pthread_equal(s->slot[i].tid, me)) {
            msg = s->slot[i].msg;
            break;
        }
    pthread_mutex_unlock(&s->mu);
    return msg;
}
