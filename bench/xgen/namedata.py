# -*- coding: utf-8 -*-
"""Hand-written name lists and per-country reference tables for gen.py.

Written independently for this generator.  Lists are space separated
strings; for "lexical" scripts (Arabic, Persian, Hebrew, Thai, Devanagari)
entries are  native=Var1/Var2/...  with Var1 the most common romanisation.
"""

# ---------------------------------------------------------------- Cyrillic
RU_M = ("Александр Сергей Дмитрий Андрей Алексей Максим Евгений Иван Михаил Артём "
        "Владимир Николай Игорь Олег Павел Юрий Виктор Роман Денис Антон Кирилл Илья "
        "Никита Вадим Константин Григорий Егор Тимур Станислав Руслан Матвей Даниил Лев "
        "Тимофей Василий Анатолий Геннадий Валерий Борис Фёдор Пётр Степан Георгий "
        "Ярослав Аркадий Семён Глеб Леонид Вячеслав")
RU_F = ("Анастасия Елена Ольга Наталья Екатерина Анна Татьяна Мария Ирина Юлия Светлана "
        "Дарья Ксения Виктория Алина Полина Валентина Людмила Галина Марина Кристина "
        "Оксана Надежда Вера Любовь Евгения Алёна Софья Александра Елизавета Варвара "
        "Алиса Ева Вероника Маргарита Лариса Нина Тамара Яна Жанна Диана Ульяна "
        "Василиса Милана Арина Таисия Раиса Зоя Лилия Инна")
RU_S = ("Фёдоров Михайлов Николаев Орлов Андреев Макаров Никитин Захаров Борисов Яковлев "
        "Григорьев Романов Сергеев Кузьмин Фролов Александров Дмитриев Королёв Гусев "
        "Киселёв Ильин Максимов Поляков Сорокин Ковалёв Белов Медведев Антонов Тарасов "
        "Жуков Баранов Филиппов Комаров Давыдов Беляев Герасимов Осипов Сидоров Матвеев "
        "Титов Марков Миронов Крылов Куликов Карпов Власов Мельников Денисов Гаврилов "
        "Тихонов Казаков Афанасьев Данилов Савельев Тимофеев Фомин Чернов Абрамов "
        "Мартынов Ефимов Щербаков Назаров Калинин Исаев Чернышёв Быков Маслов Родионов "
        "Коновалов Лазарев Воронин Климов Филатов Пономарёв Кудрявцев Прохоров Наумов "
        "Журавлёв Овчинников Соболев Ермаков Колесников Гончаров Емельянов Громов "
        "Покровский Никольский Вишневский Толстой Шевцов Горький Рыжов Щукин Юдин")
RU_DIM = {"Александр": "Саша", "Александра": "Саша", "Наталья": "Наташа", "Екатерина": "Катя",
          "Мария": "Маша", "Анастасия": "Настя", "Елена": "Лена", "Ольга": "Оля",
          "Татьяна": "Таня", "Дмитрий": "Дима", "Сергей": "Серёжа", "Михаил": "Миша",
          "Евгений": "Женя", "Евгения": "Женя", "Юлия": "Юля", "Ирина": "Ира",
          "Светлана": "Света", "Алексей": "Лёша", "Владимир": "Вова", "Иван": "Ваня",
          "Николай": "Коля", "Дарья": "Даша", "Ксения": "Ксюша", "Виктория": "Вика",
          "Андрей": "Андрюша", "Павел": "Паша", "Людмила": "Люда", "Надежда": "Надя",
          "Константин": "Костя", "Вячеслав": "Слава", "Ярослав": "Слава", "Галина": "Галя"}

UA_M = ("Олександр Андрій Сергій Дмитро Володимир Юрій Олег Іван Михайло Віктор Василь "
        "Микола Максим Артем Богдан Тарас Ярослав Павло Роман Віталій Денис Вадим Петро "
        "Степан Григорій Євген Ігор Костянтин Назар Данило Владислав Анатолій Остап Орест "
        "Святослав Руслан Ілля Валентин")
UA_F = ("Олена Наталія Тетяна Ірина Оксана Юлія Світлана Ольга Людмила Марія Анна Галина "
        "Катерина Надія Вікторія Анастасія Яна Валентина Христина Софія Дарина Соломія "
        "Олександра Мирослава Леся Зоряна Любов Інна Лариса Аліна Уляна Богдана Ганна "
        "Вероніка Мар'яна Євгенія Тамара")
UA_S = ("Мельник Шевченко Бойко Коваленко Бондаренко Ткаченко Ковальчук Кравченко Яковенко "
        "Шевчук Коваль Поліщук Бондар Ткачук Мороз Марченко Лисенко Руденко Савченко "
        "Петренко Олійник Кравчук Клименко Павленко Левченко Харченко Швець Кузьменко "
        "Іваненко Гончаренко Мазур Литвиненко Сидоренко Гаврилюк Онищенко Романенко "
        "Степаненко Ярошенко Дмитренко Костенко Волошин Федоренко Грищенко Мартинюк "
        "Приходько Семенко Кушнір Тимошенко Карпенко Гриценко Білик Захарченко Панченко "
        "Козак Василенко Лук'яненко Зінченко Головко Демченко Бабенко Пономаренко Тищенко "
        "Ковальов Вишневський Савицький Ковальський Гуменюк Юрченко Соловйов")
# Russian form of Ukrainian given names (Ukrainians are often recorded that way)
UA2RU = {"Олександр": "Александр", "Андрій": "Андрей", "Сергій": "Сергей", "Дмитро": "Дмитрий",
         "Володимир": "Владимир", "Юрій": "Юрий", "Іван": "Иван", "Михайло": "Михаил",
         "Віктор": "Виктор", "Василь": "Василий", "Микола": "Николай", "Павло": "Павел",
         "Петро": "Пётр", "Григорій": "Григорий", "Євген": "Евгений", "Ігор": "Игорь",
         "Костянтин": "Константин", "Віталій": "Виталий", "Анатолій": "Анатолий",
         "Данило": "Даниил", "Ілля": "Илья", "Олег": "Олег", "Артем": "Артём",
         "Олена": "Елена", "Наталія": "Наталья", "Тетяна": "Татьяна", "Ірина": "Ирина",
         "Юлія": "Юлия", "Світлана": "Светлана", "Катерина": "Екатерина", "Надія": "Надежда",
         "Вікторія": "Виктория", "Анастасія": "Анастасия", "Марія": "Мария", "Софія": "София",
         "Любов": "Любовь", "Ганна": "Анна", "Олександра": "Александра", "Дарина": "Дарья",
         "Євгенія": "Евгения", "Уляна": "Ульяна", "Христина": "Кристина"}

# ---------------------------------------------------------------- Greek
GR_M = ("Ευάγγελος Σπυρίδων Αντώνιος Ανδρέας Θεόδωρος Ηλίας Εμμανουήλ Σταύρος Αλέξανδρος "
        "Στυλιανός Ευστάθιος Χαράλαμπος Θεοφάνης Απόστολος Παύλος Πέτρος Φώτιος")
GR_F = ("Ευαγγελία Χριστίνα Ιωάννα Αναστασία Ειρήνη Δέσποινα Θεοδώρα Ευτυχία Αθηνά "
        "Σταυρούλα Φωτεινή Αλεξάνδρα Ευδοκία Χρυσούλα Ζωή")
GR_S = ("Παπαδόπουλος Βλάχος Αγγελόπουλος Νικολάου Γεωργίου Παπαγεωργίου Οικονόμου Μακρής "
        "Δημητρίου Ιωάννου Κωνσταντίνου Παππάς Αθανασίου Χριστοδούλου Πετρόπουλος "
        "Καραγιάννης Αντωνίου Μαυρίδης Ζαχαρίου Παπανικολάου Λαμπρόπουλος Βασιλείου "
        "Κυριακίδης Σταθόπουλος Τσακίρης Θεοδωρίδης Χατζηδάκης Μιχαηλίδης Ευαγγέλου Ραπτής "
        "Σπυρόπουλος Αλεξίου Μαρκόπουλος Ξενάκης Γιαννόπουλος Φραγκιαδάκης Μπακάλης Ντόκος "
        "Τζαννετάκης Ευθυμίου Ζερβός Αναγνωστόπουλος")
GR_DIM = {"Γεώργιος": "Γιώργος", "Ιωάννης": "Γιάννης", "Κωνσταντίνος": "Κώστας",
          "Δημήτριος": "Δημήτρης", "Νικόλαος": "Νίκος", "Παναγιώτης": "Πάνος",
          "Βασίλειος": "Βασίλης", "Αθανάσιος": "Θανάσης", "Μιχαήλ": "Μιχάλης",
          "Ευάγγελος": "Βαγγέλης", "Σπυρίδων": "Σπύρος", "Αντώνιος": "Αντώνης",
          "Θεόδωρος": "Θοδωρής", "Εμμανουήλ": "Μανώλης", "Ευστάθιος": "Στάθης",
          "Χαράλαμπος": "Μπάμπης", "Στυλιανός": "Στέλιος", "Φώτιος": "Φώτης",
          "Αικατερίνη": "Κατερίνα", "Βασιλική": "Βάσω", "Παρασκευή": "Βούλα",
          "Γεωργία": "Γωγώ", "Σταυρούλα": "Βούλα", "Χρυσούλα": "Χρύσα", "Αναστασία": "Τασούλα"}

# ---------------------------------------------------------------- Georgian
GE_M = ("ლევან ირაკლი ზურაბ ნიკა ლაშა გიგა თორნიკე ბექა სანდრო ვახტანგ ოთარ თამაზ გურამ "
        "მამუკა ზვიად გოჩა ნოდარ შოთა ილია ვასილ გიორგი დავით ალექსანდრე ლუკა")
GE_F = ("თამარ ნათია ეკატერინე ქეთევან მაია ლიკა სოფიო ნანა ხათუნა მანანა თეონა ნესტან "
        "ნატო ეკა თინათინ ირმა ლელა ციცინო ქრისტინე ხატია ნინო მარიამ ანა ელენე")
GE_S = ("ჯავახიშვილი ბაქრაძე ჩხეიძე ჭავჭავაძე ცერცვაძე ხარაიშვილი ნაცვლიშვილი ბურჯანაძე "
        "ღლონტი ჟვანია ქავთარაძე ფხაკაძე ყიფიანი თოდუა ჯანელიძე ხელაია ციცქიშვილი "
        "მეტრეველი კიკნაძე დოლიძე ჩიქოვანი გაბუნია კვირიკაშვილი ლორთქიფანიძე ჯაფარიძე")

# ---------------------------------------------------------------- Armenian
AM_M = ("Արմեն Արթուր Կարեն Սամվել Գևորգ Աշոտ Դավիթ Արման Հովհաննես Գագիկ Նարեկ Տիգրան "
        "Հայկ Վահե Արամ Սուրեն Ռուբեն Հրանտ Վարդան Էդգար Մհեր Արսեն Գրիգոր Հակոբ "
        "Վահագն Կարապետ Պետրոս")
AM_F = ("Անահիտ Գայանե Աննա Կարինե Հասմիկ Լուսինե Սուսաննա Արմինե Նարինե Լիլիթ Մարիամ "
        "Նարե Արփի Սոնա Անի Տաթևիկ Սիրանուշ Գոհար Աստղիկ Զարուհի Մարինե Ռուզաննա Նունե "
        "Հռիփսիմե Շուշան")
AM_S = ("Աբրահամյան Բաղդասարյան Ալեքսանյան Ստեփանյան Մելքոնյան Օհանյան Եղիազարյան "
        "Ավագյան Թովմասյան Զաքարյան Չոբանյան Շահինյան Ջհանգիրյան Բաբայան Ներսիսյան")

# ---------------------------------------------------------------- Arabic (Syria)
SY_M = ("محمد=Mohammed/Muhammad/Mohamed/Mohamad/Mouhamad أحمد=Ahmad/Ahmed/Ahmet "
        "علي=Ali/Aly عمر=Omar/Umar خالد=Khaled/Khalid/Haled محمود=Mahmoud/Mahmud/Mahmood "
        "حسن=Hassan/Hasan حسين=Hussein/Hussain/Husain يوسف=Youssef/Yousef/Yusuf/Yousif "
        "إبراهيم=Ibrahim/Ebrahim/Brahim عبدالله=Abdullah/Abdallah/Abd Allah/Abdulla "
        "عبدالرحمن=Abdulrahman/Abdul Rahman/Abdelrahman/Abd al-Rahman مصطفى=Mustafa/Moustafa/Mostafa "
        "سامر=Samer/Sameer فادي=Fadi/Fady وليد=Walid/Waleed طارق=Tarek/Tariq/Tarik "
        "ياسر=Yasser/Yasir زياد=Ziad/Ziyad بشار=Bashar/Bachar رامي=Rami/Ramy جمال=Jamal/Gamal "
        "كريم=Karim/Kareem عماد=Imad/Emad ماهر=Maher/Mahir نبيل=Nabil/Nabeel "
        "سليمان=Suleiman/Sulaiman/Soliman حمزة=Hamza/Hamzah أنس=Anas عدنان=Adnan "
        "مازن=Mazen/Mazin")
SY_F = ("فاطمة=Fatima/Fatma/Fatmeh/Fatimah مريم=Maryam/Mariam/Mariem نور=Nour/Noor/Nur "
        "سارة=Sara/Sarah ليلى=Layla/Leila/Laila هبة=Hiba/Heba رنا=Rana ريم=Reem/Rim "
        "آية=Aya/Ayah زينب=Zainab/Zeinab/Zaynab خديجة=Khadija/Khadijah/Khadidja "
        "عائشة=Aisha/Aicha/Aysha سلمى=Salma/Selma ياسمين=Yasmin/Yasmine/Jasmin رشا=Rasha/Racha "
        "دعاء=Doaa/Duaa/Dua هالة=Hala لينا=Lina/Leena أمل=Amal منى=Mona/Muna "
        "نادية=Nadia/Nadya رغد=Raghad/Rağad شيماء=Shaimaa/Shayma/Chaimae ولاء=Walaa/Wala "
        "بتول=Batoul/Batul هيام=Hiyam/Hayam")
SY_S = ("الحسن=Al-Hassan/Alhassan/El Hassan/al-Hasan الأحمد=Al-Ahmad/Alahmad/Al Ahmed "
        "العلي=Al-Ali/Alali/El Ali الخطيب=Al-Khatib/Alkhatib/El-Khatib/Khatib "
        "المصري=Al-Masri/Almasri/El Masry حداد=Haddad/Hadad الشامي=Al-Shami/Alshami/Ash-Shami/El Chami "
        "عثمان=Othman/Osman/Uthman حمدان=Hamdan النجار=Al-Najjar/Alnajjar/Najjar/Al Naggar "
        "قاسم=Kassem/Qasim/Qassem/Kasem الحلبي=Al-Halabi/Halabi/Alhalabi درويش=Darwish/Derwish/Darweesh "
        "سعيد=Said/Saeed/Saïd صالح=Saleh/Salih الزعبي=Al-Zoubi/Alzoubi/Al Zubi/Zoubi "
        "العمر=Al-Omar/Alomar/Al Omar الحموي=Al-Hamwi/Hamwi/Al Hamawi خليل=Khalil/Khaleel "
        "مراد=Mourad/Murad السيد=Al-Sayed/Alsayed/El-Sayed/Sayed الرفاعي=Al-Rifai/Alrifai/Rifai/Al Refai "
        "كردي=Kurdi/Kurdy الدباغ=Al-Dabbagh/Dabbagh شهاب=Shihab/Chehab/Shehab عيسى=Issa/Eissa/Isa "
        "نصر=Nasr/Nassr الحمصي=Al-Homsi/Homsi/Alhomsi الديري=Al-Deiri/Aldeiri/Deiri "
        "الإدلبي=Al-Idlibi/Idlibi الحريري=Al-Hariri/Hariri/Alhariri الأسعد=Al-Asaad/Alasad/Al Assad "
        "موسى=Moussa/Musa/Mousa")

# ---------------------------------------------------------------- Persian (Iran)
IR_M = ("محمد=Mohammad/Mohamad/Muhammad/Mohammed علی=Ali حسین=Hossein/Hosein/Hussein "
        "رضا=Reza مهدی=Mehdi/Mahdi امیر=Amir حسن=Hassan/Hasan سعید=Saeed/Said/Saied "
        "مجید=Majid/Madjid حمید=Hamid محسن=Mohsen/Mohsin مسعود=Masoud/Masud/Massoud "
        "جواد=Javad/Djavad بهرام=Bahram داریوش=Dariush/Daryoush/Darioush فرهاد=Farhad "
        "کامران=Kamran آرش=Arash بابک=Babak امید=Omid سیاوش=Siavash/Siavosh/Siyavash "
        "پویا=Pouya/Puya میلاد=Milad نیما=Nima محمدرضا=Mohammadreza/Mohammad Reza/Mohammad-Reza/Mohamadreza "
        "علیرضا=Alireza/Ali Reza/Ali-Reza امیرحسین=Amirhossein/Amir Hossein/Amir-Hossein")
IR_F = ("فاطمه=Fatemeh/Fatemah/Fatima/Fateme زهرا=Zahra مریم=Maryam/Mariam معصومه=Masoumeh/Masumeh/Massoumeh "
        "زینب=Zeynab/Zeinab/Zainab سارا=Sara نرگس=Narges لیلا=Leila/Leyla/Layla مهسا=Mahsa "
        "نازنین=Nazanin شیرین=Shirin/Chirine پریسا=Parisa الهام=Elham سمیرا=Samira نگار=Negar "
        "ستاره=Setareh/Setare آزاده=Azadeh/Azade طاهره=Tahereh/Tahere مینا=Mina شیما=Shima "
        "فرشته=Fereshteh/Fereshte یاسمن=Yasaman/Yasamin")
IR_S = ("محمدی=Mohammadi/Mohamadi/Mohammedi حسینی=Hosseini/Hoseini/Husseini احمدی=Ahmadi "
        "رضایی=Rezaei/Rezaee/Rezai/Rezayi کریمی=Karimi موسوی=Mousavi/Musavi/Moussavi "
        "جعفری=Jafari/Jaafari/Djafari رحیمی=Rahimi قاسمی=Ghasemi/Qasemi/Ghassemi "
        "صادقی=Sadeghi/Sadeqi حیدری=Heidari/Heydari/Haidari نوری=Nouri/Nuri/Noori "
        "کاظمی=Kazemi/Kazimi اکبری=Akbari عباسی=Abbasi طاهری=Taheri امیری=Amiri "
        "سلیمانی=Soleimani/Soleymani/Suleimani نجفی=Najafi شریفی=Sharifi مرادی=Moradi/Muradi "
        "باقری=Bagheri/Baqeri/Bakeri زارعی=Zarei/Zare'i/Zareie کرمانی=Kermani تهرانی=Tehrani "
        "اصفهانی=Esfahani/Isfahani شیرازی=Shirazi علی\u200cزاده=Alizadeh/Ali-Zadeh/Alizade "
        "حسین\u200cزاده=Hosseinzadeh/Hoseinzadeh/Hossein-Zadeh پورمحمدی=Pourmohammadi/Pour-Mohammadi")

# ---------------------------------------------------------------- Hebrew (Israel)
IL_M = ("דוד=David/Dovid יוסף=Yosef/Yossef/Josef משה=Moshe/Moshé אברהם=Avraham/Abraham "
        "יצחק=Yitzhak/Itzhak/Yitzchak יעקב=Yaakov/Yaacov/Yakov אורי=Uri נועם=Noam "
        "איתן=Eitan/Etan/Eithan אריאל=Ariel דניאל=Daniel רפאל=Refael/Raphael/Rafael "
        "יהודה=Yehuda/Yehudah אליהו=Eliyahu/Eliahu שלמה=Shlomo/Schlomo אבי=Avi עומר=Omer "
        "גיל=Gil רון=Ron אלון=Alon יונתן=Yonatan/Jonathan מיכאל=Michael/Mikhael "
        "חיים=Haim/Chaim/Hayim נתן=Natan/Nathan")
IL_F = ("שרה=Sara/Sarah רחל=Rachel/Rahel מיכל=Michal/Mikhal נועה=Noa/Noah תמר=Tamar "
        "מאיה=Maya/Maia יעל=Yael/Jael/Ya'el אביגיל=Avigail/Abigail רבקה=Rivka/Rivkah/Rebecca "
        "לאה=Lea/Leah שירה=Shira הילה=Hila/Hilla אורית=Orit ענבל=Inbal דנה=Dana "
        "אסתר=Ester/Esther חנה=Hana/Hanna/Chana רות=Ruth/Rut איילת=Ayelet נעמה=Naama/Na'ama "
        "ליאור=Lior אורנה=Orna")
IL_S = ("רוזנברג=Rosenberg/Rozenberg גולדשטיין=Goldstein/Goldshtein/Goldschtein "
        "ויס=Weiss/Vais/Weis ברגר=Berger שוורץ=Schwartz/Shvarts/Schwarz אלמוג=Almog "
        "בן\u00a0חיים=Ben-Haim/Ben Chaim/Ben Haim ששון=Sasson/Sason נחום=Nahum/Nachum "
        "ברק=Barak אשכנזי=Ashkenazi/Ashkenazy")

# ---------------------------------------------------------------- Thai
TH_M = ("สมชาย=Somchai/Somchay สมศักดิ์=Somsak/Somsack สมพร=Somporn/Somphon "
        "สมบูรณ์=Somboon/Sombun/Somboun ประเสริฐ=Prasert/Prasoet/Prasirt วิชัย=Wichai/Vichai/Wichay "
        "สุชาติ=Suchat/Suchart ธนากร=Thanakorn/Thanakon/Tanakorn อนันต์=Anan/Anant "
        "ณัฐพล=Nattapon/Natthaphon/Nuttapol กิตติ=Kitti/Kittee ชัยวัฒน์=Chaiwat/Chaiwath "
        "ประยุทธ=Prayut/Prayuth/Prayoot วีระ=Wira/Weera/Veera เอกชัย=Ekachai/Ekkachai "
        "สุรชัย=Surachai/Surachay ธีรพงษ์=Teerapong/Thiraphong/Theerapong อภิชาติ=Apichat/Aphichat "
        "ศักดิ์ชัย=Sakchai/Sakchay บุญมี=Boonmee/Bunmi")
TH_F = ("สมศรี=Somsri/Somsee มาลี=Mali/Malee สุดา=Suda นภา=Napha/Napa กัญญา=Kanya/Kunya "
        "สุภาพร=Supaporn/Suphaphon/Supaphorn วันเพ็ญ=Wanpen/Wanphen ปราณี=Pranee/Prani "
        "จันทร์เพ็ญ=Chanpen/Janpen/Chanphen อรุณี=Arunee/Aruni พิมพ์ชนก=Pimchanok/Phimchanok "
        "ศิริพร=Siriporn/Siriphon/Sirriporn รัตนา=Rattana/Ratana เพ็ญศรี=Pensri/Phensi/Pensee "
        "ดวงใจ=Duangjai/Duangchai นิภาพร=Nipaporn/Niphaphon อัญชลี=Anchalee/Anchali/Unchalee "
        "ปิยะนุช=Piyanuch/Piyanut ธิดารัตน์=Thidarat/Tidarat กาญจนา=Kanjana/Kanchana/Karnjana "
        "วิไลวรรณ=Wilaiwan/Vilaiwan/Wilaiwun ลำดวน=Lamduan/Lumduan")
TH_S = ("ศรีสุข=Srisuk/Sisuk/Srisook แสงทอง=Saengthong/Sangthong/Seangtong "
        "วงศ์สวัสดิ์=Wongsawat/Wongsawad/Vongsavat สุขสวัสดิ์=Suksawat/Sooksawat/Suksawad "
        "บุญมา=Boonma/Bunma ทองดี=Thongdee/Thongdi/Tongdee จันทร์แก้ว=Chankaew/Jankaew/Chankaeo "
        "ศรีวงศ์=Sriwong/Siwong/Srivong พรหมมา=Phromma/Promma แก้วมณี=Kaewmanee/Kaeomani "
        "มีสุข=Meesuk/Misuk/Meesook ใจดี=Jaidee/Chaidi/Jaidi รุ่งเรือง=Rungruang/Roongruang/Rungrueang "
        "สมบัติ=Sombat/Sombut เพชรรัตน์=Petcharat/Phetcharat/Pechrat ประเสริฐสุข=Prasertsuk/Prasoetsuk "
        "บุญเรือง=Boonruang/Bunrueang/Boonrueng นาคสวัสดิ์=Naksawat/Nakswat ทองคำ=Thongkham/Tongkam/Thongkam "
        "อินทร์แก้ว=Inkaew/Inkaeo ศรีสมบูรณ์=Srisomboon/Sisombun พึ่งบุญ=Phuengboon/Puengbun "
        "ชัยมงคล=Chaimongkol/Chaimongkhon สายทอง=Saithong/Saitong ปัญญาดี=Panyadee/Panyadi "
        "วงศ์ใหญ่=Wongyai/Vongyai เรืองศรี=Ruangsri/Rueangsi คำแก้ว=Khamkaew/Kamkaew")
TH_NICK = ("น้อย=Noi/Noy เล็ก=Lek นก=Nok พลอย=Ploy/Ploi ฝน=Fon แอน=Ann/Anne ปุ๊=Pu/Pui "
           "ต้น=Ton บอย=Boy เอ=Ae/A จอย=Joy แป้ง=Paeng/Pang หนึ่ง=Nueng/Neung ตุ๊ก=Tuk/Tuck "
           "แดง=Daeng/Dang ปู=Pu/Poo มด=Mod/Mot กุ้ง=Kung/Koong")

# ---------------------------------------------------------------- Devanagari (India)
IN_M = ("राहुल=Rahul अमित=Amit/Ameet सुनील=Sunil/Suneel राजेश=Rajesh विजय=Vijay/Vijai "
        "संजय=Sanjay/Sanjai अजय=Ajay/Ajai मनोज=Manoj अनिल=Anil दीपक=Deepak/Dipak रवि=Ravi "
        "सुरेश=Suresh रमेश=Ramesh अर्जुन=Arjun कबीर=Kabir/Kabeer विकास=Vikas/Vikash "
        "प्रकाश=Prakash अशोक=Ashok/Asok मुकेश=Mukesh आकाश=Akash/Aakash रोहित=Rohit "
        "गौरव=Gaurav/Gourav")
IN_F = ("प्रिया=Priya/Preeya पूजा=Pooja/Puja नेहा=Neha अंजलि=Anjali/Anjalee सुनीता=Sunita/Suneeta "
        "लक्ष्मी=Lakshmi/Laxmi/Lakshmee कविता=Kavita/Kavitha रेखा=Rekha गीता=Geeta/Gita "
        "सीमा=Seema/Sima दिव्या=Divya मीना=Meena/Mina रीता=Rita/Reeta ज्योति=Jyoti/Jyothi/Joti "
        "पार्वती=Parvati/Parvathi सरिता=Sarita उषा=Usha राधा=Radha पिंकी=Pinki/Pinky "
        "सोनम=Sonam ममता=Mamta/Mamata")
IN_S = ("गुप्ता=Gupta वर्मा=Verma/Varma मिश्रा=Mishra/Misra शुक्ला=Shukla चौहान=Chauhan/Chouhan "
        "तिवारी=Tiwari/Tewari/Tiwary पाण्डेय=Pandey/Pande/Pandy जैन=Jain मेहता=Mehta "
        "रेड्डी=Reddy/Reddi नायर=Nair ठाकुर=Thakur श्रीवास्तव=Srivastava/Shrivastava/Srivastav "
        "चौधरी=Chaudhary/Choudhary/Chaudhari/Chowdhury जोशी=Joshi अग्रवाल=Agarwal/Agrawal/Aggarwal "
        "भट्ट=Bhatt/Bhat मलिक=Malik खान=Khan")
IN_EXTRA_VARIANTS = {"शर्मा": ["Sharma", "Sarma"], "यादव": ["Yadav", "Yadava"],
                     "सिंह": ["Singh", "Sing"], "कुमार": ["Kumar"], "देवी": ["Devi", "Debi"],
                     "पटेल": ["Patel", "Patil"], "अली": ["Ali"]}

# ---------------------------------------------------------------- Chinese generated given names
CN_M_SYL = ("伟=Wěi 强=Qiáng 磊=Lěi 军=Jūn 勇=Yǒng 杰=Jié 涛=Tāo 明=Míng 超=Chāo 刚=Gāng "
            "平=Píng 辉=Huī 鹏=Péng 华=Huá 飞=Fēi 鑫=Xīn 波=Bō 斌=Bīn 宇=Yǔ 浩=Hào 凯=Kǎi "
            "健=Jiàn 俊=Jùn 帆=Fān 旭=Xù 宁=Níng 龙=Lóng 林=Lín 阳=Yáng 建=Jiàn 国=Guó "
            "志=Zhì 文=Wén 东=Dōng 海=Hǎi 晨=Chén 博=Bó 峰=Fēng 亮=Liàng 成=Chéng")
CN_F_SYL = ("芳=Fāng 娜=Nà 敏=Mǐn 静=Jìng 丽=Lì 艳=Yàn 娟=Juān 霞=Xiá 秀=Xiù 英=Yīng "
            "玲=Líng 燕=Yàn 婷=Tíng 雪=Xuě 琳=Lín 晶=Jīng 颖=Yǐng 慧=Huì 倩=Qiàn 洁=Jié "
            "红=Hóng 梅=Méi 兰=Lán 萍=Píng 玉=Yù 佳=Jiā 欣=Xīn 怡=Yí 悦=Yuè 琪=Qí 月=Yuè "
            "春=Chūn 婉=Wǎn 晓=Xiǎo 丹=Dān 莉=Lì 桂=Guì 凤=Fèng")

# ---------------------------------------------------------------- Japanese extra given names
JP_M = ("翔太=Shōta 大輝=Daiki 健太=Kenta 拓海=Takumi 悠斗=Yūto 大翔=Hiroto 陸=Riku "
        "颯太=Sōta 浩=Hiroshi 誠=Makoto 健一=Ken'ichi 大介=Daisuke 隆=Takashi 学=Manabu "
        "和也=Kazuya 直樹=Naoki 亮=Ryō 翼=Tsubasa 修=Osamu 雄太=Yūta 勇気=Yūki 翔=Shō")
JP_F = ("美咲=Misaki 愛=Ai 陽子=Yōko 由美=Yumi 恵子=Keiko 裕子=Yūko 直美=Naomi "
        "真由美=Mayumi 明美=Akemi 愛子=Aiko 舞=Mai 彩=Aya 美穂=Miho 千尋=Chihiro "
        "優花=Yūka 香織=Kaori 幸子=Sachiko 京子=Kyōko 葵=Aoi 奈々=Nana")

# ---------------------------------------------------------------- Korean
KO_SYL = {"민": ["min"], "준": ["jun", "joon"], "서": ["seo", "suh"], "지": ["ji", "jee"],
          "현": ["hyeon", "hyun"], "영": ["yeong", "young"], "수": ["su", "soo"], "진": ["jin"],
          "우": ["u", "woo"], "은": ["eun"], "하": ["ha"], "윤": ["yun", "yoon"], "도": ["do"],
          "성": ["seong", "sung"], "호": ["ho"], "재": ["jae"], "혜": ["hye"], "아": ["a", "ah"],
          "연": ["yeon", "yun"], "희": ["hui", "hee"], "정": ["jeong", "jung"], "태": ["tae"],
          "동": ["dong"], "경": ["gyeong", "kyung"], "상": ["sang"], "미": ["mi"], "소": ["so"],
          "유": ["yu", "yoo"], "예": ["ye"], "주": ["ju", "joo"], "원": ["won"],
          "석": ["seok", "suk"], "혁": ["hyeok", "hyuk"], "철": ["cheol", "chul"],
          "훈": ["hun", "hoon"], "나": ["na"], "다": ["da"], "채": ["chae"], "린": ["rin", "lin"],
          "시": ["si", "shi"], "안": ["an", "ahn"], "건": ["geon", "gun", "kun"],
          "규": ["gyu", "kyu"], "용": ["yong"], "승": ["seung"], "빈": ["bin"],
          "숙": ["suk", "sook"], "순": ["sun", "soon"], "옥": ["ok"], "자": ["ja"],
          "선": ["seon", "sun"], "혜": ["hye"], "경": ["gyeong", "kyung"]}
KO_M_SYL = "민 준 서 지 현 영 수 진 우 도 성 호 재 태 동 상 원 석 혁 철 훈 건 규 용 승 빈 시"
KO_F_SYL = "서 지 현 영 수 진 은 하 윤 혜 아 연 희 정 경 미 소 유 예 주 나 다 채 린 숙 순 옥 자 선 민"
KO_S = ("김=Kim/Gim 이=Lee/Yi/Rhee/I 박=Park/Pak/Bak 최=Choi/Choe 정=Jung/Jeong/Chung "
        "강=Kang/Gang 조=Cho/Jo 윤=Yoon/Yun 장=Jang/Chang 임=Lim/Im/Yim 한=Han 오=Oh/O "
        "서=Seo/Suh 신=Shin/Sin 권=Kwon/Gwon 황=Hwang 안=Ahn/An 송=Song 류=Ryu/Yoo/Yu "
        "홍=Hong 전=Jeon/Jun/Chun 고=Ko/Go/Koh 문=Moon/Mun 손=Son/Sohn 배=Bae/Pae "
        "백=Baek/Paik/Baik 허=Heo/Huh/Hur 남=Nam 심=Shim/Sim 노=Noh/No/Roh")

# ---------------------------------------------------------------- Latin-script extras (adult generations)
RO_M = ("Ion Gheorghe Constantin Alexandru Andrei Mihai Ștefan Florin Marian Cristian Daniel "
        "Adrian Ionuț Vasile Nicolae Gabriel Bogdan Cătălin Răzvan Costel Dumitru Petru "
        "Sorin Valentin Lucian Marius")
RO_F = ("Maria Elena Ioana Andreea Alexandra Mihaela Cristina Ana Gabriela Daniela Georgiana "
        "Alina Florentina Simona Ramona Roxana Larisa Bianca Diana Nicoleta Mădălina "
        "Ștefania Loredana Denisa Claudia Oana")
RO_S = ("Ionescu Popa Constantin Mihai Florea Ene Dinu Marin Tudor Lungu Lazăr Moldovan "
        "Nistor Bălan Ștefan Ilie Toma Cristea Sârbu Niculescu Dobre Anghel Nedelcu Vasile "
        "Barbu Crăciun Oprea Mocanu Neagu Diaconu Voicu Enache Petrescu Dragomir Nițu "
        "Mureșan Tănase Manea Dumitrescu Stănescu Rădulescu")
MD_M = ("Vladimir Sergiu Igor Veaceslav Ghenadie Vitalie Iurie Dumitru Ion Mihail Nicolae "
        "Andrei Vasile Victor Oleg Alexandru Constantin Valeriu Petru Eugen")
MD_F = ("Ana Maria Olga Natalia Tatiana Svetlana Elena Irina Valentina Victoria Cristina Doina "
        "Lilia Angela Nadejda Ludmila Veronica Galina Aurelia Mariana")
MD_S = ("Cojocaru Moraru Bivol Grosu Rotaru Botnaru Ceban Cebotari Bejenaru Sandu Lupu Țurcanu "
        "Postolachi Donțu Vrabie Chiriac Rusnac Jardan Bodrug Cazacu Croitoru Țîrdea")
PL_M = ("Piotr Krzysztof Andrzej Tomasz Paweł Michał Marcin Grzegorz Józef Łukasz Adam Marek "
        "Mateusz Dawid Kamil Wojciech Rafał Przemysław Zbigniew Sebastian")
PL_F = ("Anna Katarzyna Małgorzata Agnieszka Barbara Ewa Magdalena Joanna Aleksandra Monika "
        "Justyna Natalia Karolina Paulina Marta Dorota Beata Agata Weronika Żaneta")
PL_S = ("Wróbel Zając Pawłowski Michalski Król Wieczorek Jabłoński Nowakowski Majewski "
        "Olszewski Stępień Malinowski Jaworski Adamczyk Dudek Nowicki Pawlak Górski Witkowski "
        "Walczak Sikora Baran Rutkowski Michalak Szewczyk Ostrowski Tomaszewski Pietrzak "
        "Zalewski Wróblewski Jasiński Marciniak Sadowski Bąk Zawadzki Jakubowski Duda Chmielewski")
TR_M = ("Murat Emre Burak Serkan Hakan Kemal Cem Onur Tolga Oğuz Barış Eren Can Selim Fatih "
        "Gökhan Uğur Volkan Halil Erdoğan")
TR_F = ("Gül Esra Merve Büşra Derya Özlem Selin Tuğba Gamze Şeyma Kübra Dilek Sibel Aslı "
        "Ebru Nur Hülya Songül Gülşen Cansu")
TR_S = ("Güneş Bulut Taş Keskin Özer Avcı Erdem Tekin Kaplan Ünal Polat Korkmaz Çakır "
        "Türkmen Işık Karakaya Acar Güler Sarı Kocabaş Uçar Bozkurt Akgül Tunç Erdoğan")
ES_M = ("José Antonio Manuel Francisco Juan David Javier Jesús Carlos Miguel Rafael Pedro "
        "Ángel Fernando Luis Sergio Jorge Alberto Raúl Rubén Enrique Ramón Andrés Óscar Iñaki")
ES_F = ("Carmen Isabel Dolores Pilar Teresa Rosa Cristina Ana Laura Marta Elena Raquel "
        "Silvia Nuria Beatriz Patricia Rocío Mercedes Inmaculada Montserrat Begoña Ainhoa")
ES_COMPOUND_M = ["José Luis", "Juan Carlos", "José Antonio", "Francisco Javier", "José Manuel",
                 "Miguel Ángel", "Juan José", "Juan Manuel"]
ES_COMPOUND_F = ["María José", "María Carmen", "María Isabel", "Ana María", "María Teresa",
                 "María Dolores", "María Pilar", "María Luisa", "María del Carmen"]
ES_S = ("Cano Prieto Méndez Cruz Calvo Gallego Vidal León Herrera Márquez Peña Flores Cabrera "
        "Campos Vega Fuentes Carrasco Diez Caballero Reyes Nieto Aguilar Pascual Santana "
        "Herrero Lorenzo Hidalgo Montero Ibáñez Giménez Ferrer Durán Santiago Benítez Mora "
        "Vicente Vargas Arias Carmona Crespo Román Pastor Soto Sáez Velasco Moya Soler Parra "
        "Esteban Bravo Gallardo Rojas Echeverría Goikoetxea")
AL_M = ("Arben Besnik Ilir Gentian Artan Fatmir Agim Bujar Dritan Erion Klodian Ermal Arjan "
        "Florian Gëzim Shpëtim Fatos Edmond Sokol Luan Elton Mirel Redon Ervin")
AL_F = ("Anila Blerta Drita Elona Mimoza Lindita Valbona Merita Jonida Ardita Entela Manjola "
        "Albana Eriola Fjorela Xhensila Besjana Rovena Teuta Arta Ledia")
NG_M = ("Oluwaseun Chukwuemeka Adebayo Olumide Oluwafemi Babatunde Ifeanyi Chinedu Obinna "
        "Ikechukwu Uchenna Abubakar Ibrahim Musa Aliyu Usman Yusuf Samuel Daniel Emmanuel "
        "John Michael Godwin Kelechi Olusegun Adekunle Nnamdi Tochukwu Chidi Sunday")
NG_F = ("Ngozi Chiamaka Chioma Adaeze Nneka Ifeoma Funmilayo Folake Oluwakemi Bukola Aisha "
        "Fatima Hauwa Zainab Amina Blessing Joy Grace Mercy Esther Precious Gift Favour Peace "
        "Comfort Yetunde Temitope Omolara Oluwatoyin Chinwe")
NG_S = ("Okafor Okonkwo Adeyemi Adebayo Okeke Eze Nwosu Ogunleye Balogun Bello Abubakar "
        "Mohammed Ibrahim Musa Afolabi Ogundipe Oyelaran Nwachukwu Obi Uzor Onyekachi Chukwu "
        "Olawale Akinola Oladipo Ojo Okoro Nnadi Igwe Edet Etim Okon Danjuma Yakubu Aminu "
        "Osagie Igbinedion Ehigiator Omoregie Idahosa Osaretin Aigbe Ogbeide")
NG_SHORT = {"Oluwaseun": "Seun", "Babatunde": "Tunde", "Oluwakemi": "Kemi",
            "Chukwuemeka": "Emeka", "Oluwafemi": "Femi", "Olusegun": "Segun", "Omolara": "Lara",
            "Temitope": "Tope", "Oluwatoyin": "Toyin", "Funmilayo": "Funmi", "Ikechukwu": "Ike",
            "Chiamaka": "Amaka", "Adekunle": "Kunle", "Olumide": "Mide", "Ifeanyi": "Ify",
            "Oluwaseyi": "Seyi", "Chinedu": "Nedu", "Abubakar": "Bakar"}
VN_M = ("An Anh Bình Cường Dũng Duy Hải Hiếu Hoàng Hùng Huy Khánh Long Minh Nam Phong Phúc "
        "Quân Quang Sơn Tâm Thắng Thành Trung Tuấn Việt Vinh Đức Tùng Toàn Đạt Khoa")
VN_F = ("Anh Châu Dung Giang Hà Hạnh Hằng Hoa Hồng Hương Huyền Lan Linh Loan Mai My Nga "
        "Ngọc Nhung Oanh Phương Quỳnh Thảo Thu Thủy Trang Tuyết Vân Yến Hiền Diệp Nhi")
VN_MID_M = "Văn Văn Văn Đức Minh Quang Hữu Thanh Xuân Công Ngọc"
VN_MID_F = "Thị Thị Thị Thị Ngọc Thanh Thu Kim Hồng Mai"

# ---------------------------------------------------------------- country reference tables
# en, demonym, iso3, iso2, fr(m/f), es(m/f), nl, ro, el, ru, native
NAT = {
    "RU": ("Russia", "Russian", "RUS", "RU", "russe/russe", "ruso/rusa", "Rusland", "Rusia", "Ρωσία", "Россия", "Россия"),
    "UA": ("Ukraine", "Ukrainian", "UKR", "UA", "ukrainien/ukrainienne", "ucraniano/ucraniana", "Oekraïne", "Ucraina", "Ουκρανία", "Украина", "Україна"),
    "GR": ("Greece", "Greek", "GRC", "GR", "grec/grecque", "griego/griega", "Griekenland", "Grecia", "Ελλάδα", "Греция", "Ελλάς"),
    "GE": ("Georgia", "Georgian", "GEO", "GE", "géorgien/géorgienne", "georgiano/georgiana", "Georgië", "Georgia", "Γεωργία", "Грузия", "საქართველო"),
    "AM": ("Armenia", "Armenian", "ARM", "AM", "arménien/arménienne", "armenio/armenia", "Armenië", "Armenia", "Αρμενία", "Армения", "Հայաստան"),
    "SY": ("Syria", "Syrian", "SYR", "SY", "syrien/syrienne", "sirio/siria", "Syrië", "Siria", "Συρία", "Сирия", "سوريا"),
    "IR": ("Iran", "Iranian", "IRN", "IR", "iranien/iranienne", "iraní/iraní", "Iran", "Iran", "Ιράν", "Иран", "ایران"),
    "CN": ("China", "Chinese", "CHN", "CN", "chinois/chinoise", "chino/china", "China", "China", "Κίνα", "Китай", "中国"),
    "JP": ("Japan", "Japanese", "JPN", "JP", "japonais/japonaise", "japonés/japonesa", "Japan", "Japonia", "Ιαπωνία", "Япония", "日本"),
    "KR": ("South Korea", "Korean", "KOR", "KR", "sud-coréen/sud-coréenne", "surcoreano/surcoreana", "Zuid-Korea", "Coreea de Sud", "Νότια Κορέα", "Южная Корея", "대한민국"),
    "TH": ("Thailand", "Thai", "THA", "TH", "thaïlandais/thaïlandaise", "tailandés/tailandesa", "Thailand", "Thailanda", "Ταϊλάνδη", "Таиланд", "ประเทศไทย"),
    "IN": ("India", "Indian", "IND", "IN", "indien/indienne", "indio/india", "India", "India", "Ινδία", "Индия", "भारत"),
    "IL": ("Israel", "Israeli", "ISR", "IL", "israélien/israélienne", "israelí/israelí", "Israël", "Israel", "Ισραήλ", "Израиль", "ישראל"),
    "RO": ("Romania", "Romanian", "ROU", "RO", "roumain/roumaine", "rumano/rumana", "Roemenië", "România", "Ρουμανία", "Румыния", "România"),
    "PL": ("Poland", "Polish", "POL", "PL", "polonais/polonaise", "polaco/polaca", "Polen", "Polonia", "Πολωνία", "Польша", "Polska"),
    "NG": ("Nigeria", "Nigerian", "NGA", "NG", "nigérian/nigériane", "nigeriano/nigeriana", "Nigeria", "Nigeria", "Νιγηρία", "Нигерия", "Nigeria"),
    "VN": ("Vietnam", "Vietnamese", "VNM", "VN", "vietnamien/vietnamienne", "vietnamita/vietnamita", "Vietnam", "Vietnam", "Βιετνάμ", "Вьетнам", "Việt Nam"),
    "TR": ("Turkey", "Turkish", "TUR", "TR", "turc/turque", "turco/turca", "Turkije", "Turcia", "Τουρκία", "Турция", "Türkiye"),
    "ES": ("Spain", "Spanish", "ESP", "ES", "espagnol/espagnole", "español/española", "Spanje", "Spania", "Ισπανία", "Испания", "España"),
    "AL": ("Albania", "Albanian", "ALB", "AL", "albanais/albanaise", "albanés/albanesa", "Albanië", "Albania", "Αλβανία", "Албания", "Shqipëria"),
    "MD": ("Moldova", "Moldovan", "MDA", "MD", "moldave/moldave", "moldavo/moldava", "Moldavië", "Republica Moldova", "Μολδαβία", "Молдова", "Moldova"),
}
NAT_ALT_EN = {"KR": ["Korea, Republic of", "Korea"], "VN": ["Viet Nam"], "TR": ["Türkiye"],
              "MD": ["Republic of Moldova", "Moldova, Republic of"], "SY": ["Syrian Arab Republic"],
              "IR": ["Iran, Islamic Republic of"], "RU": ["Russian Federation"], "GB": []}

# cc, trunk, mobile prefixes, nsn length, grouping (of the nsn)
PHONE = {
    "RU": ("7", "8", ["91", "92", "98", "99", "90"], 10, [3, 3, 2, 2]),
    "UA": ("380", "0", ["50", "63", "66", "67", "68", "73", "93", "95", "96", "97", "98", "99"], 9, [2, 3, 2, 2]),
    "GR": ("30", "", ["69"], 10, [3, 3, 4]),
    "GE": ("995", "", ["55", "57", "59", "51", "58"], 9, [3, 2, 2, 2]),
    "AM": ("374", "0", ["91", "93", "94", "95", "96", "97", "98", "99", "77", "55"], 8, [2, 3, 3]),
    "SY": ("963", "0", ["93", "94", "95", "96", "98", "99"], 9, [3, 3, 3]),
    "IR": ("98", "0", ["91", "93", "90", "99"], 10, [3, 3, 4]),
    "CN": ("86", "", ["13", "15", "18", "17"], 11, [3, 4, 4]),
    "JP": ("81", "0", ["90", "80", "70"], 10, [2, 4, 4]),
    "KR": ("82", "0", ["10"], 10, [2, 4, 4]),
    "TH": ("66", "0", ["8", "9", "6"], 9, [2, 3, 4]),
    "IN": ("91", "0", ["9", "8", "7", "6"], 10, [5, 5]),
    "IL": ("972", "0", ["50", "52", "53", "54", "55", "58"], 9, [2, 3, 4]),
    "RO": ("40", "0", ["72", "73", "74", "75", "76", "78"], 9, [3, 3, 3]),
    "PL": ("48", "", ["5", "6", "7", "8"], 9, [3, 3, 3]),
    "NG": ("234", "0", ["803", "806", "813", "816", "703", "706", "805", "807", "810", "902", "909"], 10, [3, 3, 4]),
    "VN": ("84", "0", ["9", "3", "8", "7"], 9, [2, 3, 4]),
    "TR": ("90", "0", ["53", "54", "55", "50"], 10, [3, 3, 2, 2]),
    "ES": ("34", "", ["6", "7"], 9, [3, 3, 3]),
    "AL": ("355", "0", ["67", "68", "69"], 9, [2, 3, 4]),
    "MD": ("373", "0", ["60", "67", "68", "69", "78", "79"], 8, [2, 3, 3]),
    "NL": ("31", "0", ["6"], 9, [1, 4, 4]),
}

# passport / national-id patterns: L letter, # digit, other chars literal
PASSPORT = {"RU": "#########", "UA": "LL######", "GR": "LL#######", "GE": "##LL#####",
            "AM": "LL#######", "SY": "N#######", "IR": "L########", "CN": "E########",
            "JP": "LL#######", "KR": "M########", "TH": "LL#######", "IN": "L#######",
            "IL": "########", "RO": "05#######", "PL": "LL#######", "NG": "A########",
            "VN": "C#######", "TR": "U########", "ES": "LLL######", "AL": "LL#######",
            "MD": "LL#######"}
NATID = {"RU": "##########", "UA": "#########", "GR": "L######", "GE": "###########",
         "AM": "LL#######", "SY": "###########", "IR": "##########", "CN": "CNID",
         "JP": "############", "KR": "######-#######", "TH": "#############", "IN": "#### #### ####",
         "IL": "#########", "RO": "CNP", "PL": "LLL######", "NG": "###########",
         "VN": "############", "TR": "###########", "ES": "########L", "AL": "L########L",
         "MD": "#############"}

EMAIL_DOMAINS = {
    "RU": "mail.ru yandex.ru gmail.com bk.ru inbox.ru list.ru rambler.ru",
    "UA": "ukr.net gmail.com i.ua meta.ua",
    "GR": "gmail.com yahoo.gr hotmail.com",
    "GE": "gmail.com yahoo.com mail.ru",
    "AM": "gmail.com mail.ru yandex.ru",
    "SY": "gmail.com hotmail.com yahoo.com",
    "IR": "gmail.com yahoo.com",
    "CN": "qq.com 163.com 126.com sina.com",
    "JP": "yahoo.co.jp gmail.com docomo.ne.jp",
    "KR": "naver.com daum.net gmail.com",
    "TH": "hotmail.com gmail.com yahoo.co.th",
    "IN": "gmail.com yahoo.co.in rediffmail.com",
    "IL": "gmail.com walla.co.il",
    "RO": "yahoo.com gmail.com yahoo.ro",
    "PL": "wp.pl o2.pl onet.pl gmail.com interia.pl",
    "NG": "gmail.com yahoo.com",
    "VN": "gmail.com yahoo.com.vn",
    "TR": "gmail.com hotmail.com",
    "ES": "gmail.com hotmail.es yahoo.es",
    "AL": "gmail.com yahoo.com",
    "MD": "mail.ru gmail.com mail.md",
}

MONTHS = {
    "en": "January February March April May June July August September October November December",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
    "nl": "januari februari maart april mei juni juli augustus september oktober november december",
    "ro": "ianuarie februarie martie aprilie mai iunie iulie august septembrie octombrie noiembrie decembrie",
    "ru": "января февраля марта апреля мая июня июля августа сентября октября ноября декабря",
    "ru_nom": "январь февраль март апрель май июнь июль август сентябрь октябрь ноябрь декабрь",
    "uk": "січня лютого березня квітня травня червня липня серпня вересня жовтня листопада грудня",
    "el": "Ιανουαρίου Φεβρουαρίου Μαρτίου Απριλίου Μαΐου Ιουνίου Ιουλίου Αυγούστου Σεπτεμβρίου Οκτωβρίου Νοεμβρίου Δεκεμβρίου",
    "ka": "იანვარი თებერვალი მარტი აპრილი მაისი ივნისი ივლისი აგვისტო სექტემბერი ოქტომბერი ნოემბერი დეკემბერი",
    "th": "มกราคม กุมภาพันธ์ มีนาคม เมษายน พฤษภาคม มิถุนายน กรกฎาคม สิงหาคม กันยายน ตุลาคม พฤศจิกายน ธันวาคม",
    "pl": "stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia",
    "tr": "Ocak Şubat Mart Nisan Mayıs Haziran Temmuz Ağustos Eylül Ekim Kasım Aralık",
}
