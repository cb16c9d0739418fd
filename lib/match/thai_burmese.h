/* Burmese names in Thai script, as Thai police, labour offices and NGOs
 * write the names of workers from Myanmar beside the Latin spelling of
 * their passports or pink cards: จ่อ ซอ ทุน for Kyaw Zaw Tun, หน่าย ลิน for
 * Naing Lin, มิน อ่อง หล่าย for Min Aung Hlaing. The normaliser romanises
 * the Thai by RTGS ("cho so thun", "nai lin", "min ong lai"), far from
 * the Burmese spellings (Thai writes ky as จ, z as ซ, aung as อ่อง, aing
 * as ่าย, ein as เ-็ง, a final nt as นต์ read n, and puts an a into an
 * initial cluster: ลวิน "lawin" Lwin, ชเว "chawe" Shwe). */
#ifndef AKA_MATCH_THAI_BURMESE_H
#define AKA_MATCH_THAI_BURMESE_H

#include <stddef.h>

/* 1 when the token thai[0..nt), Thai romanised by the normaliser, and the
 * Latin token lat[0..nl), a syllable of a Burmese name, are one syllable
 * as Thai hears it: both read to the same key, of two letters at least.
 * Both lower-case ASCII. */
int aka__burmese_thai_meets(const char *thai, size_t nt, const char *lat, size_t nl);

#endif
