/* The benchmark name pool (data/name_pool.tsv, made by gen_name_pool.py):
 * given and family names with their country, native and romanised forms,
 * sorted by popularity, drawn Zipf-distributed. Shared by the benches that
 * generate names. Include after bench_util.h. */
#ifndef AKA_BENCH_NAME_POOL_H
#define AKA_BENCH_NAME_POOL_H

#include <errno.h>
#include <math.h>
#include <string.h>

typedef struct pname {
    const char *native, *roman;
    char cc[3];
    char gender;
} pname;

typedef struct pool {
    char *file;
    pname *given, *family;
    size_t ngiven, nfamily;
    double *cdf_given, *cdf_family; /* Zipf cumulative weights over rank */
} pool;

static inline double *zipf_cdf(size_t n, double s)
{
    double *c = xrealloc(NULL, (n ? n : 1) * sizeof *c), sum = 0;
    for (size_t k = 0; k < n; k++)
        c[k] = sum += 1.0 / pow((double)(k + 1), s);
    for (size_t k = 0; k < n; k++)
        c[k] /= sum;
    return c;
}

static inline size_t zipf_draw(rng *r, const double *cdf, size_t n)
{
    double u = rng_unit(r);
    size_t lo = 0, hi = n - 1;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (cdf[mid] < u)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

/* Parse the pool in place: lines "kind\tcc\tgender\tnative\troman",
 * '#' comments. Returns 0 on success. */
static inline int pool_load(pool *p, const char *path)
{
    size_t len;
    memset(p, 0, sizeof *p);
    p->file = read_file(path, &len);
    if (!p->file) {
        fprintf(stderr, "bench: cannot read name pool %s: %s\n", path,
                strerror(errno));
        return -1;
    }
    size_t cap_g = 0, cap_f = 0;
    for (char *line = p->file, *next; line && *line; line = next) {
        next = strchr(line, '\n');
        if (next)
            *next++ = '\0';
        if (line[0] == '#' || line[0] == '\0')
            continue;
        char *f[5];
        int nf = 0;
        for (char *t = line; nf < 5; nf++) {
            f[nf] = t;
            t = strchr(t, '\t');
            if (!t) {
                nf++;
                break;
            }
            *t++ = '\0';
        }
        if (nf != 5 || strlen(f[1]) != 2 || (f[0][0] != 'g' && f[0][0] != 'f')) {
            fprintf(stderr, "bench: malformed line in %s\n", path);
            return -1;
        }
        pname nm = {f[3], f[4], {f[1][0], f[1][1], '\0'}, f[2][0]};
        if (f[0][0] == 'g') {
            if (p->ngiven == cap_g)
                p->given = xrealloc(p->given, (cap_g = cap_g * 2 + 256) * sizeof nm);
            p->given[p->ngiven++] = nm;
        } else {
            if (p->nfamily == cap_f)
                p->family = xrealloc(p->family, (cap_f = cap_f * 2 + 256) * sizeof nm);
            p->family[p->nfamily++] = nm;
        }
    }
    if (!p->ngiven || !p->nfamily) {
        fprintf(stderr, "bench: name pool %s has no names\n", path);
        return -1;
    }
    p->cdf_given = zipf_cdf(p->ngiven, 1.1);
    p->cdf_family = zipf_cdf(p->nfamily, 1.1);
    return 0;
}

static inline void pool_free(pool *p)
{
    free(p->file);
    free(p->given);
    free(p->family);
    free(p->cdf_given);
    free(p->cdf_family);
}

#endif
