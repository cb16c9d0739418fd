/* Thai romanisation (RTGS): names and words read as they are written in
 * Latin, and text that is not a well-formed Thai word (marks alone, mixed
 * scripts, random letters, very long words) read without crashing. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include <unicode/ustring.h>

#include "helpers.h"
#include "match/thai_nick.h"
#include "unicode/thai.h"

/* UTF-8 literal -> RTGS reading in out (NUL-terminated). */
static aka_status rtgs_of(const char *s, aka__sb *out)
{
    UChar b[512];
    UErrorCode ec = U_ZERO_ERROR;
    int32_t n = 0;
    u_strFromUTF8(b, 512, &n, s, -1, &ec);
    if (U_FAILURE(ec))
        fail_msg("bad test literal");
    aka__u16 tmp = {0};
    aka__sb_clear(out);
    aka_status st = aka__thai_rtgs(b, n, &tmp, out);
    aka__u16_free(&tmp);
    return st;
}

static void expect(const char *thai, const char *latin)
{
    aka__sb out = {0};
    assert_int_equal(rtgs_of(thai, &out), AKA_OK);
    if (strcmp(out.p ? out.p : "", latin) != 0)
        fail_msg("%s: got \"%s\", want \"%s\"", thai, out.p ? out.p : "",
                 latin);
    aka__sb_free(&out);
}

/* Names and words with their RTGS spelling. Those marked V are the RTGS
 * forms I know from memory (official romanisations of place names, the
 * RTGS forms cited for public figures); the others follow the RTGS rules
 * by hand. */
static void test_names(void **state)
{
    (void)state;
    expect("สมชาย", "somchai");            /* V */
    expect("สมศักดิ์", "somsak");          /* V */
    expect("ประยุทธ์", "prayut");          /* V */
    expect("ทักษิณ", "thaksin");           /* V */
    expect("อภิสิทธิ์", "aphisit");        /* V */
    expect("เวชชาชีวะ", "wetchachiwa");    /* V */
    expect("ภูมิพล", "phumiphon");         /* V */
    expect("อดุลยเดช", "adunyadet");       /* V */
    expect("กรุงเทพ", "krungthep");        /* V */
    expect("เชียงใหม่", "chiangmai");      /* V */
    expect("สุนทร", "sunthon");            /* V */
    expect("ธนาธร", "thanathon");          /* V */
    expect("แพทองธาร", "phaethongthan");   /* V */
    expect("ยิ่งลักษณ์", "yinglak");       /* V */
    expect("วชิราลงกรณ์", "wachiralongkon"); /* V */
    expect("ประเทศไทย", "prathetthai");    /* V */
    expect("เศรษฐา", "settha");            /* V */
    expect("ทวีสิน", "thawisin");          /* V */
    expect("หลีกภัย", "likphai");          /* V */
    expect("ชวน", "chuan");                /* V */
    expect("บัวขาว", "buakhao");           /* V */
    expect("บัญชาเมฆ", "banchamek");
    expect("ลลิษา", "lalisa");
    expect("มโนบาล", "manoban");
    expect("ประวิตร", "prawit");           /* V */
    expect("วงษ์สุวรรณ", "wongsuwan");     /* V */
    expect("วงศ์สวัสดิ์", "wongsawat");    /* V */
    expect("สุดารัตน์", "sudarat");
    expect("สุดาพร", "sudaphon");
    expect("ณัฐพล", "natthaphon");         /* V */
    expect("กิตติพงษ์", "kittiphong");
    expect("จึงรุ่งเรืองกิจ", "chuengrungrueangkit"); /* V */
    expect("ลิ้มเจริญรัตน์", "limcharoenrat"); /* V */
    expect("พิธา", "phitha");              /* V */
    expect("จันทร์โอชา", "chanocha");      /* V */
    /* the consonant before a silenced one ends its syllable */
    expect("พิมพ์ชนก", "phimchanok");
    expect("สิทธิ์ชัย", "sitchai");
    /* พรหม, Brahma */
    expect("พรหมมา", "phromma");
    expect("พรหมวงศ์", "phromwong");
    expect("พรทิพย์", "phonthip");
    expect("สมศรี", "somsi");              /* V */
    expect("ชลบุรี", "chonburi");          /* V */
    expect("นครราชสีมา", "nakhonratchasima"); /* V */
    expect("สุโขทัย", "sukhothai");        /* V */
    expect("ภูเก็ต", "phuket");            /* V */
    expect("อยุธยา", "ayutthaya");         /* V */
    expect("ลำปาง", "lampang");            /* V */
    expect("พัฒนา", "phatthana");          /* V */
    expect("รัฐมนตรี", "ratthamontri");    /* V */
    expect("เฉลิม", "chaloem");            /* V */
    expect("ประเสริฐสุข", "prasoetsuk");    /* no Pali linking after oe */
    expect("ประเสริฐ", "prasoet");
    expect("ธรรม", "tham");                /* V */
    expect("พรรณ", "phan");
    expect("บรรจง", "banchong");
    expect("อรรถพล", "atphon");           /* ถ closes, พล a syllable */
    expect("บรรหาร", "banhan");
    expect("อุดม", "udom");                /* V */
    expect("สวย", "suai");
    expect("ความ", "khwam");
    expect("ไกล", "klai");
    expect("เลย", "loei");                 /* V (Loei province) */
    expect("เพลง", "phleng");
    expect("หมด", "mot");
    expect("ถนน", "thanon");               /* V */
    expect("สาคร", "sakhon");              /* V (Sakhon Nakhon) */
    expect("ชินวัตร", "chinwat");          /* RTGS has the unwritten "na" */
    expect("ศาสตร์", "sat");
    expect("อำนาจ", "amnat");              /* V (Amnat Charoen) */
    expect("ศุภชัย", "supphachai");
    expect("ราชบุรี", "ratchaburi");       /* V */
    expect("นคร", "nakhon");               /* V */
    expect("ชาติ", "chat");                /* V */
    expect("ประวัติ", "prawat");           /* V */
    expect("ณัฐวุฒิ", "natthawut");        /* V */
    expect("เกียรติ", "kiat");             /* V */
    expect("เกียรติศักดิ์", "kiattisak");  /* V */
    expect("ปิติ", "piti");
    expect("เพชร", "phet");                /* V */
    expect("สมุทรปราการ", "samutprakan");  /* V */
    expect("ฉะเชิงเทรา", "chachoengsao");  /* V */
    expect("อินทรา", "inthra");
    expect("สาทร", "sathon");              /* V */
}

/* Pali compounds: a stop before its aspirate, ญ before its stop and ช
 * after a short a close a syllable, the next starting with its own "a". */
static void test_pali_linking(void **state)
{
    (void)state;
    expect("ยุทธพงศ์", "yutthaphong");
    expect("กาญจนา", "kanchana");
    expect("รัชนีกร", "ratchanikon");
    expect("พัชรี", "phatchari");
    expect("ธวัชชัย", "thawatchai");   /* ชช: the second opens the syllable */
    expect("สมพร", "somphon");
}

/* A tone mark on the first of two consonants that could be a cluster
 * shows they are none; ว after a vowel ends its diphthong. */
static void test_tone_mark_and_wo(void **state)
{
    (void)state;
    expect("แก้วมณี", "kaeomani");
    expect("แก้ว", "kaeo");
    expect("แกว่ง", "kwaeng"); /* the mark on ว: a cluster */
    expect("กล้า", "kla");
    expect("เปลวเทียน", "pleothian");
    expect("ข้าวหอม", "khaohom");
    expect("หิว", "hio");
    /* ... but no diphthong ends in ว after ี ึ ื ุ ู: it opens the next
     * syllable */
    expect("ศรีวงศ์", "siwong");
    expect("สุวงศ์", "suwong");
    expect("ทวีวงศ์", "thawiwong");
    /* ว before a ง that a silenced letter follows is the w of "wong",
     * not the vowel ua, after a closed syllable too */
    expect("ปิ่นวงศ์", "pinwong");
    expect("แสงวงค์", "saengwong");
    expect("ชวน", "chuan");
    /* a high consonant leading a vowelled sonorant takes its own a */
    expect("สุขสวัสดิ์", "suksawat");
    expect("สุขสม", "suksom");
    /* ... and after a long vowel it closes nothing */
    expect("ศรีสวัสดิ์", "sisawat");
    expect("ศรีสมาน", "sisaman");
}

/* A lone ร after ิ ี ึ ื ุ ู before the next syllable is the ra of a
 * Sanskrit name; alone at a word's end, or after า, the final n. */
static void test_linking_ra(void **state)
{
    (void)state;
    expect("สุรชัย", "surachai");
    expect("สุรยุทธ์", "surayut");
    expect("จีรศักดิ์", "chirasak");
    expect("ธีรพงษ์", "thiraphong");
    expect("สุรพล", "suraphon");
    expect("ชาญวีรกูล", "chanwirakun");
    expect("อุดร", "udon");
    expect("อุดรธานี", "udonthani");
    expect("ธารทิพย์", "thanthip");
    expect("สุรินทร์", "surin");
}

/* ำ arrives as ํ + า after NFKC, and tone marks change nothing. */
static void test_spelling_variants(void **state)
{
    (void)state;
    expect("\xe0\xb8\xa5\xe0\xb9\x8d\xe0\xb8\xb2\xe0\xb8\x9b\xe0\xb8\xb2\xe0\xb8\x87",
           "lampang");
    expect("ยิงลักษณ์", "yinglak");
    expect("ๆ", "");
    expect("่้๊๋์", "");
    expect("ั", "a");
}

static void test_tokens(void **state)
{
    (void)state;
    expect("สมชาย-สมศักดิ์", "somchai somsak");
    expect("abcสมชาย", "abcsomchai");
    expect("ร.๙", "ra 9");
    /* after text already in out, and a tone mark alone: nothing to say,
     * no stray space after "x som" */
    static const UChar b[] = {0x0E2A, 0x0E21};
    static const UChar mark[] = {0x0E48};
    check_appends(aka__thai_rtgs, b, 2, "som", mark, 1);
}

/* Random strings of the Thai block (letters, signs, digits, unassigned
 * points) and a few ASCII characters: always ASCII out, never a crash (run
 * under ASan to catch reads past the end). */
static void test_random(void **state)
{
    (void)state;
    static const cp_range r[] = {{95, 0x0E00, 0x80}};
    check_random_text(aka__thai_rtgs, 12345, 20000, 24, r, 1);
}

/* The nickname list is sorted as its search needs, and holds the Latin
 * and RTGS spellings; a given name or a Thai family name is none. */
static void test_nicknames(void **state)
{
    (void)state;
    assert_true(aka__thai_nicknames_sorted());
    assert_true(aka__thai_nickname("lek", 3));
    assert_true(aka__thai_nickname("phloi", 5));
    assert_true(aka__thai_nickname("ploy", 4));
    assert_false(aka__thai_nickname("somchai", 7));
    assert_false(aka__thai_nickname("saengthong", 10));
    assert_false(aka__thai_nickname("le", 2));
}

static void test_long(void **state)
{
    (void)state;
    enum { N = 20000 };
    static const UChar word[] = {0x0E2A, 0x0E21, 0x0E0A, 0x0E32, 0x0E22};
    aka__u16 tmp = {0};
    aka__sb out = {0};
    read_repeated(aka__thai_rtgs, word, 5, N, &tmp, &out);
    assert_int_equal(out.len, (size_t)(N / 5) * strlen("somchai"));
    assert_memory_equal(out.p, "somchaisomchai", 14);
    aka__u16_free(&tmp);
    aka__sb_free(&out);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_names),
        cmocka_unit_test(test_spelling_variants),
        cmocka_unit_test(test_pali_linking),
        cmocka_unit_test(test_tone_mark_and_wo),
        cmocka_unit_test(test_linking_ra),
        cmocka_unit_test(test_tokens),
        cmocka_unit_test(test_random),
        cmocka_unit_test(test_nicknames),
        cmocka_unit_test(test_long),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
