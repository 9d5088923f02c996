# ruff: noqa: E501  (prose: long string lines are meant)
"""Azerbaijani translations of the demo articles (original text, written for Masthead)."""

ILLUSTRATION = "İllüstrasiya: Masthead Daily"
PHOTO = "Foto-illüstrasiya: Masthead Daily"
CHART = "Qrafik: Masthead Daily"

TRANSLATIONS: dict[str, dict] = {
    "who-watches-the-tavra-ceasefire": {
        "kicker": "Təhlil",
        "title": "Beş il sonra: Tavra atəşkəsinə kim nəzarət edir?",
        "lead": "Tavra vadisindəki sülhməramlılar on səkkiz ay qalmalı idilər. Beş il keçib, "
        "missiya mənzərənin bir hissəsinə çevrilib və onun gedəcəyi gün üçün heç kimin planı yoxdur.",
        "hero_caption": "Tavra çayı üzərində müşahidə məntəqəsi. İllüstrasiya: Masthead Daily",
        "body": [
            (
                "p",
                "Tavra vadisində toplar susanda atəşkəs sazişi dörd səhifəyə sığdı. Saziş on bir "
                "kilometr enində bufer zona, hər həftə toplanmalı olan birgə komissiya və altı yüz "
                "hərbçi ilə mülki müşahidəçidən ibarət, on səkkiz aylıq mandatı olan sülhməramlı "
                "missiya yaratdı. Müharibə bitdi, müvəqqəti qaydalar isə qaldı. Mandat doqquz dəfə "
                "uzadılıb, patrullar elə cədvəllə hərəkət edir ki, hər iki sahilin fermerləri saatlarını "
                "onlara görə tənzimləyir, birgə komissiya isə bir ildən artıqdır ki, üz-üzə toplanmayıb.",
            ),
            ("h", "Çox yaxşı işləyən missiya"),
            (
                "p",
                "Yalnız insidentləri saysaq, sülhməramlılar uğur qazanıb. Atəşkəsin birinci ilində "
                "müşahidəçilər 212 pozuntu qeydə alıblar, keçən il isə 31; onların demək olar ki, "
                "hamısı xəbərdarlıq atəşi və ya xətt üzərindən uçan dronlar olub. İkinci qışdan bəri "
                "heç bir tərəfdə bir əsgər də həlak olmayıb.",
            ),
            (
                "q",
                "Sülhməramlılar münaqişəni dondura bilər, amma onu əridə bilməzlər. Bu, "
                "siyasətçilərin işidir, siyasətçilər isə həddindən artıq rahatlaşıblar.",
                "Marta Kovalenko, Birgə Müşahidə Missiyası rəhbərinin keçmiş müavini",
            ),
            (
                "img",
                "Müşahidəçilər xəttin hər bir keçilməsini ümumi jurnala yazırlar.",
                ILLUSTRATION,
            ),
            ("h", "Gözləməyin qiyməti"),
            (
                "p",
                "Rahatlığın da qiyməti var. Bufer zonadakı kəndlər heç kimin vermədiyi icazələr "
                "olmadan bərpa oluna bilmir, vadinin bağları suvarılmır, gənc ailələr şəhərlərə köçüb. "
                "Sülhməramlıların mandatının hər uzadılması sərhəd xətti, mülkiyyət və müharibədən "
                "didərgin düşmüş ailələrin qayıdışı məsələlərini təxirə salır.",
            ),
            (
                "note",
                "Redaksiyadan",
                "Bu məqalə regiondakı atəşkəs xətləri haqqında silsilənin "
                "birincisidir. Növbəti hissə əsirlərin mübadiləsi üzrə komissiyaya həsr olunub.",
            ),
        ],
    },
    "selvar-mayor-election-live": {
        "title": "Selvar mer seçir: canlı yeniliklər",
        "lead": "Paytaxtda seçki məntəqələri saat 20:00-a qədər açıqdır. Fəallıq, ilk nəticələr "
        "və namizədlərin reaksiyası — daxil olduqca.",
        "hero_caption": "Selvarın mərkəzində seçki məntəqəsi. Foto-illüstrasiya: Masthead Daily",
        "body": [
            ("h", "Günortaya fəallıq 30 faizi ötüb"),
            (
                "p",
                "Şəhər seçki komissiyası saat 14:00-da fəallığın 31,6 faiz olduğunu bildirib; bu, "
                "dörd il əvvəl eyni saatdakından yüksəkdir. Şərq sahilindəki yeni məhəllələrdə, üç "
                "məntəqənin gec açıldığı yerlərdə növbələr yaranıb.",
            ),
            (
                "q",
                "Komissiyadan həmin üç məntəqənin bir saat artıq açıq qalmasını xahiş etmişik və "
                "hansı qərarı versə, qəbul edəcəyik.",
                "Vətəndaş Alyansı namizədinin sözçüsü",
            ),
            ("h", "Müşahidəçilər: səsvermə sakit keçir, siyahılarda səhvlər var"),
            (
                "p",
                "Müstəqil müşahidəçilər şəbəkəsi 48 müraciət alıb; onların çoxu mənzil dəyişdikdən "
                "sonra siyahılarda adı olmayan seçicilərlə bağlıdır. Ciddi pozuntu hələ təsdiqlənməyib.",
            ),
            ("img", "Şərq sahilində 12 nömrəli məktəbin qarşısında növbə.", PHOTO),
            (
                "p",
                "Mer vəzifəsinə dörd namizəd iddialıdır. Kampaniyanın əsas mövzuları ictimai "
                "nəqliyyat, parkinqin qiyməti və tikinti şirkətinin yaşayış kompleksinə çevirmək "
                "istədiyi köhnə tramvay deposunun taleyi olub.",
            ),
            (
                "note",
                "Redaksiyadan",
                "Bu səhifə gün ərzində yenilənir. Ən yeni qeydlər yuxarıdadır.",
            ),
        ],
    },
    "inflation-slows-third-month": {
        "title": "İnflyasiya üçüncü ay ardıcıl yavaşlayır: ərzaq ucuzlaşır",
        "lead": "Oktyabrda istehlak qiymətləri illik ifadədə 6,1 faiz artıb, yayda isə bu göstərici "
        "7,4 faiz idi. Tərəvəz ucuzlaşıb, kirayə isə yox.",
        "hero_caption": "Mərkəzi bazarda tərəvəz piştaxtası. Foto-illüstrasiya: Masthead Daily",
        "body": [
            (
                "p",
                "Statistika komitəsinin aylıq rəqəmləri inflyasiyanın üçüncü dəfə ardıcıl "
                "yavaşladığını göstərir. Əsas səbəb yaxşı tərəvəz məhsuludur: pomidor, xiyar və "
                "kartof bir il əvvəlkindən ucuzdur.",
            ),
            (
                "p",
                "Xidmətlərin qiyməti artmaqda davam edib. Paytaxtda kirayə haqqı 14 faiz, özəl "
                "klinikaya müraciətin qiyməti isə onda bir qədər bahalaşıb.",
            ),
            ("h", "Mərkəzi bank gözləyir"),
            (
                "q",
                "Bir yaxşı məhsul hələ tendensiya deyil. Faiz dərəcəsini endirməzdən əvvəl "
                "xidmətlərin də yavaşladığını görmək istəyirik.",
                "Mərkəzi bankın sədr müavini Fərid Nəsirov",
            ),
            ("img", "İllik inflyasiya: ərzaq və xidmətlər.", CHART),
            (
                "p",
                "İqtisadçıların çoxu bankın dekabr iclasında uçot dərəcəsini 9 faizdə saxlayacağını "
                "gözləyir.",
            ),
        ],
    },
    "patrol-that-is-seen": {
        "kicker": "Müsahibə",
        "title": "«Görünən patrul işləyən patruldur»",
        "lead": "Ehtiyatda olan polkovnik Yonas Lindkvist iki il Tavra xəttində sülhməramlılara "
        "komandanlıq edib. O, etimaddan, darıxdırıcı gündəlikdən və atəşkəsin az qala pozulduğu "
        "gecədən danışır.",
        "hero_caption": "Sülhməramlıların müşahidə qülləsi. Foto-illüstrasiya: Masthead Daily",
        "body": [
            (
                "p",
                "Birgə Müşahidə Missiyasına rəhbərlik etməzdən əvvəl Yonas Lindkvist dörd "
                "sülhməramlı missiyada xidmət edib. Keçən il istefaya çıxıb və indi hərbi kollecdə "
                "dərs deyir. Onunla Selvara səfəri zamanı görüşdük.",
            ),
            ("h", "Sülhməramlı bütün günü əslində nə ilə məşğul olur?"),
            (
                "p",
                "Əsasən maşın sürür, piyada gəzir və yazır. Patrul eyni yerlərə müxtəlif saatlarda "
                "gedir, eyni fermerlərlə danışır və nəyin dəyişdiyini qeyd edir. Bu, yeknəsəqdir və "
                "bütün məna da məhz bundadır: hər iki tərəf bilir ki, onları izləyirlər.",
            ),
            ("h", "Müharibənin yenidən başlaya biləcəyi an olubmu?"),
            (
                "q",
                "İkinci qışda bir gecə xəttin yaxınlığında bir çoban güllələndi. Səhərə qədər hər "
                "iki tərəf artilleriya gətirdi. Biz aralarına iki patrul qoyduq və üç gün açıq yerdə "
                "saxladıq. Heç kim bizim maşınların üstündən atəş açmaq istəmədi.",
                "Yonas Lindkvist",
            ),
            ("img", "Sülhməramlılar çay keçidinin yaxınlığında patrulda.", PHOTO),
            ("h", "Missiya başa çatmalıdırmı?"),
            (
                "p",
                "Nə vaxtsa, bəli. Sülhməramlılar iskələ kimidir. Evi heç vaxt tikməsən, iskələ "
                "özü evə çevrilir, belə evdə isə yaşamaq yaxşı deyil.",
            ),
        ],
    },
    "lake-orsa-talks": {
        "kicker": "Diplomatiya",
        "title": "Orsa gölündə danışıqlar: sülhməramlılar, əsirlər və xəritə",
        "lead": "Tavra müharibəsinin hər iki tərəfinin danışıqçıları üç gün görüşdülər. Onlar "
        "əsirləri mübadilə etməyə və sülhməramlılara daha iki keçid məntəqəsi açmağa icazə "
        "verməyə razılaşdılar.",
        "hero_caption": "Danışıqların keçirildiyi Orsa gölündəki otel. Foto-illüstrasiya: Masthead Daily",
        "body": [
            (
                "p",
                "Bu, atəşkəsdən bəri iki nümayəndə heyəti arasında ən uzun birbaşa görüş idi. "
                "Görüş Orsa gölü sahilindəki oteldə keçdi, Sahilyanı Dövlətlər Şurasının vasitəçiləri "
                "isə qonşu otaqda oturmuşdular.",
            ),
            ("h", "Əvvəlcə əsirlər"),
            (
                "p",
                "Bir ay ərzində tərəflər qalan bütün hərbi əsirləri, cəmi 38 nəfəri azad "
                "edəcəklər. Mübadilə sülhməramlıların nəzarətində olan keçid məntəqəsində baş tutacaq.",
            ),
            ("h", "Daha iki keçid məntəqəsi"),
            (
                "p",
                "Sülhməramlılar bazar günlərində mülki şəxslər üçün daha iki keçid məntəqəsi "
                "açacaqlar ki, müharibədən sonra xətt ilə ayrılmış ailələr qohumlarına və məzarlara "
                "baş çəkə bilsinlər.",
            ),
            (
                "q",
                "Keçid məntəqəsi xəritədə kiçik bir şeydir, ailə üçün isə çox böyük hadisədir.",
                "Baş vasitəçi, yekun mətbuat konfransında",
            ),
            ("img", "Nümayəndə heyətləri yekun iclasa gəlirlər.", PHOTO),
            ("p", "Dağlıq hissədə xəttin xəritəsi müzakirə olundu, lakin razılaşdırılmadı."),
        ],
    },
    "peacekeepers-mandate-renewal": {
        "kicker": "İzah edirik",
        "title": "Sülhməramlıların mandatı: bir il uzadılma əslində nə deməkdir",
        "lead": "Sahilyanı Dövlətlər Şurası Birgə Müşahidə Missiyasının müddətini on iki ay "
        "uzadıb. Adi səsvermənin arxasında patrullara yeni məhdudiyyətlər və büdcənin səssiz "
        "ixtisarı dayanır.",
        "hero_caption": "Birgə Müşahidə Missiyasının patrul maşını. İllüstrasiya: Masthead Daily",
        "body": [
            (
                "p",
                "Sülhməramlı mandatın uzadılması Şuranın iclasında on dəqiqədən az vaxt aldı. "
                "Lakin mətn keçən ilkindən xəttin yaxınlığında yaşayan insanlar üçün vacib olan üç "
                "məqamda fərqlənir.",
            ),
            ("h", "Daha az gecə patrulu"),
            (
                "p",
                "Birincisi, cənub sektorunda gecə patrulları indi yalnız hər iki tərəfin əlaqə "
                "zabitlərinin razılığı ilə mümkündür. Sülhməramlılar gecə patrullarından atəşkəsin "
                "qadağan etdiyi ağır texnikanın hərəkətini sənədləşdirmək üçün istifadə edirdilər.",
            ),
            (
                "p",
                "İkincisi, missiyanın mülki heyəti 140 nəfərdən 110 nəfərə qədər azalacaq, əsasən "
                "sakinlərin şikayətlərini qəbul edən bölmədə. Üçüncüsü, mandat ilk dəfə missiyadan "
                "səlahiyyətlərin tədricən təhvil verilməsi planını hazırlamağı tələb edir.",
            ),
            (
                "q",
                "Təhvil planı yalnız təhvil veriləcək kimsə olduqda yaxşı xəbərdir. Hazırda nə "
                "birgə polis var, nə də razılaşdırılmış sərhəd.",
                "Elif Dəmir, Atəşkəs Araşdırmaları İnstitutunun tədqiqatçısı",
            ),
            ("img", "Bufer zonanın cənub sektoru.", "Xəritə: Masthead Daily"),
            (
                "p",
                "Hər iki tərəfin diplomatları səsverməni alqışladı. Bufer zona sakinlərinin "
                "birlikləri şikayətlər bölməsinin saxlanılmasını xahiş etdilər.",
            ),
        ],
    },
}
