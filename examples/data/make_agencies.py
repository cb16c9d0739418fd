#!/usr/bin/env python3
"""Generate examples/data/agencies.csv: the sample that `make demo` resolves.

A few hundred records about fictional people, as eight fictional agencies
would keep them: each writes names in its own script when the person shares
it and in Latin (or its own transliteration) otherwise, dates and phones in
its own formats. Mistakes are the usual ones: partial dates, day and month
swapped, a mistyped birth year, OCR-damaged passport numbers, names in
another order or romanisation. Traps: namesakes (same name, different
people), different people sharing a phone, and records weak enough to chain
two namesakes together. The `person` column is the truth; aka-resolve
ignores it unless given --truth person.

Deterministic: the same seed writes the same file. Standard library only.
Every person and number is invented.

    python3 examples/data/make_agencies.py [--seed 2024] [-o examples/data/agencies.csv]
"""
import argparse
import csv
import io
import random

# ---- name lists: (native, latin variants...) --------------------------------
# Given names carry a gender; family names may have a feminine form.

UA_GIVEN_M = [("Олександр", "Oleksandr"), ("Андрій", "Andrii", "Andriy"),
              ("Дмитро", "Dmytro"), ("Сергій", "Serhii", "Serhiy"),
              ("Юрій", "Yurii", "Yuriy"), ("Тарас", "Taras"),
              ("Богдан", "Bohdan"), ("Василь", "Vasyl")]
UA_GIVEN_F = [("Олена", "Olena"), ("Оксана", "Oksana"), ("Юлія", "Yuliia", "Yulia"),
              ("Наталія", "Nataliia", "Natalia"), ("Ірина", "Iryna"),
              ("Тетяна", "Tetiana", "Tetyana"), ("Марія", "Mariia", "Maria"),
              ("Галина", "Halyna")]
UA_FAMILY = [("Шевченко", "Shevchenko"), ("Коваленко", "Kovalenko"),
             ("Бондаренко", "Bondarenko"), ("Мельник", "Melnyk"),
             ("Ковальчук", "Kovalchuk"), ("Ткаченко", "Tkachenko"),
             ("Кравчук", "Kravchuk"), ("Олійник", "Oliinyk", "Oliynyk"),
             ("Поліщук", "Polishchuk"), ("Лисенко", "Lysenko")]
RU_GIVEN_M = [("Дмитрий", "Dmitry", "Dmitriy"), ("Алексей", "Alexey", "Aleksei"),
              ("Сергей", "Sergey", "Sergei"), ("Николай", "Nikolay", "Nikolai")]
RU_GIVEN_F = [("Анастасия", "Anastasia", "Anastasiya"), ("Екатерина", "Ekaterina", "Yekaterina"),
              ("Ольга", "Olga"), ("Светлана", "Svetlana")]
RU_FAMILY = [("Иванов", "Ivanov", "Иванова", "Ivanova"),
             ("Смирнов", "Smirnov", "Смирнова", "Smirnova"),
             ("Кузнецов", "Kuznetsov", "Кузнецова", "Kuznetsova"),
             ("Попов", "Popov", "Попова", "Popova")]
AR_GIVEN_M = [("محمد", "Mohammed", "Muhammad", "Mohamed"), ("أحمد", "Ahmad", "Ahmed"),
              ("خالد", "Khaled", "Khalid"), ("يوسف", "Youssef", "Yusuf"),
              ("عمر", "Omar", "Umar"), ("حسن", "Hassan", "Hasan"),
              ("علي", "Ali")]
AR_GIVEN_F = [("فاطمة", "Fatima", "Fatma"), ("مريم", "Maryam", "Mariam"),
              ("ليلى", "Layla", "Leila"), ("نور", "Nour", "Noor"),
              ("زينب", "Zainab", "Zeinab"), ("عائشة", "Aisha", "Aicha")]
AR_FAMILY = [("الحسن", "Al-Hassan", "Alhasan"), ("العلي", "Al-Ali", "Alali"),
             ("الخطيب", "Al-Khatib", "Alkhatib"), ("حداد", "Haddad"),
             ("النجار", "Al-Najjar", "Alnajjar"), ("المصري", "Al-Masri", "Elmasry"),
             ("عبد الله", "Abdullah", "Abdallah")]
TH_GIVEN_M = [("สมชาย", "Somchai"), ("สมศักดิ์", "Somsak"), ("ประเสริฐ", "Prasert"),
              ("วิชัย", "Wichai", "Vichai")]
TH_GIVEN_F = [("มาลี", "Malee", "Mali"), ("สุดา", "Suda"), ("วันเพ็ญ", "Wanphen"),
              ("นภา", "Napha", "Naphaa"), ("กาญจนา", "Kanchana", "Kanjana")]
TH_FAMILY = [("ใจดี", "Jaidee", "Chaidi"), ("ศรีสุข", "Srisuk", "Sisuk"),
             ("บุญมา", "Boonma", "Bunma"), ("แสงทอง", "Saengthong", "Sangthong"),
             ("วงศ์ใหญ่", "Wongyai")]
CN_GIVEN_M = [("伟", "Wei"), ("强", "Qiang"), ("军", "Jun"), ("磊", "Lei")]
CN_GIVEN_F = [("丽", "Li"), ("静", "Jing"), ("秀英", "Xiuying"), ("敏", "Min")]
CN_FAMILY = [("王", "Wang"), ("李", "Li"), ("张", "Zhang"), ("刘", "Liu"), ("陈", "Chen")]
KR_GIVEN_M = [("민준", "Min-jun", "Minjun"), ("서준", "Seo-jun", "Seojun"),
              ("도윤", "Do-yun", "Doyun")]
KR_GIVEN_F = [("서연", "Seo-yeon", "Seoyeon"), ("지민", "Ji-min", "Jimin"),
              ("수빈", "Su-bin", "Subin")]
KR_FAMILY = [("김", "Kim"), ("이", "Lee", "Yi"), ("박", "Park", "Pak"), ("최", "Choi")]
GE_GIVEN_M = [("გიორგი", "Giorgi"), ("დავით", "Davit"), ("ლევან", "Levan")]
GE_GIVEN_F = [("ნინო", "Nino"), ("თამარ", "Tamar"), ("მარიამ", "Mariam")]
GE_FAMILY = [("ბერიძე", "Beridze"), ("კაპანაძე", "Kapanadze"),
             ("გელაშვილი", "Gelashvili"), ("მაისურაძე", "Maisuradze")]
IL_GIVEN_M = [("יוסף", "Yosef", "Yossef"), ("דוד", "David"), ("משה", "Moshe")]
IL_GIVEN_F = [("שרה", "Sara", "Sarah"), ("רחל", "Rachel", "Rahel"), ("נועה", "Noa")]
IL_FAMILY = [("כהן", "Cohen", "Kohen"), ("לוי", "Levi", "Levy"), ("מזרחי", "Mizrahi", "Mizrachi"),
             ("פרץ", "Peretz", "Perez")]
GR_GIVEN_M = [("Γιώργος", "Giorgos", "Georgios"), ("Νίκος", "Nikos"),
              ("Δημήτρης", "Dimitris")]
GR_GIVEN_F = [("Μαρία", "Maria"), ("Ελένη", "Eleni"), ("Αικατερίνη", "Aikaterini")]
GR_FAMILY = [("Παπαδόπουλος", "Papadopoulos", "Παπαδοπούλου", "Papadopoulou"),
             ("Παπαδάκης", "Papadakis", "Παπαδάκη", "Papadaki"),
             ("Οικονόμου", "Oikonomou", "Οικονόμου", "Oikonomou")]
VN_GIVEN_M = [("Văn An", "Van An"), ("Đức Minh", "Duc Minh")]
VN_GIVEN_F = [("Thị Lan", "Thi Lan"), ("Thị Hoa", "Thi Hoa")]
VN_FAMILY = [("Nguyễn", "Nguyen"), ("Trần", "Tran"), ("Phạm", "Pham")]

# country: (given M, given F, family, native order "gf" or "fg", phone prefix,
# national phone trunk digits, passport letters, French nationality, script)
COUNTRIES = {
    "UA": (UA_GIVEN_M, UA_GIVEN_F, UA_FAMILY, "gf", "380", "0", 2, "Ukraine", "cyrl"),
    "RU": (RU_GIVEN_M, RU_GIVEN_F, RU_FAMILY, "gf", "7", "8", 0, "Russie", "cyrl"),
    "SY": (AR_GIVEN_M, AR_GIVEN_F, AR_FAMILY, "gf", "963", "0", 1, "Syrie", "arab"),
    "EG": (AR_GIVEN_M, AR_GIVEN_F, AR_FAMILY, "gf", "20", "0", 1, "Egypte", "arab"),
    "TH": (TH_GIVEN_M, TH_GIVEN_F, TH_FAMILY, "gf", "66", "0", 2, "Thailande", "thai"),
    "CN": (CN_GIVEN_M, CN_GIVEN_F, CN_FAMILY, "fg", "86", "0", 1, "Chine", "hani"),
    "KR": (KR_GIVEN_M, KR_GIVEN_F, KR_FAMILY, "fg", "82", "0", 1, "Coree du Sud", "hang"),
    "GE": (GE_GIVEN_M, GE_GIVEN_F, GE_FAMILY, "gf", "995", "0", 0, "Georgie", "geor"),
    "IL": (IL_GIVEN_M, IL_GIVEN_F, IL_FAMILY, "gf", "972", "0", 0, "Israel", "hebr"),
    "GR": (GR_GIVEN_M, GR_GIVEN_F, GR_FAMILY, "gf", "30", "", 2, "Grece", "grek"),
    "VN": (VN_GIVEN_M, VN_GIVEN_F, VN_FAMILY, "fg", "84", "0", 1, "Vietnam", "latn"),
}
PEOPLE_PER_COUNTRY = {"UA": 20, "RU": 7, "SY": 12, "EG": 6, "TH": 14, "CN": 8,
                      "KR": 8, "GE": 8, "IL": 7, "GR": 7, "VN": 6}

# ---- agencies -------------------------------------------------------------
# name, record-id pattern, native scripts it writes, date format, weight as a
# second source for other people's records
AGENCIES = [
    ("police-ua", "UA-{:05d}", {"cyrl"}, "%d.%m.%Y", 3),
    ("ngo-fr", "PAS-{:04d}", set(), "%d/%m/%Y", 4),
    ("border-th", "MS/{:04d}", {"thai"}, "%Y-%m-%d", 3),
    ("shelter-ar", "AMN-{:04d}", {"arab"}, "%Y/%m/%d", 2),
    ("coastguard-gr", "LSV-{:04d}", {"grek"}, "%d-%m-%Y", 2),
    ("helpline-kr", "KR{:05d}", {"hang", "hani"}, "%Y.%m.%d", 1),
    ("hotline-ge", "GE-{:04d}", {"geor"}, "%d.%m.%Y", 1),
    ("clinic-il", "IL{:04d}", {"hebr"}, "%d/%m/%Y", 1),
]
HOME = {"cyrl": "police-ua", "thai": "border-th", "arab": "shelter-ar",
        "grek": "coastguard-gr", "hang": "helpline-kr", "hani": "helpline-kr",
        "geor": "hotline-ge", "hebr": "clinic-il", "latn": "ngo-fr"}

# Ukrainian Cyrillic for Latin names, as a police clerk copies a foreign
# passport: digraphs first.
LAT2CYR = [("shch", "щ"), ("sh", "ш"), ("ch", "ч"), ("kh", "х"), ("zh", "ж"),
           ("ya", "я"), ("yu", "ю"), ("ts", "ц"), ("ee", "і"), ("oo", "у"),
           ("ph", "ф"), ("th", "т"), ("j", "дж"), ("a", "а"), ("b", "б"),
           ("c", "к"), ("d", "д"), ("e", "е"), ("f", "ф"), ("g", "г"),
           ("h", "х"), ("i", "і"), ("k", "к"), ("l", "л"), ("m", "м"),
           ("n", "н"), ("o", "о"), ("p", "п"), ("q", "к"), ("r", "р"),
           ("s", "с"), ("t", "т"), ("u", "у"), ("v", "в"), ("w", "в"),
           ("x", "кс"), ("y", "и"), ("z", "з")]


def to_cyrillic(latin):
    out = []
    for word in latin.replace("-", " ").split():
        w, res = word.lower(), ""
        while w:
            for a, b in LAT2CYR:
                if w.startswith(a):
                    res += b
                    w = w[len(a):]
                    break
            else:
                res += w[0]
                w = w[1:]
        out.append(res[:1].upper() + res[1:])
    return " ".join(out)


def french(latin):
    """A French transcription of a Slavic romanisation (Kovaltchouk)."""
    s = latin.lower()
    for a, b in [("shch", "chtch"), ("ch", "tch"), ("sh", "ch"), ("zh", "j"),
                 ("yu", "iou"), ("ya", "ia"), ("kh", "kh")]:
        s = s.replace(a, b)
    s = "".join("ou" if c == "u" and (i == 0 or s[i - 1] != "o") else c
                for i, c in enumerate(s))
    return " ".join(w[:1].upper() + w[1:] for w in s.split())


OCR = {"O": "0", "0": "O", "I": "1", "1": "I", "S": "5", "5": "S", "B": "8",
       "8": "B", "Z": "2", "2": "Z", "G": "6", "6": "G"}


def ocr_damage(rng, doc):
    spots = [i for i, c in enumerate(doc) if c in OCR]
    if not spots:
        return doc
    i = rng.choice(spots)
    return doc[:i] + OCR[doc[i]] + doc[i + 1:]


class Person:
    pass


def make_people(rng):
    people = []
    for cc, n in PEOPLE_PER_COUNTRY.items():
        gm, gf, fam, order, pfx, trunk, pletters, fr_nat, script = COUNTRIES[cc]
        for _ in range(n):
            p = Person()
            p.cc, p.script, p.order, p.fr_nat = cc, script, order, fr_nat
            p.gender = rng.choice("FM")
            g = rng.choice(gf if p.gender == "F" else gm)
            f = rng.choice(fam)
            if len(f) == 4:  # gendered family name: (m native, m latin, f native, f latin)
                f = (f[2], f[3]) if p.gender == "F" else (f[0], f[1])
            p.g_native, p.g_latin = g[0], list(g[1:])
            p.f_native, p.f_latin = f[0], list(f[1:])
            p.year = rng.randint(1962, 2004)
            p.month = rng.randint(1, 12)
            p.day = rng.randint(1, 28)
            p.passport = None
            if rng.random() < 0.75:
                letters = "".join(rng.choice("ABCEFGHKMNPRSTX") for _ in range(pletters))
                p.passport = letters + "".join(rng.choice("0123456789")
                                               for _ in range(9 - pletters))
            p.phone = None
            if rng.random() < 0.8:
                p.phone = (pfx, trunk, "".join(rng.choice("0123456789") for _ in range(9)))
            p.email = None
            if rng.random() < 0.3:
                p.email = "%s.%s%d@example.org" % (p.g_latin[0].lower().replace("-", "").replace(" ", ""),
                                                   p.f_latin[0].lower().replace("-", ""),
                                                   rng.randint(1, 99))
            people.append(p)
    return people


def add_traps(rng, people):
    """Namesakes, shared phones and weak chains. Returns extra records to
    force: (person, agency, fields to drop)."""
    forced = []
    # Namesakes: a new person with another's exact name but a different
    # birth date, passport and phone.
    for cc in ("UA", "SY", "TH", "CN"):
        src = next(p for p in people if p.cc == cc)
        twin = Person()
        twin.__dict__.update(src.__dict__)
        twin.year = src.year + rng.choice((-9, -6, 7, 11))
        twin.month, twin.day = rng.randint(1, 12), rng.randint(1, 28)
        twin.passport = src.passport and (src.passport[:2] + str(rng.randint(1000000, 9999999)))
        twin.phone = src.phone and (src.phone[0], src.phone[1],
                                    "".join(rng.choice("0123456789") for _ in range(9)))
        twin.email = None
        people.append(twin)
        # The weak chain: each namesake also appears with a name and nothing
        # else, which alone links to both.
        forced.append((src, "ngo-fr", {"dob", "passport", "phone", "email"}))
        forced.append((twin, "police-ua" if cc != "UA" else "border-th",
                       {"dob", "passport", "phone", "email"}))
    # Different people sharing one phone: a mother and her son, and two
    # unrelated women given the same number by whoever brought them.
    ua = [p for p in people if p.cc == "UA"]
    ua[3].phone = ua[2].phone = ua[2].phone or ("380", "0", "671234567")
    ua[3].f_native, ua[3].f_latin = ua[2].f_native, ua[2].f_latin
    th = [p for p in people if p.cc == "TH"]
    th[4].phone = th[5].phone = th[4].phone or ("66", "0", "812345678")
    for p in (ua[2], ua[3], th[4], th[5]):
        forced.append((p, "ngo-fr", {"dob", "passport", "email"}))
    return forced


def fmt_phone(rng, agency, phone):
    pfx, trunk, num = phone
    style = rng.random()
    if agency == "police-ua" and pfx == "380":
        return "%s%s %s %s %s" % (trunk, num[:2], num[2:5], num[5:7], num[7:])
    if agency == "border-th" and pfx == "66":
        return "%s%s-%s-%s" % (trunk, num[:2], num[2:5], num[5:])
    if style < 0.4:
        return "+%s %s %s %s" % (pfx, num[:2], num[2:5], num[5:])
    if style < 0.7:
        return "00%s%s" % (pfx, num)
    return "+%s (%s) %s-%s" % (pfx, num[:2], num[2:5], num[5:])


def fmt_date(rng, fmt, p, year_typo):
    y, m, d = p.year, p.month, p.day
    r = rng.random()
    if year_typo:
        y += rng.choice((-1, 1))
    if r < 0.08:
        return ""
    if r < 0.13:
        return str(y)
    if r < 0.16 and "%d" in fmt:
        return fmt.replace("%d", "").replace("%m", "%02d" % m).replace("%Y", str(y)).strip("./- ")
    if r < 0.21 and d <= 12 and d != m:
        d, m = m, d  # day and month swapped by a clerk
    return fmt.replace("%d", "%02d" % d).replace("%m", "%02d" % m).replace("%Y", str(y))


def latin_name(rng, p, agency):
    g, f = rng.choice(p.g_latin), rng.choice(p.f_latin)
    if agency == "ngo-fr" and p.script == "cyrl" and rng.random() < 0.6:
        g, f = french(g), french(f)
    if agency == "border-th":  # passport style
        return ("%s %s" % (f, g)).upper()
    if p.order == "fg" and rng.random() < 0.5:
        return "%s %s" % (f, g)
    if rng.random() < 0.1:
        return "%s, %s" % (f, g)
    return "%s %s" % (g, f)


def native_name(p):
    if p.order == "fg" and p.script in ("hani", "hang"):
        sep = "" if p.script == "hani" else ""
        return p.f_native + sep + p.g_native
    if p.order == "fg":
        return "%s %s" % (p.f_native, p.g_native)
    return "%s %s" % (p.g_native, p.f_native)


def record(rng, p, agency, drop, serial):
    name, fmt = agency, next(a for a in AGENCIES if a[0] == agency)
    _, idpat, scripts, datefmt, _ = fmt
    names = []
    if p.script in scripts:
        names.append(native_name(p))
        if rng.random() < 0.4:
            names.append(latin_name(rng, p, agency))
    elif agency == "police-ua" and rng.random() < 0.5:
        names.append(to_cyrillic(latin_name(rng, p, "ngo-fr")))
        if rng.random() < 0.5:
            names.append(latin_name(rng, p, "border-th"))
    else:
        names.append(latin_name(rng, p, agency))
    dob = "" if "dob" in drop else fmt_date(rng, datefmt, p, rng.random() < 0.02)
    passport = ""
    if p.passport and "passport" not in drop and rng.random() < 0.55:
        passport = p.passport if rng.random() > 0.15 else ocr_damage(rng, p.passport)
        if agency == "border-th":
            passport = p.cc + ":" + passport
    phone = ""
    if p.phone and "phone" not in drop and rng.random() < 0.5:
        phone = fmt_phone(rng, agency, p.phone)
    email = ""
    if p.email and "email" not in drop and agency in ("ngo-fr", "helpline-kr") and rng.random() < 0.6:
        email = p.email if rng.random() < 0.7 else p.email.upper()
    gender = {"police-ua": {"F": "ж", "M": "ч"}, "ngo-fr": {"F": "femme", "M": "homme"},
              "shelter-ar": {"F": "أنثى", "M": "ذكر"}}.get(agency, {"F": "F", "M": "M"})[p.gender]
    if rng.random() < 0.2:
        gender = ""
    nat = {"ngo-fr": p.fr_nat, "border-th": None}.get(agency, p.cc)
    if nat is None:
        nat = {"UA": "UKR", "RU": "RUS", "SY": "SYR", "EG": "EGY", "TH": "THA", "CN": "CHN",
               "KR": "KOR", "GE": "GEO", "IL": "ISR", "GR": "GRC", "VN": "VNM"}[p.cc]
    if rng.random() < 0.25:
        nat = ""
    return [agency, idpat.format(serial), p.pid, names[0],
            names[1] if len(names) > 1 else "", dob, gender, nat, passport, phone, email]


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--seed", type=int, default=2024)
    ap.add_argument("-o", "--output", default="examples/data/agencies.csv")
    a = ap.parse_args()
    rng = random.Random(a.seed)
    people = make_people(rng)
    forced = add_traps(rng, people)
    for i, p in enumerate(people):
        p.pid = "P%03d" % (i + 1)

    weights = [(ag[0], ag[4]) for ag in AGENCIES]
    plan = []
    for p in people:
        k = rng.choices([1, 2, 3, 4, 5, 6], [8, 20, 30, 22, 12, 8])[0]
        agencies = []
        if rng.random() < 0.9:
            agencies.append(HOME[p.script])
        while len(agencies) < k:
            agencies.append(rng.choices([w[0] for w in weights], [w[1] for w in weights])[0])
        plan += [(p, ag, set()) for ag in agencies]
    plan += forced
    rng.shuffle(plan)
    serial = {ag[0]: rng.randint(10, 400) for ag in AGENCIES}
    rows = []
    for p, ag, drop in plan:
        serial[ag] += rng.randint(1, 9)
        rows.append(record(rng, p, ag, drop, serial[ag]))

    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["source", "record_id", "person", "name", "name", "date_of_birth",
                "gender", "nationality", "passport", "phone", "email"])
    w.writerows(rows)
    with open(a.output, "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())
    print("%s: %d records of %d people from %d agencies" %
          (a.output, len(rows), len(people), len(AGENCIES)))


if __name__ == "__main__":
    main()
