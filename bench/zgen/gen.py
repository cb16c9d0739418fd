#!/usr/bin/env python3
"""A third generator of multi-script person records, written from the
issue's description of the held-out set alone (bench/zgen/README.md).

python3 gen.py --people N --seed S --out file.csv

Writes source,record_id,truth plus feature columns that aka-resolve reads.
Python 3 standard library only; deterministic for a given seed. English
short forms come from ../shared/data/nicknames beside the repository
(SHARED_DATA overrides the folder) when it is there.
"""
import argparse
import csv
import datetime
import os
import random
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
SHARED = os.environ.get('SHARED_DATA') or os.path.normpath(
    os.path.join(HERE, '..', '..', '..', 'shared', 'data'))

# ---------------------------------------------------------------------------
# Countries: a2, a3, English, demonym, native, French, German, Russian, Spanish, Turkish
# ---------------------------------------------------------------------------
COUNTRY_ROWS = """
RU|RUS|Russia|Russian|Россия|Russie|Russland|Россия|Rusia|Rusya
UA|UKR|Ukraine|Ukrainian|Україна|Ukraine|Ukraine|Украина|Ucrania|Ukrayna
BY|BLR|Belarus|Belarusian|Беларусь|Biélorussie|Belarus|Беларусь|Bielorrusia|Belarus
MD|MDA|Moldova|Moldovan|Republica Moldova|Moldavie|Moldau|Молдова|Moldavia|Moldova
RO|ROU|Romania|Romanian|România|Roumanie|Rumänien|Румыния|Rumania|Romanya
BG|BGR|Bulgaria|Bulgarian|България|Bulgarie|Bulgarien|Болгария|Bulgaria|Bulgaristan
RS|SRB|Serbia|Serbian|Србија|Serbie|Serbien|Сербия|Serbia|Sırbistan
AL|ALB|Albania|Albanian|Shqipëria|Albanie|Albanien|Албания|Albania|Arnavutluk
GR|GRC|Greece|Greek|Ελλάδα|Grèce|Griechenland|Греция|Grecia|Yunanistan
TR|TUR|Turkey|Turkish|Türkiye|Turquie|Türkei|Турция|Turquía|Türkiye
GE|GEO|Georgia|Georgian|საქართველო|Géorgie|Georgien|Грузия|Georgia|Gürcistan
AM|ARM|Armenia|Armenian|Հայաստան|Arménie|Armenien|Армения|Armenia|Ermenistan
SY|SYR|Syria|Syrian|سوريا|Syrie|Syrien|Сирия|Siria|Suriye
IQ|IRQ|Iraq|Iraqi|العراق|Irak|Irak|Ирак|Irak|Irak
EG|EGY|Egypt|Egyptian|مصر|Égypte|Ägypten|Египет|Egipto|Mısır
IR|IRN|Iran|Iranian|ایران|Iran|Iran|Иран|Irán|İran
AF|AFG|Afghanistan|Afghan|افغانستان|Afghanistan|Afghanistan|Афганистан|Afganistán|Afganistan
PK|PAK|Pakistan|Pakistani|پاکستان|Pakistan|Pakistan|Пакистан|Pakistán|Pakistan
IN|IND|India|Indian|भारत|Inde|Indien|Индия|India|Hindistan
BD|BGD|Bangladesh|Bangladeshi|বাংলাদেশ|Bangladesh|Bangladesch|Бангладеш|Bangladés|Bangladeş
CN|CHN|China|Chinese|中国|Chine|China|Китай|China|Çin
KR|KOR|South Korea|South Korean|대한민국|Corée du Sud|Südkorea|Южная Корея|Corea del Sur|Güney Kore
VN|VNM|Vietnam|Vietnamese|Việt Nam|Viêt Nam|Vietnam|Вьетнам|Vietnam|Vietnam
TH|THA|Thailand|Thai|ประเทศไทย|Thaïlande|Thailand|Таиланд|Tailandia|Tayland
KH|KHM|Cambodia|Cambodian|កម្ពុជា|Cambodge|Kambodscha|Камбоджа|Camboya|Kamboçya
PH|PHL|Philippines|Filipino|Pilipinas|Philippines|Philippinen|Филиппины|Filipinas|Filipinler
NG|NGA|Nigeria|Nigerian|Nigeria|Nigeria|Nigeria|Нигерия|Nigeria|Nijerya
ER|ERI|Eritrea|Eritrean|ኤርትራ|Érythrée|Eritrea|Эритрея|Eritrea|Eritre
ET|ETH|Ethiopia|Ethiopian|ኢትዮጵያ|Éthiopie|Äthiopien|Эфиопия|Etiopía|Etiyopya
IL|ISR|Israel|Israeli|ישראל|Israël|Israel|Израиль|Israel|İsrail
BR|BRA|Brazil|Brazilian|Brasil|Brésil|Brasilien|Бразилия|Brasil|Brezilya
MX|MEX|Mexico|Mexican|México|Mexique|Mexiko|Мексика|México|Meksika
"""
COUNTRY = {}
for _l in COUNTRY_ROWS.strip().splitlines():
    _f = _l.split('|')
    COUNTRY[_f[0]] = dict(zip(['a2', 'a3', 'en', 'dem', 'native', 'fr', 'de', 'ru', 'es', 'tr'], _f))
# a few feminine / adjectival demonyms as agencies write them
DEMONYM_EXTRA = {
    ('UA', 'fr'): ['ukrainienne', 'ukrainien'], ('RU', 'fr'): ['russe'], ('NG', 'fr'): ['nigériane', 'nigérian'],
    ('MD', 'fr'): ['moldave'], ('RO', 'fr'): ['roumaine', 'roumain'], ('ER', 'fr'): ['érythréenne', 'érythréen'],
    ('UA', 'de'): ['ukrainisch'], ('RU', 'de'): ['russisch'], ('NG', 'de'): ['nigerianisch'], ('SY', 'de'): ['syrisch'],
    ('UA', 'es'): ['ucraniana'], ('MX', 'es'): ['mexicana', 'mexicano'], ('BR', 'es'): ['brasileña'],
    ('UA', 'ru'): ['украинка', 'гражданка Украины'], ('RU', 'ru'): ['РФ', 'россиянка'], ('BY', 'ru'): ['РБ'],
    ('UA', 'uk'): ['Україна', 'громадянка України'], ('RU', 'uk'): ['Росія', 'РФ'], ('MD', 'uk'): ['Молдова'],
    ('SY', 'ar'): ['سوري', 'سورية'], ('IQ', 'ar'): ['عراقي'], ('EG', 'ar'): ['مصري'], ('ER', 'ar'): ['إريتريا'],
    ('CN', 'ko'): ['중국'], ('VN', 'ko'): ['베트남'], ('TH', 'ko'): ['태국'], ('PH', 'ko'): ['필리핀'], ('KH', 'ko'): ['캄보디아'],
    ('GR', 'el'): ['Ελληνική', 'Ελλάδα'], ('AL', 'el'): ['Αλβανία'], ('BG', 'el'): ['Βουλγαρία'], ('RO', 'el'): ['Ρουμανία'],
    ('IL', 'he'): ['ישראל'], ('ER', 'he'): ['אריתריאה'], ('UA', 'he'): ['אוקראינה'],
    ('TH', 'th'): ['ไทย'], ('KH', 'th'): ['กัมพูชา'],
}

# ---------------------------------------------------------------------------
# Transliteration: Cyrillic (ru/uk/be/bg readings), Serbian, Greek, Georgian, Armenian
# ---------------------------------------------------------------------------
VOW_CYR = set('аеёиоуыэюяіїєў')
CYR_BASE = dict(zip('абвгдзклмнопрстуф', 'abvgdzklmnoprstuf'))
CYR_SYS = {
    # letter -> output; 'E0' keys are used at word start / after a vowel
    'icao': dict(ж='zh', х='kh', ц='ts', ч='ch', ш='sh', щ='shch', ъ='ie', ы='y', ь='', э='e', ю='iu', я='ia',
                 е='e', ё='e', й='i', и='i'),
    'gost': dict(ж='zh', х='kh', ц='ts', ч='ch', ш='sh', щ='shch', ъ='', ы='y', ь='', э='e', ю='yu', я='ya',
                 е='e', ё='e', й='y', и='i'),
    'en': dict(ж='zh', х='kh', ц='ts', ч='ch', ш='sh', щ='shch', ъ='', ы='y', ь='', э='e', ю='yu', я='ya',
               е='e', ё='yo', й='y', и='i', E0='ye'),
    'bgn': dict(ж='zh', х='kh', ц='ts', ч='ch', ш='sh', щ='shch', ъ='', ы='y', ь='', э='e', ю='yu', я='ya',
                е='e', ё='ë', й='y', и='i', E0='ye'),
    'fr': dict(ж='j', х='kh', ц='ts', ч='tch', ш='ch', щ='chtch', ъ='', ы='y', ь='', э='e', ю='iou', я='ia',
               е='e', ё='io', й='ï', и='i', у='ou', E0='ie'),
    'de': dict(в='w', ж='sch', з='s', х='ch', ц='z', ч='tsch', ш='sch', щ='schtsch', ъ='', ы='y', ь='', э='e',
               ю='ju', я='ja', е='e', ё='jo', й='j', и='i', E0='je'),
    'es': dict(ж='zh', х='j', ц='ts', ч='ch', ш='sh', щ='sch', ъ='', ы='y', ь='', э='e', ю='yu', я='ya',
               е='e', ё='io', й='i', и='i'),
    'tr': dict(ж='j', х='h', ц='ts', ч='ç', ш='ş', щ='şç', ъ='', ы='ı', ь='', э='e', ю='yu', я='ya',
               е='e', ё='yo', й='y', и='i', E0='ye'),
    'iso9': dict(ж='ž', х='h', ц='c', ч='č', ш='š', щ='ŝ', ъ='ʺ', ы='y', ь='ʹ', э='è', ю='û', я='â',
                 е='e', ё='ë', й='j', и='i'),
    # Ukrainian national system (KMU 2010) and Belarusian passport practice
    'ua': dict(г='h', ґ='g', ж='zh', х='kh', ц='ts', ч='ch', ш='sh', щ='shch', ь='', и='y', і='i', ї='i', є='ie',
               й='i', ю='iu', я='ia', е='e', ї0='yi', є0='ye', й0='y', ю0='yu', я0='ya'),
    'by': dict(г='h', ж='zh', х='kh', ц='ts', ч='ch', ш='sh', ь='', ы='y', і='i', й='i', ў='u', е='ie', ё='io',
               ю='iu', я='ia', э='e', е0='ye', ё0='yo', ю0='yu', я0='ya'),
    'by_lat': dict(г='h', ж='ž', х='ch', ц='c', ч='č', ш='š', ь='', ы='y', і='i', й='j', ў='ŭ', е='ie', ё='io',
                   ю='iu', я='ia', э='e', е0='je', ё0='jo', ю0='ju', я0='ja', л='l'),
    'bg': dict(ж='zh', х='h', ц='ts', ч='ch', ш='sh', щ='sht', ъ='a', ь='y', ю='yu', я='ya', е='e', й='y', и='i'),
    'bg_fr': dict(ж='j', х='h', ц='ts', ч='tch', ш='ch', щ='cht', ъ='a', ь='', ю='iou', я='ia', е='e', й='i',
                  и='i', у='ou'),
}
# how non-Russian letters are read by a Russian-based system
CYR_FOREIGN = dict(і='i', ї='yi', є='ye', ґ='g', ў='u', ъ='')


def _cap(s):
    out, up = [], True
    for ch in s:
        out.append(ch.upper() if up else ch)
        up = ch in ' -\''
    return ''.join(out)


def cyr_translit(text, sysname):
    tab = CYR_SYS[sysname]
    out = []
    t = text.lower()
    n = len(t)
    i = 0
    while i < n:
        c = t[i]
        prev = t[i - 1] if i else ' '
        start = (i == 0 or prev in ' -' or prev in VOW_CYR or prev in 'ьъ\'’')
        nxt = t[i + 1] if i + 1 < n else ' '
        end2 = (i + 2 >= n or t[i + 2] in ' -')
        # endings -ий/-ый and -ия
        if c in 'иы' and nxt == 'й' and end2 and sysname in ('en', 'fr', 'es', 'de', 'gost', 'bgn', 'icao'):
            out.append({'en': 'y', 'fr': 'i', 'es': 'i', 'de': 'ij', 'gost': 'iy', 'bgn': 'iy', 'icao': 'ii'}[sysname]
                       if c == 'и' else {'icao': 'yi', 'gost': 'yy', 'de': 'yj'}.get(sysname, 'y'))
            i += 2
            continue
        if c == 'и' and nxt == 'я' and sysname in ('en', 'fr', 'es'):
            out.append('ia')
            i += 2
            continue
        if c == 'к' and nxt == 'с' and sysname == 'en' and random.random() < 0.5:
            out.append('x')
            i += 2
            continue
        if c == 'с' and sysname in ('fr', 'de') and prev in VOW_CYR and nxt in VOW_CYR:
            out.append('ss')
            i += 1
            continue
        if c == 'г' and sysname == 'fr' and nxt in 'еиі':
            out.append('gu')
            i += 1
            continue
        if c == 'л' and sysname.startswith('by') and False:
            pass
        if start and (c + '0') in tab:
            out.append(tab[c + '0'])
        elif c == 'е' and start and 'E0' in tab:
            out.append(tab['E0'])
        elif c in tab:
            out.append(tab[c])
        elif c in CYR_BASE:
            out.append(CYR_BASE[c])
        elif c in CYR_FOREIGN:
            out.append(CYR_FOREIGN[c])
        elif c in '\'’ʼ':
            pass
        else:
            out.append(c)
        i += 1
    return _cap(''.join(out))


SR_LAT = dict(zip('абвгдђежзијклљмнњопрстћуфхцчџш',
                  ['a', 'b', 'v', 'g', 'd', 'đ', 'e', 'ž', 'z', 'i', 'j', 'k', 'l', 'lj', 'm', 'n', 'nj', 'o', 'p',
                   'r', 's', 't', 'ć', 'u', 'f', 'h', 'c', 'č', 'dž', 'š']))


def sr_translit(text, sysname):
    s = ''.join(SR_LAT.get(c, c) for c in text.lower())
    if sysname == 'ascii':
        s = s.replace('đ', 'dj').replace('ć', 'c').replace('č', 'c').replace('ž', 'z').replace('š', 's')
    elif sysname == 'en':
        s = (s.replace('dž', 'dj').replace('đ', 'dj').replace('ć', 'ch').replace('č', 'ch').replace('ž', 'zh')
             .replace('š', 'sh').replace('c', 'ts'))
    elif sysname == 'strip':
        s = strip_marks(s.replace('đ', 'd'))
    return _cap(s)


GR_ELOT = dict(zip('αβγδεζηθικλμνξοπρστυφχψω', ['a', 'v', 'g', 'd', 'e', 'z', 'i', 'th', 'i', 'k', 'l', 'm', 'n',
                                                  'x', 'o', 'p', 'r', 's', 't', 'y', 'f', 'ch', 'ps', 'o']))
GR_ELOT['ς'] = 's'


def gr_translit(text, sysname):
    t = strip_marks(text.lower())
    out = []
    i = 0
    while i < len(t):
        c, two = t[i], t[i:i + 2]
        start = i == 0 or t[i - 1] in ' -'
        if two == 'ου':
            out.append('ou' if sysname != 'phon' or random.random() < 0.6 else 'u')
            i += 2
            continue
        if two in ('αυ', 'ευ'):
            nx = t[i + 2:i + 3]
            voiceless = nx in ('', ' ') or nx in 'θκξπστφχψ'
            out.append(two[0].replace('α', 'a').replace('ε', 'e') + ('f' if voiceless else 'v'))
            i += 2
            continue
        if sysname != 'elot' and two in ('αι', 'ει', 'οι'):
            if sysname == 'phon':
                out.append({'αι': 'e', 'ει': 'i', 'οι': 'i'}[two])
            else:
                out.append({'αι': 'ae', 'ει': 'ei', 'οι': 'oi'}[two])
            i += 2
            continue
        if two == 'μπ':
            out.append('b' if start or sysname == 'phon' else 'mp')
            i += 2
            continue
        if two == 'ντ':
            out.append('d' if start else ('nd' if sysname == 'phon' else 'nt'))
            i += 2
            continue
        if two in ('γγ', 'γκ'):
            out.append('g' if start else ('ng' if sysname != 'elot' or two == 'γγ' else 'gk'))
            i += 2
            continue
        if sysname == 'phon':
            if c == 'γ' and t[i + 1:i + 2] in ('ι', 'ε', 'η'):
                out.append('y')
            elif c in 'ηυ':
                out.append('i')
            elif c == 'χ':
                out.append('h' if random.random() < 0.5 else 'ch')
            else:
                out.append(GR_ELOT.get(c, c))
        elif sysname == 'classic':
            out.append({'κ': 'k' if random.random() < 0.6 else 'c', 'φ': 'ph', 'β': 'v', 'η': 'i',
                        'υ': 'y', 'ω': 'o', 'γ': 'g'}.get(c, GR_ELOT.get(c, c)))
        else:
            out.append(GR_ELOT.get(c, c))
        i += 1
    return _cap(''.join(out))


KA = 'აბგდევზთიკლმნოპჟრსტუფქღყშჩცძწჭხჯჰ'
KA_NAT = ['a', 'b', 'g', 'd', 'e', 'v', 'z', 't', 'i', 'k', 'l', 'm', 'n', 'o', 'p', 'zh', 'r', 's', 't', 'u', 'p',
          'k', 'gh', 'q', 'sh', 'ch', 'ts', 'dz', 'ts', 'ch', 'kh', 'j', 'h']
KA_SYS = {'nat': dict(zip(KA, KA_NAT))}
KA_SYS['apos'] = dict(KA_SYS['nat'], **{'კ': "k'", 'პ': "p'", 'ტ': "t'", 'წ': "ts'", 'ჭ': "ch'", 'ყ': "q'"})
KA_SYS['ru'] = dict(KA_SYS['nat'], **{'ყ': 'k', 'ღ': 'g'})
KA_SYS['fr'] = dict(KA_SYS['ru'], **{'შ': 'ch', 'ჩ': 'tch', 'ჭ': 'tch', 'ჟ': 'j', 'უ': 'ou', 'ჯ': 'dj'})
KA_SYS['de'] = dict(KA_SYS['ru'], **{'შ': 'sch', 'ჩ': 'tsch', 'ჭ': 'tsch', 'ჟ': 'sh', 'ხ': 'ch', 'ც': 'z',
                                     'წ': 'z', 'ვ': 'w', 'ზ': 's', 'ჯ': 'dsch'})


def ka_translit(text, sysname):
    return _cap(''.join(KA_SYS[sysname].get(c, c) for c in text))


HY = dict(ա='a', բ='b', գ='g', դ='d', ե='e', զ='z', է='e', ը='y', թ='t', ժ='zh', ի='i', լ='l', խ='kh', ծ='ts',
          կ='k', հ='h', ձ='dz', ղ='gh', ճ='ch', մ='m', յ='y', ն='n', շ='sh', ո='o', չ='ch', պ='p', ջ='j', ռ='r',
          ս='s', վ='v', տ='t', ր='r', ց='ts', փ='p', ք='k', օ='o', ֆ='f')


def hy_translit(text, sysname):
    t = text.lower()
    out = []
    i = 0
    while i < len(t):
        c, two = t[i], t[i:i + 2]
        start = i == 0 or t[i - 1] in ' -'
        if two == 'ու':
            out.append('ou' if sysname == 'fr' else 'u')
            i += 2
            continue
        if c == 'և':
            out.append('ev' if sysname != 'ru' else 'ev')
        elif c == 'ե' and start:
            out.append('ye' if sysname in ('nat', 'ian') else 'e')
        elif c == 'ո' and start:
            out.append('vo' if sysname in ('nat', 'ian') else 'o')
        elif c == 'հ' and sysname == 'ru':
            out.append('' if start else 'g')
        elif c in 'ղ' and sysname == 'ru':
            out.append('g')
        elif sysname == 'fr' and c in 'շչճժջ':
            out.append({'շ': 'ch', 'չ': 'tch', 'ճ': 'tch', 'ժ': 'j', 'ջ': 'dj'}[c])
        else:
            out.append(HY.get(c, c))
        i += 1
    s = ''.join(out)
    if sysname in ('ian', 'fr') and s.endswith('yan'):
        s = s[:-3] + 'ian'
    if sysname == 'ru' and s.endswith('yan') and random.random() < 0.3:
        s = s[:-3] + 'ian'
    return _cap(s)


def strip_marks(s):
    s = s.replace('ı', 'i').replace('ß', 'ss').replace('ø', 'o').replace('đ', 'd').replace('Đ', 'D')
    s = s.replace('ł', 'l').replace('ʹ', '').replace('ʺ', '')
    return ''.join(c for c in unicodedata.normalize('NFD', s) if unicodedata.category(c) != 'Mn')


# which transliteration family each script uses and the systems for each agency style
SCRIPT_SYS = {
    'ru': {'passport': ['icao', 'icao', 'gost'], 'en': ['en', 'en', 'bgn', 'gost'], 'fr': ['fr'], 'de': ['de'],
           'es': ['es', 'en'], 'tr': ['tr'], 'sci': ['iso9']},
    'uk': {'passport': ['ua'], 'en': ['ua', 'en', 'gost'], 'fr': ['fr'], 'de': ['de'], 'es': ['es', 'ua'],
           'tr': ['tr'], 'sci': ['iso9']},
    'be': {'passport': ['by'], 'en': ['by', 'en'], 'fr': ['fr', 'by'], 'de': ['de', 'by_lat'], 'es': ['by'],
           'tr': ['tr'], 'sci': ['by_lat']},
    'bg': {'passport': ['bg'], 'en': ['bg', 'bg', 'en'], 'fr': ['bg_fr'], 'de': ['de', 'bg'], 'es': ['bg'],
           'tr': ['tr'], 'sci': ['iso9']},
    'sr': {'passport': ['lat', 'ascii'], 'en': ['ascii', 'strip', 'lat', 'en'], 'fr': ['lat', 'strip'],
           'de': ['lat'], 'es': ['strip'], 'tr': ['lat', 'strip'], 'sci': ['lat']},
    'el': {'passport': ['elot'], 'en': ['phon', 'elot', 'classic'], 'fr': ['classic', 'elot'],
           'de': ['elot', 'phon'], 'es': ['phon'], 'tr': ['phon'], 'sci': ['elot']},
    'ka': {'passport': ['nat'], 'en': ['nat', 'nat', 'ru'], 'fr': ['fr'], 'de': ['de'], 'es': ['nat'],
           'tr': ['nat', 'ru'], 'sci': ['apos']},
    'hy': {'passport': ['nat'], 'en': ['nat', 'ian', 'ru'], 'fr': ['fr'], 'de': ['ian', 'ru'], 'es': ['nat'],
           'tr': ['ian'], 'sci': ['nat']},
}


def translit(script, text, style, rng):
    sysname = rng.choice(SCRIPT_SYS[script].get(style, SCRIPT_SYS[script]['en']))
    if script in ('ru', 'uk', 'be', 'bg'):
        return cyr_translit(text, sysname)
    if script == 'sr':
        return sr_translit(text, sysname)
    if script == 'el':
        return gr_translit(text, sysname)
    if script == 'ka':
        return ka_translit(text, sysname)
    return hy_translit(text, sysname)


# ---------------------------------------------------------------------------
# Name data (own lists; "native|russian-form|short-form" for Cyrillic countries,
# "native|rom1/rom2/..." for scripts romanised by usage rather than by letter)
# ---------------------------------------------------------------------------
def _lines(s):
    return [e.strip() for l in s.strip().splitlines() for e in l.split(';') if e.strip()]


def _words(s):
    return s.split()


RU_M = _words('Александр|Саша Алексей|Лёша Андрей Дмитрий|Дима Сергей|Серёжа Иван|Ваня Михаил|Миша Николай|Коля '
              'Владимир|Вова Евгений|Женя Артём Максим Игорь Олег Юрий|Юра Виктор Павел|Паша Роман Денис Илья Антон')
RU_F = _words('Юлия|Юля Анна|Аня Елена|Лена Ольга|Оля Наталья|Наташа Екатерина|Катя Татьяна|Таня Ирина|Ира '
              'Светлана|Света Мария|Маша Анастасия|Настя Виктория|Вика Ксения|Ксюша Дарья|Даша Алина Марина '
              'Кристина Оксана Валентина|Валя Людмила|Люда Евгения|Женя')
RU_S = _words('Иванов Смирнов Кузнецов Попов Соколов Лебедев Козлов Новиков Морозов Петров Волков Соловьёв Васильев '
              'Зайцев Павлов Семёнов Голубев Виноградов Богданов Воробьёв Фёдоров Михайлов Беляев Тарасов Белов '
              'Комаров Орлов Киселёв Макаров Андреев Ковалёв Ильин Гусев Титов Кузьмин Баранов Куликов Алексеев '
              'Степанов Яковлев Сорокин Сергеев Романов Захаров Борисов Королёв Медведев Никитин Жуков Фролов '
              'Николаев Крылов Сидоров Егоров Антонов Марков Громов Щербаков Власов Островский Покровский '
              'Толстой Шевцов Гончаров Калинин Третьяков')
UA_M = _words('Олександр|Александр|Саша Олексій|Алексей Андрій|Андрей Дмитро|Дмитрий|Діма Сергій|Сергей '
              'Іван|Иван Михайло|Михаил Микола|Николай Володимир|Владимир|Вова Євген|Евгений|Женя Юрій|Юрий '
              'Віктор|Виктор Павло|Павел Роман|Роман Богдан|Богдан Тарас|Тарас Василь|Василий Петро|Пётр '
              'Олег|Олег Ігор|Игорь Віталій|Виталий Ярослав|Ярослав')
UA_F = _words('Юлія|Юлия|Юля Анна|Анна Олена|Елена|Лена Ольга|Ольга|Оля Наталія|Наталья|Наташа '
              'Катерина|Екатерина|Катя Тетяна|Татьяна|Таня Ірина|Ирина Світлана|Светлана Марія|Мария '
              'Анастасія|Анастасия|Настя Вікторія|Виктория Оксана|Оксана Галина|Галина Людмила|Людмила '
              'Валентина|Валентина Надія|Надежда Христина|Кристина Дарина|Дарья Софія|София Інна|Инна')
UA_S = _words('Шевченко Коваленко Бондаренко Ткаченко Кравченко Олійник Мельник Бойко Ковальчук Шевчук Поліщук '
              'Лисенко Руденко Савченко Марченко Мороз Петренко Тимошенко Левченко Кравчук Гончаренко Павленко '
              'Клименко Козак Литвиненко Іваненко Степаненко Карпенко Мельниченко Кушнір Сидоренко Гуменюк '
              'Захарченко Савчук Костенко Дяченко Федорук Левицький Ковальський Гнатюк Панченко Романюк '
              'Василенко Пономаренко Мартинюк Ярошенко Яковенко Кузьменко Волошин Білик Приходько')
BY_M = _words('Аляксандр|Александр|Саша Сяргей|Сергей Дзмітрый|Дмитрий Андрэй|Андрей Уладзімір|Владимир '
              'Мікалай|Николай Павел|Павел Алег|Олег Ігар|Игорь Віктар|Виктор Іван|Иван Максім|Максим '
              'Юрый|Юрий Артур|Артур')
BY_F = _words('Вольга|Ольга Святлана|Светлана Наталля|Наталья Алена|Елена Таццяна|Татьяна Юлія|Юлия '
              'Ірына|Ирина Ганна|Анна Марыя|Мария Кацярына|Екатерина Настасся|Анастасия Дар\'я|Дарья '
              'Вераніка|Вероника Людміла|Людмила')
BY_S = _words('Іваноў|Иванов Казлоў|Козлов Кавалёў|Ковалёв Новік|Новик Шаўчэнка|Шевченко Мельнік|Мельник '
              'Кавальчук|Ковальчук Жук|Жук Марозаў|Морозов Лукашэвіч|Лукашевич Васільеў|Васильев Пятроў|Петров '
              'Бондар|Бондарь Ткачук|Ткачук Сідарэнка|Сидоренко Макарэвіч|Макаревич Шыманскі|Шиманский '
              'Кузьміч|Кузьмич')
BG_M = _words('Георги Иван Димитър Николай Христо Петър Стоян Тодор Ивайло Борис Асен Красимир')
BG_F = _words('Мария Иванка Елена Йорданка Пенка Десислава Гергана Цветелина Радка Милена Станка Надежда')
BG_S = _words('Иванов Георгиев Димитров Петров Николов Христов Стоянов Тодоров Илиев Василев Атанасов Петков '
              'Ангелов Колев Йорданов Маринов Стефанов Попов Михайлов Кръстев')
RS_M = _words('Марко Никола Стефан Милош Лука Душан Немања Александар Ђорђе Дејан Зоран Горан')
RS_F = _words('Милица Јелена Ана Марија Драгана Ивана Снежана Јована Тамара Бојана Весна Љиљана')
RS_S = _words('Јовановић Петровић Николић Марковић Ђорђевић Стојановић Илић Станковић Павловић Милошевић '
              'Поповић Живковић Тодоровић Јанковић Ристић Лазић Костић Ћирић Вуковић Богдановић')
GR_M = _words('Γεώργιος|Γιώργος Ιωάννης|Γιάννης Κωνσταντίνος|Κώστας Δημήτριος|Δημήτρης Νικόλαος|Νίκος '
              'Παναγιώτης|Πάνος Βασίλειος|Βασίλης Χρήστος Αθανάσιος|Θανάσης Μιχαήλ|Μιχάλης Ευάγγελος|Βαγγέλης '
              'Σπυρίδων|Σπύρος')
GR_F = _words('Μαρία Ελένη Αικατερίνη|Κατερίνα Βασιλική|Βάσω Σοφία Αγγελική Γεωργία Δήμητρα Κωνσταντίνα|Ντίνα '
              'Ευαγγελία|Εύα Παρασκευή|Βούλα Χριστίνα')
GR_S = _words('Παπαδόπουλος Παπαδάκης Γεωργίου Οικονόμου Παπαγεωργίου Νικολάου Βασιλείου Δημητρίου Ιωάννου '
              'Κωνσταντινίδης Αλεξίου Μακρής Παππάς Σαμαράς Κρητικός Αντωνίου Χριστοδούλου Καραγιάννης '
              'Παπανικολάου Μαυρίδης Αθανασίου Λαμπρόπουλος')
KA_M = _words('გიორგი დავით ლევან ნიკოლოზ ირაკლი ზურაბ ლაშა გოჩა თამაზ ალექსანდრე ვახტანგ მამუკა')
KA_F = _words('ნინო მარიამ თამარ ეკატერინე ნათია სოფიო მაია ქეთევან ანა ხატია ნანა ეკა')
KA_S = _words('ბერიძე კაპანაძე გელაშვილი მაისურაძე გიორგაძე ლომიძე წიკლაური ბოლქვაძე ნოზაძე ხუციშვილი '
              'შენგელია ჯაფარიძე მამულაშვილი კვარაცხელია ტაბატაძე ბაქრაძე ჩხეიძე')
HY_M = _words('Արամ Դավիթ Հայկ Արմեն Գևորգ Տիգրան Վահե Կարեն Սարգիս Հովհաննես Արթուր Էդգար')
HY_F = _words('Անի Աննա Մարիամ Նարինե Լուսինե Գայանե Արմինե Անահիտ Հասմիկ Սոնա Մերի Լիլիթ')
HY_S = _words('Գրիգորյան Հարությունյան Սարգսյան Հովհաննիսյան Խաչատրյան Հակոբյան Պետրոսյան Վարդանյան '
              'Կարապետյան Գևորգյան Մկրտչյան Պողոսյան Ղազարյան Մարտիրոսյան Ավետիսյան Աբրահամյան')

AR_M = _lines("""
محمد|Mohammed/Muhammad/Mohamed/Mohamad/Mohammad; أحمد|Ahmed/Ahmad/Ahmet; علي|Ali/Aly; حسن|Hassan/Hasan
حسين|Hussein/Hussain/Hossein/Husein; عمر|Omar/Umar/Omer; خالد|Khaled/Khalid/Khaleed
يوسف|Youssef/Yousef/Yusuf/Yousif; إبراهيم|Ibrahim/Ebrahim/Brahim; مصطفى|Mustafa/Moustafa/Mostafa
عبد الله|Abdullah/Abdallah/Abd Allah/Abdulla; محمود|Mahmoud/Mahmud/Mahmood; كريم|Karim/Kareem
طارق|Tarek/Tariq/Tareq; جمال|Jamal/Gamal/Djamal
""")
AR_F = _lines("""
فاطمة|Fatima/Fatma/Fatimah/Fatema; عائشة|Aisha/Aysha/Aicha/Ayesha; مريم|Maryam/Mariam/Meryem
زينب|Zainab/Zeinab/Zaynab; نور|Nour/Noor/Nur; هبة|Heba/Hiba/Hibah; سارة|Sara/Sarah; رنا|Rana
ليلى|Layla/Leila/Laila/Leyla; أمل|Amal; ياسمين|Yasmin/Yasmine/Yasmeen; دعاء|Doaa/Duaa/Doa; رشا|Rasha
سلمى|Salma/Selma; هدى|Huda/Hoda/Houda
""")
AR_S = _lines("""
الحسن|Al-Hassan/Al Hasan/El Hassan/Alhassan; الخطيب|Al-Khatib/El Khatib/Alkhatib/Al Khateeb
المصري|Al-Masri/El Masry/Almasri/El-Masri; حداد|Haddad/Hadad; الشامي|Al-Shami/Al Chami/Elshamy/Ash-Shami
النجار|Al-Najjar/El Naggar/Alnajjar/Najjar; السيد|El Sayed/Al-Sayed/Elsayed/Al Sayyid
عبد الرحمن|Abdelrahman/Abdul Rahman/Abd al-Rahman/Abdulrahman; حمدان|Hamdan/Hamdane
صالح|Saleh/Salih/Salah; جابر|Jaber/Jabir/Gaber; الجبوري|Al-Jubouri/Al Jabouri/Aljuburi/Al-Joubouri
العبيدي|Al-Obaidi/Al Ubaydi/Alobaidi/Al-Obeidi; التميمي|Al-Tamimi/Al Tamimi/Altamimi/At-Tamimi
الدليمي|Al-Dulaimi/Al Dulaymi/Aldulaimi; عثمان|Osman/Othman/Uthman; قاسم|Kassem/Qasim/Kasim/Qassem
درويش|Darwish/Darwich/Derwish; منصور|Mansour/Mansur/Mansoor; الأحمد|Al-Ahmad/Al Ahmed/Alahmad/El Ahmad
""")
FA_M = _lines("""
محمد|Mohammad/Mohammed/Muhammad/Mohamad; علی|Ali; رضا|Reza/Riza; حسین|Hossein/Hosein/Hussein/Husain
مهدی|Mehdi/Mahdi; امیر|Amir/Ameer; حمید|Hamid/Hameed; سعید|Saeed/Saeid/Said/Saied
مجید|Majid/Madjid/Majeed; جواد|Javad/Jawad; نجیب الله|Najibullah/Najeebullah/Najib Ullah
عبدالله|Abdullah/Abdollah/Abdulla
""")
FA_F = _lines("""
فاطمه|Fatemeh/Fatima/Fatemah; زهرا|Zahra/Zahraa; مریم|Maryam/Mariam; سارا|Sara/Sarah; نرگس|Narges/Nargis
لیلا|Leila/Layla/Leyla; مینا|Mina; شیرین|Shirin/Shireen/Chirine; پریسا|Parisa; سمیرا|Samira/Sameera
معصومه|Masoumeh/Masoume/Masuma; زینب|Zeinab/Zaynab
""")
FA_S = _lines("""
محمدی|Mohammadi/Mohamadi/Muhammadi; حسینی|Hosseini/Husseini/Hoseini; احمدی|Ahmadi/Ahmedi
رضایی|Rezaei/Rezaee/Rezai/Rezaie; کریمی|Karimi/Kareemi; موسوی|Mousavi/Musavi/Moussavi
جعفری|Jafari/Jaafari/Djafari; رحیمی|Rahimi/Raheemi; صادقی|Sadeghi/Sadeqi; هاشمی|Hashemi/Hachemi
کاظمی|Kazemi/Kazimi; قاسمی|Ghasemi/Qasemi/Kasemi; نوری|Nouri/Nuri/Noori; احمدزی|Ahmadzai/Ahmadzay
سلطانی|Soltani/Sultani; پوپلزی|Popalzai/Popalzay
""")
UR_M = _lines("""
محمد|Muhammad/Mohammad/Muhammed/Mohd; علی|Ali; عمران|Imran/Imraan; عثمان|Usman/Osman/Othman; بلال|Bilal
حسن|Hassan/Hasan; فیصل|Faisal/Faysal; آصف|Asif/Aasif; طارق|Tariq/Tarik; شاہد|Shahid/Shahed
""")
UR_F = _lines("""
فاطمہ|Fatima/Fatimah; عائشہ|Ayesha/Aisha/Aysha; صائمہ|Saima/Saeema; نازیہ|Nazia/Naziya
رضوانہ|Rizwana/Rizwanah; شازیہ|Shazia/Shaziya; ثمینہ|Samina/Sameena; کوثر|Kausar/Kousar/Kawsar
""")
UR_S = _lines("""
خان|Khan; احمد|Ahmed/Ahmad; حسین|Hussain/Hussein/Husain; قریشی|Qureshi/Quraishi/Kureshi; بٹ|Butt/Bhatt
ملک|Malik; چوہدری|Chaudhry/Chaudhary/Choudhry/Chaudri; شیخ|Sheikh/Shaikh/Shaykh; اعوان|Awan
راجپوت|Rajput; بی بی|Bibi!f
""")
HI_M = _lines("""
राहुल|Rahul; अमित|Amit; सुनील|Sunil/Suneel; राजेश|Rajesh; विजय|Vijay/Vijai; संजय|Sanjay/Sanjai
रमेश|Ramesh; अनिल|Anil; मनोज|Manoj; दीपक|Deepak/Dipak
""")
HI_F = _lines("""
प्रिया|Priya/Preeya; सुनीता|Sunita/Suneeta; पूजा|Pooja/Puja; लक्ष्मी|Lakshmi/Laxmi; अनीता|Anita/Aneeta
गीता|Geeta/Gita; रेखा|Rekha; कविता|Kavita/Kavitha; नेहा|Neha; सीमा|Seema/Sima
""")
HI_S = _lines("""
शर्मा|Sharma/Sarma; सिंह|Singh; कुमार|Kumar!m; वर्मा|Verma/Varma; यादव|Yadav/Yadava; गुप्ता|Gupta
श्रीवास्तव|Srivastava/Shrivastava/Srivastav; चौधरी|Chaudhary/Choudhary/Chaudhari/Chowdhury
मिश्रा|Mishra/Misra; पटेल|Patel; देवी|Devi!f; कुमारी|Kumari!f
""")
BN_M = _lines("""
মোহাম্মদ|Mohammad/Muhammad/Md./Mohammed; আব্দুল|Abdul/Abdool; রফিক|Rafiq/Rafique/Rafik; করিম|Karim/Kareem
জাহিদ|Zahid/Jahid; শফিকুল|Shafiqul/Shafikul; আলমগীর|Alamgir/Alomgir; মিজানুর|Mizanur/Mizanoor
""")
BN_F = _lines("""
নাসরিন|Nasrin/Nasreen; ফাতেমা|Fatema/Fatima; শাহনাজ|Shahnaz/Shanaz; রোকসানা|Roksana/Rokhsana/Ruksana
তাসলিমা|Taslima/Tasleema; শিরিন|Shirin/Shireen; রাবেয়া|Rabeya/Rabeia/Rabia
""")
BN_S = _lines("""
রহমান|Rahman/Rahaman/Rohman; হোসেন|Hossain/Hossen/Hussain/Hosen; ইসলাম|Islam; আহমেদ|Ahmed/Ahmad
উদ্দিন|Uddin/Uddeen!m; মিয়া|Mia/Miah/Mian!m; সরকার|Sarkar/Sarker/Sircar
চৌধুরী|Chowdhury/Choudhury/Chowdhuri; খাতুন|Khatun/Khatoon!f; আক্তার|Akter/Akhter/Aktar/Akhtar!f
বেগম|Begum/Begom!f
""")
TH_M = _lines("""
สมชาย|Somchai/Somchay; สมศักดิ์|Somsak/Somsuk; ประเสริฐ|Prasert/Prasoet/Prasirt
วิชัย|Wichai/Vichai/Wichay; สุรชัย|Surachai/Surachay; ธนากร|Thanakorn/Tanakorn/Thanakon
อนุชา|Anucha/Anuchar; บุญมี|Bunmi/Boonmee/Boonmi
""")
TH_F = _lines("""
สมหญิง|Somying; นภา|Napha/Napa; ปราณี|Pranee/Prani; สุดารัตน์|Sudarat/Sudarath; กัญญา|Kanya/Kunya
วันเพ็ญ|Wanphen/Wanpen; มาลี|Malee/Mali; อรุณี|Arunee/Aruni; จันทร์เพ็ญ|Chanphen/Janpen/Chanpen
""")
TH_S = _lines("""
ศรีสุข|Srisuk/Sisuk/Srisook; แสงทอง|Saengthong/Sangthong/Saengtong
วงศ์สวัสดิ์|Wongsawat/Vongsawat/Wongsawasdi; บุญมา|Bunma/Boonma; สุขสวัสดิ์|Suksawat/Sooksawat/Suksawasdi
ทองดี|Thongdi/Thongdee/Tongdee; จันทร์แก้ว|Chankaeo/Chankaew/Junkaew; พรหมมา|Phromma/Promma
แก้วมณี|Kaeomani/Kaewmanee/Kaewmani; สมบูรณ์|Sombun/Somboon
""")
TH_NICK = ['Nok', 'Lek', 'Noi', 'Som', 'Pim', 'Ploy', 'Bee', 'Nam', 'Joy', 'Mai', 'Ton', 'Aey']
KM_M = _lines("""
ដារ៉ា|Dara/Darra; វិចិត្រ|Vichet/Vicheth/Vichit; សំណាង|Samnang/Somnang; សុខា|Sokha/Sokhar
ចាន់ធី|Chanthy/Chanty; រតនា|Ratana/Rathana/Rattana
""")
KM_F = _lines("""
សុភាព|Sopheap/Sopheab; ស្រីពៅ|Sreypov/Srey Pov/Sreypeou; បុប្ផា|Bopha/Bopah; ស្រីមុំ|Sreymom/Srey Mom
ចន្ធូ|Chanthou/Chanthu; សុភា|Sophea/Sopha
""")
KM_S = _lines("""
សុខ|Sok/Sokh; កែវ|Keo/Kaev/Kev; ចាន់|Chan/Chann; លី|Ly/Lee; ហេង|Heng; ម៉ៅ|Mao; សួន|Suon/Soun
ផល|Phal/Phol; ឈឹម|Chhim/Chim; ស៊ុន|Sun/Soun
""")
ER_M = _lines("""
ዮናስ|Yonas/Yonatan; ዮሃንስ|Yohannes/Yohanes/Johannes; ተስፋይ|Tesfay/Tesfai/Tesfaye; ዳዊት|Dawit/Davit/Dawite
ሚካኤል|Mikael/Michael/Mikiel; ኣማኑኤል|Amanuel/Emanuel/Ammanuel; ብርሃነ|Berhane/Birhane/Brhane; ሰመረ|Semere/Semre
ፍትዊ|Fitwi/Fetwi
""")
ER_F = _lines("""
ሰላም|Selam/Salam; ሳባ|Saba; ሄለን|Helen/Hellen; ፍረወይኒ|Freweyni/Freweini/Frewoini; ሉላ|Lula; ኤልሳ|Elsa
ሩታ|Ruta/Rutta; ሚልየን|Milen/Million; ዮርዳኖስ|Yordanos/Yordanose
""")
ER_S = _lines("""
ገብረመድህን|Gebremedhin/Ghebremedhin/Gebremedin; ተኽለ|Tekle/Tecle/Teklay
ወልደሚካኤል|Weldemichael/Woldemichael/Wolde-Mikael/Uoldemicael; ሃይለ|Haile/Hayle; ኪዳነ|Kidane/Kidan
ገብረሂወት|Gebrehiwet/Ghebrehiwet/Gebrehiwot; ተወልደ|Tewolde/Tewelde; መሓሪ|Mehari/Mahari; ዘርኣይ|Zerai/Zeray
ሃብተ|Habte/Habtè; ኣብራሃ|Abraha/Abrha; ገብረስላሴ|Gebreselassie/Ghebreselasie/Gebreslasie
""")
HE_M = _lines("""
דוד|David/Dawid/Dovid; יוסף|Yosef/Yossef/Joseph/Josef; משה|Moshe/Moche/Moses; אברהם|Avraham/Abraham
יצחק|Yitzhak/Itzhak/Yitzchak/Isaac; אבי|Avi; אליהו|Eliyahu/Eliahu; דניאל|Daniel
יעקב|Yaakov/Yaacov/Jacob/Yakov; מיכאל|Michael/Mikhael
""")
HE_F = _lines("""
שרה|Sara/Sarah; רחל|Rachel/Rahel/Rachelle; מרים|Miriam/Miryam; אסתר|Esther/Ester; נועה|Noa/Noah
מיכל|Michal/Mikhal; יעל|Yael/Jael; תמר|Tamar; רבקה|Rivka/Rebecca/Rivkah; חנה|Hana/Hannah/Chana
""")
HE_S = _lines("""
כהן|Cohen/Kohen/Cohn; לוי|Levi/Levy; מזרחי|Mizrahi/Mizrachi; פרץ|Peretz/Perez; ביטון|Biton/Bitton
דהן|Dahan; אברהם|Avraham/Abraham; פרידמן|Friedman/Fridman; אזולאי|Azoulay/Azulai/Azulay
שפירא|Shapira/Shapiro/Schapira
""")
CN_S = _lines("""
王|Wang/Wang/Wong; 李|Li/Li/Lee; 张|Zhang/Chang/Cheung; 刘|Liu/Liu/Lau; 陈|Chen/Chen/Chan; 杨|Yang/Yang/Yeung
黄|Huang/Huang/Wong; 赵|Zhao/Chao/Chiu; 吴|Wu/Wu/Ng; 周|Zhou/Chou/Chow; 徐|Xu/Hsu/Tsui; 孙|Sun/Sun/Suen
马|Ma/Ma/Ma; 朱|Zhu/Chu/Chu; 郭|Guo/Kuo/Kwok; 林|Lin/Lin/Lam; 何|He/Ho/Ho; 罗|Luo/Lo/Law; 郑|Zheng/Cheng/Cheng
梁|Liang/Liang/Leung
""")
CN_GM = [l.split('|') for l in _words('伟|wei|wei 强|qiang|chiang 磊|lei|lei 军|jun|chun 洋|yang|yang 勇|yong|yung '
                                      '杰|jie|chieh 涛|tao|tao 明|ming|ming 超|chao|chao 刚|gang|kang 辉|hui|hui '
                                      '建|jian|chien 国|guo|kuo 志|zhi|chih 文|wen|wen 海|hai|hai 东|dong|tung')]
CN_GF = [l.split('|') for l in _words('芳|fang|fang 娜|na|na 敏|min|min 静|jing|ching 丽|li|li 艳|yan|yen '
                                      '娟|juan|chuan 秀|xiu|hsiu 英|ying|ying 华|hua|hua 兰|lan|lan 玲|ling|ling '
                                      '红|hong|hung 梅|mei|mei 霞|xia|hsia 晓|xiao|hsiao 婷|ting|ting 雪|xue|hsueh')]
KO_S = _lines("""
김|Kim/Gim/Ghim; 이|Lee/Yi/Rhee/I; 박|Park/Bak/Pak; 최|Choi/Choe; 정|Jung/Jeong/Chung; 강|Kang/Gang; 조|Cho/Jo
윤|Yoon/Yun; 장|Jang/Chang; 임|Lim/Im/Yim; 한|Han; 오|Oh/O; 서|Seo/Suh; 신|Shin/Sin; 권|Kwon/Gwon; 황|Hwang
안|Ahn/An; 송|Song; 류|Ryu/Yoo/Yu; 홍|Hong
""")
KO_SYL = dict(l.split('|') for l in _words(
    '민|min 준|jun/joon 서|seo/suh 지|ji/jee 현|hyeon/hyun 수|su/soo 영|yeong/young/yong 혜|hye/hae 은|eun/un '
    '우|u/woo 성|seong/sung 진|jin 하|ha 연|yeon/yun 정|jeong/jung 희|hui/hee 미|mi 경|gyeong/kyung/kyeong '
    '상|sang 호|ho 동|dong 재|jae 태|tae 석|seok/suk 유|yu/yoo 주|ju/joo 나|na 아|a/ah 윤|yun/yoon 선|seon/sun'))
KO_GM = list('민준성현동재태석상호진우영정수')
KO_GF = list('지서은혜미영희연수진유주나아윤선하현경')

LAT = {
    'TR': (_words('Mehmet Mustafa Ahmet Ali Hüseyin Hasan İbrahim İsmail Osman Yusuf Murat Ömer'),
           _words('Fatma Ayşe Emine Hatice Zeynep Elif Meryem Şerife Zehra Sultan Hanife Merve'),
           _words('Yılmaz Kaya Demir Şahin Çelik Yıldız Yıldırım Öztürk Aydın Özdemir Arslan Doğan Kılıç Aslan '
                  'Çetin Kara Koç Kurt Özkan Şimşek')),
    'AL': (_words('Arben Artan Besnik Gjergj Ilir Fatmir Ardit Erion Klodian Dritan Ermal Blerim'),
           _words('Anila Elona Mirela Valbona Enkeleda Blerina Entela Dorina Jonida Fatjona Mimoza Arjola'),
           _words('Hoxha Shehu Dervishi Gjoka Leka Hasani Marku Kola Çela Muça Basha Prifti Dushku Zeqiri Mema '
                  'Lika Gjoni Brahimi')),
    'RO': (_words('Ion Gheorghe Vasile Constantin Alexandru Mihai Andrei Ștefan Florin Cristian Adrian Nicolae'),
           _words('Maria Elena Ioana Ana Mihaela Andreea Cristina Daniela Alexandra Gabriela Ionela Florentina'),
           _words('Popescu Ionescu Popa Pop Radu Dumitru Stan Stoica Gheorghe Matei Ciobanu Rusu Munteanu Lungu '
                  'Dinu Tudor Diaconu Stănescu Dobre Bălan Ursu Țăranu Moldovan Șerban')),
    'MD': (_words('Ion Vasile Sergiu Andrei Vladimir Nicolae Victor Alexandru Dumitru Gheorghe Igor Vitalie'),
           _words('Maria Ana Elena Natalia Olga Tatiana Svetlana Cristina Ecaterina Galina Irina Valentina'),
           _words('Rusu Ceban Ciobanu Cebotari Lungu Munteanu Țurcanu Rotari Popa Sârbu Cojocaru Guțu Moraru '
                  'Melnic Bodrug Railean Chiriac Bivol')),
    'NG': (_words('Chukwuemeka|Emeka Chinedu|Nedu Oluwaseun|Seun Adebayo|Bayo Olumide|Mide Ibrahim Abubakar '
                  'Musa Emmanuel|Emma Ifeanyi|Ifeanyi Babatunde|Tunde Kelechi|Kc'),
           _words('Ngozi Chioma Oluwakemi|Kemi Funmilayo|Funmi Aisha Blessing Precious Joy Esther Adaeze|Ada '
                  'Folake Amina Chinyere|Chi Oluwabukola|Bukola'),
           _words('Okafor Okonkwo Adéyẹmí Ògúnlèye Bello Ibrahim Abubakar Eze Nwosu Chukwu Adébáyọ̀ Olawale Obi '
                  'Balogun Okoro Mohammed Yusuf Adeleke Ogbonna Afolabi Nnamdi Okeke Uzor')),
    'PH': (_words('Jose Juan Mark John_Paul Michael Ramon Rodrigo Christian Reynaldo Jerome Rommel Joel'),
           _words('Maria Mary_Grace Jennifer Rosalie Maricel Lorna Analyn Jocelyn Rowena Kristine Maria_Cristina '
                  'Marites'),
           _words('Santos Reyes Cruz Bautista Ocampo Garcia Mendoza Torres Tomas Andrada Castillo Flores '
                  'Villanueva Ramos Castro Rivera Aquino Navarro Salazar Mercado dela_Cruz de_los_Santos '
                  'del_Rosario Dizon Manalo')),
    'BR': (_words('José João Antônio Francisco Carlos Paulo Pedro Lucas Luiz Marcos Gabriel Rafael'),
           _words('Maria Ana Francisca Antônia Adriana Juliana Márcia Fernanda Patrícia Aline Sandra Camila'),
           _words('Silva Santos Oliveira Souza Rodrigues Ferreira Alves Pereira Lima Gomes Costa Ribeiro Martins '
                  'Carvalho Almeida Lopes Soares Fernandes Vieira Barbosa Nascimento Araújo Conceição')),
    'MX': (_words('José Juan Luis Carlos Jesús Miguel Francisco Alejandro Jorge Pedro José_Luis Juan_Carlos'),
           _words('María Guadalupe Juana Margarita Verónica Leticia Rosa Alejandra Gabriela Patricia '
                  'María_Guadalupe Ana_María'),
           _words('Hernández García Martínez López González Rodríguez Pérez Sánchez Ramírez Cruz Flores Gómez '
                  'Morales Vázquez Reyes Jiménez Torres Díaz Gutiérrez Ruiz Mendoza Aguilar Ortiz Castillo')),
    'VN': (_words('Anh Hùng Dũng Tuấn Minh Nam Hải Long Sơn Thắng Phong Huy'),
           _words('Hương Lan Linh Mai Hoa Thảo Trang Hằng Nga Phương Hà Yến'),
           _words('Nguyễn Nguyễn Nguyễn Trần Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý')),
}
VN_MID = (_words('Văn Đức Minh Hữu Quang Thanh'), _words('Thị Thị Ngọc Thu Thanh Kim'))
ES_SHORT = {'José': 'Pepe', 'Francisco': 'Paco', 'Guadalupe': 'Lupe', 'Jesús': 'Chucho', 'Alejandro': 'Alex',
            'Antônio': 'Toninho', 'Ion': 'Ionuț', 'Mehmet': 'Memet', 'Jose': 'Pepe', 'Maria': 'Mia'}

CITIES = {
    'RU': _words('Москва Санкт-Петербург Новосибирск Екатеринбург Казань Ростов-на-Дону Самара Краснодар'),
    'UA': _words('Київ|Киев Харків|Харьков Одеса|Одесса Дніпро|Днепр Львів|Львов Запоріжжя|Запорожье '
                 'Миколаїв|Николаев Херсон|Херсон'),
    'BY': _words('Мінск|Минск Гомель|Гомель Брэст|Брест Гродна|Гродно Віцебск|Витебск Магілёў|Могилёв'),
    'BG': _words('София Пловдив Варна Бургас Сливен Русе'),
    'RS': _words('Београд Ниш Крагујевац Суботица Чачак'),
    'GR': _words('Αθήνα Θεσσαλονίκη Πάτρα Ηράκλειο Λάρισα'),
    'GE': _words('თბილისი ბათუმი ქუთაისი რუსთავი ზუგდიდი'),
    'AM': _words('Երևան Գյումրի Վանաձոր'),
    'TR': _words('İstanbul Ankara İzmir Gaziantep Şanlıurfa'), 'AL': _words('Tiranë Durrës Shkodër Elbasan Vlorë'),
    'RO': _words('București Iași Constanța Craiova Timișoara'), 'MD': _words('Chișinău Bălți Cahul Orhei Ungheni'),
    'NG': _words('Lagos Benin_City Kano Abuja Port_Harcourt'), 'PH': _words('Manila Quezon_City Cebu Davao'),
    'BR': _words('São_Paulo Rio_de_Janeiro Salvador Fortaleza Belém'),
    'MX': _words('Guadalajara Puebla Tijuana Tapachula Ciudad_de_México'),
    'VN': _words('Hà_Nội Hải_Phòng Nghệ_An Thanh_Hóa Hồ_Chí_Minh'),
}
CITY_LIST = {
    'SY': ['دمشق|Damascus/Dimashq/Damas', 'حلب|Aleppo/Halab/Alep', 'حمص|Homs/Hims'],
    'IQ': ['بغداد|Baghdad/Bagdad', 'الموصل|Mosul/Al-Mawsil/Mossoul', 'البصرة|Basra/Basrah'],
    'EG': ['القاهرة|Cairo/Al-Qahira/Le Caire', 'الإسكندرية|Alexandria/Alexandrie/Iskandariya'],
    'IR': ['تهران|Tehran/Teheran/Téhéran', 'مشهد|Mashhad/Mashad'], 'AF': ['کابل|Kabul/Kaboul', 'هرات|Herat'],
    'PK': ['لاہور|Lahore', 'کراچی|Karachi'], 'IN': ['दिल्ली|Delhi/Dilli', 'मुंबई|Mumbai/Bombay'],
    'BD': ['ঢাকা|Dhaka/Dacca', 'চট্টগ্রাম|Chittagong/Chattogram'], 'CN': ['北京|Beijing/Peking', '福州|Fuzhou/Foochow'],
    'KR': ['서울|Seoul/Soul', '부산|Busan/Pusan'], 'TH': ['เชียงใหม่|Chiang Mai/Chiangmai', 'อุดรธานี|Udon Thani/Udonthani'],
    'KH': ['ភ្នំពេញ|Phnom Penh/Phnum Penh', 'បាត់ដំបង|Battambang/Batdambang'],
    'ER': ['አስመራ|Asmara/Asmera', 'ከረን|Keren'], 'IL': ['תל אביב|Tel Aviv/Tel-Aviv', 'חיפה|Haifa/Hefa'],
}
STREET_PREFIX = {'RU': 'ул.', 'UA': 'вул.', 'BY': 'вул.', 'BG': 'ул.', 'RS': 'ул.', 'GR': 'οδός', 'TR': 'Sok.',
                 'AL': 'Rruga', 'RO': 'Str.', 'MD': 'str.', 'BR': 'Rua', 'MX': 'Calle', 'PH': 'St.', 'VN': 'Đường'}

COUNTRY_SCRIPT = {'RU': 'ru', 'UA': 'uk', 'BY': 'be', 'BG': 'bg', 'RS': 'sr', 'GR': 'el', 'GE': 'ka', 'AM': 'hy'}
LIST_NAMES = {'SY': (AR_M, AR_F, AR_S), 'IQ': (AR_M, AR_F, AR_S), 'EG': (AR_M, AR_F, AR_S),
              'IR': (FA_M, FA_F, FA_S), 'AF': (FA_M, FA_F, FA_S), 'PK': (UR_M, UR_F, UR_S),
              'IN': (HI_M, HI_F, HI_S), 'BD': (BN_M, BN_F, BN_S), 'TH': (TH_M, TH_F, TH_S),
              'KH': (KM_M, KM_F, KM_S), 'ER': (ER_M, ER_F, ER_S), 'IL': (HE_M, HE_F, HE_S),
              'KR': (None, None, KO_S), 'CN': (None, None, CN_S)}
ALPHA_NAMES = {'RU': (RU_M, RU_F, RU_S), 'UA': (UA_M, UA_F, UA_S), 'BY': (BY_M, BY_F, BY_S),
               'BG': (BG_M, BG_F, BG_S), 'RS': (RS_M, RS_F, RS_S), 'GR': (GR_M, GR_F, GR_S),
               'GE': (KA_M, KA_F, KA_S), 'AM': (HY_M, HY_F, HY_S)}
# share of people by country of origin (roughly what such case systems see)
ORIGIN_W = dict(UA=9, RU=6, BY=3, MD=5, RO=6, BG=4, RS=2, AL=4, GR=2, TR=3, GE=3, AM=2, SY=5, IQ=3, EG=2, IR=2,
                AF=3, PK=3, IN=3, BD=3, CN=4, KR=2, VN=5, TH=4, KH=3, PH=4, NG=6, ER=4, IL=1, BR=3, MX=3)
SECOND_NAT = {'MD': ('RO', 0.3), 'UA': ('RU', 0.04), 'ER': ('ET', 0.2), 'AF': ('IR', 0.1), 'SY': ('TR', 0.05),
              'BY': ('RU', 0.05), 'AL': ('GR', 0.05), 'RS': ('BG', 0.02)}

NICK = {}


def load_nicknames():
    path = os.path.join(SHARED, 'nicknames', 'names.csv')
    try:
        with open(path, encoding='utf-8') as f:
            for row in csv.reader(f):
                if len(row) == 3 and row[1] == 'has_nickname':
                    NICK.setdefault(row[0].lower(), []).append(row[2])
    except OSError:
        pass


class Tok:
    """One name word: native form plus what is needed to romanise it."""
    __slots__ = ('native', 'script', 'alts', 'ru', 'short')

    def __init__(self, native, script, alts=None, ru=None, short=None):
        self.native, self.script, self.alts, self.ru, self.short = native, script, alts, ru, short


def tok_from_list(entry, script='list'):
    nat, _, rest = entry.partition('|')
    rest = rest.split('!')[0]
    return Tok(nat, script, rest.split('/'))


def list_pick(lst, gender):
    cand = [e for e in lst if not (e.endswith('!f') and gender == 'M') and not (e.endswith('!m') and gender == 'F')]
    return random.choice(cand)


# ---------------------------------------------------------------------------
# Gendered forms and patronymics
# ---------------------------------------------------------------------------
def fem_cyr(s):
    for a, b in (('ский', 'ская'), ('цкий', 'цкая'), ('ський', 'ська'), ('цький', 'цька'), ('скі', 'ская'),
                 ('ой', 'ая'), ('ый', 'ая'), ('оў', 'ова'), ('еў', 'ева'), ('ёў', 'ёва'), ('ов', 'ова'),
                 ('ев', 'ева'), ('ёв', 'ёва'), ('ин', 'ина'), ('ын', 'ына')):
        if s.endswith(a):
            return s[:-len(a)] + b
    return s


def fem_gr(s):
    for a, b in (('όπουλος', 'οπούλου'), ('ίδης', 'ίδου'), ('άκης', 'άκη'), ('ός', 'ού'), ('ος', 'ου'),
                 ('ής', 'ή'), ('ης', 'η'), ('άς', 'ά'), ('ας', 'α')):
        if s.endswith(a):
            return s[:-len(a)] + b
    return s


def uk_to_ru(s):
    for a, b in (('ський', 'ский'), ('цький', 'цкий'), ('ій', 'ий'), ('і', 'и'), ('ї', 'и'), ('є', 'е'), ("'", '')):
        s = s.replace(a, b)
    return s


def patr_ru(father, female):
    irregular = {'Павел': 'Павлов', 'Пётр': 'Петров', 'Лев': 'Львов'}
    if father in irregular:
        stem = irregular[father]
        return stem + ('на' if female else 'ич')
    if father.endswith('ий'):
        return father[:-2] + ('ьевна' if female else 'ьевич')
    if father.endswith('й'):
        return father[:-1] + ('евна' if female else 'евич')
    if father.endswith('ья'):
        return father[:-1] + ('инична' if female else 'ич')
    if father.endswith('а'):
        return father[:-1] + ('ична' if female else 'ич')
    if father.endswith('ь'):
        return father[:-1] + ('евна' if female else 'евич')
    return father + ('овна' if female else 'ович')


def patr_uk(father, female):
    if father.endswith('ій'):
        return father[:-1] + ('ївна' if female else 'йович')
    if father.endswith('а'):
        return father[:-1] + ('аївна' if female else 'айович')
    if father.endswith('о'):
        return father[:-1] + ('івна' if female else 'ович')
    if father.endswith('ь'):
        return father[:-1] + ('івна' if female else 'ьович')
    return father + ('івна' if female else 'ович')


def patr_be(father, female):
    if father.endswith('й'):
        return father[:-1] + ('еўна' if female else 'евіч')
    if father.endswith('ел'):
        return father[:-2] + ('лаўна' if female else 'лавіч')
    return father + ('аўна' if female else 'авіч')


def patr_bg(father, female):
    if father.endswith('й'):
        stem = father[:-1] + 'ев'
    elif father.endswith('ър'):
        stem = father[:-2] + 'ров'
    elif father[-1] in 'оаи':
        stem = father[:-1] + 'ов'
    else:
        stem = father + 'ов'
    return stem + ('а' if female else '')


def split_entry(e):
    parts = e.split('|')
    return parts[0], (parts[1] if len(parts) > 1 else None), (parts[2] if len(parts) > 2 else None)


# ---------------------------------------------------------------------------
# People
# ---------------------------------------------------------------------------
def make_cjk_given(country, gender):
    if country == 'CN':
        pool = CN_GM if gender == 'M' else CN_GF
        syl = [random.choice(pool) for _ in range(1 if random.random() < 0.3 else 2)]
        nat = ''.join(s[0] for s in syl)
        py = [s[1] for s in syl]
        wg = [s[2] for s in syl]
        alts = [''.join(py).capitalize(), ' '.join(p.capitalize() for p in py), '-'.join(py).capitalize(),
                '-'.join(wg).capitalize()]
        if len(syl) == 1:
            alts = [alts[0], alts[3]]
        return Tok(nat, 'cjk', alts)
    pool = KO_GM if gender == 'M' else KO_GF
    a = random.choice(pool)
    b = random.choice([s for s in pool if s != a])
    va, vb = KO_SYL[a].split('/'), KO_SYL[b].split('/')
    alts = [va[0].capitalize() + vb[0], va[0].capitalize() + '-' + vb[0], va[0].capitalize() + ' ' + vb[0].capitalize(),
            random.choice(va).capitalize() + '-' + random.choice(vb), random.choice(va).capitalize() + random.choice(vb)]
    return Tok(a + b, 'cjk', alts)


def make_name(country, gender, father=None, fam=None):
    """Returns a name dict: given, middle, family, tail (lists of Tok), fam_first (native order), kind."""
    fem = gender == 'F'
    nm = dict(given=[], middle=[], family=[], tail=[], fam_first=False, kind=country, father=father, fam=None)
    if country in ALPHA_NAMES:
        M, F, S = ALPHA_NAMES[country]
        script = COUNTRY_SCRIPT[country]
        g, ru, short = split_entry(random.choice(F if fem else M))
        if country == 'GR':
            ru, short = None, ru
        elif country == 'RU':
            ru, short = None, ru
        nm['given'] = [Tok(g, script, ru=ru, short=short)]
        nm['fam'] = fam = fam or random.choice(S)
        s, sru, _ = split_entry(fam)
        if country == 'UA':
            sru = uk_to_ru(s)
        if fem and script in ('ru', 'uk', 'be', 'bg'):
            s, sru = fem_cyr(s), (fem_cyr(sru) if sru else None)
        if fem and script == 'el':
            s = fem_gr(s)
        nm['family'] = [Tok(s, script, ru=sru)]
        if script in ('ru', 'uk', 'be', 'bg'):
            if father is None:
                father = split_entry(random.choice(M))
                nm['father'] = father
            fn, fru, _ = father
            if script == 'ru':
                p = Tok(patr_ru(fn, fem), 'ru')
            elif script == 'uk':
                p = Tok(patr_uk(fn, fem), 'uk', ru=patr_ru(fru, fem))
            elif script == 'be':
                p = Tok(patr_be(fn, fem), 'be', ru=patr_ru(fru, fem))
            else:
                p = Tok(patr_bg(fn, fem), 'bg')
            nm['middle'] = [p]
            nm['kind'] = 'patr'
        return nm
    if country in ('CN', 'KR'):
        nm['fam'] = fam = fam or random.choice(CN_S if country == 'CN' else KO_S)
        nm['family'] = [tok_from_list(fam, 'cjk')]
        nm['given'] = [make_cjk_given(country, gender)]
        nm['fam_first'] = True
        return nm
    if country in LIST_NAMES:
        M, F, S = LIST_NAMES[country]
        nm['given'] = [tok_from_list(list_pick(F if fem else M, gender))]
        if country == 'TH' and random.random() < 0.5:
            nm['given'][0].short = random.choice(TH_NICK)
        if country == 'ER':
            father = father or tok_from_list(random.choice(ER_S + ER_M))
            nm['father'] = father
            nm['family'] = [father]
            gf = tok_from_list(random.choice(ER_S))
            nm['tail'] = [gf]
            nm['kind'] = 'er'
            return nm
        if country in ('SY', 'IQ', 'EG', 'AF', 'PK'):
            father = father or (tok_from_list(random.choice(M)), tok_from_list(list_pick(S, 'M')))
            nm['father'] = father
            nm['middle'] = [father[0]]
            if country == 'AF' and random.random() < 0.4:
                nm['family'] = [father[0]]
                nm['middle'] = []
            else:
                nm['family'] = [father[1]] if country != 'PK' or not fem or random.random() < 0.7 else \
                    [tok_from_list(list_pick(S, 'F'))]
            nm['kind'] = 'ar'
            return nm
        nm['fam'] = fam = fam or list_pick(S, gender)
        if fam.endswith('!f') and gender == 'M' or fam.endswith('!m') and gender == 'F':
            fam = list_pick(S, gender)
        nm['family'] = [tok_from_list(fam)]
        if country == 'KH':
            nm['fam_first'] = True
        if country == 'BD' and random.random() < 0.4 and not fem:
            nm['given'].insert(0, tok_from_list(BN_M[0]))
        return nm
    # Latin-script countries
    M, F, S = LAT[country]
    g = random.choice(F if fem else M)
    gnat, _, short = g.partition('|')
    nm['given'] = [Tok(w, 'latin', short=(short or ES_SHORT.get(w))) for w in gnat.split('_')]
    if country in ('BR', 'MX') and random.random() < 0.25 and len(nm['given']) == 1:
        extra = random.choice([x for x in (F if fem else M) if '_' not in x and x != gnat])
        nm['given'].append(Tok(extra.split('|')[0], 'latin'))
    if fam is None:
        fam = [random.choice(S).replace('_', ' ')]
        if country == 'MX':
            fam.append(random.choice(S))
        elif country == 'BR' and random.random() < 0.6:
            fam.insert(0, random.choice(S))
    nm['fam'] = fam
    nm['family'] = [Tok(f, 'latin') for f in fam]
    if len(fam) > 1:
        nm['kind'] = 'two_surnames'
    elif country == 'PH':
        nm['middle'] = [Tok(random.choice(S).replace('_', ' '), 'latin')]
        nm['kind'] = 'ph'
    elif country == 'VN':
        nm['middle'] = [Tok(random.choice(VN_MID[1 if fem else 0]), 'latin')]
        nm['fam_first'] = True
        nm['kind'] = 'vn'
    return nm


# ---------------------------------------------------------------------------
# Rendering names
# ---------------------------------------------------------------------------
L2C = [('shch', 'щ'), ('sch', 'ш'), ('tch', 'ч'), ('sh', 'ш'), ('ch', 'ч'), ('zh', 'ж'), ('kh', 'х'), ('ts', 'ц'),
       ('ya', 'я'), ('yu', 'ю'), ('yo', 'ё'), ('ye', 'е'), ('ee', 'и'), ('oo', 'у'), ('ou', 'у'), ('th', 'т'),
       ('ph', 'ф'), ('gh', 'г'), ('dj', 'дж'), ('j', 'дж'), ('x', 'кс'), ('q', 'к'), ('w', 'в'), ('c', 'к'),
       ('a', 'а'), ('b', 'б'), ('d', 'д'), ('e', 'е'), ('f', 'ф'), ('g', 'г'), ('h', 'х'), ('i', 'и'), ('k', 'к'),
       ('l', 'л'), ('m', 'м'), ('n', 'н'), ('o', 'о'), ('p', 'п'), ('r', 'р'), ('s', 'с'), ('t', 'т'), ('u', 'у'),
       ('v', 'в'), ('z', 'з'), ('y', 'и')]
SR2RU = dict(ј='й', ђ='дж', ћ='ч', љ='ль', њ='нь', џ='дж')


def lat2cyr(s, lang):
    """Practical transcription of a romanised foreign name into Russian or Ukrainian Cyrillic."""
    t = strip_marks(s).lower()
    out, i = [], 0
    while i < len(t):
        for a, b in L2C:
            if t.startswith(a, i):
                if a == 'y' and (i + 1 < len(t) and t[i + 1] in 'aeiou' or (i and t[i - 1] in 'aeiou')):
                    b = 'й'
                if lang == 'uk':
                    b = {'h': 'г', 'g': 'ґ' if random.random() < 0.3 else 'г', 'i': 'і', 'y': 'и'}.get(a, b)
                    if a == 'e' and (i == 0 or t[i - 1] in ' -'):
                        b = 'е'
                elif a == 'e' and (i == 0 or t[i - 1] in ' -aeiou'):
                    b = 'э'
                out.append(b)
                i += len(a)
                break
        else:
            out.append(t[i])
            i += 1
    return _cap(''.join(out))


def respell(s, style):
    """Agency-language respelling of a romanised (usage-based) name."""
    if style == 'fr':
        s2 = s.replace('sh', 'ch').replace('Sh', 'Ch')
        if s2[:1] == 'J':
            s2 = 'Dj' + s2[1:]
        s2 = s2.replace('u', 'ou').replace('oou', 'ou').replace('Y', 'Y')
        if s2[:1] == 'W':
            s2 = 'Ou' + s2[1:]
        return s2
    if style == 'de':
        s2 = s.replace('ch', 'tsch').replace('Ch', 'Tsch').replace('sh', 'sch').replace('Sh', 'Sch')
        if s2[:1] == 'Y' and len(s2) > 1 and s2[1] in 'aeiou':
            s2 = 'J' + s2[1:]
        elif s2[:1] == 'J':
            s2 = 'Dsch' + s2[1:]
        return s2
    if style == 'tr':
        s2 = s.replace('sh', 'ş').replace('Sh', 'Ş').replace('ch', 'ç').replace('Ch', 'Ç').replace('zh', 'j')
        s2 = s2.replace('kh', 'h').replace('Kh', 'H').replace('w', 'v').replace('W', 'V').replace('q', 'k')
        s2 = s2.replace('Q', 'K').replace('x', 'ks')
        if s2[:1] == 'J':
            s2 = 'C' + s2[1:]
        return s2
    if style == 'es':
        return s.replace('kh', 'j').replace('Kh', 'J').replace('sh', 'sh')
    return s


def render_latin(tok, style):
    sc = tok.script
    if sc in SCRIPT_SYS:
        if tok.ru and style != 'passport' and random.random() < (0.45 if style in ('fr', 'de', 'es', 'tr') else 0.3):
            return translit('ru', tok.ru, style, random)
        if sc == 'sr' and style == 'passport' and random.random() < 0.5:
            return sr_translit(tok.native, 'ascii')
        return translit(sc, tok.native, style, random)
    if sc in ('list', 'cjk'):
        alts = tok.alts
        if style == 'passport' or len(alts) == 1:
            v = alts[0] if style == 'passport' or random.random() < 0.9 else alts[-1]
        else:
            v = alts[0] if random.random() < 0.45 else random.choice(alts[1:])
        if sc == 'list' and style in ('fr', 'de', 'tr', 'es') and random.random() < 0.4:
            v = respell(v, style)
        return v
    # native Latin
    s = tok.native
    if style == 'passport':
        if random.random() < 0.6:
            if random.random() < 0.25:
                s = s.replace('ö', 'oe').replace('ü', 'ue').replace('Ö', 'Oe').replace('Ü', 'Ue')
            s = strip_marks(s)
    elif random.random() < {'en': 0.6, 'de': 0.3, 'fr': 0.35, 'es': 0.3, 'tr': 0.3}.get(style, 0.4):
        s = strip_marks(s)
    if 'ș' in s or 'ț' in s:
        if random.random() < 0.3:
            s = s.replace('ș', 'ş').replace('ț', 'ţ')
    return s


def render_tok(tok, mode, style):
    if mode == 'native':
        return tok.native
    if mode in ('ru', 'uk'):
        if tok.script in ('ru', 'uk', 'be', 'bg'):
            if tok.script in ('uk', 'be') and tok.ru and (mode == 'ru' or tok.script == 'be'):
                return tok.ru
            return tok.native
        if tok.script == 'sr':
            return ''.join(SR2RU.get(c, c) for c in tok.native.lower()).capitalize()
        return lat2cyr(render_latin(tok, 'en'), mode)
    return render_latin(tok, style)


KEYB = 'qwertyuiop asdfghjkl zxcvbnm'


def typo(s):
    if len(s) < 4:
        return s
    i = random.randrange(1, len(s) - 1)
    r = random.random()
    c = s[i]
    if r < 0.3 and c.lower() in KEYB and c != ' ':
        row = [w for w in KEYB.split() if c.lower() in w][0]
        j = row.index(c.lower())
        n = row[max(0, j - 1)] if random.random() < 0.5 else row[min(len(row) - 1, j + 1)]
        return s[:i] + (n.upper() if c.isupper() else n) + s[i + 1:]
    if r < 0.55:
        return s[:i] + s[i + 1:]
    if r < 0.75:
        return s[:i] + c + s[i:]
    if r < 0.9 and s[i + 1] != ' ' and c != ' ':
        return s[:i] + s[i + 1] + c + s[i + 2:]
    vow = 'aeiou'
    if c in vow:
        return s[:i] + random.choice(vow.replace(c, '')) + s[i + 1:]
    return s[:i] + s[i + 1:]


OCR_NAME = [('M', 'RN'), ('O', '0'), ('I', '1'), ('E', 'F'), ('U', 'V'), ('B', '8'), ('D', 'O'), ('S', '5'),
            ('H', 'N'), ('CL', 'D')]


def ocr_name(s):
    for _ in range(3):
        a, b = random.choice(OCR_NAME)
        if a in s:
            k = [i for i in range(len(s)) if s.startswith(a, i)]
            i = random.choice(k)
            return s[:i] + b + s[i + len(a):]
    return s


# ---------------------------------------------------------------------------
# Dates, gender, nationality
# ---------------------------------------------------------------------------
MONTHS = {
    'en': 'January February March April May June July August September October November December',
    'fr': 'janvier février mars avril mai juin juillet août septembre octobre novembre décembre',
    'de': 'Januar Februar März April Mai Juni Juli August September Oktober November Dezember',
    'es': 'enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre',
    'ru': 'января февраля марта апреля мая июня июля августа сентября октября ноября декабря',
    'ru_nom': 'январь февраль март апрель май июнь июль август сентябрь октябрь ноябрь декабрь',
    'uk': 'січня лютого березня квітня травня червня липня серпня вересня жовтня листопада грудня',
    'tr': 'Ocak Şubat Mart Nisan Mayıs Haziran Temmuz Ağustos Eylül Ekim Kasım Aralık',
    'pt': 'janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro',
}
MONTHS = {k: v.split() for k, v in MONTHS.items()}
AR_DIGITS = str.maketrans('0123456789', '٠١٢٣٤٥٦٧٨٩')


def fmt_date(d, fmt, part):
    """d = (y, m, dd); part = 'full' | 'ym' | 'y'."""
    y, m, dd = d
    if part == 'y':
        return str(y) if fmt != 'ko' else '%d년' % y
    if part == 'ym':
        if fmt in ('iso', 'ymd.', 'ymd/'):
            return '%d-%02d' % (y, m) if fmt == 'iso' else '%d%s%02d' % (y, fmt[-1], m)
        if fmt.startswith('dM-'):
            lang = fmt[3:]
            mon = MONTHS['ru_nom' if lang == 'ru' else lang][m - 1]
            return ('%s de %d' if lang in ('es', 'pt') else '%s %d') % (mon, y)
        if fmt == 'dMON':
            return '%s %d' % (MONTHS['en'][m - 1][:3].upper(), y)
        if fmt == 'cjk':
            return '%d年%d月' % (y, m)
        if fmt == 'ko':
            return '%d년 %d월' % (y, m)
        sep = {'dmy.': '.', 'dmy-': '-'}.get(fmt, '/')
        return '%02d%s%d' % (m, sep, y)
    if fmt == 'iso':
        return '%d-%02d-%02d' % (y, m, dd)
    if fmt in ('dmy.', 'dmy/', 'dmy-'):
        return '%02d%s%02d%s%d' % (dd, fmt[-1], m, fmt[-1], y)
    if fmt == 'dmy1':
        return '%d/%d/%d' % (dd, m, y)
    if fmt == 'dmy2':
        return '%d/%d/%02d' % (dd, m, y % 100)
    if fmt == 'mdy/':
        return '%02d/%02d/%d' % (m, dd, y)
    if fmt == 'ymd.':
        return '%d.%02d.%02d' % (y, m, dd)
    if fmt == 'ymd/':
        return '%d/%02d/%02d' % (y, m, dd)
    if fmt == 'ar':
        return ('%d/%d/%d' % (dd, m, y)).translate(AR_DIGITS)
    if fmt == 'dMON':
        return '%02d %s %d' % (dd, MONTHS['en'][m - 1][:3].upper(), y)
    if fmt == 'cjk':
        return '%d年%d月%d日' % (y, m, dd)
    if fmt == 'ko':
        return '%d년 %d월 %d일' % (y, m, dd)
    if fmt.startswith('dM-'):
        lang = fmt[3:]
        mon = MONTHS[lang][m - 1]
        if lang in ('es', 'pt'):
            return '%d de %s de %d' % (dd, mon, y)
        if lang == 'de':
            return '%d. %s %d' % (dd, mon, y)
        if lang == 'en' and random.random() < 0.3:
            return '%s %d, %d' % (mon, dd, y)
        return '%d %s %d' % (dd, mon, y)
    raise ValueError(fmt)


def valid(y, m, d):
    try:
        datetime.date(y, m, d)
        return True
    except ValueError:
        return False


def noisy_dob(p, stats):
    """The date of birth as one record states it, and which part is known."""
    y, m, d = p['dob']
    r = random.random()
    if p.get('fake_dob') and random.random() < 0.5:
        stats['dob_fake_doc'] += 1
        return p['fake_dob'], 'full'
    if r < 0.08:
        stats['dob_year_only'] += 1
        return (y, m, d), 'y'
    if r < 0.13:
        stats['dob_year_month'] += 1
        return (y, m, d), 'ym'
    if r < 0.17 and d <= 12 and d != m:
        stats['dob_day_month_swapped'] += 1
        return (y, d, m), 'full'
    if r < 0.20 and valid(y + (1 if random.random() < 0.5 else -1), m, d):
        stats['dob_year_off_by_one'] += 1
        return (y + (1 if random.random() < 0.5 else -1), m, d), 'full'
    if r < 0.22:
        for _ in range(10):
            nd = d + random.choice([-10, 10, -1, 1, 20, -20])
            if 1 <= nd <= 28:
                stats['dob_digit_typo'] += 1
                return (y, m, nd), 'full'
    if r < 0.23 and d <= 12:
        stats['dob_jan1_placeholder'] += 1
        return (y, 1, 1), 'full'
    stats['dob_exact'] += 1
    return (y, m, d), 'full'


GENDER = {
    'en': [('M', 'F'), ('Male', 'Female'), ('m', 'f'), ('MALE', 'FEMALE')],
    'fr': [('H', 'F'), ('homme', 'femme'), ('masculin', 'féminin'), ('M', 'F')],
    'de': [('männlich', 'weiblich'), ('m', 'w'), ('M', 'W')],
    'es': [('masculino', 'femenino'), ('hombre', 'mujer'), ('H', 'M')],
    'ru': [('муж', 'жен'), ('М', 'Ж'), ('мужской', 'женский')],
    'uk': [('чоловіча', 'жіноча'), ('чол', 'жін'), ('Ч', 'Ж')],
    'tr': [('Erkek', 'Kadın'), ('E', 'K')],
    'ar': [('ذكر', 'أنثى'), ('M', 'F')],
    'ko': [('남', '여'), ('남성', '여성'), ('M', 'F')],
    'el': [('Άνδρας', 'Γυναίκα'), ('Άρρεν', 'Θήλυ'), ('M', 'F')],
    'he': [('זכר', 'נקבה'), ('M', 'F')],
    'th': [('ชาย', 'หญิง'), ('M', 'F')],
}


def fmt_gender(g, lang):
    opts = GENDER.get(lang, GENDER['en'])
    pair = opts[0] if random.random() < 0.55 else random.choice(opts)
    return pair[0] if g == 'M' else pair[1]


def fmt_nat(cc, lang, native_ok):
    c = COUNTRY[cc]
    extra = DEMONYM_EXTRA.get((cc, lang))
    r = random.random()
    if extra and r < 0.35:
        return random.choice(extra)
    if lang in ('fr', 'de', 'es', 'tr', 'ru') and r < 0.7:
        return c[lang]
    if lang == 'uk' and r < 0.6:
        return c['ru'] if cc != 'UA' else 'Україна'
    if r < 0.72:
        return c['a3'] if random.random() < 0.6 else c['a2']
    if r < 0.85:
        return c['en'] if random.random() < 0.6 else c['dem']
    if r < 0.93 and (native_ok or cc in LAT or cc in ('MD',)):
        return c['native']
    return c['en'].upper()


# ---------------------------------------------------------------------------
# Phones and documents
# ---------------------------------------------------------------------------
# cc, trunk, mobile prefixes, national significant number length
PHONE = {
    'RU': ('7', '8', ['91', '92', '98', '90'], 10), 'UA': ('380', '0', ['67', '50', '63', '66', '93', '97', '98'], 9),
    'BY': ('375', '8', ['29', '33', '44'], 9), 'MD': ('373', '0', ['69', '68', '79', '78'], 8),
    'RO': ('40', '0', ['72', '74', '75', '76'], 9), 'BG': ('359', '0', ['87', '88', '89'], 9),
    'RS': ('381', '0', ['60', '63', '64', '65'], 9), 'AL': ('355', '0', ['67', '68', '69'], 9),
    'GR': ('30', '', ['69'], 10), 'TR': ('90', '0', ['53', '54', '55', '50'], 10), 'GE': ('995', '', ['5'], 9),
    'AM': ('374', '0', ['77', '91', '93', '94', '98', '99'], 8), 'SY': ('963', '0', ['9'], 9),
    'IQ': ('964', '0', ['77', '78', '75'], 10), 'EG': ('20', '0', ['10', '11', '12', '15'], 10),
    'IR': ('98', '0', ['91', '93', '90'], 10), 'AF': ('93', '0', ['70', '77', '78', '79'], 9),
    'PK': ('92', '0', ['30', '31', '32', '33', '34'], 10), 'IN': ('91', '0', ['9', '8', '7'], 10),
    'BD': ('880', '0', ['17', '18', '19', '15'], 10), 'CN': ('86', '', ['13', '15', '18'], 11),
    'KR': ('82', '0', ['10'], 10), 'VN': ('84', '0', ['9', '3', '7', '8'], 9), 'TH': ('66', '0', ['8', '9', '6'], 9),
    'KH': ('855', '0', ['1', '9', '7'], 8), 'PH': ('63', '0', ['9'], 10), 'NG': ('234', '0', ['80', '81', '70'], 10),
    'ER': ('291', '0', ['7'], 7), 'IL': ('972', '0', ['5'], 9), 'BR': ('55', '', ['119', '219', '719'], 11),
    'MX': ('52', '', ['55', '33', '81', '96'], 10), 'DE': ('49', '0', ['151', '152', '157', '160', '176'], 11),
    'IT': ('39', '', ['3'], 10), 'AE': ('971', '0', ['50', '52', '55'], 9), 'PL': ('48', '', ['5', '6', '7'], 9),
    'US': ('1', '1', ['212', '347', '718', '305'], 10), 'FR': ('33', '0', ['6', '7'], 9),
    'ES': ('34', '', ['6'], 9), 'GB': ('44', '0', ['7'], 10), 'JO': ('962', '0', ['77', '78', '79'], 9),
    'ET': ('251', '0', ['9'], 9), 'CY': ('357', '', ['9'], 8), 'MY': ('60', '0', ['1'], 9),
}
DEST = ['DE', 'IT', 'TR', 'AE', 'PL', 'GR', 'IL', 'US', 'FR', 'ES', 'GB', 'RU', 'CY', 'MY', 'JO', 'TH']


def new_phone(cc):
    code, trunk, pref, ln = PHONE[cc]
    p = random.choice(pref)
    return (cc, p + ''.join(random.choice('0123456789') for _ in range(ln - len(p))))


GROUPS = {7: [3, 4], 8: [2, 3, 3], 9: [2, 3, 2, 2], 10: [3, 3, 4], 11: [3, 4, 4]}


def group(n, sizes=None):
    sizes = sizes or GROUPS.get(len(n), [3, 3, 4])
    out, i = [], 0
    for s in sizes:
        if i >= len(n):
            break
        out.append(n[i:i + s])
        i += s
    if i < len(n):
        out[-1] += n[i:]
    return out


def fmt_phone(ph, home):
    cc, nsn = ph
    code, trunk, _, _ = PHONE[cc]
    if cc == home and random.random() < 0.65:
        if cc == 'RU' or cc == 'BY':
            a, b = nsn[:3] if cc == 'RU' else nsn[:2], nsn[3:] if cc == 'RU' else nsn[2:]
            t = '8' if cc == 'RU' else '8 0'
            return random.choice(['%s (%s) %s-%s-%s' % (t, a, b[:3], b[3:5], b[5:]), t.replace(' ', '') + nsn])
        if cc == 'US':
            return '(%s) %s-%s' % (nsn[:3], nsn[3:6], nsn[6:])
        nat = trunk + nsn
        r = random.random()
        if r < 0.4:
            return nat
        if r < 0.7:
            return ' '.join([nat[:len(trunk) + 2]] + group(nat[len(trunk) + 2:]))
        return '(%s) %s-%s' % (nat[:len(trunk) + 2], nat[len(trunk) + 2:len(trunk) + 5], nat[len(trunk) + 5:])
    r = random.random()
    if r < 0.42:
        return '+' + code + nsn
    if r < 0.67:
        return '+%s %s' % (code, ' '.join(group(nsn)))
    if r < 0.82:
        return '00' + code + ' ' * (random.random() < 0.5) + nsn
    if r < 0.9:
        return '+%s (%s) %s' % (code, nsn[:2], '-'.join(group(nsn[2:])))
    if r < 0.95:
        return code + nsn
    return '+%s-%s' % (code, '-'.join(group(nsn)))


PASS_FMT = {'RU': '99 9999999', 'UA': 'AA999999', 'BY': 'AA9999999', 'MD': 'A99999999', 'RO': '999999999',
            'BG': '999999999', 'RS': '999999999', 'AL': 'AA9999999', 'GR': 'AA9999999', 'TR': 'A99999999',
            'GE': '99AA99999', 'AM': 'AA9999999', 'SY': 'N99999999', 'IQ': 'A99999999', 'EG': 'A99999999',
            'IR': 'A99999999', 'AF': 'P99999999', 'PK': 'AA9999999', 'IN': 'A9999999', 'BD': 'AA9999999',
            'CN': 'E99999999', 'KR': 'M99999999', 'VN': 'A9999999', 'TH': 'AA9999999', 'KH': 'N99999999',
            'PH': 'P9999999A', 'NG': 'A99999999', 'ER': '99999999', 'ET': 'EP9999999', 'IL': '99999999',
            'BR': 'AA999999', 'MX': 'G99999999'}
OCR = {'O': '0', '0': 'O', 'I': '1', '1': 'I', 'S': '5', '5': 'S', 'B': '8', '8': 'B', 'Z': '2', '2': 'Z',
       'G': '6', '6': 'G', 'D': '0'}


def new_passport(cc):
    return ''.join(random.choice('ABCEHKMNPTX') if c == 'A' else random.choice('0123456789') if c == '9' else c
                   for c in PASS_FMT[cc])


def fmt_passport(cc, num, ocr_rate, stats):
    n = num
    if random.random() < ocr_rate:
        idx = [i for i, c in enumerate(n) if c in OCR]
        if idx:
            for i in random.sample(idx, 1 if random.random() < 0.75 else min(2, len(idx))):
                n = n[:i] + OCR[n[i]] + n[i + 1:]
            stats['passport_ocr'] += 1
    elif random.random() < 0.04:
        i = random.randrange(len(n) - 1)
        n = n[:i] + n[i + 1] + n[i] + n[i + 2:] if random.random() < 0.6 else n[:i] + n[i + 1:]
        stats['passport_hand_typo'] += 1
    r = random.random()
    if r < 0.1:
        n = n[:len(n) // 2] + random.choice([' ', '-']) + n[len(n) // 2:]
    elif r < 0.15:
        n = n.lower()
    if random.random() < 0.28:
        stats['passport_cc_prefix'] += 1
        n = cc + ':' + n
    return n


# ---------------------------------------------------------------------------
# Agencies and their habits
# ---------------------------------------------------------------------------
def S(**kw):
    base = dict(w=1.0, aff={}, cyr=None, native=(), style='en', lang='en', full=0.7, order={'GF': 1}, caps=0.2,
                mid=0.5, dates=['iso'], home=None, dob=0.85, gender=0.6, nat=0.6, pas=0.4, phone=0.5, email=0.1,
                addr=0.25, pob=0.2, ocr=0.06, nick=0.04, alias=0.12, idfmt='%06d', other=1.0)
    base.update(kw)
    return base


SOURCES = {
    'police-ua': S(other=0.5, cyr='uk', lang='uk', full=0.75, order={'FG': 0.85, 'GF': 0.15}, caps=0.15, mid=0.75,
                   dates=['dmy.', 'dmy.', 'dM-uk'], home='UA', gender=0.6, pas=0.45, phone=0.65, addr=0.4, pob=0.3,
                   aff=dict(UA=8, RU=2, BY=2, MD=3, RO=1.5, GE=1.5, AM=1.5), idfmt='ЄО-%07d'),
    'mvd-ru': S(other=0.5, cyr='ru', lang='ru', full=0.9, order={'FG': 0.9, 'GF': 0.1}, caps=0.3, mid=0.85,
                dates=['dmy.', 'dmy.', 'dM-ru'], home='RU', pas=0.5, phone=0.5, pob=0.4,
                aff=dict(RU=8, UA=2.5, BY=4, MD=2, GE=1.5, AM=2, VN=1.5, CN=1.2), idfmt='КУСП-%06d'),
    'border-eu': S(style='passport', lang='en', full=0.2, order={'FG': 0.7, 'GF': 0.3}, caps=1.0, mid=0.25,
                   dates=['dMON', 'iso', 'dmy.'], dob=0.97, gender=0.95, nat=0.95, pas=0.9, phone=0.1, email=0.02,
                   addr=0.05, pob=0.5, ocr=0.18, nick=0.0, alias=0.02,
                   aff=dict(UA=1.5, AL=2, SY=1.5, AF=1.5, MD=1.5, NG=1.2, ER=1.2), idfmt='EU%08d'),
    'ngo-fr': S(style='fr', lang='fr', full=0.7, order={'FCAPS': 0.6, 'GF': 0.4}, caps=0.1, mid=0.2,
                dates=['dmy/', 'dM-fr', 'dmy1'], home='FR', dob=0.75, gender=0.5, nat=0.7, pas=0.25, phone=0.55,
                email=0.2, addr=0.2, nick=0.08, alias=0.15,
                aff=dict(NG=3, ER=2, RO=2, AL=2, SY=1.5, EG=1.5, UA=1.5, VN=1.5, CN=1.2), idfmt='FR-%05d'),
    'fiu-de': S(style='de', lang='de', full=0.6, order={'F,G': 0.6, 'GF': 0.4}, caps=0.2, mid=0.3,
                dates=['dmy.', 'dM-de'], home='DE', dob=0.9, gender=0.4, nat=0.75, pas=0.5, phone=0.7, email=0.5,
                addr=0.6, nick=0.0, aff=dict(RU=2, UA=2, RO=2, BG=2, AL=1.5, TR=2, SY=1.5, VN=1.5, NG=1.5),
                idfmt='VM-%07d'),
    'police-gr': S(other=0.5, native=('GR',), style='passport', lang='el', full=0.7, order={'FG': 0.8, 'GF': 0.2}, caps=0.6,
                   mid=0.3, dates=['dmy/', 'dmy1'], home='GR', pas=0.5, phone=0.55,
                   aff=dict(GR=5, AL=3, BG=2, GE=2, RO=1.5, UA=1.5, SY=1.5, AF=1.5, PK=1.5, IQ=1.5),
                   idfmt='ΕΛ%06d'),
    'shelter-ar': S(other=0.35, native=('SY', 'IQ', 'EG', 'IR', 'AF', 'PK'), lang='ar', full=1.0, mid=0.75,
                    dates=['dmy/', 'ymd/', 'ar', 'dmy1'], home='JO', dob=0.7, gender=0.7, nat=0.6, pas=0.3,
                    phone=0.65, addr=0.3,
                    aff=dict(SY=6, IQ=5, EG=3, IR=1.5, AF=1.5, ER=1.5, PH=2, BD=1.5), idfmt='SH%05d'),
    'helpline-kr': S(other=0.3, native=('KR', 'CN'), lang='ko', full=0.9, mid=0.2, dates=['ymd.', 'ko', 'iso'], home='KR',
                     dob=0.6, gender=0.5, nat=0.5, pas=0.2, phone=0.8, email=0.15,
                     aff=dict(KR=6, CN=3, VN=2.5, TH=2, PH=2, RU=1, KH=2), idfmt='KR-%05d'),
    'border-th': S(other=0.3, native=('TH',), style='passport', lang='th', full=0.4, order={'FG': 0.3, 'GF': 0.7}, caps=0.8,
                   mid=0.4, dates=['dmy/', 'dMON'], home='TH', dob=0.9, gender=0.85, nat=0.9, pas=0.8, phone=0.35,
                   ocr=0.15, aff=dict(TH=6, KH=5, VN=2, CN=1.5, BD=1.2, IN=1.2, PK=1.2), idfmt='TH%07d'),
    'ngo-horn': S(other=0.15, native=('ER',), lang='en', full=0.9, mid=0.8, dates=['dmy/', 'dmy1', 'iso'], home='ET',
                  dob=0.6, gender=0.7, nat=0.7, pas=0.15, phone=0.6, aff=dict(ER=10, SY=1, EG=1, SD=1),
                  idfmt='HN-%04d'),
    'ngo-il': S(other=0.4, native=('IL',), lang='he', full=0.85, mid=0.3, dates=['dmy/', 'dmy.'], home='IL', dob=0.7,
                pas=0.35, phone=0.6, aff=dict(IL=5, ER=3, UA=2, RU=2, TH=1.5, PH=1.5), idfmt='IL%05d'),
    'fiu-us': S(lang='en', full=0.3, caps=0.3, mid=0.5, dates=['mdy/', 'mdy/', 'iso', 'dM-en'], home='US',
                dob=0.9, gender=0.3, nat=0.7, pas=0.45, phone=0.7, email=0.55, addr=0.6, nick=0.1,
                aff=dict(MX=3, PH=2, CN=2, KR=1.5, IN=1.5, NG=1.5, BR=1.5), idfmt='SAR-%08d'),
    'police-tr': S(other=0.6, native=('TR',), style='tr', lang='tr', full=0.6, order={'GF': 0.7, 'FCAPS': 0.3}, caps=0.3,
                   mid=0.3, dates=['dmy.', 'dmy/', 'dM-tr'], home='TR', pas=0.5, phone=0.6,
                   aff=dict(TR=5, SY=3, AF=2, IR=2, GE=2, UA=1.2, RU=1.2, MD=1.5, AM=1), idfmt='TR%07d'),
    'ngo-latam': S(other=0.3, native=('MX', 'BR'), style='es', lang='es', full=0.7, caps=0.1, mid=0.6,
                   dates=['dmy/', 'dM-es', 'dmy1'], home='MX', dob=0.75, pas=0.25, phone=0.6, email=0.2, nick=0.1,
                   aff=dict(MX=7, BR=3, CN=1, NG=1), idfmt='MX-%05d'),
    'ngo-asia': S(other=0.3, native=('IN', 'BD'), lang='en', full=0.8, mid=0.5, dates=['dmy-', 'dmy/', 'dmy.'], home='IN',
                  dob=0.7, pas=0.35, phone=0.6, aff=dict(IN=6, BD=6, PK=2, NP=1), idfmt='AS/%05d'),
}


# ---------------------------------------------------------------------------
# People and their records
# ---------------------------------------------------------------------------
def wchoice(d):
    keys = list(d)
    return random.choices(keys, weights=[d[k] for k in keys])[0]


def rand_dob():
    y = int(random.triangular(1962, 2007, 1994))
    while True:
        m, d = random.randint(1, 12), random.randint(1, 31)
        if valid(y, m, d):
            return (y, m, d)


def make_address(cc, fam_tok):
    num = '%d' % random.randint(1, 140)
    if random.random() < 0.4:
        num += '-%d' % random.randint(1, 90)
    if cc in CITIES:
        city = random.choice(CITIES[cc]).split('|')[0].replace('_', ' ')
        street = fam_tok.native if fam_tok.script not in ('list', 'cjk') else 'Main'
        return (cc, '%s %s %s, %s' % (STREET_PREFIX.get(cc, ''), street, num, city))
    city = random.choice(CITY_LIST.get(cc, ['|Capital']))
    return (cc, city, num)


def fmt_address(a, latin, style):
    if len(a) == 2:
        cc, s = a
        if latin and cc in COUNTRY_SCRIPT:
            s = ' '.join(translit(COUNTRY_SCRIPT[cc], w, style, random) if any(c.isalpha() for c in w) else w
                         for w in s.split(' '))
        return s
    cc, city, num = a
    nat, _, alts = city.partition('|')
    if not latin and nat:
        return '%s %s' % (num, nat)
    return '%s, %s' % (num, random.choice(alts.split('/')))


def make_pob(cc):
    if cc in CITIES:
        return Tok(random.choice(CITIES[cc]).split('|')[0].replace('_', ' '), COUNTRY_SCRIPT.get(cc, 'latin'))
    if cc in CITY_LIST:
        return tok_from_list(random.choice(CITY_LIST[cc]))
    return None


def make_person(pid, cc=None, gender=None):
    cc = cc or wchoice(ORIGIN_W)
    gender = gender or ('F' if random.random() < 0.62 else 'M')
    p = dict(pid=pid, cc=cc, gender=gender, dob=rand_dob(), name=make_name(cc, gender), phones=[], passports=[],
             email=None, address=None, pob=make_pob(cc), nats=[cc], married=None, alias=None, fake_dob=None)
    sec = SECOND_NAT.get(cc)
    if sec and random.random() < sec[1]:
        p['nats'].append(sec[0])
    if random.random() < 0.55:
        p['passports'].append((p['nats'][-1] if len(p['nats']) > 1 and random.random() < 0.5 else cc,
                               new_passport(cc)))
        if random.random() < 0.12:
            c2 = p['nats'][-1]
            p['passports'].append((c2, new_passport(c2) if c2 in PASS_FMT else new_passport(cc)))
    if random.random() < 0.62:
        p['phones'].append(new_phone(cc if random.random() < 0.65 else random.choice(DEST)))
        if random.random() < 0.18:
            p['phones'].append(new_phone(random.choice(DEST)))
    if random.random() < 0.3:
        p['email'] = True
    if random.random() < 0.35:
        p['address'] = make_address(cc, p['name']['family'][0] if p['name']['family'] else p['name']['given'][0])
    if gender == 'F' and p['dob'][0] < 1998 and random.random() < 0.07 and cc not in ('ER', 'SY', 'IQ', 'EG', 'AF',
                                                                                     'IR', 'KR', 'CN', 'VN'):
        p['married'] = make_name(cc, 'F')['family']
    if random.random() < 0.025:
        p['alias'] = make_name(cc, gender)
    if random.random() < 0.02:
        p['fake_dob'] = (p['dob'][0] - random.randint(2, 6), random.randint(1, 12), random.randint(1, 28))
    return p


def make_email(p):
    nm = p['name']
    g = strip_marks(render_latin(nm['given'][0], 'passport')).lower().replace(' ', '').replace('-', '')
    f = strip_marks(render_latin(nm['family'][0], 'passport')).lower().replace(' ', '').replace('-', '') \
        if nm['family'] else ''
    f = ''.join(c for c in f if c.isalnum())
    g = ''.join(c for c in g if c.isalnum())
    dom = random.choice(['gmail.com', 'gmail.com', 'yahoo.com', 'hotmail.com', 'outlook.com'] +
                        {'RU': ['mail.ru', 'yandex.ru'], 'UA': ['ukr.net', 'i.ua'], 'CN': ['qq.com', '163.com'],
                         'KR': ['naver.com'], 'TR': ['hotmail.com'], 'BR': ['uol.com.br']}.get(p['cc'], []))
    pat = random.choice(['{g}.{f}', '{g}{f}', '{g}_{f}{y}', '{f}{g}{y}', '{g}{y}', '{g}.{f}{y}'])
    return pat.format(g=g, f=f, y=p['dob'][0] % 100 if random.random() < 0.5 else p['dob'][0]) + '@' + dom


CYR_SCRIPTS = ('ru', 'uk', 'be', 'bg', 'sr')


def person_script(p):
    return COUNTRY_SCRIPT.get(p['cc'], 'latin' if p['cc'] in LAT else 'list')


def nick_tok(tok):
    if tok.short:
        return Tok(tok.short, tok.script if tok.script in SCRIPT_SYS or tok.script == 'latin' else 'latin',
                   alts=[tok.short])
    if tok.script == 'latin':
        n = NICK.get(strip_marks(tok.native).lower())
        if n:
            return Tok(random.choice(n).capitalize(), 'latin')
    return None


def compose(p, nm, src, mode, style, stats, allow_noise=True):
    """Returns (full_name, given_field, family_field) for one record."""
    kind = nm['kind']
    rend = lambda t: render_tok(t, mode, style)
    gt = list(nm['given'])
    if allow_noise and random.random() < src['nick']:
        nt = nick_tok(gt[0])
        if nt:
            gt = [nt]
            stats['name_short_form'] += 1
    if len(gt) > 1 and random.random() < 0.25:
        gt = gt[:1]
        stats['name_second_given_dropped'] += 1
    given = [rend(t) for t in gt]
    middle = []
    if nm['middle']:
        keep = 0.9 if kind == 'vn' else src['mid']
        if random.random() < keep:
            middle = [rend(t) for t in nm['middle']]
            if kind == 'ph' and random.random() < 0.4:
                middle = [middle[0][0] + '.']
        else:
            stats['name_middle_dropped'] += 1
    if kind == 'vn' and middle:
        given, middle = middle + given, []
    ft = list(nm['family'])
    if p.get('married') and nm is p['name'] and random.random() < 0.4:
        ft = p['married']
        stats['name_married_surname'] += 1
    family = [rend(t) for t in ft]
    if kind == 'two_surnames' and len(family) == 2:
        r = random.random()
        if r < 0.4:
            family = family[:1] if p['cc'] == 'MX' else family[1:]
            stats['name_second_surname_dropped'] += 1
        elif r < 0.45:
            family = [family[0] + '-' + family[1]]
    if (allow_noise and p['gender'] == 'F' and mode not in ('native', 'ru', 'uk') and nm['fam']
            and person_script(p) in ('ru', 'uk', 'be', 'bg') and random.random() < 0.04):
        family = [render_latin(Tok(split_entry(nm['fam'])[0], person_script(p)), style)]
        stats['name_masculine_surname_form'] += 1
    tail = []
    if nm['tail'] and random.random() < src['mid']:
        tail = [rend(t) for t in nm['tail']]
    if allow_noise and random.random() < (0.1 if mode not in ('native',) else 0.03):
        parts = [given, family, middle]
        tgt = random.choice([x for x in parts if x])
        i = random.randrange(len(tgt))
        if len(tgt[i]) >= 4 and not any('\u0e00' <= c <= '\u0e7f' or '\u1780' <= c <= '\u17ff' for c in tgt[i]):
            tgt[i] = typo(tgt[i])
            stats['name_typo'] += 1
    if allow_noise and random.random() < 0.03 and mode != 'native':
        given = [given[0][0] + '.']
        middle = [m[0] + '.' for m in middle]
        stats['name_initials'] += 1
    cjk = mode == 'native' and p['cc'] in ('CN', 'KR')
    sep = '' if cjk else ' '
    g_str = ' '.join(given + middle) if kind != 'er' else ' '.join(given)
    f_str = ' '.join(family + tail) if kind == 'er' else ' '.join(family)
    if kind == 'er':
        f_str = ' '.join(family + tail)
    order = wchoice(src['order'])
    if mode == 'native' and nm['fam_first']:
        full = sep.join(family + middle + given)
    elif nm['fam_first'] and order == 'GF' and random.random() < 0.5:
        full = ' '.join(family + middle + given)
    elif order == 'GF':
        full = ' '.join(given + middle + family + tail)
    elif order == 'F,G':
        full = ' '.join(family + tail) + ', ' + ' '.join(given + middle)
    elif order == 'FCAPS':
        full = ' '.join(family + tail).upper() + ' ' + ' '.join(given + middle)
    else:
        full = ' '.join(family + tail + given + middle)
    return full, g_str, f_str


def upper(s, turkish=False):
    if turkish:
        s = s.replace('i', 'İ')
    return s.upper()


def make_record(p, sname, stats):
    src = SOURCES[sname]
    sc = person_script(p)
    nm = p['name']
    mode, style = 'latin', src['style']
    if src['cyr']:
        if sc in CYR_SCRIPTS or p['cc'] == 'MD' and random.random() < 0.7:
            mode = src['cyr'] if random.random() < 0.9 else 'latin'
        elif random.random() < 0.45:
            mode = src['cyr']
        if mode == 'latin':
            style = 'passport' if random.random() < 0.6 else 'en'
    elif p['cc'] in src['native'] and random.random() < 0.8:
        mode = 'native'
    elif src['native'] and sc not in ('latin',) and random.random() < 0.5:
        style = 'passport'
    stats['script_' + ('native' if mode == 'native' or (mode in ('ru', 'uk') and sc in CYR_SCRIPTS)
                       else 'cyrillic_transcription' if mode in ('ru', 'uk') else 'latin')] += 1
    row = {}
    full, g, f = compose(p, nm, src, mode, style, stats)
    caps = random.random() < src['caps'] and mode != 'native' or (mode in ('ru', 'uk') and random.random() < 0.1)
    if caps:
        tr = sname == 'police-tr' and p['cc'] == 'TR'
        full, g, f = upper(full, tr), upper(g, tr), upper(f, tr)
        if random.random() < src['ocr'] * 0.4:
            full, g, f = ocr_name(full), ocr_name(g), ocr_name(f)
            stats['name_ocr_damage'] += 1
    if sname == 'border-eu' and random.random() < 0.03 and mode != 'native':
        row['name'] = (upper(strip_marks(f)).replace(' ', '<') + '<<' + upper(strip_marks(g)).replace(' ', '<'))
        stats['name_mrz_style'] += 1
    elif random.random() < src['full'] or not g or not f:
        row['name'] = full
        stats['layout_full_name'] += 1
    else:
        if random.random() < 0.04:
            g, f = f, g
            stats['name_given_family_swapped_columns'] += 1
        row['given_name'], row['family_name'] = g, f
        stats['layout_split_name'] += 1
    # second name column: alias
    alias = None
    if p.get('alias') and random.random() < 0.5:
        alias = compose(p, p['alias'], src, 'latin' if mode == 'native' else mode, style, stats, False)[0]
        stats['alias_other_identity'] += 1
    elif mode == 'native' or (mode in ('ru', 'uk') and random.random() < 0.5):
        if random.random() < src['alias'] * 1.5:
            alias = compose(p, nm, src, 'latin', 'passport', stats, False)[0].upper()
            stats['alias_latin_of_native'] += 1
    elif random.random() < src['alias'] * 0.4:
        nt = nick_tok(nm['given'][0])
        if nt:
            alias = render_tok(nt, mode, style)
            stats['alias_short_form'] += 1
    if alias:
        row['name_2'] = alias
    thin = random.random() < 0.07
    if thin:
        stats['thin_record'] += 1
    # date of birth
    if not thin and random.random() < src['dob']:
        d, part = noisy_dob(p, stats)
        fmt = random.choice(src['dates'])
        if fmt in ('ar', 'dmy1', 'dmy2') and part != 'full':
            fmt = 'dmy/'
        if fmt == 'dmy/' and random.random() < 0.1 and part == 'full':
            fmt = 'dmy2'
        row['date_of_birth'] = fmt_date(d, fmt, part)
        stats['dob_fmt_' + fmt] += 1
    else:
        stats['dob_missing'] += 1
    if (not thin or random.random() < 0.3) and random.random() < src['gender']:
        gg = p['gender'] if random.random() > 0.005 else ('M' if p['gender'] == 'F' else 'F')
        row['gender'] = fmt_gender(gg, src['lang'])
    if (not thin or random.random() < 0.5) and random.random() < src['nat']:
        cc = p['nats'][0] if len(p['nats']) == 1 or random.random() < 0.7 else p['nats'][1]
        row['nationality'] = fmt_nat(cc, src['lang'], cc in src['native'] or (
            src['cyr'] and COUNTRY_SCRIPT.get(cc) in CYR_SCRIPTS))
    if thin:
        return row
    if p['passports'] and random.random() < src['pas']:
        ps = list(p['passports'])
        random.shuffle(ps)
        row['passport'] = fmt_passport(ps[0][0], ps[0][1], src['ocr'], stats)
        if len(ps) > 1 and random.random() < 0.3:
            row['passport_2'] = fmt_passport(ps[1][0], ps[1][1], src['ocr'], stats)
    phones = []
    if p['phones'] and random.random() < src['phone']:
        phones = p['phones'][:1] if random.random() < 0.6 else random.sample(p['phones'], len(p['phones']))
    if p.get('shared') and random.random() < 0.45:
        phones = [p['shared']] + phones
        stats['phone_shared_controller'] += 1
    for i, ph in enumerate(phones[:2]):
        row['phone' if i == 0 else 'phone_2'] = fmt_phone(ph, src['home'])
    if p['email'] and random.random() < src['email']:
        e = p['email']
        row['email'] = e if random.random() < 0.9 else e[0].upper() + e[1:]
    if p['address'] and random.random() < src['addr']:
        latin = not (mode == 'native' or (mode in ('ru', 'uk') and p['address'][0] in COUNTRY_SCRIPT
                                           and COUNTRY_SCRIPT[p['address'][0]] in CYR_SCRIPTS))
        row['address'] = fmt_address(p['address'], latin, style)
    if p['pob'] and random.random() < src['pob']:
        pm = mode if mode != 'native' or p['cc'] in src['native'] else 'latin'
        row['place_of_birth'] = render_tok(p['pob'], pm, style)
    return row


N_RECORDS_W = {1: 20, 2: 25, 3: 22, 4: 15, 5: 10, 6: 8}
COLUMNS = ['source', 'record_id', 'truth', 'name', 'name_2', 'given_name', 'family_name', 'date_of_birth', 'gender',
           'nationality', 'passport', 'passport_2', 'phone', 'phone_2', 'email', 'address', 'place_of_birth']


def generate(n_people, seed):
    random.seed(seed)
    load_nicknames()
    from collections import Counter
    stats = Counter()
    people = []
    for i in range(n_people):
        pid = 'P%06d' % (i + 1)
        r = random.random()
        if people and r < 0.08:
            base = random.choice(people)
            p = make_person(pid, base['cc'], base['gender'])
            nm = dict(base['name'])
            if nm['middle'] and random.random() < 0.5:
                nm['middle'] = p['name']['middle']
            p['name'] = nm
            p['married'] = None
            if random.random() < 0.2:
                y, m, d = p['dob']
                p['dob'] = (base['dob'][0], m, d)
            p['trap'] = 'namesake'
            stats['person_namesake'] += 1
        elif people and r < 0.15:
            base = random.choice(people)
            g = 'F' if random.random() < 0.6 else 'M'
            p = make_person(pid, base['cc'], g)
            bn = base['name']
            nm = make_name(base['cc'], g, father=bn['father'], fam=bn['fam'])
            if bn['kind'] == 'er':
                nm['family'], nm['tail'] = bn['family'], bn['tail']
            elif bn['kind'] == 'ar':
                nm['middle'], nm['family'] = bn['middle'], bn['family']
            p['name'] = nm
            if base['address'] is None:
                base['address'] = make_address(base['cc'], bn['family'][0] if bn['family'] else bn['given'][0])
            p['address'] = base['address']
            p['pob'] = base['pob']
            if random.random() < 0.5:
                if not base['phones']:
                    base['phones'].append(new_phone(base['cc']))
                p['phones'] = [base['phones'][0]] + p['phones'][:1]
                stats['person_sibling_shared_phone'] += 1
            if random.random() < 0.1:
                p['dob'] = base['dob']
                stats['person_twin'] += 1
            else:
                y = base['dob'][0] + random.choice([-1, 1]) * random.randint(1, 9)
                p['dob'] = (min(max(y, 1958), 2008), random.randint(1, 12), random.randint(1, 28))
            p['trap'] = 'sibling'
            stats['person_sibling'] += 1
        else:
            p = make_person(pid)
        if p['email']:
            p['email'] = make_email(p)
        if p['fake_dob']:
            p['fake_dob'] = (p['dob'][0] - random.randint(2, 6), random.randint(1, 12), random.randint(1, 28))
        people.append(p)
    # controllers' phones shared by several unrelated people
    for _ in range(max(1, n_people // 70)):
        ph = new_phone(random.choice(DEST + ['UA', 'RU', 'NG', 'TH', 'TR']))
        for p in random.sample(people, min(len(people), random.randint(3, 7))):
            p['shared'] = ph
            stats['person_with_controller_phone'] += 1
    rows = []
    counters = Counter()
    names = list(SOURCES)
    for p in people:
        k = wchoice(N_RECORDS_W)
        weights = {s: SOURCES[s]['w'] * SOURCES[s]['aff'].get(p['cc'], SOURCES[s]['other']) for s in names}
        chosen = []
        for _ in range(k):
            if chosen and random.random() < 0.08:
                chosen.append(random.choice(chosen))
                continue
            avail = {s: w for s, w in weights.items() if s not in chosen}
            chosen.append(wchoice(avail))
        for s in chosen:
            row = make_record(p, s, stats)
            counters[s] += 1
            row['source'] = s
            row['truth'] = p['pid']
            rows.append(row)
    random.shuffle(rows)
    seen = Counter()
    for row in rows:
        s = row['source']
        seen[s] += 1
        row['record_id'] = SOURCES[s]['idfmt'] % (seen[s] * 7 + random.randint(0, 6))
    return rows, stats, counters


def main():
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument('--people', type=int, default=1000)
    ap.add_argument('--seed', type=int, default=1)
    ap.add_argument('--out', default='-')
    ap.add_argument('--stats', action='store_true', help='print noise counts to stderr')
    a = ap.parse_args()
    rows, stats, counters = generate(a.people, a.seed)
    f = open(a.out, 'w', newline='', encoding='utf-8') if a.out != '-' else None
    import sys
    w = csv.writer(f or sys.stdout)
    w.writerow(COLUMNS)
    for r in rows:
        w.writerow([r.get(c, '') for c in COLUMNS])
    if f:
        f.close()
    if a.stats:
        n = len(rows)
        print('records %d, people %d' % (n, a.people), file=sys.stderr)
        for k, v in sorted(counters.items()):
            print('  source %-14s %6d' % (k, v), file=sys.stderr)
        for k, v in sorted(stats.items()):
            print('  %-40s %6d  %5.1f%%' % (k, v, 100.0 * v / n), file=sys.stderr)


if __name__ == '__main__':
    main()
