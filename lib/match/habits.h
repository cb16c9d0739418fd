/* Spelling habits of romanisations that make two Latin tokens one name
 * though neither the keys nor a slip bridge them (match/habits.c). Each
 * takes two units of single tokens (aka__nunit) and returns 1 when they
 * are one name written in two such habits, else 0. The matcher weighs
 * all but the diphthong as a variant, the diphthong as a slip
 * (docs/matching.md). */
#ifndef AKA_MATCH_HABITS_H
#define AKA_MATCH_HABITS_H

#include "match/nameform.h"

/* Two feminine forms of a Slavic family name (-ova, -eva, -ina, -yna,
 * -owa, -ewa), neither listed, whose masculine forms the variant tables
 * list as one family: Sacharowa / Zakharova (Sacharow, Zakharov). */
int aka__habit_feminine_family(const aka__nunit *x, const aka__nunit *y);

/* One token the other with the Arabic article al or el joined before it,
 * four letters or more after it, neither a listed given name: Almasri /
 * Masri (Alberto / Berto and Alhassan / Hassan stay apart). */
int aka__habit_article_joined(const aka__nunit *x, const aka__nunit *y);

/* Thai ศรี, which RTGS writes si and its bearers sri, before the rest of
 * a token of five letters or more: Sisuk / Srisuk. */
int aka__habit_thai_sri(const aka__nunit *x, const aka__nunit *y);

/* Whether two tokens of one length differ, and only where one writes a
 * and the other b, each such place followed by a letter of `before`
 * (NULL: by anything). */
int aka__habit_traded(const aka__nunit *x, const aka__nunit *y, char a, char b,
                      const char *before);

/* Greek γ before e and i, which ELOT 743 writes g and phonetic spellings
 * y, the only difference of two tokens of one length, four letters or
 * more: Papageorgiou / Papayeoryiou. */
int aka__habit_greek_gamma(const aka__nunit *x, const aka__nunit *y);

/* Greek ντ, μπ and γκ opening a word, which ELOT 743 writes nt, mp and gk
 * (the normaliser nk) and the sound d, b and g (Ντανιέλα ntaniela /
 * Daniela, Μπάμπης mpampis / Bampis, Γκίκας nkikas / Gikas): the only
 * difference of two tokens, the rest three letters or more. */
int aka__habit_greek_digraph(const aka__nunit *x, const aka__nunit *y);

/* Albanian gj against the dj that Serbian đ (Ђ) is written in Latin
 * letters, the only difference of two tokens of one length, four letters
 * or more: Ђерђ "djerdj" / Gjergj, Ђон / Gjon. */
int aka__habit_albanian_gj(const aka__nunit *x, const aka__nunit *y);

/* A Russian family name and its Belarusian form, which writes a for
 * every unstressed o (akanne), the only difference of two tokens of six
 * letters or more, and -au for the masculine -ov: Morozova / Marozava,
 * Kovalenko / Kavalenka, Sokolov / Sakalau. The Russian one ends in
 * -ova, -ov, -ko or -ovich (a family name's endings; given names and
 * other words are left alone: Rosa / Rasa, Marta / Morta). */
int aka__habit_akanne(const aka__nunit *x, const aka__nunit *y);

/* A Tajik family name in -zoda or -zod and the Russian form in -ov,
 * -ova, -ev or -eva it replaced (the 2007 and 2016 reforms: one person's
 * old and new passports), their roots one name of four letters or more,
 * neither token a listed given name: Rahimov / Rahimzoda, Nazarova /
 * Nazarzoda, Kurbonov / Qurbonzoda (Nazarbekov / Nazarzoda stay apart). */
int aka__habit_tajik_zoda(const aka__nunit *x, const aka__nunit *y);

/* The diphthong that South Asian and Persian names write au, ou, aw, ow
 * or o before a consonant, the only difference of two tokens of five
 * letters or more that open alike: Kausar / Kousar / Kawsar. */
int aka__habit_diphthong(const aka__nunit *x, const aka__nunit *y);

#endif
