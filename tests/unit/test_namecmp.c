/* aka_name_compare and the prepared-name comparison: cases across scripts,
 * hard negatives, symmetry, levels, bad input. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "helpers.h"
#include "match/align.h"
#include "match/keys.h"
#include "match/metrics.h"
#include "match/nameform.h"
#include "match/phondist.h"

typedef struct {
    const char *a, *b;
    int same;
} pcase;

static void check_pairs(const pcase *c, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        double s1 = -1, s2 = -1;
        int m1 = -1, m2 = -1;
        assert_int_equal(aka_name_compare(c[i].a, strlen(c[i].a), c[i].b,
                                          strlen(c[i].b), &s1, &m1),
                         AKA_OK);
        assert_int_equal(aka_name_compare(c[i].b, strlen(c[i].b), c[i].a,
                                          strlen(c[i].a), &s2, &m2),
                         AKA_OK);
        assert_true(s1 >= 0 && s1 <= 1);
        /* Symmetric up to float rounding of the alignment. */
        assert_true(s1 - s2 < 1e-5 && s2 - s1 < 1e-5);
        assert_int_equal(m1, m2);
        if (m1 != c[i].same)
            fail_msg("%s | %s: same=%d (score %.3f), want %d", c[i].a, c[i].b,
                     m1, s1, c[i].same);
    }
}

static void test_same_across_scripts(void **state)
{
    (void)state;
    static const pcase c[] = {
        {"Юлия Тимошенко", "Yulia Timoshenko", 1},
        {"Юлія Тимошенко", "TYMOSHENKO Yuliia", 1},
        {"Юлия Тимошенко", "Ioulia Timochenko", 1},
        {"Щукин", "Schtschukin", 1},
        {"Владимир Зеленский", "Volodymyr Zelenskyy", 1},
        {"محمد عبد الرحمن", "Mohamed Abdelrahman", 1},
        {"Muhammad Abd al-Rahman", "Mohammad Abdulrahman", 1},
        {"Abd al-Karim Hassan", "Abdulkarim Hassan", 1},   /* any Abd al- */
        {"Abd al-Karim", "Abdul Karim", 1},
        {"Abolfazl Rezaei", "Abu al-Fazl Rezaei", 1},
        {"Nur al-Islam", "Nurul Islam", 1},       /* the article's vowel */
        {"Nour El Houda", "Nourulhouda", 1},
        {"Ram Bdr. Thapa", "Ram Bahadur Thapa", 1}, /* Nepali abbreviations */
        {"Hari Pd. Sharma", "Hari Prasad Sharma", 1},
        {"Jn Baptiste Louis", "Jean Baptiste Louis", 1}, /* Haitian Jn */
        {"Mg Mg Oo", "Maung Maung Oo", 1},                /* Burmese Mg */
        {"Abdul Karim Chy", "Abdul Karim Chowdhury", 1},  /* Bengali Chy */
        {"Ch. Muhammad Nawaz", "Chaudhry Muhammad Nawaz", 1}, /* Pakistani Ch. */
        {"Wm. Johnson", "William Johnson", 1},  /* old registers' forms */
        {"Thos. Smith", "Thomas Smith", 1},
        {"Chr. Meyer", "Christoph Meyer", 1},
        {"Ch Nawaz", "Chen Nawaz", 0},
        /* Bengali's জ for the z of Arabic and Persian names */
        {"আজিজ", "Aziz", 1},
        {"নাজমা বেগম", "Nazma Begum", 1},
        {"মোহাম্মদ আয়াজ", "Md. Ayaz", 1},
        {"আজিজ", "Azad", 0},
        /* Scottish Gaelic, Welsh, Irish, Kurmanji and Georgian forms */
        {"Alasdair Grant", "Alistair Grant", 1},
        {"Mhairi Campbell", "Mairi Campbell", 1},
        {"Dafydd Jones", "David Jones", 1},
        {"Pádraig Murphy", "Patrick Murphy", 1},
        {"Şêrîn Xelîl", "Shirin Khalil", 1},
        {"Ehmed Hesen", "Ahmed Hassan", 1},
        {"Keti Lomidze", "Ketevan Lomidze", 1},
        {"Dato Gogua", "Davit Gogua", 1},
        /* a nickname of a compound given name against it written apart */
        {"José María Ruiz Sáez", "Chema Ruiz", 1},
        {"Juan Manuel Lopez", "Juanma Lopez", 1},
        {"Maria Teresa Garcia", "Maite Garcia", 1},
        {"Jose Antonio Ruiz", "Chema Ruiz", 0},
        /* Uzbek Latin against the Russian-based spelling and Cyrillic */
        {"Dilnoza To'xtayeva", "Dilnoza Tukhtaeva", 1},
        {"O'tkir Xoshimov", "Utkir Khoshimov", 1},
        {"Ўткир Хошимов", "O'tkir Xoshimov", 1},
        {"Ғулом Каримов", "G'ulom Karimov", 1},
        {"Hosni Mubarak", "Husni Mubarak", 1},   /* Egyptian spellings */
        {"Naguib Mahfouz", "Najib Mahfuz", 1},
        {"Mahinda Rajapaksa", "Mahinda Rajapakse", 1}, /* Sinhala -a / -e */
        {"Ranil Wickremesinghe", "Ranil Wickramasinghe", 1},
        {"Faadumo Cali", "Fatuma Ali", 1},     /* Somali and Swahili */
        {"Maria Gheorghe", "GHEORGHE Maria Andreea", 1}, /* family first */
        {"IDRIS Aisha Idris", "Aisha Idrees Idris", 1},
        {"María José García", "GARCÍA María José", 1},
        {"Γιώργος Παπαδόπουλος", "Giorgos Papadopoulos", 1},
        {"习近平", "Xi Jinping", 1},
        {"張偉", "张伟", 1}, /* traditional and simplified */
        {"Zhou Enlai", "Chou En-lai", 1},
        {"Hsiao-ming Wang", "Wang Xiaoming", 1},
        {"Արամ Խաչատրյան", "Aram Khachaturian", 1},
        {"Serzh Sargsyan", "Serzh Sarkisyan", 1}, /* Russian form */
        {"Оганесян", "Hovhannisyan", 1},         /* Russian drops the h */
        {"Hakob", "Hagop", 1},                    /* Western Armenian */
        {"Guerline St-Fleur", "Guerline Saint-Fleur", 1}, /* Saint written St */
        {"Marie Ste. Marie", "Marie Sainte-Marie", 1},
        {"Ђорђе Јовановић", "Djordje Jovanovic", 1},
        {"ਗੁਰਪ੍ਰੀਤ ਸਿੰਘ", "Gurpreet Singh", 1}, /* Gurmukhi */
        {"Kim Min A", "Kim Mina", 1},            /* a vowel syllable joins */
        {"ਜਸਵਿੰਦਰ ਸਿੰਘ", "Jaswinder Singh", 1},
        {"રમેશ શાહ", "Ramesh Shah", 1},       /* Gujarati */
        /* Chinese names in Russian (Palladius) */
        {"Ли Сяолун", "LI Xiaolong", 1},
        {"Ван Сюэмэй", "Xuemei Wang", 1},
        {"Чжан Вэй", "ZHANG WEI", 1},
        {"Си Цзиньпин", "Xi Jinping", 1},
        /* ... and against the Han of a Chinese passport or register */
        {"周美玲", "Чжоу Мэйлин", 1},
        {"张国荣", "Чжан Гожун", 1},
        {"王丽", "Ван Ли", 1},
        {"刘洋", "Лю Ян", 1},
        {"张伟", "Чжан Ли", 0},
        /* Wu is У, one letter, no initial */
        {"吴敏", "У Минь", 1},
        {"Wu Xiaoming", "У Сяомин", 1},
        {"Li Min", "У Минь", 0},
        /* ... with the given name split in syllables, as typed by hand */
        {"Yang Xiuying", "Ян Сю Ин", 1},
        {"孙丽娟", "Сунь Ли-цзюань", 1},
        {"Wang Xiaoming", "Ван Сяо Лин", 0},
        /* an Arab's name in Hebrew letters, full spelling, against Arabic */
        {"مُحَمَّد", "מוחמד", 1},
        {"حسين", "חוסיין", 1},
        {"خالد", "ח׳אלד", 1},
        {"غسان", "ע׳סאן", 1},
        {"حسن", "חוסיין", 0},
        /* ... פ for ف, a final א for ى, and عبد الله written together */
        {"مصطفى", "מוסטפא", 1},
        {"عبد الله", "עבדאללה", 1},
        {"خالد عبد الله", "ח'אלד עבדאללה", 1},
        {"حسن علي", "חוסיין עלי", 0},
        {"سلمى", "סלים", 0},
        /* Moldovan names in Latin and Cyrillic: Romanian ch, c, ț */
        {"Elena Țurcanu", "Елена Цуркану", 1},
        {"Ion Chicu", "Ион Кику", 1},
        {"Chiriac", "Кириак", 1},
        {"Tarev", "Царев", 0},
        /* Bangladeshi records: মোঃ is Md., য় after ো a w */
        {"মোঃ আব্দুল করিম", "Md Abdul Karim", 1},
        {"মোহাঃ আব্দুল করিম", "Mohammad Abdul Karim", 1},
        {"আনোয়ার হোসেন", "Anwar Hossain", 1},
        {"ওয়াসিম", "Wasim", 1},
        {"আনোয়ার", "Ansar", 0},
        /* ... and in the Gulf's Arabic script: the glide a و, জ a ز */
        {"আনোয়ার হোসেন", "أنور حسين", 1},
        {"ওয়াসিম", "وسيم", 1},
        {"মিজান", "ميزان", 1},
        {"মোছাঃ রোকেয়া বেগম", "رقية بيجوم", 1}, /* the unwritten vowel said o */
        {"আনোয়ার", "أنصار", 0},
        /* -ullah names in Arabic script against Russian and Greek */
        {"نجیب الله", "Наджибулла", 1},
        {"حبیب الله", "Хабибулла", 1},
        {"رحمت الله", "Ραχματουλάχ", 1},
        {"عبد الله", "Αμπντουλάχ", 1},
        {"حبیب الله", "Хамидулла", 0},
        /* Hebrew against Russian Cyrillic, which says no h */
        {"כהן", "Коэн", 1},
        {"כהן", "Коган", 1},
        {"מרים כהן", "Мирьям Коэн", 1},
        {"כהן", "Кан", 0},
        /* foreign names in Greek letters, as Greek police write them */
        {"Μοχάμεντ Αλί", "Mohamed Ali", 1},
        {"Ιμπραήμ Χασάν", "Ibrahim Hassan", 1},
        {"Μοχάμεντ Αλί", "محمد علي", 1},
        /* Somali spellings of Arabic names: c the ayin, x the ḥ */
        {"Caasha Maxamuud Jaamac", "عائشة محمود جامع", 1},
        {"Jaamac", "جامع", 1},
        {"Xuseen", "حسين", 1},
        {"Carlos", "ارلوس", 0},
        /* ... and a compound the tables know, read so (abdelrahman) */
        {"Τζαμάλ Αμπντέλ Ραχμάν", "جمال عبد الرحمن", 1},
        {"Αμπντελραχμάν", "عبد الرحمن", 1},
        {"Ιμπραήμ", "إبراهيم", 1},
        {"Αχμέτ Χασάν", "Ahmed Hasan", 1},
        {"Τζαμάλ Χαλίντ", "Jamal Khalid", 1},
        {"Αρμπέν Χότζα", "Arben Hoxha", 1},
        {"Μοχάμεντ Αλί", "Mahmud Ali", 0},
        {"Μαχμούντ", "محمد", 0}, /* Mahmoud by the tables, not Muhammad */
        {"Ζαμάλ", "جمال", 1},     /* ζ for a foreign j too */
        {"Ναζιμπουλάχ", "Najibullah", 1},
        {"Ζαχρά", "Zahra", 1},
        {"Σαντάμ Χουσεΐν", "صدام حسين", 1},
        /* Vietnamese names in Russian */
        {"Чан Тхи Хоа", "Trần Thị Hoa", 1},
        {"Нгуен Ван Зунг", "Nguyen Van Dung", 1},
        {"Зыонг Ван Минь", "Dương Văn Minh", 1}, /* ы for ư */
        {"Чыонг Тхи Май", "Trương Thị Mai", 1},
        {"Нго Динь Зьем", "Ngô Đình Diệm", 1},   /* ье for iê, д for đ */
        {"Нгуен Дык Фук", "Nguyễn Đức Phúc", 1}, /* к for a final c */
        /* Korean names in Russian (Kontsevich, and Soviet registers' Сен,
         * Чен for ㅓ before ㅇ) */
        {"Ким Ён Хо", "Kim Young-ho", 1},
        {"Ли Су Ён", "Lee Soo-young", 1},
        {"Пак Кын Хе", "Park Geun-hye", 1},
        {"Шин Хён Чжун", "Shin Hyun-jun", 1},
        {"Чхве Сон Хи", "Choi Sung-hee", 1},
        {"Ким Ир Сен", "Kim Il-sung", 1},
        /* ... and against the Hangul of a Korean record */
        {"박지성", "Пак Чи Сон", 1},
        {"이수영", "Ли Су Ён", 1},
        {"박근혜", "Пак Кын Хе", 1},
        {"신현준", "Шин Хён Чжун", 1},
        {"박지성", "Пак Чи Хун", 0},
        {"Ли Су Ён", "Lee Soo-jin", 0},
        {"Ким Ё Чжон", "Kim Yo-jong", 1}, /* Ё a syllable, not an initial */
        {"Ю Чжэ Сок", "Yoo Jae-suk", 1},
        {"Ким Ё Чжон", "Kim Min-jung", 0},
        /* Belarusian forms: akanne (a for an unstressed o, -au for -ov)
         * in family names, Siarhiei; nicknames Essie, Netta, Chi, Alix */
        {"Olga Morozova", "Volha Marozava", 1},
        {"Ivan Sokolov", "Ivan Sakalau", 1},
        {"Aliaksandr Lukashenka", "Alexander Lukashenko", 1},
        {"Sergey Ivanov", "Siarhiei Ivanou", 1},
        {"Rosa Costa", "Rasa Costa", 0},
        {"Essie Cohen", "Esther Cohen", 1},
        {"Netta Rossi", "Antonia Rossi", 1},
        {"Chi Okafor", "Chinyere Okafor", 1},
        {"Alix Martin", "Alexandra Martin", 1},
        /* Greek γκ (the normaliser's nk) for g; Albanian gj for Serbian đ */
        {"Γκεζίμ Τσέλα", "Gëzim Çela", 1},
        {"Ђерђ Бериша", "Gjergj Berisha", 1},
        /* Spanish de los, de las: particles */
        {"Jose Los Santos", "José de los Santos", 1},
        /* West African short forms; a son named after his father */
        {"Funmi Ajayi", "Oluwafunmilayo Ajayi", 1},
        {"Tolu Bankole", "Toluwalope Bankole", 1},
        {"Bukky Adewale", "Bukola Adewale", 1},
        {"Cheikh Tidiane Fall", "Sheikh Tijani Fall", 1}, /* Tidiane, Tijani */
        {"João Batista Souza Filho", "João Batista Souza Jr", 1},
        {"Juan Pérez hijo", "Juan Pérez Sr.", 0},
        /* a Cyrillic initial Г or Х for an h (Ukrainian г is h) */
        {"Шевчук Г.", "Halyna Shevchuk", 1},
        {"Х. Ахмед", "Hassan Ahmed", 1},
        {"Шевчук Г.", "Olena Shevchuk", 0},
        {"G. Shevchuk", "Halyna Shevchuk", 0},
        {"Ким Ён Хо", "Kim Young-su", 0},
        /* Somali spelling */
        {"Maxamed Cabdullaahi", "Mohamed Abdullahi", 1},
        {"Cabdiraxmaan Xasan", "Abdirahman Hassan", 1},
        /* Somali Maxamuud is Mahmoud, written Mohamud in English */
        {"Xasan Sheekh Maxamuud", "Hassan Sheikh Mohamud", 1},
        {"Ayaan Xirsi Cali", "Ayaan Hirsi Ali", 1},
        {"Zaw Min Tun", "Zaw Min Htun", 1}, /* Burmese, the h of ht left out */
        /* French spelling of Arabic names */
        {"Rachid Choukri", "Rashid Shukri", 1},
        {"Rachida Taoufik", "Rashida Tawfiq", 1},
        {"Racha Cherif", "Rasha Sharif", 1},
        {"Hichem Chaouki", "Hisham Shawki", 1},
        {"Kaouther Hachemi", "Kawthar Hashemi", 1},
        {"Kousar Parveen", "Kawsar Parveen", 1}, /* كوثر in Urdu */
        /* Bengali b for v, Egyptian g for j, in the tables */
        {"Bikash Roy", "Vikas Roy", 1},
        {"Khadija Najjar", "Khadidja Naggar", 1},
        /* Khmer, Bengali, Moroccan and West African spellings and short
         * forms in the tables */
        {"Sok Sopha", "Sokh Sophea", 1},
        {"Chim Soun", "Chhim Suon", 1},
        {"Jahid Sircar", "Zahid Sarkar", 1},
        {"Ouafae Rohman", "Wafa Rahman", 1},
        {"Ramata Traore", "Ramatoulaye Traore", 1},
        /* شاهد reads "shahd", the Latin spelling of another name */
        {"شاهد راجبوت", "Shahid Rajput", 1},
        {"شاہد ملک", "Shahid Malik", 1},
        {"Shahd Malik", "Shahid Malik", 0},
        /* the article joined to the family name, or left out */
        {"Omar Masri", "Omar Almasri", 1},
        {"Ahmad Zoubi", "Ahmad Alzoubi", 1},
        {"Omar Sayed", "Omar Elsayed", 1},
        {"Alberto Gomez", "Berto Gomez", 0}, /* a given name */
        {"Alhassan", "Hassan", 0},
        {"Mohamud Farah", "Mohamed Farah", 0}, /* Mahmoud, Muhammad */
        /* German, Polish, Czech ch for kh */
        {"Achmed Kadyrow", "Akhmed Kadyrov", 1},
        {"Achmed", "Ahmed", 1},
        /* the schwa after an Indic final conjunct, kept or dropped */
        {"Rahul Bhatt", "राहुल कुमार भट्ट", 1},
        {"Dutt", "Dutta", 1},
        /* the h of an aspirate after p or k, written or left out */
        {"Suphan Promma", "Supan Phromma", 1},
        {"Kittipong", "Khittiphong", 1},
        {"Khaled", "Kaled", 1},
        /* ... and the final n of Thai ร written -orn */
        {"Siriphon Phuengbun", "PHUENGBOON SIRIPORN", 1},
        {"Supaporn Petcharat", "Phetcharat Suphaphon", 1},
        {"Bjorn Olsen", "Bjon Olsen", 0}, /* in six letters or more */
        /* a Mongolian patronymic in the genitive, as registers write it */
        {"Batsukhyn Ariunbold", "Batsukh Ariunbold", 1},
        {"Цахиагийн Элбэгдорж", "Elbegdorj Tsakhia", 1},
        {"Dorjiin Bat-Erdene", "Dorj Bat-Erdene", 1},
        {"Gantulgyn Bold", "Gantulga Bold", 1}, /* a final short vowel gives way */
        {"Доржийн Батцэцэг", "Batsetseg Dorj", 1}, /* ж read zh, the passport's j */
        {"Anucha Sisuk", "Anucha Srisuk", 1},    /* Thai ศรี, RTGS si */
        {"Maria Papageorgiou", "Maria Papayeoryiou", 1}, /* Greek γ */
        {"Gerasimos Pappas", "Yerasimos Pappas", 1},
        {"Maria Papageorgiou", "Maria Papageorgiades", 0},
        {"Sita Devi", "Srita Devi", 0},
        {"Marta Bold", "Martyn Bold", 0},
        /* ж written j, as Central Asian passports write it */
        {"Дорж", "Dorj", 1},
        {"Жапаров Садыр", "Japarov Sadyr", 1},
        /* г for a foreign h, and the h of Ukrainian and Belarusian г */
        {"Гамид Гаджиев", "Hamid Hajiyev", 1},
        {"Глеб Гурин", "Hleb Hurin", 1},
        {"Го", "Ho", 0}, /* Chinese Guo, in Russian */
        /* ... inside a name too, where the keys leave the h out before a
         * consonant (Mahmud "mamud") */
        {"Амал Магмуд", "Amal Mahmoud", 1},
        {"Агмед", "Ahmed", 1},
        {"Могаммед", "Mohammed", 1},
        {"Агмед", "Amed", 0},
        /* two Cyrillic names whose г one reads as Russian, the other as
         * Ukrainian by the letters beside it; х is not that h */
        {"ГОЧА БЕРИДЗЕ", "ГОЧА БЕРІДЗЕ", 1},
        {"Гнатюк Іван", "Гнатюк Иван", 1},
        {"Гоча", "Хоча", 0},
        /* Ukrainian г for a foreign g; not х */
        {"Ніно Гіоргадзе", "Giorgadze Nino", 1},
        {"Халід", "Galid", 0},
        /* Uzbek Latin x for х, j for ж, o for ў */
        {"Хужаева Дилноза", "XOJAYEVA Dilnoza", 1},
        {"Тўхтаева", "Toxtayeva", 1},
        {"Сяомин", "Xiaoming", 1},
        /* Khmer and Sinhala names as their readers spell them */
        {"Sok Raksmey", "សុខ រស្មី", 1},
        {"Dias", "ඩයස්", 1},
        {"Fernando", "පර්නාන්දු", 1},
        /* Egyptian and Maghrebi spellings of Arabic given names */
        {"AL-TAMIMI DOAA", "Duaa Al-Tamimi", 1},
        {"EL BAKKALI Zohra", "Zahra El Bakkali", 1},
        /* Uthman as Cyrillic writes its th */
        {"Утман", "Osman", 1},
        {"Отман Лейла", "Layla Osman", 1},
        /* Russian йе is ye */
        {"Йелена Лазич", "LAZIĆ Jelena", 1},
        /* Albanian xh is Russian дж and English j */
        {"Xhenet Hoxha", "Dzhenet Khodzha", 1},
        {"Enver Hoxha", "Энвер Ходжа", 1},
        /* ... while Allah's doubled l still reads as romanised Arabic */
        {"Shakila SAMIULLAH", "شکیلا سمیع\u200cالله", 1},
        {"LAHLOU Idriss", "Driss Lahlou", 1},
        {"Muchtar Dschaksybekow", "Mukhtar Dzhaksybekov", 1},
        {"Đinh Thị Hương", "Dinh Thi Huong", 1}, /* Vietnamese đ is d */
        {"Đặng Đức Sơn", "Dang Duc Son", 1},
        {"Vladimir Vladimirovich Putin", "Vladimir Putin", 1},
        {"J. Smith", "John Smith", 1},
        {"Smith, John", "John Smith", 1},
        {"Schwarzenegger", "Schwarzeneger", 1},
        {"Maryam Mirzakhani", "Maryam Mirzakhnai", 1}, /* slip across kh */
        {"Sofia Rossi", "Sfoia Rossi", 1},       /* short: letters swapped */
        {"Nikola Vujovic", "Inkola Vujovic", 1}, /* ... the first two */
        {"Grace Brown", "Graec Brown", 1},
        {"Noah Patel", "Noah Payel", 1},         /* a neighbouring key */
        {"Galina Moros", "Galina Moroz", 1},     /* German s for з */
        {"Maria Sousa", "Maria Souza", 1},       /* s or z, one sound */
        {"Anna Kosak", "Anna Kozak", 1},
        {"Jevgen Jeltsin", "Yevgen Yeltsin", 1}, /* a first letter's sound */
        {"Kelly Ryan", "Kellu Ryan", 1},
        {"Alikhan Aliyev", "Alikhan Aliev", 1},  /* -iyev / -iev */
        {"Dmitriyev", "Dmitriev", 1},
        {"V. V. Putin", "Vladimir Putin", 1},    /* a middle initial missing */
        {"O'Brien", "Obrien", 1},
        /* an Armenian name with its ejective marked, in Latin letters
         * and from Cyrillic */
        {"Khachatryan Anahit", "Xač'atryan Anahit", 1},
        /* Turkish and Azerbaijani c is j, in a name a Turkic letter marks
         * (Camila and Jamila, Cemal Dogan and Jemal Dogan without one
         * are two names) */
        {"Sevinc Cəfərova", "Sevinj Jafarova", 1},
        {"Cavid Qasımov", "Javid Gasimov", 1},
        {"Cemal Doğan", "Jemal Dogan", 1},
        {"Cemal Dogan", "Jemal Dogan", 0},
        {"Camila Torres", "Jamila Torres", 0},
        {"Elçin Məmmədov", "Elchin Mammadov", 1},
        {"Sevinc Cəfərova", "Sevinc Cafarova", 1},
        {"İnci Cəfərova", "İnci Jafarova", 1}, /* both marked */
        /* French writes an e after a Russian final n; its feminine adds
         * the same e to a given name */
        /* Allah joined with its connecting vowel, a, u or o */
        {"Habib Allah", "Habibullah", 1},
        {"Amat Allah", "Amatullah", 1},
        {"Ruhollah Khomeini", "Ruhullah Khomeini", 1},
        /* a run across scripts still bridges a romanisation (জিয়া, Zia) */
        {"খালেদা জিয়া", "Khaleda Zia", 1},
        /* Vietnamese syllables spelled apart are two names (Hồng, Hùng) */
        {"Tran Thi Hong", "Hung Tran", 0},
        {"Nguyen Thi Huong", "Nguyen Thi Hong", 0},
        {"Tran Thi Hong", "Trần Thị Hồng", 1},
        /* Ma for Maria without its stop, before a listed given name; the
         * Burmese honorific and the Chinese family name stay */
        {"MA TERESA DELA CRUZ", "Maria Teresa dela Cruz", 1},
        {"Ma Cristina Reyes", "Maria Cristina Reyes", 1},
        {"Ma Kyi", "Maria Kyi", 0},
        {"Ma Cristina Reyes", "Ana Cristina Reyes", 0},
        {"Vladimir Putin", "Vladimir Poutine", 1},
        {"Grigori Rasputin", "Grigori Raspoutine", 1},
        {"Iosif Stalin", "Iossif Staline", 1},
        {"Shirin Ebadi", "Chirine Ebadi", 1}, /* and French ch for sh */
        {"Aleksandr Pushkin", "Alexandre Pouchkine", 1},
        {"Dušan Petrović", "Douchan Petrovitch", 1},
        {"Justin Moreau", "Justine Moreau", 0},
        {"Simon Moreau", "Simone Moreau", 0},
        {"Karin Moreau", "Karine Moreau", 0},
        {"Valentina Moreau", "Valentine Moreau", 1},
        /* the Arabic article as al, el, ul after another token; the
         * given name Al is not El */
        {"Mohammed al-Sayyid", "Mohammed el-Sayed", 1},
        {"Muammar al-Qadhafi", "Moammar El-Gadhafi", 1},
        {"Zia ul Haq", "Zia al Haq", 1},
        {"Al Gore", "El Gore", 0},
        /* ... and as said before a sun letter that the next token opens
         * with */
        {"Fatima al-Shami", "Fatima ash-Shami", 1},
        {"Ahmed es-Sayed", "Ahmed el-Sayed", 1},
        {"Hala el-Chami", "Hala Ahmed ash-Shami", 1},
        /* سيّد: Syed (South Asia), Sayed, Sayyid, Seyed (Iran) */
        {"Syed Ali Shah", "Sayed Ali Shah", 1},
        {"Ali Sayyid", "Ali Syed", 1},
        {"Хачатрян Анаит", "Xač'atryan Anahit", 1},
        /* Greek γ before a front vowel, as the older BGN/PCGN system
         * writes it */
        {"Γεώργιος", "Yeoryios", 1},
        {"Γεωργίου", "Yeoryiou", 1},
        {"Georgios Kontos", "Yeoryios Kontos", 1}, /* both in Latin */
        {"Georgia Kontou", "Yeoryia Kontou", 1},
        /* Greek women's diminutives, Igbo and Yoruba short forms */
        {"Tasoula Kritikou", "Anastasia Kritikou", 1},
        {"Βάσω Οικονόμου", "Vasiliki Oikonomou", 1},
        {"Ντίνα Μακρή", "Konstantina Makri", 1},
        {"Thodoris Kontos", "Theodoros Kontos", 1},
        /* Hungarian, Romanian, Czech, Portuguese and Central Asian
         * diminutives */
        {"Laci Kovacs", "László Kovács", 1},
        {"Ghiță Popescu", "Gheorghe Popescu", 1},
        {"Jirka Novák", "Jiří Novák", 1},
        {"Nanda Souza", "Fernanda Souza", 1},
        {"Диля Каримова", "Dilnoza Karimova", 1},
        {"Гуля Исмаилова", "Gulnara Ismailova", 1},
        {"Amaka Eze", "Chiamaka Eze", 1},
        {"Tunde Ogundipe", "Babatunde Ogundipe", 1},
        /* Edo short forms of the Osa- names */
        {"Osas Igbinedion", "Osasere Igbinedion", 1},
        {"Nosa Obaseki", "Nosakhare Obaseki", 1},
        {"Efe Aghedo", "Efosa Aghedo", 1},
        {"Zhenya Kozlova", "Evgeniia Kozlova", 1},
        {"Iemelianov Jenia", "Евгений Емельянов", 1}, /* French j for zh */
        {"カーター", "Carter", 1},              /* non-rhotic: kata */
        {"مصطفى", "Moustafa", 1},                /* final ى is a */
        {"حمزة", "Hamza", 1},
        {"ムーア", "Moore", 1},
        {"Mr Ivan Petrov", "Ivan Petrov", 1},
        {"أسامة", "Usama", 1},                  /* ta marbuta read as -a */
        {"صلاح الدين", "Salahuddin", 1},        /* the article assimilated */
        {"رفيق الحريري", "Rafiq Hariri", 1},    /* the article left out */
        {"بشار الأسد", "Bashar Assad", 1},
        {"عبد الكريم", "Abdelkrim", 1},         /* a compound stays joined */
        {"श्रीवास्तव", "Srivastava", 1},        /* final -a is not feminine */
        {"नरेन्द्र मोदी", "Narendra Modi", 1},
        {"Fujita Tuyosi", "Tsuyoshi Fujita", 1}, /* Kunrei / Hepburn */
        {"Ōno", "Oono", 1},                      /* long vowels */
        {"田中角栄", "Kakuei Tanaka", 1},        /* read kanji by kanji */
        {"スズキ", "鈴木", 1},                   /* kana and kanji by reading */
        {"安倍晋三", "Shinzo Abe", 1},           /* not "an beijinsan" */
        {"大江健三郎", "Kenzaburō Ōe", 1},
        {"박정희", "Park Chung-hee", 1},         /* customary Korean */
        {"김정은", "Kim Chŏng-ŭn", 1},           /* McCune-Reischauer */
        {"이", "Lee", 1},                        /* not an initial */
        {"สุดาพร", "Sudaporn", 1},              /* RTGS sudaphon */
        {"ภูมิพล อดุลยเดช", "Bhumibol Adulyadej", 1},
        {"אהוד אולמרט", "Ehud Olmert", 1},       /* ו as a vowel */
        {"משה דיין", "Moshe Dayan", 1},          /* יי a consonant */
        {"פרנץ קפקא", "Franz Kafka", 1},         /* פ is p or f */
        {"יצחק נבון", "Yitzhak Navon", 1},       /* ב is b or v */
        /* one vowel in five letters: from an abjad, or in Latin a vowel
         * left out by a slip */
        {"خالد الحسن", "Khald Hassan", 1},
        {"Hun Chntha", "Hun Chantha", 1},
        /* ж written zh and j, both in Latin letters (Kyrgyz, Kazakh and
         * Uzbek passports write j; Russian and English transcription zh) */
        {"Zhibek Toktosunova", "TOKTOSUNOVA JIBEK", 1},
        {"Zhanna Ivanova", "Janna Ivanova", 1},
        {"Sadyr Zhaparov", "Sadyr Japarov", 1},
        /* written together, the family name moved */
        {"Rastislav Bielik", "BIELIKRASTISLAV", 1},
        {"Nguyen Van An", "VANANNGUYEN", 1},
    };
    check_pairs(c, sizeof c / sizeof c[0]);
}

static void test_hard_negatives(void **state)
{
    (void)state;
    static const pcase c[] = {
        {"Ivan Ivanov", "Ivan Ivanova", 0},          /* gendered */
        /* sisters in one script other than Latin: a run of two tokens
         * against one (ngokkha / ngok) and the given name left over */
        {"Тран Нгок Ха", "Тран Нгок Линх", 0},
        {"Тран Нгок Ха", "Тран Нгок Ха", 1},
        {"Зульфия Давлатова", "Шахло Давлатова", 0},
        /* a son and his father: the names after bin are the father's */
        {"Luqman bin Nazri", "Nazri bin Luqman", 0},
        {"Luqman bin Nazri", "Mohd Nazri bin Ahmed Luqman", 0},
        {"Hamza bin Osama bin Laden", "Osama bin Laden", 0},
        {"Osama bin Laden", "Usama bin Muhammad bin Laden", 1},
        {"Syazwani binti Hairul", "Syazwani binti Mohd Hairul", 1},
        {"Ahmad bin Ismail", "Ahmad ibn Ismail", 1},
        {"Siti bt Abdullah", "Siti binti Abdullah", 1}, /* Malay short form */
        /* a name less its first given name: the father's where a name
         * goes on with the father's, another person's elsewhere; not
         * after Muhammad or Maria, nor in a Vietnamese name, whose
         * bearers go by the later name; a middle name left out is no
         * such thing */
        {"Zainab Omar Al-Hassan", "Omar Al-Hassan", 0},
        {"Fatima Shahid Malik", "Shahid Malik", 0},
        {"Natalia Maria Sandu", "Maria Sandu", 0},
        {"Zainab Omar Al-Hassan", "Zainab Al-Hassan", 1},
        {"Mohammad Javad Zarif", "Javad Zarif", 1},
        {"Maria Guadalupe Cruz", "Guadalupe Cruz", 1},
        {"Thanh Hai Ngo", "Hai Ngo", 1},
        {"Minh Dat Ly", "Ly Dat", 1},
        {"El Alaoui Aicha", "Alaoui Aicha", 1},
        {"Anthony Hui Yan Sai", "Hui Yan Sai", 1},
        {"Peter Lap Siu Hui", "Lap Siu Hui", 1},
        /* ... nor when the name left out is the one kept: a son named
         * for his father */
        {"Mahmoud Mahmoud Ali", "Mahmoud Ali", 1},
        {"Mahmoud Mahmoud Al-Ahmad", "Mahmud Al-Ahmad", 1},
        {"Ahmed Ahmad Hassan", "Ahmed Hassan", 1},
        {"John John Smith", "John Smith", 1},
        {"Omar Mahmoud Mahmoud", "Mahmoud Mahmoud", 0},
        /* brothers: two Thai given names of one first syllable, one
         * family name, across scripts (the joined run met at 0.84) */
        {"สมชาย ทองดี", "สมศักดิ์ ทองดี", 0},
        {"สมชาย ทองดี", "Somsak Thongdee", 0},
        {"สมชาย ทองดี", "Somchay Thongdi", 1},
        {"Chan Wai", "Khan Wai", 0},  /* a first ch is not read as kh */
        {"Chen Wei", "Shen Wei", 0},  /* nor a Mandarin ch as sh */
        {"Ichikawa", "Ishikawa", 0},  /* nor a Japanese one */
        {"Kan Wei", "Khan Wei", 0},   /* an aspirate's h in three letters */
        {"Mart Jones", "Martyn Jones", 0}, /* -yn after four letters */
        /* zh for j between Latin tokens: five letters or more, and not
         * between two Mandarin names (Zhou / Jou) */
        {"Zhou Li", "Jou Li", 0},
        /* a Latin token of one vowel that doubles a letter is no abjad
         * romanisation: its skeleton (sn) is no evidence */
        {"Soun Sreypeou", "Chann Sreypeou", 0},
        /* nor is a two-letter token without a vowel, typed in Latin
         * (an abbreviation: St, Dr, Jr) */
        {"Thomas Chotty", "Thomas St Andrews", 0},
        {"Chotty", "St", 0},
        {"Sun", "Shann", 0},
        /* nor is one vowel in five letters typed in Latin: Trish, Frank
         * and Grant are spelled so (skeletons trs, frnk, grnt) */
        {"Trish Ramirez", "Torres Ramirez", 0},
        {"Frank Weber", "Franco Weber", 0},
        {"Grant Miller", "Garnet Miller", 0},
        {"Alexander Zelenskiy", "Alexandra Zelenskaya", 0},
        {"Hassan Ali", "Hussein Ali", 0},            /* different names */
        {"Aleksandr Petrov", "Aleksei Petrov", 0},
        {"Ivan Petrov", "Ivan Sidorov", 0},
        {"Ivan Petrov", "Pyotr Ivanov", 0},
        {"Marin Popescu", "Martin Popescu", 0},      /* a letter, short name */
        {"Said Haddad", "Saif Haddad", 0},   /* neighbouring keys, 4 letters */
        {"Mina Kovac", "Nina Kovac", 0},     /* m and n are names apart */
        {"Sara Levi", "Zara Levi", 0},       /* an s for a z first: two names */
        {"Lena Weber", "Lana Weber", 0},     /* a vowel for another */
        {"许", "徐", 0},                              /* same Pinyin */
        {"王小明", "王晓明", 0},
        {"김연아", "김윤아", 0},
        {"John Smith Jr.", "John Smith Sr.", 0},     /* father and son */
        {"Vladimir Putin", "Vladimir Putilin", 0},
        {"Ivan Vladimirovich", "Ivan Vladimirovna", 0}, /* patronymics */
        {"Panagiotis", "Panagiota", 0},
        {"Yuko Sato", "Yoko Sato", 0},
        {"Faisal ibn Turki", "Faisal bin Turki", 1},           /* not as "yukosato" */
        {"אהוד ברק", "Ehud Olmert", 0},
        {"Song", "Seong", 0},                    /* 송, 성 */
        {"J. K. Rowling", "J. R. Rowling", 0},   /* initials disagree */
        {"A. Einstein", "E. Einstein", 0},       /* not "eeinstein" */
        {"Muhammad Karimi", "Muhammad H.", 0},   /* not "muhammadh" */
        {"María José García", "José María García", 0}, /* given names turned */
        {"Ahmed Mohamed Ali", "Mohamed Ahmed Ali", 0},  /* son and father */
        {"カーター", "Carver", 0},
        {"نور", "Noura", 0},                     /* no final letter for -a */
        {"حميدة", "Hamid", 0},                   /* a written final a */
        {"สมชาย", "Somsak", 0},
        {"김정은", "Kim Jong-nam", 0},
        {"חנה", "חנון", 0},
        {"安倍晋三", "Shintaro Abe", 0},         /* father and son */
        {"رفيق الحريري", "Rafiq Hariz", 0},
        {"بشار الأسد", "Bashar Asad Khan", 0},
        {"יצחק נבון", "Yitzhak Natan", 0},      /* only labials merge */
        {"קפקא", "Kakka", 0},
    };
    check_pairs(c, sizeof c / sizeof c[0]);
}

/* A name put for another on each side is a different name, however many
 * tokens the two share; one left out on one side only, a particle, or a
 * one-letter slip in a short token is not. */
static double score_of(const char *a, const char *b, int *same)
{
    double s = -1;
    assert_int_equal(aka_name_compare(a, strlen(a), b, strlen(b), &s, same),
                     AKA_OK);
    return s;
}

/* What the score says beyond the decision: a generation mark on one side
 * costs, titles of the two sexes are two people, names that put one name
 * for another rank by how near their leftover names come, a near match
 * of a short token counts for less than of a long one, and same is
 * always score >= 0.80. */
static void test_score_order(void **state)
{
    (void)state;
    int m1, m2;
    double jr = score_of("Donald John Trump", "Donald John Trump Jr.", &m1);
    assert_true(jr < 0.99 && jr >= 0.80);
    assert_int_equal(m1, 1); /* the decision is unchanged */
    assert_true(score_of("Donald John Trump Jr.", "Donald John Trump Jr.",
                         &m1) > 0.99);
    assert_true(score_of("Mr. John Smith", "Mrs. John Smith", &m1) <= 0.60);
    assert_int_equal(m1, 0);
    assert_true(score_of("Mr. John Smith", "John Smith", &m1) > 0.99);
    assert_true(score_of("Ms. Jane Smith", "Miss Jane Smith", &m1) > 0.99);
    /* titles of the two sexes in other languages, capitals folded */
    assert_true(score_of("Señor Andrea Rossi", "Señora Andrea Rossi", &m1) <=
                0.60);
    assert_int_equal(m1, 0);
    assert_true(score_of("SEÑOR Andrea Rossi", "Senhora Andrea Rossi", &m1) <=
                0.60);
    assert_true(score_of("Господин Саша Петренко", "Госпожа Саша Петренко",
                         &m1) <= 0.60);
    assert_true(score_of("Κύριος Νίκος Παππάς", "Κυρία Νίκος Παππάς", &m1) <=
                0.60);
    assert_true(score_of("ΚΥΡΙΟΣ ΝΙΚΟΣ ΠΑΠΠΑΣ", "Κυρία Νίκος Παππάς", &m1) <=
                0.60);
    assert_true(score_of("Dhr. Kim de Vries", "Mevr. Kim de Vries", &m1) <=
                0.60);
    assert_true(score_of("Señor Andrea Rossi", "Andrea Rossi", &m1) > 0.99);
    /* ... and in the forms of one title for men and for women, in other
     * scripts, written onto the name (Thai) or said after it */
    static const char *const two_sexes[][2] = {
        {"Sheikh Ali Hassan", "Sheikha Ali Hassan"},
        {"Prince Ali Hassan", "Princess Ali Hassan"},
        {"Sr. Juan Perez", "Sra. Juan Perez"},
        {"Mr.John Smith", "Mrs.John Smith"},
        {"г-н Саша Петренко", "г-жа Саша Петренко"},
        {"السيد علي حسن", "السيدة علي حسن"},
        {"מר דנה כהן", "גב' דנה כהן"},
        {"นายสมชาย ใจดี", "นางสมชาย ใจดี"},
        {"王伟先生", "王伟女士"},
    };
    for (size_t i = 0; i < sizeof two_sexes / sizeof two_sexes[0]; i++) {
        double s2 = score_of(two_sexes[i][0], two_sexes[i][1], &m1);
        if (s2 > 0.60 || m1)
            fail_msg("%s / %s: %.3f", two_sexes[i][0], two_sexes[i][1], s2);
    }
    /* a dot before a small letter continues an abbreviation: Sr.ª is
     * Senhora */
    assert_true(score_of("Sr.\u00aa Ana Silva", "Sra. Ana Silva", &m1) > 0.60);
    assert_int_equal(m1, 1);
    assert_true(score_of("Sheikh Ali Hassan", "Ali Hassan", &m1) > 0.99);
    /* before one name Sheikh is the family name and states no sex: a
     * woman of the Sheikh family meets her name written the other way */
    assert_true(score_of("Sheikh Khatun", "Mst. Khatun Sheikh", &m1) > 0.99);
    assert_true(score_of("SHEIKH Asif", "Asif Shahid Sheikh", &m1) > 0.90);
    assert_int_equal(m1, 1);
    /* given names in the other order: another compound name; a family
     * name moved: the same name */
    double swap = score_of("Jean-Pierre", "Pierre-Jean", &m1);
    assert_true(swap < 0.95);
    assert_true(score_of("Smith, John", "John Smith", &m1) > 0.99);
    /* one alphabet: the languages' spellings meet, another first letter
     * does not */
    score_of("\u0418\u0440\u0438\u043d\u0430", "\u0410\u0440\u0438\u043d\u0430", &m1);
    assert_int_equal(m1, 0);
    score_of("\u0410\u0440\u044b\u043d\u0430 \u0421\u0430\u0431\u0430\u043b\u0435\u043d\u043a\u0430",
             "\u0410\u0440\u0438\u043d\u0430 \u0421\u043e\u0431\u043e\u043b\u0435\u043d\u043a\u043e", &m1);
    assert_int_equal(m1, 1);
    /* Lukashenko / Lukashevich is nearer than Smith / Brown (Haniyeh /
     * Haniya was the example until -eh and -a met: test_final_eh;
     * Lukashenko / Lukashenka until Belarusian akanne met) */
    double near = score_of("Alexander Lukashenko", "Alexander Lukashevich", &m1);
    double far = score_of("Alexander Smith", "Alexander Brown", &m2);
    assert_int_equal(m1, 0);
    assert_int_equal(m2, 0);
    assert_true(near > far + 0.1);
    assert_true(near <= 0.60);
    /* a two-consonant skeleton (sd) against a five-consonant one (سعد
     * is Saad: Saeed is سعيد) */
    double sk2 = score_of("\u0633\u0639\u062f", "Saad", &m1);
    double sk5 = score_of("\u062f\u0631\u0648\u064a\u0634", "Darwish",
                          &m2);
    assert_int_equal(m1, 1);
    assert_int_equal(m2, 1);
    assert_true(sk2 >= 0.80 && sk2 < sk5);
    /* a slip in a six-letter name against one in a ten-letter name */
    double t6 = score_of("Karimi", "Karimu", &m1);
    double t10 = score_of("Tymoshenko", "Tymoshenco", &m2);
    assert_int_equal(m1, 1);
    assert_int_equal(m2, 1);
    assert_true(t6 >= 0.80 && t6 < t10);
}

static void test_name_for_name(void **state)
{
    (void)state;
    static const pcase c[] = {
        {"Maria Elena Lopez Garcia", "Maria Elena Lopez Ruiz", 0},
        {"Abu Hamza al-Masri", "Abu Hamza al-Muhajir", 0},
        {"Ri Chol Man", "Ri Chol Nam", 0},
        {"Kim Jong Un", "Kim Jong Um", 1},
        {"Omar Hassan Ahmad al-Bashir", "Omar al-Bashir", 1},
        {"Carlos Alberto Sanchez", "Carlos Alberto Sanchez Perez", 1},
        {"Luis de la Torre", "Luis Torre", 1},
        /* in a Vietnamese name Do, Le and La are family names (Đỗ, Lê,
         * Lã), no articles; Vo and Vu (Võ, Vũ) are two names, no slip */
        {"Do Van Hung", "Ho Van Hung", 0},
        {"Nguyen Van Do", "Nguyen Van Ho", 0},
        {"Vo Thi Lan", "Vu Thi Lan", 0},
        {"Le Thi Lan", "Ly Thi Lan", 0},
        {"Jean Le Gall", "Jean Gall", 1},
        {"Marine Le Pen", "Marine Pen", 1},
        {"Do Thi Mai", "\u0110\u1ed7 Th\u1ecb Mai", 1},
        /* yi is keyed i, so "thiyi" keys as thi: the run is no spelling
         * of Thi that leaves Mo over as a middle name */
        {"Thi Yi", "Thi Mo", 0},
        {"Li Yi", "Li Mo", 0},
        {"Thi Yi", "Thiyi", 1},
        {"Thi Yi", "Thi Yi", 1},
        /* a Korean reading that is a Mandarin syllable of its own, in
         * two names read as Mandarin: 李 / 易, 陈 / 金 */
        {"Li Wei", "Yi Wei", 0},
        {"Wang Li", "Wang Yi", 0},
        {"Chen Wei", "Jin Wei", 0},
        /* Cantonese, Hokkien, Wade-Giles and the Korean names keep
         * their readings */
        {"Chen Wei", "Chan Wei", 1},
        {"Chen Wei", "Tan Wei", 1},
        {"Zheng Wei", "Cheng Wei", 1},
        {"Li Wei", "Lee Wei", 1},
        {"Yi Min Ho", "Lee Min Ho", 1},
        {"Ri Chol", "Li Chol", 1},
        {"\u674e\u4f1f", "Yi Wei", 1},        /* an is the Arabic article only before an n (an-Nasir): a
         * Vietnamese given name elsewhere */
        {"Nguyen Van An", "Nguyen Van Binh", 0},
        {"Nguyen Thi An", "Nguyen Thi Binh", 0},
        {"Ahmad as Sayyid", "Ahmad Sayyid", 1},        /* j and y are one glide to the keys (Julia / Yulia), two sounds
         * in Korean and Mandarin */
        {"Kim Seo-jun", "Kim Seo-yun", 0},
        {"Kim Jeong-ho", "Kim Yeong-ho", 0},
        {"Park Ha-joon", "Park Ha-yoon", 0},
        {"Wang Jun", "Wang Yun", 0},
        {"Zhang Jie", "Zhang Ye", 0},
        /* two family names of two readings whose keys meet, whatever
         * the given name; Фан (Vietnamese Phan through Cyrillic) keys as
         * Phan and stays one name */
        {"Daniel Yang", "Daniel Jiang", 0},
        {"\u0424\u0430\u043d \u041c\u0438\u043d\u0445 \u0422\u0430\u043d\u0433", "Phan Minh Thang", 1},
        {"Julia Petrova", "Yulia Petrova", 1},
        {"Zhou Li", "Chou Li", 1},        /* a woman's final a that the keys merge with the next token's
         * opening a ("ivana andov" keys as "ivanandov") */
        {"Ivan Andov", "Ivana Andov", 0},
        {"Jovan Andov", "Jovana Andov", 0},
        {"Ivan Andov", "IVAN ANDOV", 1},        /* a particle binds to the name after it: a last token is a name */
        {"Shu-fen Ng", "Shu-fen Le", 0},
        {"Marine Le Pen", "Marine Pen", 1},
        {"Gogh, Vincent van", "Vincent van Gogh", 1},        /* Nepali says क्ष chh: Chhetri */
        {"Shristi \u0915\u094d\u0937\u0947\u0924\u094d\u0930\u0940", "Shristi Chhetri", 1},
        {"Ram Khatri", "Ram Chhetri", 0},        /* do is a Korean syllable, not the Portuguese article */
        {"Kim Ha-yoon", "Kim Do-yun", 0},
        {"Ana da Silva", "Ana Silva", 1},        /* two slips with the first letter: another family of a common
         * ending */
        {"Sofija Kazlauskas", "Sofija Paulauskas", 0},
        {"Ella Jorgensen", "Ella Mortensen", 0},
        {"Ella Christensen", "Ella Christiansen", 1},        /* Yoruba and Hausa forms of Arabic names */
        {"Aishat Bello", "Aisha Bello", 1},
        {"Rukayat Lawal", "Ruqayyah Lawal", 1},
        /* Bengali আহম্মেদ, Ahammed */
        {"\u0986\u09b9\u09ae\u09cd\u09ae\u09c7\u09a6", "Ahmed", 1},
    };
    check_pairs(c, sizeof c / sizeof c[0]);
}

/* Short Latin spellings of one name from Arabic or Persian, a letter
 * vowel for another, and short keyboard slips; names one consonant or
 * one diphthong apart, or known to the tables as two names, stay apart. */
static void test_short_spellings(void **state)
{
    (void)state;
    static const pcase c[] = {
        {"Usama Hamdan", "Osama Hamdan", 1},
        {"Mukhtar Robow", "Mokhtar Robow", 1},
        {"Ghasem Rezaei", "Qasem Rezaei", 1},
        {"Tarek Ladin", "Tarek Laden", 1},
        {"Ibrahm Hooper", "Ibrahim Hooper", 1},
        {"Vladimir Ptuin", "Vladimir Putin", 1},
        {"Mila Jovic", "Mira Jovic", 0},
        {"Dina Levi", "Tina Levi", 0},
        {"Sean Murphy", "Sian Murphy", 0},
        {"Samir Kuntar", "Samer Kuntar", 0},
        {"Yuko Sato", "Yoko Sato", 0},
        {"Faisal ibn Turki", "Faisal bin Turki", 1},
        {"Marin Petrov", "Martin Petrov", 0},
    };
    check_pairs(c, sizeof c / sizeof c[0]);
}

/* Common given names one letter from another common name are listed in
 * the variant tables with their spellings (lib/match/gen/variants.txt),
 * so that two of them are different names however near their letters;
 * their own spellings still meet. */
static void test_one_letter_names(void **state)
{
    (void)state;
    static const pcase c[] = {
        {"Haruka Sato", "Haruki Sato", 0},    /* Japanese, final vowel */
        {"Takashi Ito", "Takeshi Ito", 0},
        {"Kazuki", "Kazuko", 0},
        {"Milana Petrova", "Milena Petrova", 0},
        {"Милана", "Milena", 0},
        {"Karina", "Marina", 0},
        {"Shapiro", "Kapiro", 0},            /* a letter for a digraph */
        {"Willington", "Thillington", 0},
        {"Hristodoulou", "Christodoulou", 1}, /* but h for ch */
        {"วีรพงษ์", "Thiraphong", 0},          /* Thai w for th */
        {"ธีรพงษ์", "Teerapong", 1},           /* but th for t, */
        {"คณิต", "Kanit", 1},                  /* kh for k, */
        {"วิชัย", "Vichai", 1},                /* w for v */
        {"Malina", "Marina", 0},             /* l and r */
        {"Kamala", "Kamila", 0},
        {"Rakesh Kumar", "Rajesh Kumar", 0},
        {"Sunita", "Sumita", 0},
        {"Farhad", "Farzad", 0},
        {"بهرام", "Bahman", 0},
        {"Seojun Park", "Seojin Park", 0},
        {"Marian", "Marina", 0},             /* two letters swapped */
        {"Ziad", "Zaid", 0},
        {"Takashi", "Takasi", 1},            /* Kunrei-shiki */
        {"Kenta", "Kennta", 1},              /* wapuro */
        {"Karina", "Carina", 1},
        {"Милена", "Mylena", 1},             /* Ukrainian */
        {"Kamila", "Camilla", 1},
        {"राकेश", "Rakesh", 1},
        {"فرزاد", "Farzad", 1},
        {"Ziad", "Ziyad", 1},
        {"Christian Weber", "Christina Weber", 0}, /* from popular names */
        {"Mariana", "Marina", 0},
        {"Marcos", "Marios", 0},
        {"Cristian", "Krystian", 1},
        {"Dušan", "Susan", 0},
        {"Мадина", "Marina", 0},
        /* initials of letters romanised as two or more */
        {"Е. Николаева", "Елена Николаева", 1},
        {"Ю. Ковальчук", "Юлия Ковальчук", 1},
        {"Ж.Эрдэнэбат", "Жаргалсайхан Эрдэнэбат", 1},
        {"Ш. Петров", "Шамиль Петров", 1},
        /* a Latin initial of the name as another romanisation spells it */
        {"E. Nikolaeva", "Елена Николаева", 1},
        {"J. Kovalchuk", "Юлия Ковальчук", 1},
        {"H. Mansour", "Khalid Mansour", 1},
        {"K. Schmidt", "Christian Schmidt", 0},
        {"Ю. Ковальчук", "Юлия Петренко", 0},
    };
    check_pairs(c, sizeof c / sizeof c[0]);
}

/* Likewise common surnames a letter from another: two family names of
 * different classes are other names; the spellings of one class meet, and
 * a slip in a listed name that spells no listed name is still a slip. */
static void test_one_letter_surnames(void **state)
{
    (void)state;
    static const pcase c[] = {
        {"Hansen", "Jansen", 0},             /* neighbouring keys */
        {"Marie Dupont", "Marie Dumont", 0},
        {"Lahtinen", "Laitinen", 0},
        {"Ana Petrovic", "Ana Perovic", 0},
        {"Петков", "Petrov", 0},
        {"Luca Marini", "Luca Martini", 0},
        {"Wagner", "Wegner", 0},
        {"Takeda", "Takada", 0},
        {"Hansen", "Hansson", 1},
        {"Erik Andersen", "Erik Anderson", 1},
        {"Mette Pedersen", "Mette Petersen", 1},
        {"Hans Wagner", "Hans Wagener", 1},
        {"Петров", "Petrov", 1},
        {"Marie Dupont", "Marie Dupomt", 1},
        {"Juha Lahtinen", "Juha Lahtinnen", 1},
        /* nor as runs of two joined ("levtolstoy", "levtolstykh") */
        {"Лев Толстой", "Lev Tolstykh", 0},
        {"Лев Толстой", "Lev Tolstoy", 1},
        {"Денис", "Denise", 0},
    };
    check_pairs(c, sizeof c / sizeof c[0]);
}

/* A nickname the tables list is a known name: against a given name or
 * another nickname that it does not stand for, a different name. */
/* The vowel letters of unpointed Hebrew (yod, vav) are vowels the Latin
 * spelling must have too, where the consonants alone or the sounds would
 * meet. */
static void test_hebrew_vowel_letters(void **state)
{
    (void)state;
    static const pcase c[] = {
        {"דינה", "Dana", 0},
        {"שירה", "Shara", 0},
        {"גיל", "Gil", 1},
        {"גיל", "Gal", 0},
        {"דינה", "Dina", 1},
        {"דנה", "Dana", 1},
    };
    check_pairs(c, sizeof c / sizeof c[0]);
}

/* Two given names the tables list apart stay apart when their
 * romanisation keys coincide (a final h, ou for u, gh for g). */
static void test_listed_apart(void **state)
{
    (void)state;
    static const pcase c[] = {
        {"Noa Cohen", "Noah Cohen", 0},     /* נועה, נח */
        {"Youko", "Yuko", 0},               /* 陽子, 裕子 */
        {"Gasan", "Ghassan", 0},            /* Hasan, Ghassan */
        {"Shimon", "Simon", 1},             /* cognates */
        {"Sara", "Sarah", 1},
        {"Yuuko", "Yuko", 1},
    };
    check_pairs(c, sizeof c / sizeof c[0]);
}

/* Two names in Arabic script: a long vowel written in one and not the
 * other is another name; spelling variants of the script still meet. */
static void test_arabic_both(void **state)
{
    (void)state;
    static const pcase c[] = {
        {"سعيد", "سعد", 0},         /* Said, Saad */
        {"حامد", "حمد", 0},         /* Hamid, Hamad */
        {"سمير", "سمر", 0},         /* Samir, Samar */
        {"إبراهيم", "ابراهيم", 1},  /* hamza */
        {"فاطمة", "فاطمه", 1},      /* ta marbuta */
        {"يوسف", "یوسف", 1},        /* Persian yeh */
        {"عبد الرحمن", "عبدالرحمن", 1},
        /* sisters: دعاء reads "da", a name, not the particle da */
        {"سلمى جمال العبيدي", "دعاء جمال العبيدي", 0},
        {"Maria da Silva", "Maria Silva", 1},
    };
    check_pairs(c, sizeof c / sizeof c[0]);
}

static void test_nickname_apart(void **state)
{
    (void)state;
    static const pcase c[] = {
        {"Таня", "Tonya", 0},       /* Tatyana, Antonina */
        {"Лара", "Laura", 0},       /* Larisa */
        {"Dasha", "Sasha", 0},      /* Darya, Aleksandr(a) */
        {"Lolita", "Lalita", 0},    /* Dolores */
        {"Таня", "Tatiana", 1},
        {"Sasha", "Shura", 1},      /* one full name */
        {"Lara", "Larissa", 1},
        /* Bert for Robert as for Albert and Herbert; Richie, Ritchie,
         * Rickie for Richard; two full names stay two */
        {"Bert Howlett", "Robert Howlett", 1},
        {"Bert Howlett", "Albert Howlett", 1},
        {"Albert Howlett", "Robert Howlett", 0},
        {"Richie Mocket", "Richard Mocket", 1},
        {"Robbie Burns", "Robert Burns", 1},
        /* Polish diminutives */
        {"Tadek Sawicki", "Tadeusz Sawicki", 1},
        {"Przemek Jasinski", "Przemysław Jasiński", 1},
        /* Igbo and Yoruba short forms */
        {"Ifeanyichukwu Nwosu", "Ifeanyi Nwosu", 1},
        {"Oluwatobiloba Adeyemi", "Tobi Adeyemi", 1},
        {"Ifeanyi Nwosu", "Ifeoma Nwosu", 0},
        /* forms of one name in other languages (cognate classes) */
        {"Wilhelm Schmidt", "William Schmidt", 1},
        {"Jan Kowalski", "John Kowalski", 1},
        {"István Kovács", "Stepan Kovacs", 1},
        {"Sean Lennon", "John Lennon", 0},
        {"Jürgen Klein", "Jörg Klein", 0},
        /* two fathers' patronymics, across scripts too; one father's
         * in two transcriptions stays one */
        {"Рахманова Гулшан Акмаловна", "Rahmonova Gulshan Anvarovna", 0},
        {"Рахманова Гулшан Акмаловна", "Rahmonova Gulshan Akmalovna", 1},
        {"Иван Сергеевич Петров", "Ivan Sergejewitsch Petrow", 1},
    };
    check_pairs(c, sizeof c / sizeof c[0]);
}

/* One letter changed in a long Latin token is a slip, unless it is the
 * first letter (not a neighbouring key nor a letter of the same sound) or
 * a final vowel: there names differ. */
static void test_other_letter_name(void **state)
{
    (void)state;
    static const pcase c[] = {
        {"Luis Hernandez", "Luis Fernandez", 0},
        {"Suzuki", "Suzuka", 0},
        {"Daniela Rossi", "Daniele Rossi", 0},
        {"Kowalski", "Nowalski", 0},
        {"Gasanov", "Hasanov", 1},          /* Russian G for H */
        {"Souphaphone Sayavong", "Souphaphone Xayavong", 1}, /* Lao ຊ */
        {"Kostas", "Costas", 1},
        {"Alisher Usmanov", "Alisher Usmonov", 1}, /* a vowel inside */
        {"Imad Mughniyeh", "Imad Mughniyah", 1},
        {"Rodriguez", "Rodriquez", 1},
    };
    check_pairs(c, sizeof c / sizeof c[0]);
}

/* The diphthong South Asian and Persian names write au, ou, aw, ow or o
 * before a consonant is one spelling's habit (a slip's level), in tokens
 * of five letters or more that open alike. */
static void test_diphthong_spellings(void **state)
{
    (void)state;
    static const pcase c[] = {
        {"Kausar Parveen", "Kousar Parveen", 1},
        {"Kawsar Ali", "Kousar Ali", 1},
        {"Shaukat Aziz", "Shoukat Aziz", 1},
        {"Naushad Alam", "Nowshad Alam", 1},
        {"Gauhar Khan", "Gohar Khan", 1},
        {"Saurabh Das", "Sourabh Das", 1},
        {"Paula Reyes", "Pola Reyes", 0},   /* four letters */
        {"Austin Reyes", "Ostin Reyes", 0}, /* another first letter */
    };
    check_pairs(c, sizeof c / sizeof c[0]);
}

/* Arabic dhal, written dh, d or dd (Gaddafi / Qadhafi), without merging
 * d + h where they are two letters (Adham is not Adam); two consonants
 * of Arabic script written alike with an unwritten ayn or vowel between
 * them (معمر Muammar, ممدوح Mamdouh), not a doubled letter. */
static void test_arabic_letters(void **state)
{
    (void)state;
    static const pcase c[] = {
        {"Muammar Gaddafi", "Muammar Qadhafi", 1},
        {"Mundhir Salem", "Munther Salem", 1},
        {"Hudhayfa Azzam", "Hudaifa Azzam", 1},
        {"معمر القذافي", "Muammar Gaddafi", 1},
        {"ممدوح عدوان", "Mamdouh Adwan", 1},
        {"Adham Sharif", "Adam Sharif", 0},
        {"أدهم", "Adam", 0},
        {"ممدوح", "Mahmoud", 0},
        {"عبد الله", "Abdallah", 1},
    };
    check_pairs(c, sizeof c / sizeof c[0]);
}

/* ي in Arabic script is the consonant y at the start and after the long
 * a of ا, as Latin spellings write it (زايد Zayed, ولایتی Velayati), not
 * the vowel i, which made زايد meet Zaid. */
static void test_arabic_consonant_y(void **state)
{
    (void)state;
    static const pcase c[] = {
        {"زايد", "Zayed", 1},
        {"فايز", "Fayez", 1},
        {"يزيد", "Yazid", 1},
        {"علی‌اکبر ولایتی", "Ali Akbar Velayati", 1},
        {"زايد", "Zaid", 0},
        {"يزيد", "Zaid", 0},
        {"ولایتی", "Vahidi", 0},
    };
    check_pairs(c, sizeof c / sizeof c[0]);
}

/* Arabic script writes long vowels: a consonant skeleton alike is not
 * enough when the other spelling has another vowel where the Arabic name
 * writes one (رشيد Rashid / Rashad, هاشم Hashem / Hisham). */
static void test_arabic_long_vowels(void **state)
{
    (void)state;
    static const pcase c[] = {
        {"رشيد", "Rashid", 1},
        {"هاشم", "Hashem", 1},
        {"رشيد", "Rached", 1},
        {"رشيد", "Rashad", 0},
        {"هاشم", "Hisham", 0},
        {"پروانه", "Parvin", 0},
        /* sound-alike spellings too, and a diphthong the script would
         * write with ي (Said, Saeed, Hussein) */
        {"سعيد", "Saad", 0},
        {"سليمان", "Salman", 0},
        {"سعد", "Said", 0},
        {"سعد", "Saeed", 0},
        {"حسن", "Hussein", 0},
        {"سعد", "Saad", 1},
        {"سعيد", "Said", 1},
        {"سليمان", "Sulayman", 1},
        {"حسين", "Hussein", 1},
        {"زينب", "Zeinab", 1},
        /* ي between two consonants, the y a Latin spelling writes between
         * two vowels; one beside a vowel letter is read as written */
        {"محمد الطيب", "Mohamed Tayeb", 1},
        {"سيد", "Sayed", 1},
        {"زيد", "Zayed", 1},
        {"زياد", "Zayed", 0},
        {"سعد", "Sayed", 0},
    };
    check_pairs(c, sizeof c / sizeof c[0]);
}

/* The h after a vowel that the rkey takes for silent (Ohno, Fatimah) is a
 * letter of a name in an abjad, which writes it (ح, ه): the skeleton
 * keeps it. */
static void test_abjad_h(void **state)
{
    (void)state;
    static const pcase c[] = {
        {"عبد الرحمن", "Abd ar-Rahman", 1},
        {"نجيب محفوظ", "Najib Mahfuz", 1},
    };
    check_pairs(c, sizeof c / sizeof c[0]);
    aka__nameform *f = NULL;
    aka__err err;
    assert_int_equal(aka__nameform_new("Mahrez", 6, &f, &err), AKA_OK);
    assert_string_equal(f->unit[0][0].skel, "mhrs");
    aka__nameform_free(f);
}

/* A Hebrew word that opens with א or ע before ו or י starts with a vowel
 * (עופרה Ofra, עוז Oz, אילן Ilan); the normaliser drops the א or ע, and
 * the mater left first is read as that vowel, not as the consonant v of
 * ורד Vered. */
static void test_hebrew_open_vowel(void **state)
{
    (void)state;
    static const pcase c[] = {
        {"עופרה חזה", "Ofra Haza", 1},
        {"ורד", "Vered", 1},
    };
    check_pairs(c, sizeof c / sizeof c[0]);
    static const struct {
        const char *in, *rkey;
    } k[] = {{"עוז", "oz"}, {"אורי", "ori"}, {"ורד", "vrd"}, {"אילן", "iln"}};
    for (size_t i = 0; i < sizeof k / sizeof k[0]; i++) {
        aka__nameform *f = NULL;
        aka__err err;
        assert_int_equal(aka__nameform_new(k[i].in, strlen(k[i].in), &f, &err),
                         AKA_OK);
        assert_string_equal(f->unit[0][0].rkey, k[i].rkey);
        aka__nameform_free(f);
    }
}

/* A Hebrew word that opens with א or ע before a consonant starts with a
 * vowel the normaliser drops with the letter, mostly a (אבי Avi, עדי
 * Adi, אלון Alon), and a ב or פ after it is v or f (Avi, אפרים
 * Efraim). */
static void test_hebrew_alef(void **state)
{
    (void)state;
    static const pcase c[] = {
        {"אבי", "Avi", 1},
        {"עדי", "Adi", 1},
    };
    check_pairs(c, sizeof c / sizeof c[0]);
    static const struct {
        const char *in, *rkey;
    } k[] = {{"אבי", "avi"}, {"עמוס", "amos"}, {"אלון", "alon"},
             {"בני", "bni"}, {"עוז", "oz"}};
    for (size_t i = 0; i < sizeof k / sizeof k[0]; i++) {
        aka__nameform *f = NULL;
        aka__err err;
        assert_int_equal(aka__nameform_new(k[i].in, strlen(k[i].in), &f, &err),
                         AKA_OK);
        if (strcmp(f->unit[0][0].rkey, k[i].rkey) != 0)
            fail_msg("%s: rkey %s, want %s", k[i].in, f->unit[0][0].rkey,
                     k[i].rkey);
        aka__nameform_free(f);
    }
}

/* RTGS writes a final ร and ล both n, the bearers' spellings r (rn) and
 * l: พร is porn, พล pol, and a Latin name ending so is the one or the
 * other (ณัฐพล Nattapol, not Nattaporn). */
static void test_thai_final_letter(void **state)
{
    (void)state;
    static const pcase c[] = {
        {"ณัฐพล", "Nattapol", 1},
        {"ณัฐพล", "Natthaphon", 1},
        {"ณัฐพล", "Nattaporn", 0},
        {"สมพร", "Somporn", 1},
        {"สมพร", "Somphon", 1},
        {"สมพร", "Sompol", 0},
    };
    check_pairs(c, sizeof c / sizeof c[0]);
}

/* Egyptian Arabic says ج as g, which its Latin spellings write (نجيب
 * Naguib, حجازي Hegazy, رجب Ragab); غ's gh is another letter, and a
 * vowel letter of the Arabic name must still be heard. */
static void test_egyptian_g(void **state)
{
    (void)state;
    static const pcase c[] = {
        {"نجيب", "Naguib", 1},
        {"محمد نجيب", "Mohamed Naguib", 1},
        {"حجازي", "Hegazy", 1},
        {"رجب", "Ragab", 1},
        {"جمعة", "Gomaa", 1},
        {"رجب", "Ragheb", 0},
        {"مجدي", "Magid", 0},
        {"جمال", "Gamil", 0},
    };
    check_pairs(c, sizeof c / sizeof c[0]);
}

/* A final ه after a consonant is Persian's vowel e (علیزاده Alizadeh,
 * ژاله Jaleh), after ی also a (زکیه Zakia); an initial ج is a consonant before an unwritten vowel
 * (جمعة Jumaa), an initial ح before س a letter, not Wade-Giles hs
 * (حسام Hossam). */
static void test_persian_he_and_initials(void **state)
{
    (void)state;
    static const pcase c[] = {
        {"علیزاده", "Alizadeh", 1},
        {"مصطفی‌زاده", "Mostafazadeh", 1},
        {"ژاله", "Jaleh", 1},
        {"جمعة", "Jumaa", 1},
        {"جلال طالباني", "Jalal Talabani", 1},
        {"حسام", "Hossam", 1},
        {"حسني", "Hosni", 1},
        /* after ی, the -ieh or -ia of a woman's name (زکیه Zakieh, Zakia) */
        {"زکیه", "Zakia", 1},
        {"زکیه", "Zakiyeh", 1},
        {"سعدیه اسدالله", "Saadia Asadullah", 1},
        {"زکیه", "Zakir", 0},
        {"علیزاده", "Alavi", 0},
        {"فاطمه", "Fatemi", 0},
        {"جمعة", "Jamal", 0},
    };
    check_pairs(c, sizeof c / sizeof c[0]);
}

/* Names joined to الله (حبيب الله Habibullah, روح‌الله Ruhollah), ج
 * after a consonant (مجاهد Mujahid), Persian ی written ei (خمینی
 * Khomeini), د before ز as two letters (احمدزاده Ahmadzadeh). */
static void test_allah_and_persian(void **state)
{
    (void)state;
    static const pcase c[] = {
        {"حبيب الله", "Habibullah", 1},
        {"حبيب‌الله", "Habibollah", 1},
        {"ذبيح الله مجاهد", "Zabihullah Mujahid", 1},
        {"رحمة الله", "Rahmatullah", 1},
        {"فضل الله", "Fazlullah", 1},
        {"ثناء الله", "Sanaullah", 1},
        {"روح‌الله خمینی", "Ruhollah Khomeini", 1},
        {"سيف الله", "Habibullah", 0},
        {"اسد الله", "Azizullah", 0},
        {"النجار", "Al-Najjar", 1},
        {"حسینی", "Hosseini", 1},
        {"حسنی", "Hosseini", 0},
        {"احمدزاده", "Ahmadzadeh", 1},
        {"اشرف غنی احمدزی", "Ashraf Ghani Ahmadzai", 1},
        {"هبة الله اخوندزاده", "Hibatullah Akhundzada", 1},
        {"احمدزاده", "Mahmudzadeh", 0},
        {"اخوند", "Akhund", 1},   /* و between consonants, a vowel */
        {"هوشنگ", "Houshang", 1},
        {"توفيق", "Tawfik", 1},   /* ... or the diphthong aw */
        {"عمرو موسى", "Amr Moussa", 1},
        {"عمرو", "Omar", 0},
    };
    check_pairs(c, sizeof c / sizeof c[0]);
}

/* The normaliser drops an opening א and an opening ע alike, but they are
 * different letters: Ali is written עלי, and אלי is Eli; the tables' "ly"
 * (Ali's skeleton, and Li's) is no name for a word that opened with alef,
 * nor "lh" (לאה Leah) for אלה. The vowel after an opening alef may be e,
 * after an ayin any (עמרי Omri). */
static void test_hebrew_alef_ayin(void **state)
{
    (void)state;
    static const pcase c[] = {
        {"אלי", "Eli", 1},
        {"אלי כהן", "Eli Cohen", 1},
        {"עלי", "Ali", 1},
        {"עמרי", "Omri", 1},
        {"אלעד", "Elad", 1},
        {"אסתר", "Esther", 1},
        {"אברהם", "Avraham", 1},
        {"עזרא", "Ezra", 1},
        {"אמיר", "Amir", 1},
        {"עמר", "Omer", 1},
        {"אלי", "Ali", 0},
        {"אלי", "Aly", 0},
        {"אלי", "علي", 0},
        {"אלי כהן", "Ali Cohen", 0},
        {"אלי", "Li", 0},
        {"אלה", "Leah", 0},
        {"אמר", "Omar", 0},
    };
    check_pairs(c, sizeof c / sizeof c[0]);
    static const struct {
        const char *in;
        unsigned open;
        int ayin_name;
    } k[] = {{"אלי", AKA__HEB_ALEF | AKA__HEB_GUESS, 0},
             {"עלי", AKA__HEB_AYIN | AKA__HEB_GUESS, 1},
             {"אורי", AKA__HEB_ALEF, 0},
             {"עופרה", AKA__HEB_AYIN, 0},
             {"Ali", 0, 1}};
    for (size_t i = 0; i < sizeof k / sizeof k[0]; i++) {
        aka__nameform *f = NULL;
        aka__err err;
        assert_int_equal(aka__nameform_new(k[i].in, strlen(k[i].in), &f, &err),
                         AKA_OK);
        assert_int_equal(f->unit[0][0].heb, k[i].open);
        assert_int_equal(!!(f->unit[0][0].tflags & AKA__UNIT_AYIN_NAME),
                         k[i].ayin_name);
        aka__nameform_free(f);
    }
}

/* A name of Latin and Hebrew words (a given name typed in Latin, the
 * family name in Hebrew, or the reverse): its Hebrew tokens are read as
 * Hebrew (כהן is Cohen, and no Kahana: it ends in a consonant), its Latin
 * ones as Latin, in either order, with a title, and against a name all in
 * Hebrew letters. */
static void test_hebrew_mixed(void **state)
{
    (void)state;
    static const pcase c[] = {
        {"Charbel כהן", "Cohen Charbel", 1},
        {"Charbel כהן", "Charbel Cohen", 1},
        {"כהן, David", "David Cohen", 1},
        {"Dr. David כהן", "David Cohen", 1},
        /* a Latin word the normaliser drops is no Latin token of the
         * name (0.26 before) */
        {"FNU שרה כהן", "Sarah Cohen", 1},
        {"Unknown שרה כהן", "Sarah Cohen", 1},
        {"XXX محمد الحسن", "Mohamed Hassan", 1},
        {"Charbel כהן", "שרבל כהן", 1},
        {"אלי Cohen", "Eli Cohen", 1},
        {"Moshe לוי", "Moshe Levi", 1},
        {"David בן-גוריון", "David Ben-Gurion", 1},
        {"David כהן", "David Kahana", 0},
        {"אלי Cohen", "Ali Cohen", 0},
        {"Sarah כהן", "Shira Cohen", 0},
        {"David כהן", "Daniel Cohen", 0},
    };
    check_pairs(c, sizeof c / sizeof c[0]);
}

/* A name of Latin and Arabic words: its Arabic words are read as a name
 * in Arabic script is (the article split off, long vowels and final
 * vowels written), its Latin ones as Latin, in either order and with a
 * title. */
static void test_arabic_mixed(void **state)
{
    (void)state;
    static const pcase c[] = {
        {"Saad الحريري", "Saad Hariri", 1},
        {"Saad الحريري", "Saad al-Hariri", 1},
        {"Saad الحريري", "سعد الحريري", 1},
        {"Mohamed عبد الرحمن", "Mohamed Abdelrahman", 1},
        {"Ahmed حسن", "Ahmed Hassan", 1},
        {"محمد Ali", "Mohamed Ali", 1},
        {"Muammar القذافي", "Muammar Gaddafi", 1},
        {"Rashid الخالدي", "Rashid Khalidi", 1},
        {"Sheikh محمد Ali", "Mohamed Ali", 1},
        {"Ahmed حسن", "Ahmed Hussein", 0},
        {"Omar سعيد", "Omar Saad", 0},
        {"نور Hassan", "Noura Hassan", 0},   /* the final a is written */
        {"حميدة Ali", "Hamid Ali", 0},
        {"Rashid الخالدي", "Rashad Khalidi", 0},
    };
    check_pairs(c, sizeof c / sizeof c[0]);
}

/* Hebrew writes no letter double: two alike are two consonants (חנן
 * Hanan, ששון Sasson), and two names that differ by one of them differ;
 * a Latin ch may be ח. */
static void test_hebrew_letters(void **state)
{
    (void)state;
    static const pcase c[] = {
        {"חנן", "Hanan", 1},
        {"יוחנן", "Yohanan", 1},
        {"ששון", "Sasson", 1},
        {"חנה", "חנן", 0},
        {"חנן", "Hannah", 0},
        /* ch for ח (Yiddish, German, English spellings), whose h is a
         * letter in the Hebrew name, not a silent one */
        {"חנה", "Chana", 1},
        {"יהודה עמיחי", "Yehuda Amichai", 1},
        {"יוחנן", "Yochanan", 1},
        {"נחמן", "Nachman", 1},
        {"נחמן", "Nachum", 0},
        {"חנה", "Chava", 0},
        /* ה after ד is a letter too, not the h of an English dh */
        {"דהן", "Dahan", 1},
        {"יהודה", "Yehuda", 1},
        {"דהן", "Dan", 0},
    };
    check_pairs(c, sizeof c / sizeof c[0]);
}

/* Korean writes eu (으) into a foreign name's consonant clusters; heard
 * without it, a transcription meets the name, and still not another. */
static void test_korean_epenthesis(void **state)
{
    (void)state;
    static const pcase c[] = {
        {"스탈린", "Stalin", 1},
        {"드미트리", "Dmitri", 1},
        {"블라디미르 푸틴", "Vladimir Putin", 1},
        {"트로츠키", "Trotsky", 1},
        {"스탈린", "Stallone", 0},
        {"트로츠키", "Tretyakov", 0},
        {"블라디미르", "Vladislav", 0},
    };
    check_pairs(c, sizeof c / sizeof c[0]);
}

/* Western names transcribed into Chinese characters, katakana and
 * Hangul, heard back by those scripts' conventions (match/foreign.h),
 * and different Western names kept apart. */
static void test_foreign_heard(void **state)
{
    (void)state;
    static const pcase c[] = {
        {"Joe Biden", "乔·拜登", 1},     /* q as j, a final ng as n */
        {"Elon Musk", "埃隆·马斯克", 1}, /* 埃 E, 斯 s, 克 k */
        {"Margaret Thatcher", "玛格丽特·撒切尔", 1}, /* th as s, 尔 */
        {"Paul McCartney", "ポール・マッカートニー", 1}, /* o after t, Mc */
        {"Elvis Presley", "エルヴィス・プレスリー", 1}, /* u after s, ヴィ */
        {"Joe Biden", "조 바이든", 1},   /* eu; two letters heard alike */
        {"Tony Blair", "トニー・ブレア", 1}, /* -air heard as ea */
        {"Trotsky", "托洛茨基", 1},      /* 茨 ts, 基 ki */
        {"Lenin", "列宁", 1},            /* reads as Pinyin too */
        {"Lennon", "列宁", 0},           /* a last vowel o against i */
        {"Michael Jackson", "マイケル・ジョーダン", 0},
        {"Michael Jordan", "迈克尔·杰克逊", 0},
        {"Bill Clinton", "比尔·盖茨", 0},
        {"Stallone", "스탈린", 0},        /* a last vowel o against i */
        {"Johnson", "杰克逊", 0},
        {"Nelson", "윌슨", 0},
        /* ウ u for a V before a consonant, ジ ji for di */
        {"Vladimir Putin", "ウラジーミル・プーチン", 1},
        {"Wladimir Klitschko", "ウラジーミル・クリチコ", 1},
        {"Vladislav", "ウラジーミル", 0},
        /* katakana says the r of a continental name */
        {"Marcel Proust", "マルセル・プルースト", 1},
        {"Peter", "ペトル", 1},
        {"Victor Hugo", "ヴィクトル・ユーゴー", 1},
        {"Marcel Proust", "マルセル・プレヴォー", 0},
    };
    check_pairs(c, sizeof c / sizeof c[0]);
}

/* A French name as other scripts transcribe it, as said: silent final
 * letters, no h, au and eau as o, oi as ua, ch as sh, j and soft g as zh,
 * u as yu (aka__french_heard). */
static void test_french_heard(void **state)
{
    (void)state;
    static const pcase c[] = {
        {"Claude Monet", "Клод Моне", 1},      /* final t, final e */
        {"Claude Monet", "クロード・モネ", 1},
        {"Claude Monet", "克劳德·莫奈", 1},
        {"Charles de Gaulle", "Шарль де Голль", 1}, /* ch as sh, es */
        {"François Hollande", "Франсуа Олланд", 1}, /* oi as ua, no h */
        {"Jean-Jacques Rousseau", "Жан-Жак Руссо", 1}, /* eau as o */
        {"Georges Pompidou", "Жорж Помпиду", 1},  /* soft g as zh */
        {"Alexandre Dumas", "Александр Дюма", 1}, /* u as yu */
        {"Maurice Ravel", "Морис Равель", 1},     /* a final ce as s */
        {"Edgar Degas", "エドガー・ドガ", 1},
        /* other names, however near the French reading */
        {"Claude Monod", "Клод Моне", 0}, /* Моно: the last vowel */
        {"Albert Camis", "Альбер Камю", 0},
        {"Jacques Chardin", "Жак Ширак", 0},
        {"Stallone", "스탈린", 0}, /* a last vowel o against i */
        /* no French reading of a name against one in Burmese letters
         * (Ma Aye heard as May), nor of a token that opens with ng
         * (Dung Ngo heard as Dung) */
        {"MA AYE CHO", "ဖြူမေချို", 0},
        {"MA AYE CHO", "မေချို", 0},
        {"Huu Dung Ngo", "ЛИ ХУУ ДУНГ", 0},
        {"Ly Huu Dung", "ЛИ ХУУ ДУНГ", 1},
    };
    check_pairs(c, sizeof c / sizeof c[0]);
}

/* A Hebrew double yod before a consonant as the diphthong ei of Yiddish
 * and German names, against a Latin token that writes one. */
static void test_hebrew_diphthong(void **state)
{
    (void)state;
    static const pcase c[] = {
        {"ויינברג", "Weinberg", 1},
        {"שטיין", "Stein", 1},
        {"ריצ'רד פיינמן", "Richard Feynman", 1},
        {"יולי אדלשטיין", "Yuli Edelstein", 1},
        {"משה דיין", "Moshe Dayan", 1}, /* the consonant y still */
        {"שטיין", "Stern", 0},
        {"ויינברג", "Weinstein", 0},
        {"פיינמן", "Feinberg", 0},
        {"דיין", "Dean", 0},
    };
    check_pairs(c, sizeof c / sizeof c[0]);
}

/* A yod before a vav inside a Hebrew word: mostly the vowel i (ציון
 * Zion, גוריון Gurion), but the consonant y after an unwritten vowel
 * where the other name writes one (אוחיון Ohayon); a ch first after an
 * opening vowel may be ח (Ochion). */
static void test_hebrew_glide(void **state)
{
    (void)state;
    static const pcase c[] = {
        {"אוחיון", "Ohayon", 1},
        {"אוחיון", "Ochion", 1},
        {"חיון", "Hayon", 1},
        {"ציון", "Zion", 1},
        {"גוריון", "Gurion", 1},
        {"אוחיון", "Ohana", 0},
        {"ציון", "Zayan", 0},
    };
    check_pairs(c, sizeof c / sizeof c[0]);
}

/* ö, ø and ü written oe and ue (German, Scandinavian, ICAO): of a single
 * token, before a consonant, not a first u. */
static void test_e_for_umlaut(void **state)
{
    (void)state;
    static const pcase c[] = {
        {"Mesut Özil", "Mesut Oezil", 1},
        {"Søren Kierkegaard", "Soeren Kierkegaard", 1},
        {"Jörg Haider", "Joerg Haider", 1},
        {"Möller", "Moeller", 1},
        {"Güler", "Gueler", 1},
        {"Kühn", "Kuehn", 1},
        {"Joe", "Jo", 0},
        {"Ueda", "Uda", 0},
        {"Xuemei Wang", "Xumei Wang", 0},
        {"Böhm", "Boehme", 0},
        {"Choe Seo-yeon", "Cho Seo-yeon", 0}, /* not across tokens */
    };
    check_pairs(c, sizeof c / sizeof c[0]);
}

/* Serbo-Croatian đ typed d where passports write dj, in -ić family
 * names; other names keep their dj. */
static void test_dj_for_d(void **state)
{
    (void)state;
    static const pcase c[] = {
        {"Đorđe Đukić", "Dorde Dukic", 1},
        {"Đukić", "Dukic", 1},
        {"Đorđević", "Dordevic", 1},
        {"Mladjenovic", "Mladenovic", 1},
        {"Adjani", "Adani", 0},
        {"Djukic", "Dukicz", 0},
    };
    check_pairs(c, sizeof c / sizeof c[0]);
}

/* The final ة or ه of Arabic and Persian names as -eh, -a or -ah. */
static void test_final_eh(void **state)
{
    (void)state;
    static const pcase c[] = {
        {"Ismail Haniyeh", "Ismail Haniya", 1},
        {"Zakieh", "Zakia", 1},
        {"Aliyeh", "Aliyah", 1},
        {"Saleh", "Sala", 0},  /* a stem of three letters */
        {"Saleh", "Salah", 0}, /* صالح and صلاح */
        {"Haniyeh", "Haniyo", 0},
    };
    check_pairs(c, sizeof c / sizeof c[0]);
}

static int engine_same(const char *a, const char *b);

/* A Latin name run together with a slip in one of its names: the token
 * written alike opens or ends the joined one, and what is left meets the
 * other token as two single tokens would (or does not). */
static void test_joined_with_slip(void **state)
{
    (void)state;
    static const pcase c[] = {
        {"Sangita Tamang", "SangitaTamamg", 1},
        {"ADEBOWALE Folasade", "FolasadeAdeboawle", 1}, /* and moved */
        {"Lasantha Senanaayke", "LASANTHASENANAYAKE", 1},
        {"Hadi Gunawan", "HADIGUNAWQN", 1},
        {"Pierre Dupont", "DupomtPierre", 1},
        {"Ali Hassan", "AliHussan", 0},      /* Hasan and Husayn */
        {"Dupont Pierre", "DumontPierre", 0}, /* two family names */
        {"Zulfiya Davlatova", "ZulfiyaDavlatov", 0},
        {"Beatriz Santana", "BeatrizSantano", 0},
    };
    check_pairs(c, sizeof c / sizeof c[0]);
    assert_true(engine_same("Sangita Tamang", "SangitaTamamg"));
    assert_false(engine_same("Dupont Pierre", "DumontPierre"));
}

/* A compound name written apart in one spelling and run together in
 * another, each half respelled: the halves must meet the two tokens as
 * listed variants (or one alike and one near), not the joined letters. */
static void test_joined_respelled(void **state)
{
    (void)state;
    static const pcase c[] = {
        {"Fetwi Wolde-Mikael", "FETWI WELDEMICHAEL", 1},
        {"Yonas Gebre Michael", "Yonas Gebremikael", 1},
        {"Mohamed Amin Saleh", "Mohammadamin Saleh", 1},
        {"Tesfay Wolde Giorgis", "Tesfay Weldegiorgis", 1},
        {"Gebre Michael Tesfay", "Gebremariam Tesfay", 0}, /* Michael, Mariam */
        {"Wolde Mariam Tesfay", "Weldemichael Tesfay", 0},
        {"Mohamed Amin Saleh", "Mohammadali Saleh", 0},
        {"Hailu Tesfay", "Hailetesfay", 0},
        /* the tables' Ge'ez vowels after w, in single tokens */
        {"Woldu Kidane", "Weldu Kidane", 1},
        {"Tewolde Kidane", "Tewelde Kidane", 1},
        {"Woldu Kidane", "Wolde Kidane", 0},
    };
    check_pairs(c, sizeof c / sizeof c[0]);
    assert_true(engine_same("Fetwi Wolde-Mikael", "FETWI WELDEMICHAEL"));
}

/* Customary Korean spellings: Eui for 의, uh for ㅓ at a syllable's end,
 * woo for 우 (RR u), apart from won (원). */
static void test_korean_customary(void **state)
{
    (void)state;
    static const pcase c[] = {
        {"정의선", "Chung Eui-sun", 1},
        {"윤여정", "Youn Yuh-jung", 1},
        {"서정민", "Suh Jung-min", 1},
        {"허준", "Huh Joon", 1},
        {"정의선", "Chung Eun-sun", 0},
        {"윤여정", "Youn Yu-ri", 0},
        {"허준", "Han Joon", 0},
        {"노태우", "Roh Tae-woo", 1},
        {"조현우", "Cho Hyun-woo", 1},
        {"조현우", "Cho Hyunwoo", 1},
        {"김민우", "Kim Min-woo", 1},
        {"김태우", "Kim Tae-won", 0},
        {"한지원", "Han Ji-woo", 0},
        {"조현수", "Cho Hyun-woo", 0},
        /* the initial sound law, both ways */
        {"류현진", "Yu Hyun-jin", 1},
        {"유", "Ryu", 1},
        {"량", "Yang", 1},
        {"나", "Ra", 1},
        {"로", "No", 1},
        {"남", "Ram", 0},
        {"류현진", "Yu Hyun-min", 0},
        /* initials of a Hangul name by their first sound */
        {"최경주", "K. J. Choi", 1},
        {"박지성", "C. S. Park", 1},
        {"박지성", "G. S. Park", 0},
    };
    check_pairs(c, sizeof c / sizeof c[0]);
}

/* Two Korean names in Latin letters (a Korean family name in each): a
 * given name in RR, McCune-Reischauer or a customary spelling is one
 * name; ㅗ o and ㅜ u, and the names of other peoples, stay apart. */
static void test_korean_latin(void **state)
{
    (void)state;
    static const pcase c[] = {
        {"Heesun Jeon", "Huiseon Jeon", 1},
        {"Heejin Kim", "Huijin Kim", 1},
        {"Miseo Cho", "Misuh Cho", 1},
        {"Park Jihoon", "Pak Chi-hun", 1},
        {"Kim Sunhee", "Kim Seonhui", 1},
        /* customary woo for RR u (우) */
        {"Kim Jiwoo", "Kim Jiu", 1},
        {"Kim Hyunwoo", "Kim Hyeonu", 1},
        /* syllables written apart, and Dong / Tong, which the family
         * tables hold apart as Chinese names */
        {"Kim Ji Hoon", "Kim Chi Hun", 1},
        {"Kim Min-ji", "Kim Min-chi", 1},
        {"Kang Dong-hyun", "Kang Tong-hyun", 1},
        {"Kim Ji-hoon", "Kim Ki-hoon", 0},
        {"Lee Sujin", "Lee Sojin", 0},
        {"Song Minji", "Seong Minji", 0},
        {"Kim Yong", "Kim Young", 0},
        /* not Korean: no Korean family name on one side or either */
        {"Heejin Kim", "Huijin Smith", 0},
        {"Heejin Smith", "Huijin Smith", 0},
        {"Maria Park", "Mario Park", 0},
    };
    check_pairs(c, sizeof c / sizeof c[0]);
}

/* Cyrillic and Greek write their vowels: a final vowel of another kind
 * is another name, across scripts too. */
static void test_final_vowel_apart(void **state)
{
    (void)state;
    static const pcase c[] = {
        {"Νίκη", "Niko", 0},
        {"Ника", "Niko", 0},
        {"Νίκη", "Niki", 1},
        {"Ελένη", "Elene", 1}, /* η is i or e */
        {"Дмитрий", "Dmitri", 1},
    };
    check_pairs(c, sizeof c / sizeof c[0]);
}

/* Persian writes ق gh (and the Gulf says g), ژ French j: read so against a
 * Latin name that writes them so; and its ending ایی -ai, -aei. */
static void test_arabic_read_as(void **state)
{
    (void)state;
    static const pcase c[] = {
        {"قاسم", "Ghasem", 1},
        {"صادق", "Sadegh", 1},
        {"باقر", "Bagher", 1},
        {"قاسم", "Gasim", 1},
        {"ژیلا", "Jila", 1},
        {"پژمان", "Pejman", 1},
        {"قاسم", "Ghassan", 0},
        {"ژیلا", "Gila", 0},
        {"ژیلا", "Jamila", 0},
        /* the ending ایی: its ی after the long a is no consonant */
        {"رضایی", "Rezaei", 1},
        {"علی رضایی", "Ali Rezaei", 1},
        {"رضایی", "Razi", 0},
        /* North African French spellings, listed */
        {"يوسف", "Youcef", 1},
        {"حسين", "Houssein", 1},
        {"شيماء", "Chaimae", 1},
        {"Houcine", "Hassan", 0},
    };
    check_pairs(c, sizeof c / sizeof c[0]);
}

/* Names ending in alif maqsura (ى, Persian ی), said -a, and Persian
 * compounds with -reza: the variant tables list them with the normaliser's
 * spellings, and their male look-alikes apart. */
static void test_alif_maqsura(void **state)
{
    (void)state;
    static const pcase c[] = {
        {"هدى", "Huda", 1},
        {"هدی", "Hoda", 1},
        {"منى", "Mona", 1},
        {"مرتضى", "Murtaza", 1},
        {"مرتضی", "Morteza", 1},
        {"محمدرضا", "Mohammad Reza", 1},
        {"محمدرضا", "Mohammadreza", 1},
        {"علیرضا", "Alireza", 1},
        {"هدى", "Hadi", 0},
        {"منى", "Mani", 0},
        {"هادي", "Hadi", 1},
    };
    check_pairs(c, sizeof c / sizeof c[0]);
}

/* Thai leaves the r of a final cluster silent, which Pali spellings
 * write with its vowel (ชินวัตร Shinawatra, มิตร Mitra). */
static void test_thai_final_r(void **state)
{
    (void)state;
    static const pcase c[] = {
        {"ชินวัตร", "Shinawatra", 1},
        {"ยิ่งลักษณ์ ชินวัตร", "Yingluck Shinawatra", 1},
        {"จักร", "Chakra", 1},
        {"จักร", "Chakrit", 0},
        {"ภัทร", "Petra", 0},
    };
    check_pairs(c, sizeof c / sizeof c[0]);
}

/* An Arabic name that begins with إ (hamza with kasra) meets its Latin
 * spellings with i or e: إيمان is Iman or Eman, as إيهاب is Ihab or
 * Ehab. */
static void test_arabic_hamza_kasra(void **state)
{
    (void)state;
    static const pcase c[] = {
        {"إيمان", "Iman", 1},
        {"إيمان", "Eman", 1},
        {"إيمان محمد", "Eman Mohamed", 1},
        {"إيهاب", "Ehab", 1},
        {"إيناس", "Enas", 1},
        {"إبراهيم", "Ibrahim", 1},
        {"إسراء", "Esraa", 1},
        {"إيمان حسن", "Iman Saleh", 0},
    };
    check_pairs(c, sizeof c / sizeof c[0]);
}

/* A name in Arabic script that romanises to one consonant and a long a
 * (its ayin or hamza dropped: دعاء "da", علا "la") meets the Latin
 * spellings that write them as vowels, and not a name of another
 * consonant or with an i for the long a. */
static void test_arabic_one_consonant(void **state)
{
    (void)state;
    static const pcase c[] = {
        {"دعاء", "Doaa", 1},
        {"دعاء", "Duaa", 1},
        {"دعاء عمر حداد", "Doaa Haddad", 1},
        {"علاء", "Alaa", 1},
        {"علا محمود", "Ola Mahmoud", 1},
        {"دعاء", "Dina", 0},
        {"علا", "Lana", 0},
        {"دعاء", "Tala", 0},
    };
    check_pairs(c, sizeof c / sizeof c[0]);
}

/* A given name is not the patronymic made from it: Ivan Aleksandrovich
 * is Aleksandr's son, not Aleksandr, in either script (but a father's name
 * written bare after the son's is his patronymic), and a given name
 * joined to a patronymic does not stand in for one. Patronymics spelled
 * apart, initials for them and a space lost still meet, and so do the
 * patronymics of one father's name in Russian, Ukrainian and Belarusian
 * (Iharavich / Игоревич), of one sex. */
static void test_patronymic_apart(void **state)
{
    (void)state;
    static const pcase c[] = {
        {"ИВАН АЛЕКСАНДРОВИЧ СЕМЁНОВ", "Alexandr Semenov", 0},
        {"ИВАН АЛЕКСАНДРОВИЧ СЕМЁНОВ", "Semenov Alexandr Olegovich", 0},
        {"Petar Jovanović", "Petar Jovan", 0},
        {"ИВАН АЛЕКСАНДРОВИЧ СЕМЁНОВ", "Semenov Ivan", 1},
        {"ИВАН АЛЕКСАНДРОВИЧ СЕМЁНОВ", "Ivan Aleksandrovich Semenov", 1},
        {"Denis Sergeevich Vlasov", "Wlassow, Denis Sergejewitsch", 1},
        {"Vladimir Vladimirovich Putin", "V. V. Putin", 1},
        {"Timur Bauyrzhanovich Ualikhanov", "TimurBauyrzhanovich Ualikhanov", 1},
        /* one father's name in another language's patronymic, of one sex */
        {"Dzmitryi Iharavich Kavaliou", "Ковалёв Дмитрий Игоревич", 1},
        {"Darya Syargeyeuna Kovalchuk", "Ковальчук Дарья Сергеевна", 1},
        {"ІГОР ЄВГЕНОВИЧ ПЕТРЕНКО", "Петренко Игорь Евгеньевич", 1},
        {"Anna Ivanovna Petrova", "Anna Ivanivna Petrova", 1},
        {"Anna Ivanovna Petrova", "Anna Ivanovich Petrova", 0},
        {"Ivan Petrovich Sidorov", "Ivan Pavlovich Sidorov", 0},
        /* a father's name written bare after the person's, as Moldovan
         * and Romanian registers do, is the patronymic made of it; not
         * first, nor in a name of two (the father's own name) */
        {"Ceban Ion Vasile", "Чебан Иван Васильевич", 1},
        {"Ceban Maria Vasile", "Чебан Мария Васильевна", 1},
        {"Ceban Ion Vasile", "Чебан Иван Петрович", 0},
        {"Vasile Ceban", "Ivan Vasilyevich Ceban", 0},
        /* Belarusian Łacinka given names, and patronymics made from them */
        {"Aliena Aliehauna Piatrova", "Петрова Елена Олеговна", 1},
        {"Siarhiej Kavaliou", "Сергей Ковалёв", 1},
        {"Яўген Казлоў", "Евгений Козлов", 1}, /* Belarusian Cyrillic */
        {"Jevhen Petrenko", "Євген Петренко", 1}, /* Polish, Czech: j */
        {"Jewhen Petrenko", "Yevhen Petrenko", 1}, /* German */
        /* German jo for ё, j for й, w for в, sch for ж: the Russian form
         * against the Ukrainian one meets through the tables */
        {"Petrenko, Pjotr", "PETRO PETRENKO", 1},
        {"Fjodor Iwanow", "Fedir Ivanov", 1},
        {"Jakow Iwanow", "Yakiv Ivanov", 1},
        {"Nikolaj Iwanow", "Mykola Ivanov", 1},
        {"Wassilij Iwanow", "Vasyl Ivanov", 1},
        {"Schanna Iwanowa", "Zhanna Ivanova", 1},
        {"Nadeschda Iwanowa", "Nadiya Ivanova", 1},
        {"Wolodymyr Iwanow", "Vladimir Ivanov", 1},
        {"Nadija Hontscharenko", "Nadezhda Goncharenko", 1},
        /* the feminine of a family the tables list in the masculine
         * (Sacharow / Zakharov), not the masculine itself */
        {"Alina Sacharowa", "Alina Zakharova", 1},
        {"Sacharowa", "Zakharova", 1},
        {"Sacharow", "Zakharova", 0},
        /* Russian nicknames as German and French sources write them */
        {"Sascha Iwanow", "Oleksandr Ivanov", 1},
        {"Sacha Ivanov", "Aleksandr Ivanov", 1},
        {"Natascha Iwanowa", "Natalya Ivanova", 1},
        {"Tanja Iwanowa", "Tetiana Ivanova", 1},
        {"Serioja Bogdanov", "Sergei Bogdanov", 1},
        {"Sonia Ivanova", "Sofiya Ivanova", 0}, /* a name of its own */
        {"Lupe Garcia", "Guadalupe Garcia", 1},
        /* ... and French ou, gu, j (Evgueni, Gueorgui, Nadejda) */
        {"Evgueni Ivanov", "Yevhen Ivanov", 1},
        {"Gueorgui Ivanov", "Heorhiy Ivanov", 1},
        {"Nadejda Ivanova", "Nadiya Ivanova", 1},
        /* Turkish spellings of Arabic names: a final voiced consonant
         * voiceless, e for a */
        {"Reşit Haddad", "Rashid Haddad", 1},
        {"Necip Haddad", "Najib Haddad", 1},
        {"Şükrü Haddad", "Shukri Haddad", 1},
        {"Zekeriya Haddad", "Zakariya Haddad", 1},
        {"Ahmed Mustafa Jaber", "Ahmed Mustafa Gaber", 1}, /* Egyptian g */
        {"Aischa Khan", "Ayesha Khan", 1},                 /* German sch */
        /* Jhonatan, as Colombia and Peru write Jonathan */
        {"Santiago Jhonatan Castro Chacón", "SANTIAGO JONATHAN CASTRO CHACÓN", 1},
        {"Jhonatan Castro", "Jonathan Castro", 1},
        /* family names of one spelling class: the vowel before Persian
         * -i, Hindi's Verma and Varma */
        {"Hossein Ahmedi", "Hossein Ahmadi", 1},
        {"Rahul Verma", "Rahul Varma", 1},
        /* Spanish j for Arabic kh; Somali and Spanish Adan, Somali Jamac
         * and Abdikadir; Wolof Guèye written without its e */
        {"Khaled Oukacha", "Jalid Oukacha", 1},
        {"Adam Guleed", "Adan Guled", 1},
        {"Jama Abdikadir", "Jamac Abdulkadir", 1},
        {"Coumba Gueye", "Guey Coumba", 1},
        /* Persian Ghasemi (قاسمی) and Kazemi (کاظمی): two families whose
         * sounds the keys merge (g k q, s z) */
        {"Hossein Ghasemi", "Hossein Qasemi", 1},
        {"حسین کاظمی", "Hossein Kazimi", 1},
        {"Hossein Ghasemi", "Hossein Kazimi", 0},
        /* Egyptian Gaaber, Ukrainian Cyrillic's Romanian Heorhe */
        {"Sara Gaaber", "Sara Khaled Jaber", 1},
        {"Diakonu Heorhe", "Diakonu George", 1},
        /* Je- is Ye- (Е) in German and Slavic spelling, Jewa Ева; the
         * tables keep Jemma, an English name, from Emma */
        {"Jewa Komarowa", "Ева Комарова", 1},
        {"Jermolow Oleg", "Олег Ермолов", 1},
        {"Jemma Brown", "Emma Brown", 0},
        /* Greek ευ and χ, each written two ways */
        {"Michailidou Eutychia", "Eftihia Michailidou", 1},
    };
    check_pairs(c, sizeof c / sizeof c[0]);
}

/* A name in kanji meets another reading of its kanji in Latin letters
 * (variants.txt [kanji]), in the form the normaliser writes it or with a
 * long vowel written ou or oh; two Latin names of those readings stay
 * apart, as before. */
static void test_kanji_other_readings(void **state)
{
    (void)state;
    static const pcase c[] = {
        {"蒼 凪 佐藤", "Aoi Nagi Sato", 1},
        {"蒼 凪 佐藤", "Ao Nagisa Sato", 1},
        {"陽葵 高橋", "Hinata Takahashi", 1},
        {"陽葵 高橋", "Hina Takahashi", 1},
        {"結菜 佐々木", "Yuina Sasaki", 1},
        {"蒼 加藤", "So Kato", 1},
        {"蒼 加藤", "Sou Kato", 1},
        {"颯真 佐藤", "Fuma Sato", 1},
        {"颯真 佐藤", "Souma Sato", 1},
        {"河野 太郎", "Taro Kawano", 1},
        {"河野 太郎", "Taro Kono", 1},
        {"林 明", "Ming Hayashi", 1},
        /* other names */
        {"陽葵 高橋", "Haruna Takahashi", 0},
        {"河野 太郎", "Taro Kawanishi", 0},
        {"Hina Takahashi", "Himari Takahashi", 0},
        {"Nagi Inoue", "Nagisa Inoue", 0},
        {"Taro Kono", "Taro Kawano", 0},
        /* a Cyrillic name is compared by its reading too */
        {"凪 井上", "Нагиса Иноуэ", 1},
    };
    check_pairs(c, sizeof c / sizeof c[0]);
}

/* Pali and Sanskrit spellings write the linking a after a final r that
 * Thai sounds as n (สุรชัย Surachai, ธีรพงษ์ Thiraphong), and English
 * ones Thai's oe as er (เฉลิม Chalerm); other names stay apart. A final t
 * read again as the onset of a linking syllable (เพชรรัตน์ Phetcharat)
 * is left out as Thai leaves it. */
static void test_thai_linking_vowel(void **state)
{
    (void)state;
    static const pcase c[] = {
        {"สุรชัย", "Surachai", 1},
        {"ธีรพงษ์", "Thiraphong", 1},
        {"วีรพงษ์", "Veerapong", 1},
        {"เฉลิมชัย", "Chalermchai", 1},
        {"บุญเลิศ", "Boonlert", 1},
        {"สุชัย", "Surachai", 0},
        {"ธนพงษ์", "Thiraphong", 0},
        {"บุญเลิศ", "Boonlua", 0},
        /* ... and a compound leaves the i of ชาติ unsaid, which the
         * reading keeps */
        {"ชาติชาย", "Chatchai", 1},
        {"ชาติชาย", "Chatichai", 1},
        {"ชาติศิริ", "Chatsiri", 1},
        {"ชาติชาย", "Chachai", 0},
        /* the linking a after a doubled final stop; ar for a long a */
        {"นพดล", "Noppadol", 1},
        {"อรรถพล", "Attapol", 1},
        {"อภิชาติ", "Apichart", 1},
        {"สุรเกียรติ์ เสถียรไทย", "Surakiart Sathirathai", 1},
        {"อรรถพล", "Attaporn", 0},
        /* a final t read again with a linking a; a silenced letter */
        {"เพชรรัตน์", "Phetcharat", 1},
        {"นภา เพชรรัตน์", "Napa Petcharat", 1},
        {"พิมพ์ชนก", "Phimchanok", 1},
        {"เพชรรัตน์", "Phetcharak", 0},
        {"เพชร", "Phetcha", 0},
    };
    check_pairs(c, sizeof c / sizeof c[0]);
}

/* Pinyin, Wade-Giles (with and without its apostrophes) and Tongyong
 * spellings of one Chinese name meet syllable by syllable; names whose
 * syllables differ in an initial or a final stay apart however near
 * their spellings; Japanese and other names are left alone. */
static void test_chinese_syllables(void **state)
{
    (void)state;
    static const pcase c[] = {
        {"Chen Quanguo", "Ch'en Ch'uan-kuo", 1},
        {"Chen Quanguo", "Chen Chuan-kuo", 1},
        {"Wang Junzheng", "Wang Chun-cheng", 1},
        {"Liang Qichao", "Liang Ch'i-ch'ao", 1},
        {"Rong Yiren", "Jung I-jen", 1},
        {"Guo Moruo", "Kuo Mo-jo", 1},
        {"Kong", "K'ung", 1},
        {"Zou", "Tsou", 1},
        {"Qian", "Ch\xe2\x80\x99ien", 1},
        {"Hu Jintao", "Hu Chin-t'ao", 1},
        {"Zhang Xiaoming", "Jhang Siao-ming", 1},
        /* a name in Han characters is Chinese by its script: its
         * Wade-Giles spelling meets it though no syllable is marked */
        {"刘浩然", "Liu Hao-jan", 1},
        {"刘浩然", "Hao-jan Liu", 1},
        {"刘浩然", "Liu Haojan", 1},
        {"周", "Zhu", 0},
        {"Zhou", "Zhu", 0},
        {"Zhang", "Zhuang", 0},
        {"Wang Xiaoming", "Wang Xiaoping", 0},
        {"Wang Junzheng", "Wang Jianzheng", 0},
        {"Zhang Wei", "Zhang Wen", 0},
        /* two Pinyin spellings are two names (Wade-Giles ch is zh or ch) */
        {"Liang Qichao", "Liang Qizhao", 0},
        {"Qian Xuesen", "Qian Xuesheng", 0},
        /* Kunrei and Hepburn stay one Japanese name */
        {"Tsuda", "Tuda", 1},
        {"Chiba", "Tiba", 1},
        {"Tina", "Dina", 0},
        {"Wang", "Wong", 0},
        {"Gao Zihan", "Kao Tzu-han", 1},
        /* read from Han characters, still Chinese */
        {"周", "Zhu", 0},
        {"王小明", "Wang Xiaoping", 0},
        /* Thai letters that read as Mandarin by chance: จ is ch or j */
        {"กาญจนา", "Kanjana", 1},
        {"จันทร์", "Jan", 1},
        /* a word of three syllables beside another is no Chinese name's,
         * and its q marks nothing (Qureshi, qu-re-shi) */
        {"Saima Qureshi", "Saima Kureshi", 1},
        {"Nadia Qureshi", "Nadia Koreshi", 1},
        /* marks of other kinds still do (ch, ts in Japanese names) */
        {"Ichikawa Kenji", "Ishikawa Kenji", 0},
    };
    check_pairs(c, sizeof c / sizeof c[0]);
    char k1[AKA__KEY_MAX + 1], k2[AKA__KEY_MAX + 1];
    int m1, m2;
    assert_true(aka__zh_syllables("chuankuo", 8, &m1, k1) > 0);
    assert_true(aka__zh_syllables("quanguo", 7, &m2, k2) > 0);
    assert_string_equal(k1, k2);
    assert_int_equal(m1 >> 2, 2); /* two syllables */
    /* syllables open with an initial after the first, as Pinyin without
     * its apostrophe writes them: zi-han, not Wade-Giles zih-an */
    assert_true(aka__zh_syllables("zihan", 5, NULL, k1) > 0);
    assert_true(aka__zh_syllables("tzuhan", 6, NULL, k2) > 0);
    assert_string_equal(k1, k2);
    assert_true(aka__zh_syllables("huian", 5, &m1, k1) > 0); /* hui-an */
    assert_int_equal(m1 >> 2, 2);
    assert_int_equal(aka__zh_syllables("kaishek", 7, NULL, k1), 0);
    assert_int_equal(aka__zh_syllables("wong", 4, NULL, k1), 0);
    assert_true(aka__zh_minimal_pair(aka__zkey("zhou", 4, NULL),
                                     aka__zkey("zhu", 3, NULL)));
    assert_false(aka__zh_minimal_pair(aka__zkey("zhengdao", 8, NULL),
                                      aka__zkey("tsungdao", 8, NULL)));
}

/* English and Italian soft g, which other scripts write as j (Џорџ,
 * ჯორჯ, Джина); not against Arabic script, where a Latin g before e and
 * i is the hard g of Egyptian names. */
static void test_soft_g(void **state)
{
    (void)state;
    static const pcase c[] = {
        {"George", "Џорџ", 1},
        {"George", "ჯორჯ", 1},
        {"George", "ጆርጅ", 1},
        {"George Harrison", "Џорџ Харисон", 1},
        {"Gina Lollobrigida", "Джина Лоллобриджида", 1},
        {"نجيب", "Nagib", 1},
        {"George", "Гордон", 0},
        {"Gerald Ford", "Джаред Форд", 0},
        {"Gina", "Джуна", 0},
    };
    check_pairs(c, sizeof c / sizeof c[0]);
}

/* Spanish j, soft g and qu as Cyrillic writes them (х, х, к), in a token
 * that ends as Spanish words do; a Spanish family name in -ez is not the
 * given name it was made of. */
static void test_spanish_j(void **state)
{
    (void)state;
    static const pcase c[] = {
        {"Jorge Martínez", "Хорхе Мартинес", 1},
        {"Julio Rojas", "Хулио Рохас", 1},
        {"Joaquín Mejía", "Хоакин Мехия", 1},
        {"Juana Jiménez", "Хуана Хименес", 1},
        {"Jairo Vallejo", "Хайро Вальехо", 1},
        {"Jorge Martínez", "Хорхе Мартин", 0},
        {"Ivan Fernandez", "Иван Фернандо", 0},
        /* Arabic j is дж in Cyrillic: an х there is another name */
        {"Jasim", "Хашим", 0},
        {"Jalil", "Халил", 0},
        {"Jana", "Хана", 0},
        {"Medina Ajlin Omarov", "Алихан Омаров", 0},
    };
    check_pairs(c, sizeof c / sizeof c[0]);
}

/* A Latin c before a, o, u, l, r or t is the k other scripts and
 * languages write; the rkey keeps it a c, which a Slavic c or č folded to
 * ASCII also is (Čolić / Чолић). Hebrew's ה after כ or ת is a letter, not
 * half of a digraph. */
static void test_hard_c(void **state)
{
    (void)state;
    static const pcase c[] = {
        {"Carlos Costa", "Карлос Коста", 1},
        {"Colin Cruz", "Колин Круз", 1},
        {"Leonard Cohen", "Леонард Коэн", 1},
        /* Indonesian spellings of before 1972 against today's */
        {"Soerjani", "SURYANI", 1},
        {"Siti Koesoema", "Siti Kusuma", 1},
        {"Tjahaja Simandjuntak", "Cahaya Simanjuntak", 1},
        {"Djoko Widodo", "Joko Widodo", 1},
        {"Soekarno", "Sukarni", 0},
        {"Victor", "Виктор", 1},
        {"Carolina", "Karolina", 1},
        {"Čolić", "Чолић", 1},
        {"Cankar", "Цанкар", 1},
        {"Clara Schumann", "Клавдия Шуман", 0},
        {"Carlos Santana", "Карлос Сантос", 0},
        {"Cecilia", "Кекилия", 0},
        /* across Hebrew letters, whose h after k or t is a letter (ה) */
        {"Moshe Cohen", "משה כהן", 1},
        {"Carmel", "כרמל", 1},
        {"Tehila", "תהילה", 1},
        {"Cohen", "כץ", 0},
        /* a hard c and a second difference in one token (Greek's nt as nd) */
        {"Hristodoulou Konstandina", "Christodoulou Constantina", 1},
        {"Konstandina Papadopoulou", "Constantina Papadopoulou", 1},
        {"Constantina Papadopoulou", "Konstantinos Papadopoulos", 0},
    };
    check_pairs(c, sizeof c / sizeof c[0]);
}

/* Irish surnames in Gaelic and English: the tables list the joined form
 * of Ó and Mac (and of a woman's Ní and Nic) with the name, which then is
 * no initial and a name. */
static void test_irish_surnames(void **state)
{
    (void)state;
    static const pcase c[] = {
        {"Emily Ó Murchú", "Emily Murphy", 1},
        {"Aoife Mac Cárthaigh", "Aoife McCarthy", 1},
        {"Seán Breathnach", "Sean Walsh", 1},
        {"Emily Ó Murchú", "Emily Kelly", 0},
        {"Jack Ó Murchú", "Jack Murray", 0},
        /* a woman's form: Ní, the first consonant softened */
        {"Aoife Ní Bhriain", "Aoife O'Brien", 1},
        {"Róisín Ní Dhónaill", "Roisin O'Donnell", 1},
        {"Máire Ní Cheallaigh", "Maire Kelly", 1},
        {"Siobhán Ní Mhurchú", "Siobhan Murphy", 1},
        {"Aoife Ní Bhriain", "Aoife Bryan", 0},
        {"Siobhán Ní Mhurchú", "Siobhan Murray", 0},
    };
    check_pairs(c, sizeof c / sizeof c[0]);
}

/* Tajik family names before and after the reforms that replaced -ov and
 * -ova with -zoda (match/habits.c), the Bengali b for the v of Hindi,
 * Andean names in the registers' and the official alphabets' spellings,
 * and Sherpa lh written l (variants.txt). */
static void test_regional_spellings(void **state)
{
    (void)state;
    static const pcase c[] = {
        {"Rustam Rahimzoda", "Rustam Rahimov", 1},
        {"Firuza Nazarzoda", "Firuza Nazarova", 1},
        {"Manuchehr Qurbonzoda", "Manuchehr Kurbonov", 1},
        {"Farhod Sharifzoda", "Farhod Sharipov", 1},
        {"Rustam Rahimzoda", "Rustam Rahmonov", 0},
        {"Dilshod Nazarzoda", "Dilshod Nazarbekov", 0},
        {"Nodira Karimzoda", "Nargis Karimova", 0},
        {"Lalita Devi", "Lalita Debi", 1},
        {"Basanta Kumar Das", "Vasant Kumar Das", 1},
        {"Lalita Devi", "Lalita Debnath", 0},
        {"Pranab Mukherjee", "Pranay Mukherjee", 0},
        {"Rosa Quispe Mamani", "Rosa Kispe Mamani", 1},
        {"Marco Antonio Choque", "Marco Antonio Chuqui", 1},
        {"Rosa Quispe Mamani", "Rosa Quispealaya Mamani", 0},
        {"Marco Antonio Choque", "Marco Antonio Choquehuanca", 0},
        {"Pasang Lhamu Sherpa", "Pasang Lamu Sherpa", 1},
        {"Pasang Dolma Sherpa", "Pasang Dolkar Sherpa", 0},
        {"Pasang Lamu Sherpa", "Pasang Lama Sherpa", 0},
        {"Achieng Otieno", "Akinyi Otieno", 0},
    };
    check_pairs(c, sizeof c / sizeof c[0]);
}

/* Names written in Han, kana or Hangul with their words in another order
 * are one name (family name first or last); the same characters in
 * another order within a word may be another (田中 Tanaka, 中田 Nakata). */
static void test_cjk_word_order(void **state)
{
    (void)state;
    static const pcase c[] = {
        {"王小明", "小明 王", 1},
        {"김서준", "서준 김", 1},
        {"李, 若汐", "若汐 李", 1},
        {"田中", "中田", 0},
        {"王小明", "王晓明", 0},
    };
    check_pairs(c, sizeof c / sizeof c[0]);
}

/* Unpointed Hebrew writes a name's final a (ה, or א and ע, which the
 * romaniser drops): a word ending in another letter is not the name
 * with a final a. */
static void test_hebrew_final_a(void **state)
{
    (void)state;
    static const pcase c[] = {
        {"אריאל", "Ariela", 0},
        {"דניאל", "Daniela", 0},
        {"צבי", "Tzviya", 0},
        {"גבריאל", "Gabriela", 0},
        {"גבריאלה", "Gabriela", 1},
        {"דניאל", "Daniel", 1},
        {"עזרא", "Ezra", 1},
        {"אלישע", "Elisha", 1},
        {"שרה", "Sara", 1},
        /* and a word that ends so has a final vowel */
        {"דנה", "Dana", 1},
        {"דנה", "Dan", 0},
        {"שרה", "Sarah", 1},
        /* a final yod is a vowel or the glide after one, in a word and at
         * the end of words run together */
        {"אזולאי", "Azulay", 1},
        {"אזולאי", "Uzor", 0},
        {"אסתר אזולאי", "Esther Azulay", 1},
        {"אסתר אזולאי", "Esther Uzor", 0},
        {"חנה", "Hannah", 1},
        {"יונה", "Jonas", 0},
        {"עזרא", "Ezer", 0},
        {"דנה כהן", "Dan Cohen", 0},
        {"משה", "Moses", 1}, /* the tables' */
        /* a final ה after כ is that vowel, not the kh the keys read */
        {"מלכה", "Malka", 1},
        {"מלכה", "Malkah", 1},
        {"מלכה", "Malik", 0},
        {"ברכה", "Berko", 0},
    };
    check_pairs(c, sizeof c / sizeof c[0]);
}

static void test_levels(void **state)
{
    (void)state;
    static const struct {
        const char *a, *b;
        int level;
    } c[] = {
        {"Olena Kovalenko", "OLENA kovalenko", AKA__NL_EXACT},
        {"Yuliya", "Iuliia", AKA__NL_ROMAN},
        {"Mohammed", "Muhammad", AKA__NL_VARIANT},
        {"Schwarzenegger", "Schwarzeneger", AKA__NL_ROMAN},
        {"Tchaikovsky", "Tchaikovksy", AKA__NL_FUZZY_STRONG},
        /* Hindi's चौधरी said without its middle a, in the tables' class */
        {"Sanjay Chaudhary", "संजय चौधरी", AKA__NL_VARIANT},
        /* Greek ευ read ef; German Je- for Е */
        {"Eutychia", "Eftychia", AKA__NL_ROMAN},
        {"Jewgenija Krylowa", "Евгения Крылова", AKA__NL_ROMAN},
        /* every token spelled by the Arabic one in place: a variant,
         * though the two joined only sound alike */
        {"ياسر عرفات", "Yasser Arafat", AKA__NL_VARIANT},
        {"بشار الأسد", "Bashar al-Assad", AKA__NL_VARIANT},
        /* a Spanish married name against the maiden one: her father's
         * family name met, de and her husband's against her mother's
         * (not the same name, but no two names put for each other) */
        {"Carmen López de García", "Carmen López Hernández", AKA__NL_FUZZY_WEAK},
        {"Ana María Pérez Gómez", "Ana María Pérez de Rodríguez", AKA__NL_FUZZY_WEAK},
        {"Carmen López de García", "Carmen Martínez Hernández", AKA__NL_DIFFERENT},
        {"Carmen López de García", "Carmen García Hernández", AKA__NL_DIFFERENT},
        /* one name alone against the same before whose daughter she is:
         * her patronymic left out, as a middle name is (an Indonesian's
         * one name); not the father's name alone */
        {"SUMIATI", "Sumiati binti Karta", AKA__NL_FUZZY_WEAK},
        {"Karta", "Sumiati binti Karta", AKA__NL_DIFFERENT},
        /* a given name of the tables alone, or a nickname they list,
         * against a full name whose given name it is or stands for, in
         * any number of words: as near as the given name alone against a
         * name of two; not a nickname of another name, nor a family name
         * (Karta above) */
        {"Maryam", "Maryam Hussein Al-Ahmad", AKA__NL_FUZZY_WEAK},
        {"Stefan", "Stefan Ionescu", AKA__NL_FUZZY_WEAK},
        {"Fane", "Stefan Ionescu", AKA__NL_FUZZY_WEAK},
        {"Gosho", "Георги Димитров Ангелов", AKA__NL_FUZZY_WEAK},
        {"Anya", "Кузнецова Анна Сергеевна", AKA__NL_FUZZY_WEAK},
        {"Bill", "William Smith", AKA__NL_FUZZY_WEAK},
        {"Bill", "Robert Smith", AKA__NL_DIFFERENT},
        {"Gosho", "Ivan Georgiev", AKA__NL_DIFFERENT},
        /* an Iberian or Latin American name of four written as three,
         * each without another token: a middle name dropped on one side,
         * the mother's family name on the other, after the father's
         * (Spanish) or before it (Portuguese); not two middle names, nor
         * two family names, that differ, nor a given name left last */
        {"Ana Maria Garcia", "Ana Garcia Costa", AKA__NL_FUZZY_WEAK},
        {"Ana Garcia Costa", "Ana Maria Garcia", AKA__NL_FUZZY_WEAK},
        {"ANA SANDRA RIBEIRO", "ANA MARTINS RIBEIRO", AKA__NL_FUZZY_WEAK},
        {"Francisca Juliana Fernandes", "FRANCISCA ALMEIDA FERNANDES", AKA__NL_FUZZY_WEAK},
        {"Ana Sandra Ribeiro", "Ana Paula Ribeiro", AKA__NL_DIFFERENT},
        {"Ana Martins Ribeiro", "Ana Costa Ribeiro", AKA__NL_DIFFERENT},
        {"Ana Garcia Maria", "Ana Garcia Costa", AKA__NL_DIFFERENT},
        {"Samina Ali Ahmed", "Samina Ali Malik", AKA__NL_DIFFERENT},
    };
    for (size_t i = 0; i < sizeof c / sizeof c[0]; i++) {
        aka__nameform *a = NULL, *b = NULL;
        aka__err err;
        assert_int_equal(aka__nameform_new(c[i].a, strlen(c[i].a), &a, &err),
                         AKA_OK);
        assert_int_equal(aka__nameform_new(c[i].b, strlen(c[i].b), &b, &err),
                         AKA_OK);
        double s;
        int same, level;
        assert_int_equal(aka__nameform_compare(a, b, &s, &same, &level), AKA_OK);
        if (level != c[i].level)
            fail_msg("%s | %s: level %d, want %d", c[i].a, c[i].b, level,
                     c[i].level);
        aka__nameform_free(a);
        aka__nameform_free(b);
    }
}

/* Names whose alignments tie: the answer does not depend on which name
 * comes first (fuzz_name_compare found a pair scored 0.60 one way and
 * 0.78 the other, a different token left over in each direction). */
static void test_symmetric_ties(void **state)
{
    (void)state;
    const char *a = "ivo ana ivo an) ivo Ana ivo ai aovn ani ivo an";
    const char *b = "a ivo ana ivo ana ivo ana ivo ana ivo ana ivo..";
    double s1 = -1, s2 = -1;
    int m1 = -1, m2 = -1;
    assert_int_equal(aka_name_compare(a, strlen(a), b, strlen(b), &s1, &m1), AKA_OK);
    assert_int_equal(aka_name_compare(b, strlen(b), a, strlen(a), &s2, &m2), AKA_OK);
    assert_true(s1 == s2);
    assert_int_equal(m1, m2);
}

static void test_bad_input(void **state)
{
    (void)state;
    double s = -1;
    int same = -1;
    assert_int_equal(aka_name_compare("\xff", 1, "a", 1, &s, &same), AKA_ERR_UTF8);
    assert_int_equal(aka_name_compare("a", 1, "a\0b", 3, &s, &same), AKA_ERR_UTF8);
    assert_int_equal(aka_name_compare("", 0, "a", 1, &s, &same), AKA_ERR_PARSE);
    assert_int_equal(aka_name_compare("...", 3, "a", 1, &s, &same), AKA_ERR_PARSE);
    assert_int_equal(aka_name_compare(NULL, 3, "a", 1, &s, &same),
                     AKA_ERR_ARGUMENT);
    /* Outputs are optional. */
    assert_int_equal(aka_name_compare("Ann", 3, "Anna", 4, NULL, NULL), AKA_OK);
    /* 1,000 tokens: compared by their first ones, quickly, no crash. */
    size_t n = 1000 * 4;
    char *big = malloc(n);
    assert_non_null(big);
    for (size_t i = 0; i < n; i += 4)
        memcpy(big + i, i % 8 ? "ivo " : "ana ", 4);
    assert_int_equal(aka_name_compare(big, n, big, n, &s, &same), AKA_OK);
    assert_true(same == 1);
    assert_int_equal(aka_name_compare(big, n, "Ana Ivo", 7, &s, &same), AKA_OK);
    free(big);
    /* Over the value limit. */
    size_t huge = (size_t)AKA_MAX_VALUE_BYTES + 1;
    char *h = malloc(huge);
    assert_non_null(h);
    memset(h, 'a', huge);
    assert_int_equal(aka_name_compare(h, huge, "a", 1, &s, &same), AKA_ERR_LIMIT);
    free(h);
}

/* Units from the unit cache are the units key_unit makes: every name of
 * the development set, prepared with and without a cache (a tiny one, so
 * that slots are evicted and collide), compares field by field and
 * scores the same against its pair, with unit similarities cached too. */
static void same_unit(const aka__nunit *x, const aka__nunit *y)
{
    assert_int_equal(x->len, y->len);
    assert_string_equal(x->tok, y->tok);
    assert_string_equal(x->rkey, y->rkey);
    assert_string_equal(x->lkey, y->lkey);
    assert_string_equal(x->skel, y->skel);
    assert_int_equal(x->rlen, y->rlen);
    assert_int_equal(x->llen, y->llen);
    assert_int_equal(x->slen, y->slen);
    assert_int_equal(x->vowel_poor, y->vowel_poor);
    assert_int_equal(x->nick, y->nick);
    assert_int_equal(x->zinfo, y->zinfo);
    assert_int_equal(x->heb_closed, y->heb_closed);
    assert_int_equal(x->thai_fin, y->thai_fin);
    assert_int_equal(x->given, y->given);
    assert_int_equal(x->family, y->family);
    assert_int_equal(x->cognate, y->cognate);
    assert_int_equal(x->dm1, y->dm1);
    assert_int_equal(x->dm2, y->dm2);
    assert_int_equal(x->jk, y->jk);
    assert_int_equal(x->zk, y->zk);
}

static int prepare_both(const char *name, aka__nameform *plain,
                        aka__nameform *cached, aka__unit_cache *uc)
{
    char norm[1024];
    size_t nl = 0;
    if (aka_normalize(AKA_NAME, name, strlen(name), norm, sizeof norm, &nl) !=
            AKA_OK ||
        nl >= sizeof norm)
        return 0;
    aka_status a = aka__nameform_from_normalised(norm, nl, plain);
    aka_status b = aka__nameform_from_normalised_cached(norm, nl, cached, uc);
    assert_int_equal(a, b);
    if (a != AKA_OK)
        return 0;
    assert_int_equal(plain->n, cached->n);
    assert_int_equal(plain->sinitic, cached->sinitic);
    for (int s = 0; s < plain->n; s++) {
        assert_true(plain->w[s] == cached->w[s]);
        for (int l = 1; l <= AKA__ALIGN_MAX_SPAN && s + l <= plain->n; l++)
            same_unit(&plain->unit[s][l - 1], &cached->unit[s][l - 1]);
    }
    return 1;
}

/* Names as the engine prepares them, from their normalised text without
 * the Latin fact: a joined unit against a single token still needs
 * phonetic evidence, so "ha pham" does not meet "pham" and hide a given
 * name put for another; one slip or a spelling still meets. */
static int engine_same(const char *a, const char *b)
{
    aka__nameform *fa = malloc(AKA__NAMEFORM_MAX), *fb = malloc(AKA__NAMEFORM_MAX);
    char na[256], nb[256];
    size_t la = 0, lb = 0;
    assert_int_equal(aka_normalize(AKA_NAME, a, strlen(a), na, sizeof na, &la), AKA_OK);
    assert_int_equal(aka_normalize(AKA_NAME, b, strlen(b), nb, sizeof nb, &lb), AKA_OK);
    assert_int_equal(aka__nameform_from_normalised(na, la, fa), AKA_OK);
    assert_int_equal(aka__nameform_from_normalised(nb, lb, fb), AKA_OK);
    int same = -1, level = -1;
    assert_int_equal(aka__nameform_compare(fa, fb, NULL, &same, &level), AKA_OK);
    free(fa);
    free(fb);
    return same;
}

static void test_engine_joined_runs(void **state)
{
    (void)state;
    assert_false(engine_same("Thi Ha Pham", "Thi Van Pham"));
    assert_true(engine_same("Amphon Sihalath", "AmphonSihalath"));
    assert_true(engine_same("Jae-dong Han", "Han Jaedong"));
    assert_true(engine_same("Thi Ha Pham", "Thi Ha Pham"));
    /* Vietnamese given names near in letters or sound are other names,
     * which the tables list one by one */
    assert_false(engine_same("Tran Thu", "Tran Thuy"));
    assert_false(engine_same("Nguyen Thi Hang", "Nguyen Thi Hanh"));
    assert_false(engine_same("Le Thi Linh", "Le Thi Lan"));
    assert_true(engine_same("Pham Thi Huong", "Phạm Thị Hương"));
    /* Đỗ and Hồ, Võ and Vũ: a family name for another, not an article
     * left out or a slip */
    assert_false(engine_same("Do Van Hung", "Ho Van Hung"));
    assert_false(engine_same("Thi Yi", "Thi Mo"));
    assert_true(engine_same("Thi Yi", "Thiyi"));
    assert_false(engine_same("Li Wei", "Yi Wei"));
    assert_true(engine_same("Chen Wei", "Chan Wei"));
    assert_false(engine_same("Kim Seo-jun", "Kim Seo-yun"));
    assert_false(engine_same("Wang Jun", "Wang Yun"));
    assert_false(engine_same("Shu-fen Ng", "Shu-fen Le"));
    assert_false(engine_same("Vo Thi Lan", "Vu Thi Lan"));
    /* Lê and Lý, also in a run of the name's tokens written together */
    assert_false(engine_same("Le Thi Lan", "Ly Thi Lan"));
    assert_false(engine_same("Nguyen Thi Le", "Nguyen Thi Ly"));
    assert_true(engine_same("Ly Thi Lan", "L\u00fd Th\u1ecb Lan"));
    /* common family names near in sound are other families */
    assert_false(engine_same("Jose Pereira", "Jose Ferreira"));
    assert_false(engine_same("Sergei Smirnov", "Sergei Chernov"));
    assert_false(engine_same("Aleksandar Pavlovic", "Aleksandar Petrovic"));
    assert_true(engine_same("Maria Souza", "Maria Sousa"));
    assert_false(engine_same("Thanh Minh Ho", "Thanh Minh Vo"));
    assert_false(engine_same("Nguyen Van Long", "Nguyen Van Phong"));
    /* Arabic and South Asian given names the keys made one by sound */
    assert_false(engine_same("Zahra Ahmadi", "Salah Ahmadi"));
    assert_false(engine_same("Abdi Barre", "Abdi Farah"));
    assert_false(engine_same("Manoj Gupta", "Meena Gupta"));
    assert_true(engine_same("Safa Nasser", "صفاء ناصر"));
}

/* A copy of f in only as many bytes as it uses (aka__nameform_size), as
 * the engine's cache keeps it: reading past them is an error under ASan. */
static aka__nameform *compact_copy(const aka__nameform *f)
{
    size_t n = aka__nameform_size(f);
    assert_true(n <= AKA__NAMEFORM_MAX);
    assert_true(n > sizeof(aka__nameform));
    aka__nameform *c = malloc(n);
    assert_non_null(c);
    memcpy(c, f, n);
    return c;
}

/* A line of a dev-set file (category, label, name, name, ...) cut at its
 * tabs into col[0..3]; 0 for the header and lines without two names. */
static int dev_pair(char *line, char *col[4])
{
    col[0] = line;
    col[1] = col[2] = col[3] = NULL;
    for (int c = 1; c < 4 && col[c - 1]; c++) {
        char *tab = strchr(col[c - 1], '\t');
        if (tab)
            *tab = '\0';
        col[c] = tab ? tab + 1 : NULL;
    }
    if (!col[3] || strcmp(col[0], "category") == 0)
        return 0;
    char *end = strchr(col[3], '\t');
    if (end)
        *end = '\0';
    return 1;
}

static void test_unit_cache(void **state)
{
    (void)state;
    FILE *in = fopen(AKA_SOURCE_DIR "/bench/data/name_pairs_dev.tsv", "r");
    assert_non_null(in);
    aka__unit_cache *small = aka__unit_cache_new(4, 0), *big = aka__unit_cache_new(1024, 1);
    aka__sim_cache *tiny = aka__sim_cache_new(2, 1), *sims = aka__sim_cache_new(4096, 0);
    assert_non_null(tiny);
    assert_non_null(sims);
    assert_non_null(small);
    assert_non_null(big);
    aka__nameform *f[4];
    for (int i = 0; i < 4; i++)
        assert_non_null(f[i] = malloc(AKA__NAMEFORM_MAX));
    char line[2048];
    int names = 0;
    while (fgets(line, sizeof line, in)) {
        char *col[4];
        if (!dev_pair(line, col))
            continue;
        aka__unit_cache *uc = names % 2 ? small : big;
        if (!prepare_both(col[2], f[0], f[1], uc) ||
            !prepare_both(col[3], f[2], f[3], uc))
            continue;
        double s1, s2;
        int same1, same2, lv1, lv2;
        /* a name against itself is the same, at the exact level (the
         * engine takes equal canonical names so without comparing) */
        for (int k = 0; k < 4; k += 2) {
            assert_int_equal(aka__nameform_compare(f[k], f[k], &s1, &same1, &lv1), AKA_OK);
            assert_int_equal(same1, 1);
            assert_int_equal(lv1, AKA__NL_EXACT);
        }
        /* the order the comparison takes them in is one order (the
         * engine's cache of name pairs keeps a level for both orders
         * when it is not 0) */
        int o1 = aka__nameform_order(f[0], f[2]), o2 = aka__nameform_order(f[2], f[0]);
        assert_int_equal(o1 > 0, o2 < 0);
        assert_int_equal(o1 < 0, o2 > 0);
        assert_int_equal(aka__nameform_compare(f[0], f[2], &s1, &same1, &lv1), AKA_OK);
        assert_int_equal(aka__nameform_compare(f[1], f[3], &s2, &same2, &lv2), AKA_OK);
        assert_true(s1 == s2);
        assert_int_equal(same1, same2);
        assert_int_equal(lv1, lv2);
        /* and through a cache of unit similarities, both ways round */
        for (int way = 0; way < 2; way++) {
            aka__sim_cache *sc = names % 4 < 2 ? tiny : sims;
            assert_int_equal(aka__nameform_compare_cached(f[way ? 3 : 1], f[way ? 1 : 3],
                                                          &s2, &same2, &lv2, sc),
                             AKA_OK);
            assert_true(s1 == s2);
            assert_int_equal(same1, same2);
            assert_int_equal(lv1, lv2);
            /* the engine asks for no score: the rest is the same (some
             * work only the score needs is skipped then) */
            assert_int_equal(aka__nameform_compare_cached(f[way ? 3 : 1], f[way ? 1 : 3],
                                                          NULL, &same2, &lv2, sc),
                             AKA_OK);
            assert_int_equal(same1, same2);
            assert_int_equal(lv1, lv2);
        }
        /* forms cut to the bytes they use compare alike */
        aka__nameform *ca = compact_copy(f[1]), *cb = compact_copy(f[3]);
        for (int way = 0; way < 2; way++) {
            assert_int_equal(aka__nameform_compare_cached(way ? cb : ca, way ? ca : cb,
                                                          &s2, &same2, &lv2,
                                                          way ? sims : NULL),
                             AKA_OK);
            assert_true(s1 == s2);
            assert_int_equal(same1, same2);
            assert_int_equal(lv1, lv2);
        }
        free(ca);
        free(cb);
        names += 2;
    }
    fclose(in);
    assert_true(names > 2000);
    for (int i = 0; i < 4; i++)
        free(f[i]);
    aka__unit_cache_free(small);
    aka__unit_cache_free(big);
    aka__sim_cache_free(tiny);
    aka__sim_cache_free(sims);
}

/* The letter facts a unit keeps for quick rejections (rfirst, rmask,
 * tflags) as recomputed from its keys, and the two bounds the comparison
 * draws from them: three letters of one rkey missing from the other put
 * aka__osa(..., 2) at 3; first consonants of unrelated classes make
 * aka__phon_sim 0 at any floor. And aka__phon_sim with a floor against
 * the same without. Units of every name of the dev set, each against the
 * single tokens of the previous name. */
static void check_unit_facts(const aka__nunit *u)
{
    uint8_t first = 0;
    uint32_t mask = 0;
    for (size_t i = 0; i < u->rlen; i++) {
        char c = u->rkey[i];
        unsigned code = c >= 'a' && c <= 'z' ? (unsigned)(c - 'a') : 26u;
        if (!first && !strchr("aeiouh", c))
            first = (uint8_t)(code + 1);
        mask |= 1u << code;
    }
    assert_int_equal(u->rfirst, first);
    assert_int_equal(u->rmask, mask);
    size_t cons = 0;
    for (size_t i = 0; i < u->rlen; i++)
        cons += !strchr("aeiou", u->rkey[i]);
    assert_int_equal(u->rcons, cons);
    const char *g = memchr(u->tok, 'g', u->len);
    int soft = g && g[1] && strchr("eiy", g[1]);
    int j = memchr(u->tok, 'j', u->len) || strstr(u->tok, "dz");
    assert_int_equal((u->tflags & AKA__UNIT_SOFT_G) != 0, soft);
    assert_int_equal((u->tflags & AKA__UNIT_J) != 0, j);
}

static int missing_letters(uint32_t have, uint32_t other)
{
    int n = 0;
    for (uint32_t m = have & ~other; m; m &= m - 1)
        n++;
    return n;
}

static void check_unit_bounds(const aka__nunit *x, const aka__nunit *y,
                              int *osa_cut, int *phon_cut)
{
    if (missing_letters(x->rmask, y->rmask) > 2 ||
        missing_letters(y->rmask, x->rmask) > 2) {
        assert_int_equal(aka__osa(x->rkey, x->rlen, y->rkey, y->rlen, 2), 3);
        ++*osa_cut;
    }
    /* aka__phon_sim's cut-offs (band, letters with nothing near) never
     * drop a similarity that reaches the floor; the rule of unrelated
     * first consonants (below) is no cut-off but a rule of its own */
    int first_apart = x->rfirst && y->rfirst && x->rfirst != y->rfirst &&
                      aka__phon_sub[x->rfirst - 1][y->rfirst - 1] >= 20;
    double s0 = aka__phon_sim(x->rkey, x->rlen, y->rkey, y->rlen, 0);
    for (int k = 0; k < 2 && !first_apart; k++) {
        double fl = k ? 0.65 : 0.75;
        double sf = aka__phon_sim(x->rkey, x->rlen, y->rkey, y->rlen, fl);
        /* the test of lengths the comparison makes first */
        if (aka__phon_too_far(x->rlen, x->rcons, y->rlen, y->rcons, fl)) {
            assert_true(sf == 0);
            assert_true(s0 < fl);
        }
        assert_true(sf == 0 || sf == s0);
        if (s0 >= fl + 1e-9)
            assert_true(sf == s0);
    }
    if (first_apart) {
        assert_true(aka__phon_sim(x->rkey, x->rlen, y->rkey, y->rlen, 0.75) == 0);
        assert_true(aka__phon_sim(x->rkey, x->rlen, y->rkey, y->rlen, 0.65) == 0);
        ++*phon_cut;
    }
}

static void test_unit_letter_facts(void **state)
{
    (void)state;
    FILE *in = fopen(AKA_SOURCE_DIR "/bench/data/name_pairs_dev.tsv", "r");
    assert_non_null(in);
    aka__nameform *prev = NULL;
    char line[2048];
    int units = 0, osa_cut = 0, phon_cut = 0;
    while (fgets(line, sizeof line, in)) {
        char *col[4];
        if (!dev_pair(line, col))
            continue;
        for (int k = 2; k < 4; k++) {
            aka__nameform *f;
            aka__err err;
            if (aka__nameform_new(col[k], strlen(col[k]), &f, &err) != AKA_OK)
                continue;
            for (int s = 0; s < f->n; s++)
                for (int l = 1; l <= AKA__ALIGN_MAX_SPAN && s + l <= f->n; l++) {
                    const aka__nunit *x = &f->unit[s][l - 1];
                    check_unit_facts(x);
                    units++;
                    for (int t = 0; prev && t < prev->n; t++)
                        check_unit_bounds(x, &prev->unit[t][0], &osa_cut,
                                          &phon_cut);
                }
            aka__nameform_free(prev);
            prev = f;
        }
    }
    fclose(in);
    aka__nameform_free(prev);
    assert_true(units > 4000);
    /* (the bounds must have been put to the test) */
    assert_true(osa_cut > 1000);
    assert_true(phon_cut > 1000);
}

static float table_sim(void *ctx, int as, int al, int bs, int bl)
{
    const float *t = ctx;
    return t[((as * AKA__ALIGN_MAX_SPAN + al - 1) * AKA__ALIGN_MAX_TOKENS +
              bs) * AKA__ALIGN_MAX_SPAN + bl - 1];
}

/* aka__align_table and aka__align_pairs against aka__align given the
 * same similarities, for random names of 1 to 7 tokens, most unit pairs
 * forbidden (ties common: similarities are hundredths). */
/* Two Vietnamese names one syllable apart as spellings are two names,
 * whether the alignment pairs the syllables or runs of them (tran huong /
 * tran hong): Tran Thi Huong and Tran Thi Hong, two women of one
 * dormitory. As the engine prepares them, from their canonical forms. */
static void test_vietnamese_runs(void **state)
{
    (void)state;
    static const char *const pairs[][2] = {
        {"tran thi huong", "tran thi hong"},
        {"nguyen van hung", "nguyen van hong"},
        {"tran huong", "tran hong"},
    };
    for (size_t i = 0; i < sizeof pairs / sizeof pairs[0]; i++) {
        aka__nameform_room ra, rb;
        int same = -1, level = -1;
        assert_int_equal(aka__nameform_from_normalised(pairs[i][0], strlen(pairs[i][0]), &ra.f),
                         AKA_OK);
        assert_int_equal(aka__nameform_from_normalised(pairs[i][1], strlen(pairs[i][1]), &rb.f),
                         AKA_OK);
        assert_int_equal(aka__nameform_compare(&ra.f, &rb.f, NULL, &same, &level), AKA_OK);
        assert_false(same);
        assert_true(level >= AKA__NL_FUZZY_WEAK);
    }
}

/* A name against itself is the same name with score 1, also when an
 * alignment of equal gain pairs it crosswise (its "ao" with the other's
 * joined "a o", across the father's word ibn): found by fuzz_name_compare,
 * scored 0.6 as a son's name and his father's. */
static void test_self_in_place(void **state)
{
    (void)state;
    static const char *const names[] = {
        "ao ibn ana iv a o ai niv oanaoana iv oiiiiiii ian",
        "Ali bin Ahmad bin Ali",
        "Maria Jose Maria Jose Garcia",
    };
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++) {
        int same = 0;
        assert_true(score_of(names[i], names[i], &same) == 1.0);
        assert_true(same);
    }
}

static void test_align_table(void **state)
{
    (void)state;
    enum { T = AKA__ALIGN_MAX_TOKENS, S = AKA__ALIGN_MAX_SPAN };
    static float cb[T * S * T * S], tab[T * S * T * S];
    static aka__align_pair list[T * S * T * S];
    uint32_t seed = 12345;
    for (int round = 0; round < 3000; round++) {
        float wa[T], wb[T], pa[T], pb[T];
        seed = seed * 1103515245u + 12345u;
        int na = 1 + (int)((seed >> 16) % 7);
        seed = seed * 1103515245u + 12345u;
        int nb = 1 + (int)((seed >> 16) % 7);
        for (int i = 0; i < T; i++) {
            seed = seed * 1103515245u + 12345u;
            wa[i] = 0.5f + (float)((seed >> 16) % 100) / 100.0f;
            wb[i] = 1.5f - wa[i] / 2;
            pa[i] = 0.3f * wa[i];
            pb[i] = 0.3f * wb[i];
        }
        int n = 0;
        for (int as = 0; as < na; as++)
            for (int al = 1; al <= S && as + al <= na; al++)
                for (int bs = 0; bs < nb; bs++)
                    for (int bl = 1; bl <= S && bs + bl <= nb; bl++) {
                        seed = seed * 1103515245u + 12345u;
                        unsigned r = (seed >> 16) % 100;
                        float v = r < 80 ? 0 : (float)r / 100.0f;
                        cb[((as * S + al - 1) * T + bs) * S + bl - 1] = v;
                        tab[((as * S + al - 1) * nb + bs) * S + bl - 1] = v;
                        if (v > 0)
                            list[n++] = (aka__align_pair){
                                (uint8_t)as, (uint8_t)al, (uint8_t)bs,
                                (uint8_t)bl, v};
                    }
        aka__align_result r1, r[2];
        assert_int_equal(aka__align(na, wa, pa, nb, wb, pb, table_sim, cb, &r1), 0);
        assert_int_equal(aka__align_table(na, wa, pa, nb, wb, pb, tab, &r[0]), 0);
        assert_int_equal(
            aka__align_pairs(na, wa, pa, nb, wb, pb, list, n, &r[1]), 0);
        for (int v = 0; v < 2; v++) {
            const aka__align_result *r2 = &r[v];
            assert_true(r1.gain == r2->gain);
            assert_int_equal(r1.npairs, r2->npairs);
            assert_int_equal(r1.a_used, r2->a_used);
            assert_int_equal(r1.b_used, r2->b_used);
            for (int k = 0; k < r1.npairs; k++) {
                assert_int_equal(r1.pair[k].as, r2->pair[k].as);
                assert_int_equal(r1.pair[k].al, r2->pair[k].al);
                assert_int_equal(r1.pair[k].bs, r2->pair[k].bs);
                assert_int_equal(r1.pair[k].bl, r2->pair[k].bl);
                assert_true(r1.pair[k].sim == r2->pair[k].sim);
            }
        }
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_same_across_scripts),
        cmocka_unit_test(test_hard_negatives),
        cmocka_unit_test(test_name_for_name),
        cmocka_unit_test(test_score_order),
        cmocka_unit_test(test_short_spellings),
        cmocka_unit_test(test_one_letter_names),
        cmocka_unit_test(test_one_letter_surnames),
        cmocka_unit_test(test_nickname_apart),
        cmocka_unit_test(test_arabic_both),
        cmocka_unit_test(test_listed_apart),
        cmocka_unit_test(test_hebrew_vowel_letters),
        cmocka_unit_test(test_other_letter_name),
        cmocka_unit_test(test_diphthong_spellings),
        cmocka_unit_test(test_arabic_letters),
        cmocka_unit_test(test_chinese_syllables),
        cmocka_unit_test(test_soft_g),
        cmocka_unit_test(test_spanish_j),
        cmocka_unit_test(test_cjk_word_order),
        cmocka_unit_test(test_hard_c),
        cmocka_unit_test(test_irish_surnames),
        cmocka_unit_test(test_regional_spellings),
        cmocka_unit_test(test_hebrew_final_a),
        cmocka_unit_test(test_hebrew_glide),
        cmocka_unit_test(test_hebrew_alef),
        cmocka_unit_test(test_hebrew_alef_ayin),
        cmocka_unit_test(test_hebrew_mixed),
        cmocka_unit_test(test_arabic_mixed),
        cmocka_unit_test(test_thai_final_letter),
        cmocka_unit_test(test_arabic_consonant_y),
        cmocka_unit_test(test_arabic_long_vowels),
        cmocka_unit_test(test_abjad_h),
        cmocka_unit_test(test_hebrew_open_vowel),
        cmocka_unit_test(test_egyptian_g),
        cmocka_unit_test(test_persian_he_and_initials),
        cmocka_unit_test(test_allah_and_persian),
        cmocka_unit_test(test_hebrew_letters),
        cmocka_unit_test(test_korean_epenthesis),
        cmocka_unit_test(test_foreign_heard),
        cmocka_unit_test(test_french_heard),
        cmocka_unit_test(test_hebrew_diphthong),
        cmocka_unit_test(test_engine_joined_runs),
        cmocka_unit_test(test_korean_customary),
        cmocka_unit_test(test_korean_latin),
        cmocka_unit_test(test_alif_maqsura),
        cmocka_unit_test(test_arabic_read_as),
        cmocka_unit_test(test_final_vowel_apart),
        cmocka_unit_test(test_e_for_umlaut),
        cmocka_unit_test(test_dj_for_d),
        cmocka_unit_test(test_final_eh),
        cmocka_unit_test(test_joined_with_slip),
        cmocka_unit_test(test_joined_respelled),
        cmocka_unit_test(test_thai_final_r),
        cmocka_unit_test(test_patronymic_apart),
        cmocka_unit_test(test_arabic_hamza_kasra),
        cmocka_unit_test(test_arabic_one_consonant),
        cmocka_unit_test(test_thai_linking_vowel),
        cmocka_unit_test(test_kanji_other_readings),
        cmocka_unit_test(test_levels),
        cmocka_unit_test(test_symmetric_ties),
        cmocka_unit_test(test_bad_input),
        cmocka_unit_test(test_unit_cache),
        cmocka_unit_test(test_unit_letter_facts),
        cmocka_unit_test(test_vietnamese_runs),
        cmocka_unit_test(test_self_in_place),
        cmocka_unit_test(test_align_table),
    };
    return cmocka_run_group_tests(tests, NULL, release_uctx);
}
