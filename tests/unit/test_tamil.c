/* Tamil romanisation (the spelling of Sri Lankan and Indian passports):
 * names read as passports write them, names in Tamil meeting their Latin
 * spellings and not the Latin spellings of other names, and text that is
 * no well-formed Tamil word (signs alone, a pulli at the start, unassigned
 * code points, mixed scripts, very long words) read without crashing. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "aka.h"
#include "helpers.h"
#include "unicode/tamil.h"

/* The reading of UTF-16 code units straight from the romaniser. */
static const char *direct(const UChar *b, int32_t n, aka__u16 *tmp,
                          aka__sb *out)
{
    return read_direct(aka__tamil_latin, b, n, tmp, out);
}

static void test_names(void **state)
{
    (void)state;
    expect_name("முருகன்", "murugan");       /* க between vowels is g */
    /* a consonant alone is an initial: its first letter */
    expect_name("க. தர்சிகா", "k tharsiga");
    expect_name("ர. அபிராமி", "r apirami");
    expect_name("த. சுரேஷ்", "t suresh");
    /* the titles Thiru and Thirumathi (Mr, Mrs) are dropped; a name that
     * begins so is not */
    expect_name("திரு. முருகன்", "murugan");
    expect_name("திருமதி லக்ஷ்மி", "lakshmi");
    expect_name("திருமுருகன்", "thirumurugan");
    expect_name("அழகு", "azhagu");           /* ழ is zh */
    expect_name("சுந்தரம்", "sundaram");     /* ச starting a word s; ந்த nd */
    expect_name("செல்வம்", "selvam");
    expect_name("கணேசன்", "kanesan");        /* க starting a word is k */
    expect_name("ராஜேஷ்", "rajesh");         /* Grantha ஜ ஷ */
    expect_name("கீதா", "kitha");            /* long vowels single; த th */
    expect_name("லக்ஷ்மி", "lakshmi");       /* க்ஷ */
    expect_name("பிரபாகரன்", "prapagaran");  /* பிர is pr; ப between vowels p */
    expect_name("வேலுப்பிள்ளை", "veluppillai"); /* ப்ப pp; ை ai */
    expect_name("சிவகுமார்", "sivakumar");   /* kumar keeps its k */
    expect_name("ஸ்ரீதரன்", "sritharan");
    expect_name("கிருஷ்ணன்", "krishnan");    /* கிரு is kri */
    expect_name("மீனா", "mina");
    expect_name("விஜய்", "vijay");
    expect_name("அருள்", "arul");
    expect_name("குமார்", "kumar");
    expect_name("ராமசாமி", "ramasami");      /* ச between vowels s */
    expect_name("தமிழ்ச்செல்வன்", "thamizhchchelvan"); /* ச்ச chch */
    expect_name("வெற்றி", "vetri");          /* ற்ற tr */
    expect_name("நாகராஜ்", "nagaraj");
    expect_name("பாலசுப்பிரமணியம்", "palasubramaniyam"); /* ப்பிர br */
    expect_name("தங்கம்", "thangam");        /* ங்க ng */
    expect_name("இளங்கோ", "ilango");
    expect_name("ஆனந்த்", "anand");
    expect_name("பாண்டியன்", "pandiyan");    /* ண்ட nd */
    expect_name("வடிவேலு", "vadivelu");      /* ட between vowels d */
    expect_name("சக்தி", "sakthi");
    expect_name("கார்த்திக்", "kartthik");   /* த்த tth */
    expect_name("அன்பு", "anbu");            /* ப after a nasal b */
    expect_name("மஞ்சுளா", "manjula");       /* ஞ்ச nj */
    expect_name("ஞானம்", "gnanam");          /* ஞ before a vowel gn */
    expect_name("சிவஞானம்", "sivagnanam");
    expect_name("விக்னேஷ்", "vignesh");      /* க் before ன g */
    expect_name("பிரியா", "priya");
    expect_name("ராஜேந்திரன்", "rajendran"); /* ந்திர ndr */
    expect_name("விக்கிரமன்", "vikraman");   /* க்கிர kr */
    expect_name("பவித்திரா", "pavithra");    /* த்திர thr */
    expect_name("ராமகிருஷ்ணன்", "ramakrishnan");
    expect_name("மிருணாளினி", "mrinalini");
    expect_name("லட்சுமி", "lakshmi");       /* ட்ச ksh, the u dropped */
    expect_name("மீனாட்சி", "minakshi");
    expect_name("இராமலிங்கம்", "ramalingam"); /* இ before initial ர */
    expect_name("மோகன்", "mohan");           /* க as the h of Mohan */
    expect_name("மகேஷ்", "mahesh");
    expect_name("சிறீதரன்", "sritharan");    /* the Sri Lankan Sri */
    expect_name("ஸ்ரீகாந்த்", "srikand");    /* the name after Sri */
    expect_name("கற்பகம்", "karpagam");      /* ற் r */
    expect_name("கன்று", "kandru");          /* ன்ற ndr */
    expect_name("ஃபாத்திமா", "fatthima");    /* ஃப f */
    expect_name("எழில்", "ezhil");
    expect_name("கௌரி", "kowri");            /* ௌ ow, open */
    expect_name("சௌந்தர்யா", "soundarya");   /* ... ou, closed */
    expect_name("செந்தில்குமார்", "sendilkumar");
    expect_name("பூங்கொடி", "pungodi");      /* ொ */
    expect_name("துர்கா", "thurga");         /* க after a sonorant g */
    expect_name("முயற்சி", "muyarchi");      /* ச after ற் ch */
    expect_name("வேலுப்பிள்ளை பிரபாகரன்", "veluppillai prapagaran");
    expect_name("அழகு சுந்தரம்", "azhagu sundaram");
}

/* Native name, usual Latin spelling: at least 0.9 by aka_name_compare. */
static void test_compare(void **state)
{
    (void)state;
    static const char *const pairs[][2] = {
        /* given names */
        {"முருகன்", "Murugan"}, {"செல்வம்", "Selvam"}, {"அழகு", "Azhagu"},
        {"சுந்தரம்", "Sundaram"}, {"ராஜேஷ்", "Rajesh"},
        {"லக்ஷ்மி", "Lakshmi"}, {"லட்சுமி", "Lakshmi"},
        {"சிவகுமார்", "Sivakumar"}, {"சிவகுமார்", "Shivakumar"},
        {"ஸ்ரீதரன்", "Sritharan"}, {"ஸ்ரீதரன்", "Sridharan"},
        {"கிருஷ்ணன்", "Krishnan"}, {"மீனா", "Meena"}, {"விஜய்", "Vijay"},
        {"அருள்", "Arul"}, {"குமார்", "Kumar"}, {"குமரன்", "Kumaran"},
        {"ராமசாமி", "Ramasamy"}, {"தமிழ்ச்செல்வன்", "Thamizhselvan"},
        {"வெற்றி", "Vetri"}, {"நாகராஜ்", "Nagaraj"},
        {"கண்ணன்", "Kannan"}, {"சரவணன்", "Saravanan"},
        {"கார்த்திக்", "Karthik"}, {"இளங்கோ", "Ilango"},
        {"ஆனந்த்", "Anand"}, {"தங்கம்", "Thangam"},
        {"பாண்டியன்", "Pandian"}, {"லதா", "Latha"}, {"கவிதா", "Kavitha"},
        {"பிரியா", "Priya"}, {"அன்பு", "Anbu"}, {"முத்து", "Muthu"},
        {"செந்தில்குமார்", "Senthilkumar"}, {"ஜெயக்குமார்", "Jeyakumar"},
        {"ராஜேந்திரன்", "Rajendran"}, {"மகேந்திரன்", "Mahendran"},
        {"பவித்ரா", "Pavithra"}, {"விக்னேஷ்", "Vignesh"},
        {"ஞானம்", "Gnanam"}, {"சிவஞானம்", "Sivagnanam"}, {"மோகன்", "Mohan"},
        {"மகேஷ்", "Mahesh"}, {"மகாலட்சுமி", "Mahalakshmi"},
        {"வடிவேலு", "Vadivelu"}, {"நடராஜன்", "Natarajan"},
        {"நடராஜா", "Nadarajah"}, {"சுரேஷ்", "Suresh"}, {"ரமேஷ்", "Ramesh"},
        {"சதீஷ்", "Sathish"}, {"மஞ்சுளா", "Manjula"},
        {"ராமகிருஷ்ணன்", "Ramakrishnan"}, {"தியாகராஜன்", "Thiagarajan"},
        {"யோகேஸ்வரன்", "Yogeswaran"}, {"சிவநேசன்", "Sivanesan"},
        {"சண்முகம்", "Shanmugam"}, {"எழில்", "Ezhil"},
        {"முகிலன்", "Mugilan"}, {"சுகுமார்", "Sukumar"}, {"சக்தி", "Sakthi"},
        {"பூங்கொடி", "Poongodi"}, {"கற்பகம்", "Karpagam"},
        {"ஃபாத்திமா", "Fathima"}, {"சுமதி", "Sumathi"}, {"சத்யா", "Sathya"},
        {"மீனாட்சி", "Meenakshi"}, {"காமாட்சி", "Kamakshi"},
        {"விஜயலட்சுமி", "Vijayalakshmi"}, {"கௌசல்யா", "Kowsalya"},
        {"சௌமியா", "Sowmya"}, {"சௌந்தர்யா", "Soundarya"},
        {"பௌர்ணமி", "Pournami"}, {"சுதர்சன்", "Sutharsan"},
        {"தர்ஷன்", "Tharshan"}, {"துளசி", "Thulasi"}, {"தேவி", "Thevi"},
        {"நிரோஷன்", "Niroshan"}, {"பார்வதி", "Parvathi"},
        {"அரவிந்த்", "Aravind"}, {"இந்திரன்", "Indran"},
        {"ஸ்ரீநிவாசன்", "Srinivasan"}, {"சீனிவாசன்", "Seenivasan"},
        /* family and father's names */
        {"வேலுப்பிள்ளை", "Velupillai"},
        {"பாலசுப்பிரமணியம்", "Balasubramaniam"},
        {"சுப்பிரமணியம்", "Subramaniam"}, {"இராமலிங்கம்", "Ramalingam"},
        {"பொன்னம்பலம்", "Ponnambalam"}, {"ரத்தினம்", "Rathinam"},
        {"ராசையா", "Rasaiah"}, {"சின்னத்தம்பி", "Sinnathamby"},
        {"கந்தசாமி", "Kandasamy"}, {"பத்மநாதன்", "Pathmanathan"},
        {"ராமச்சந்திரன்", "Ramachandran"}, {"செல்லத்துரை", "Sellathurai"},
        {"அண்ணாமலை", "Annamalai"}, {"சிதம்பரம்", "Chidambaram"},
        {"சந்திரசேகரன்", "Chandrasekaran"}, {"கருணாநிதி", "Karunanidhi"},
        /* whole names */
        {"அழகு சுந்தரம்", "Azhagu Sundaram"},
        {"வேலுப்பிள்ளை பிரபாகரன்", "Velupillai Prabhakaran"},
        {"சிவஞானம் சிறீதரன்", "Sivagnanam Sritharan"},
    };
    check_name_pairs(pairs, sizeof pairs / sizeof pairs[0], 0.9, 1, 0);
}

/* Different names that share a syllable stay apart: reading Tamil must
 * not make them look alike. */
static void test_distinct(void **state)
{
    (void)state;
    static const char *const pairs[][2] = {
        {"முருகன்", "Mohan"}, {"முருகன்", "Murali"}, {"கண்ணன்", "Kumar"},
        {"செல்வம்", "Selvi"}, {"ராஜேஷ்", "Rajan"}, {"ரமேஷ்", "Suresh"},
        {"மீனா", "Meera"}, {"சரவணன்", "Sivanesan"}, {"குமார்", "Kumaran"},
        {"கவிதா", "Kavya"}, {"அருள்", "Arun"}, {"கணேசன்", "Ganesh"},
        {"சிவகுமார்", "Senthilkumar"}, {"மகேந்திரன்", "Mahesh"},
        {"மோகன்", "Mahesh"}, {"ஸ்ரீதரன்", "Srinivasan"}, {"அழகு", "Arul"},
        {"பிரபாகரன்", "Prakash"}, {"லட்சுமி", "Lakshmanan"},
        {"தங்கம்", "Thangaraj"}, {"இளங்கோ", "Ilavarasan"},
    };
    check_name_pairs(pairs, sizeof pairs / sizeof pairs[0], 0, 0.5, 0);
    /* one letter apart: kept below the same-name level */
    static const char *const near[][2] = {
        {"சுந்தரம்", "Sundari"}, {"நாகராஜ்", "Nataraj"},
    };
    check_name_pairs(near, sizeof near / sizeof near[0], 0, 0.9, 0);
}

static void test_tokens(void **state)
{
    (void)state;
    expect_name("முருகன்-செல்வம்", "murugan selvam");
    aka__u16 tmp = {0};
    aka__sb out = {0};
    /* ASCII letters and Tamil digits stay in the token */
    static const UChar mixed[] = {'A', 0x0BAE, 0x0BA3, 0x0BBF, '7', 0x0BE7};
    assert_string_equal(direct(mixed, 6, &tmp, &out), "amani71");
    /* a space before the first token when out has text already; signs
     * alone say nothing: no empty token, no stray space */
    static const UChar mani[] = {0x0BAE, 0x0BA3, 0x0BBF};
    static const UChar signs[] = {0x0BCD, 0x0BD7, 0x0BCD};
    check_appends(aka__tamil_latin, mani, 3, "mani", signs, 3);
    /* ZWSP, Tamil numbers and calendar signs separate words */
    static const UChar sep[] = {0x0BAE, 0x0BA3, 0x0BBF, 0x200B, 0x0BB0,
                                0x0BB5, 0x0BBF, 0x0BF0, 0x0BAE, 0x0BA3,
                                0x0BBF, 0x0BF3, 0x0BB0, 0x0BB5, 0x0BBF};
    assert_string_equal(direct(sep, 15, &tmp, &out), "mani ravi mani ravi");
    /* the two-part vowels decomposed (NFD) read as the precomposed:
     * கொ கோ கௌ ஔ */
    static const UChar ko_nfd[] = {0x0B95, 0x0BC6, 0x0BBE, 0x0B95, 0x0BC7,
                                   0x0BBE, 0x0B95, 0x0BC6, 0x0BD7, 0x0B92,
                                   0x0BD7};
    static const UChar ko_nfc[] = {0x0B95, 0x0BCA, 0x0B95, 0x0BCB, 0x0B95,
                                   0x0BCC, 0x0B94};
    assert_string_equal(direct(ko_nfd, 11, &tmp, &out), "kogogowow");
    assert_string_equal(direct(ko_nfc, 7, &tmp, &out), "kogogowow");
    /* ZWNJ and ZWJ choose a glyph (க்‌ஷ without the ligature): no break */
    static const UChar ksha[] = {0x0BB2, 0x0B95, 0x0BCD, 0x200C, 0x0BB7,
                                 0x0BCD, 0x200D, 0x0BAE, 0x0BBF};
    assert_string_equal(direct(ksha, 9, &tmp, &out), "lakshmi");
    /* ஶ்ரீ is Sri like ஸ்ரீ; the aytham before ஜ is z */
    static const UChar shri[] = {0x0BB6, 0x0BCD, 0x0BB0, 0x0BC0};
    assert_string_equal(direct(shri, 4, &tmp, &out), "sri");
    static const UChar za[] = {0x0B83, 0x0B9C, 0x0BBE};
    assert_string_equal(direct(za, 3, &tmp, &out), "za");
    aka__u16_free(&tmp);
    aka__sb_free(&out);
}

/* Sequences no Tamil writer makes, each read without error. */
static void test_ill_formed(void **state)
{
    (void)state;
    aka__u16 tmp = {0};
    aka__sb out = {0};
    /* vowel signs with no consonant: their sounds */
    static const UChar signs_alone[] = {0x0BBE, 0x0BC1, 0x0BC8};
    assert_string_equal(direct(signs_alone, 3, &tmp, &out), "auai");
    /* a pulli at the start, and pullis alone */
    static const UChar pulli_first[] = {0x0BCD, 0x0B95, 0x0BC1, 0x0BAE,
                                        0x0BBE, 0x0BB0, 0x0BCD};
    assert_string_equal(direct(pulli_first, 7, &tmp, &out), "kumar");
    static const UChar pullis[] = {0x0BCD, 0x0BCD, 0x0BCD};
    assert_string_equal(direct(pullis, 3, &tmp, &out), "");
    /* a consonant with a pulli and a vowel sign (the sign sounds alone,
     * and the next க is between vowels), two signs, two pullis */
    static const UChar doubled[] = {0x0B95, 0x0BCD, 0x0BBF, 0x0B95, 0x0BBE,
                                    0x0BBF, 0x0BAE, 0x0BCD, 0x0BCD};
    assert_string_equal(direct(doubled, 9, &tmp, &out), "kigaim");
    /* the aytham and the AU length mark alone */
    static const UChar aytham[] = {0x0B83};
    assert_string_equal(direct(aytham, 1, &tmp, &out), "h");
    static const UChar au_mark[] = {0x0BD7, 0x0BD7};
    assert_string_equal(direct(au_mark, 2, &tmp, &out), "");
    /* rules that look ahead, cut off at the end of the text */
    static const UChar cut1[] = {0x0BAA, 0x0BBF, 0x0BB0}; /* பிர */
    assert_string_equal(direct(cut1, 3, &tmp, &out), "pra");
    static const UChar cut2[] = {0x0B95, 0x0BBF, 0x0BB0, 0x0BC1}; /* கிரு */
    assert_string_equal(direct(cut2, 4, &tmp, &out), "kri");
    static const UChar cut3[] = {0x0B9A, 0x0BBF, 0x0BB1}; /* சிற */
    assert_string_equal(direct(cut3, 3, &tmp, &out), "sira");
    static const UChar cut4[] = {0x0BB8, 0x0BCD, 0x0BB0}; /* ஸ்ர */
    assert_string_equal(direct(cut4, 3, &tmp, &out), "sra");
    /* unassigned code points of the block separate */
    static const UChar unassigned[] = {0x0BAE, 0x0BA3, 0x0BBF, 0x0B80,
                                       0x0BB0, 0x0BB5, 0x0BBF, 0x0BFF,
                                       0x0B81, 0x0BC9, 0x0BE5};
    assert_string_equal(direct(unassigned, 11, &tmp, &out), "mani ravi");
    assert_string_equal(direct(NULL, 0, &tmp, &out), "");
    /* the public function too: marks alone, a mixed word */
    check_public_odd_names("\xe0\xaf\x8d\xe0\xaf\x97", "Maniமணி");
    aka__u16_free(&tmp);
    aka__sb_free(&out);
}

/* Random strings of the Tamil block (letters, signs, digits, unassigned
 * points) and a few ASCII characters: always ASCII tokens out, never a
 * crash (ASan catches a read past the end). */
static void test_random(void **state)
{
    (void)state;
    static const cp_range r[] = {
        {55, 0x0B80, 0x80}, {75, 0x0BBE, 0x10}, {90, 0x0B95, 0x25},
        {95, 0x200B, 3}};
    check_random_text(aka__tamil_latin, 2026, 30000, 32, r, 4);
}

/* 10,000 characters: one name repeated without a break, pullis alone,
 * vowel signs alone, bare consonants. */
static void test_long(void **state)
{
    (void)state;
    enum { N = 10000 };
    /* அழகு */
    static const UChar word[] = {0x0B85, 0x0BB4, 0x0B95, 0x0BC1};
    static const UChar pulli[] = {0x0BCD};
    static const UChar sign[] = {0x0BBE}; /* ா only */
    static const UChar bare[] = {0x0B95, 0x0BAA}; /* bare consonants */
    aka__u16 tmp = {0};
    aka__sb out = {0};
    read_repeated(aka__tamil_latin, word, 4, N, &tmp, &out);
    assert_true(out.len > (size_t)N);
    assert_memory_equal(out.p, "azhaguazhagu", 12);
    read_repeated(aka__tamil_latin, pulli, 1, N, &tmp, &out);
    assert_int_equal(out.len, 0);
    read_repeated(aka__tamil_latin, sign, 1, N, &tmp, &out);
    assert_int_equal(out.len, N);
    read_repeated(aka__tamil_latin, bare, 2, N, &tmp, &out);
    assert_true(lower_ascii_tokens(out.p));
    aka__u16_free(&tmp);
    aka__sb_free(&out);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_names),
        cmocka_unit_test(test_compare),
        cmocka_unit_test(test_distinct),
        cmocka_unit_test(test_tokens),
        cmocka_unit_test(test_ill_formed),
        cmocka_unit_test(test_random),
        cmocka_unit_test(test_long),
    };
    return cmocka_run_group_tests(tests, NULL, release_uctx);
}
