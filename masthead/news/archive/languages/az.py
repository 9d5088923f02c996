"""Azerbaijani: suffixes chosen by vowel harmony, consonant alternation, verbs by tense."""

from random import Random

from . import Language, words

BACK = "aıou"
FRONT = "eəiöü"
VOWELS = BACK + FRONT

NOUNS = words(
    """
hökumət nazir parlament sərhəd saziş seçki iqtisadiyyat büdcə inflyasiya dəhliz danışıq atəşkəs
sülhməramlı missiya sammit nümayəndə sanksiya investisiya rüsum islahat məhkəmə qərar etiraz
müxalifət koalisiya partiya namizəd seçici referendum konstitusiya diplomat səfir səfirlik
müqavilə region kənd şəhər qaçqın quraqlıq məhsul liman bank valyuta kredit borc kəsir ixrac
idxal şirkət zavod mədən enerji qaz neft qiymət maaş pensiya məktəb universitet tələbə müəllim
xəstəxana həkim peyvənd jurnalist qəzet hakim vəkil prokuror istintaq polis ordu əsgər zabit
dron təlim tərəfdaş qonşu icma məscid irs festival muzey sərgi turist fermer bazar mağaza
mühəndis proqram peyk sorğu ekspert hesabat tədqiqat strategiya dialoq bəyanat fərman qanun
layihə komissiya komitə şura bələdiyyə nazirlik agentlik rəsmi sahibkar tarif dövlət cəmiyyət
təhsil səhiyyə mədəniyyət təhlükəsizlik miqrasiya turizm nəqliyyat yol körpü keçid məntəqə
sərmayəçi istehsal infrastruktur
aksiya arxiv avtobus bəstəkar bina birlik blokada boru dəniz dərslik dövriyyə ehtiyat fond forum
gömrük hadisə hakimiyyət hərəkat hesab hüquq idman iclas ictimaiyyət ideya inkişaf investor iqlim
istiqamət işçi kampaniya kapital karantin kitabxana klinika kolleksiya konfrans konsert korporasiya
kvota lisenziya marşrut məclis mərkəz mətbuat mövqe müəssisə müharibə mükafat münaqişə müştəri
nəticə nümayiş obyekt ofis orkestr park paytaxt pilot platforma problem prezident proses qurum
qərargah rəhbər rəhbərlik risk sahə sektor səfər sənəd siyasətçi sistem stadion standart status
şöbə tender teatr terminal texnologiya tikinti toplantı ticarət təşkilat təşəbbüs ünvan vəziyyət
xidmət yarış yardım yığıncaq zona zəlzələ
"""
)

ADJECTIVES = words(
    """
yeni keçmiş regional milli beynəlxalq iqtisadi siyasi hərbi diplomatik sosial ictimai özəl yerli
xarici daxili müstəqil rəsmi gərgin ehtiyatlı təcili birgə ikitərəfli çoxtərəfli kənd şəhər
dağlıq şimal cənub şərq qərb mərkəzi uzaq qonşu strateji rəqəmsal yaşıl bərpa-olunan əlçatan
bahalı gizli illik parlament prezident məhkəmə bələdiyyə ekoloji aqrar sənaye maliyyə vergi
humanitar sərhəd nəqliyyat enerji təhsil mədəni dövlət böyük mühüm əsas son ilk növbəti
uzunmüddətli qısamüddətli sürətli tədrici ciddi kəskin gözlənilməz mübahisəli tarixi
"""
)

# Verbs: simple stems (imzala-) or a noun with etmək (müzakirə et-), each transitive.
VERBS = words(
    """
imzala dəstəklə genişləndir dayandır açıqla yoxla artır azalt uzat bərpa-et müzakirə-et
təsdiq-et rədd-et elan-et tənqid-et qəbul-et təklif-et təxirə-sal başlat maliyyələşdir öyrən
blokla bağla aç ixrac-et idxal-et dərc-et qoru təmin-et ləğv-et sərtləşdir yumşalt modernləşdir
razılaşdır nəzərdən-keçir qiymətləndir hazırla yarat planlaşdır tənzimlə pislə araşdır qeydə-al
dəvət-et göndər tik
"""
)
SAY_VERBS = ["bildir", "qeyd-et", "vurğula", "xatırlat", "izah-et", "əlavə-et"]

PLACES = [
    # nominative, genitive, locative, ablative
    ("Bakı", "Bakının", "Bakıda", "Bakıdan"),
    ("Gəncə", "Gəncənin", "Gəncədə", "Gəncədən"),
    ("Sumqayıt", "Sumqayıtın", "Sumqayıtda", "Sumqayıtdan"),
    ("Şəki", "Şəkinin", "Şəkidə", "Şəkidən"),
    ("Lənkəran", "Lənkəranın", "Lənkəranda", "Lənkərandan"),
    ("Naxçıvan", "Naxçıvanın", "Naxçıvanda", "Naxçıvandan"),
    ("Tbilisi", "Tbilisinin", "Tbilisidə", "Tbilisidən"),
    ("İrəvan", "İrəvanın", "İrəvanda", "İrəvandan"),
    ("Moskva", "Moskvanın", "Moskvada", "Moskvadan"),
    ("Ankara", "Ankaranın", "Ankarada", "Ankaradan"),
    ("Tehran", "Tehranın", "Tehranda", "Tehrandan"),
    ("Brüssel", "Brüsselin", "Brüsseldə", "Brüsseldən"),
    ("Vaşinqton", "Vaşinqtonun", "Vaşinqtonda", "Vaşinqtondan"),
    ("Vyana", "Vyananın", "Vyanada", "Vyanadan"),
    ("Cenevrə", "Cenevrənin", "Cenevrədə", "Cenevrədən"),
    ("İstanbul", "İstanbulun", "İstanbulda", "İstanbuldan"),
    ("Azərbaycan", "Azərbaycanın", "Azərbaycanda", "Azərbaycandan"),
    ("Gürcüstan", "Gürcüstanın", "Gürcüstanda", "Gürcüstandan"),
    ("Ermənistan", "Ermənistanın", "Ermənistanda", "Ermənistandan"),
    ("Rusiya", "Rusiyanın", "Rusiyada", "Rusiyadan"),
    ("Türkiyə", "Türkiyənin", "Türkiyədə", "Türkiyədən"),
    ("İran", "İranın", "İranda", "İrandan"),
    ("Avropa", "Avropanın", "Avropada", "Avropadan"),
    ("Qəbələ", "Qəbələnin", "Qəbələdə", "Qəbələdən"),
    ("Şamaxı", "Şamaxının", "Şamaxıda", "Şamaxıdan"),
    ("Quba", "Qubanın", "Qubada", "Qubadan"),
]
TIMES = [
    "bazar ertəsi",
    "çərşənbə axşamı",
    "çərşənbə günü",
    "cümə axşamı",
    "cümə günü",
    "şənbə günü",
    "bazar günü",
    "keçən həftə",
    "bu ayın əvvəlində",
    "bu yaz",
    "keçən payız",
    "yanvarda",
    "fevralda",
    "martda",
    "apreldə",
    "mayda",
    "iyunda",
    "iyulda",
    "avqustda",
    "sentyabrda",
    "oktyabrda",
    "noyabrda",
    "dekabrda",
    "ilin əvvəlində",
    "gecə",
    "dünən",
]
# Postpositions and the case they govern.
POSTPOSITIONS = [
    ("haqqında", "nom"),
    ("üçün", "nom"),
    ("ilə", "nom"),
    ("sonra", "abl"),
    ("əvvəl", "abl"),
    ("qarşı", "dat"),
    ("görə", "dat"),
    ("çərçivəsində", "gen"),
    ("ətrafında", "nom"),
]
QUANTITIES = ["yüzlərlə", "onlarla", "minlərlə", "bir neçə", "çoxsaylı"]


def _last_vowel(word: str) -> str:
    for char in reversed(word):
        if char in VOWELS:
            return char
    return "ə"


def two_way(word: str, back: str, front: str) -> str:
    return back if _last_vowel(word) in BACK else front


def four_way(word: str) -> str:
    """Return ı, i, u or ü, by the last vowel of the word."""
    return {
        "a": "ı",
        "ı": "ı",
        "o": "u",
        "u": "u",
        "e": "i",
        "ə": "i",
        "i": "i",
        "ö": "ü",
        "ü": "ü",
    }[_last_vowel(word)]


KEEP_FINAL_CONSONANT = {"dialoq", "hüquq"}  # loanwords that do not soften


def _syllables(word: str) -> int:
    return sum(char in VOWELS for char in word)


def _softened(word: str) -> str:
    """Return the stem before a vowel suffix: a final k of a long word becomes y, q becomes ğ."""
    if _syllables(word) > 1 and word not in KEEP_FINAL_CONSONANT:
        if word.endswith("k"):
            return word[:-1] + "y"
        if word.endswith("q"):
            return word[:-1] + "ğ"
    return word


def _voiced(stem: str) -> str:
    """Return a verb stem before a vowel suffix: a final t of a long stem becomes d."""
    if stem.endswith("t") and _syllables(stem.rsplit(" ", 1)[-1]) > 1:
        return stem[:-1] + "d"
    return stem


def decline(word: str) -> dict[str, str]:
    """Return the case forms of a noun: nom, gen, acc, dat, loc, abl and their plurals."""
    vowel_end = word[-1] in VOWELS
    forms = {
        "nom": word,
        "gen": (word + "n" + four_way(word) + "n")
        if vowel_end
        else _softened(word) + four_way(word) + "n",
        "acc": (word + "n" + four_way(word)) if vowel_end else _softened(word) + four_way(word),
        "dat": (word + "y" + two_way(word, "a", "ə"))
        if vowel_end
        else _softened(word) + two_way(word, "a", "ə"),
        "loc": word + two_way(word, "da", "də"),
        "abl": word + two_way(word, "dan", "dən"),
        "poss": (word + "s" + four_way(word)) if vowel_end else _softened(word) + four_way(word),
    }
    plural = word + two_way(word, "lar", "lər")
    forms |= {
        "pnom": plural,
        "pgen": plural + four_way(plural) + "n",
        "pacc": plural + four_way(plural),
        "pdat": plural + two_way(plural, "a", "ə"),
        "ploc": plural + two_way(plural, "da", "də"),
        "pabl": plural + two_way(plural, "dan", "dən"),
    }
    return {key: value.replace("-", " ") for key, value in forms.items()}


LEXICON = [decline(word) for word in NOUNS]
PEOPLE = [
    decline(word)
    for word in words(
        """
    nazir ekspert diplomat jurnalist hakim vəkil müəllim həkim səfir namizəd seçici tələbə
    fermer turist mühəndis sahibkar sərmayəçi qaçqın əsgər zabit prokuror rəsmi nümayəndə
    sülhməramlı
    """
    )
]


def conjugate(entry: str) -> dict[str, str]:
    """Return past, present, future and perfect forms, third person singular and plural."""
    if entry.endswith("-et"):
        head = entry[:-3].replace("-", " ") + " "
        return {
            "past": head + "etdi",
            "ppast": head + "etdilər",
            "pres": head + "edir",
            "ppres": head + "edirlər",
            "fut": head + "edəcək",
            "pfut": head + "edəcəklər",
            "perf": head + "edib",
            "inf": head + "etmək",
            "neg": head + "etməyəcəyik",
        }
    stem = entry.replace("-", " ")
    vowel_end = stem[-1] in VOWELS
    past = stem + "d" + four_way(stem)
    before_vowel = stem + "y" if vowel_end else _voiced(stem)
    present = before_vowel + four_way(stem) + "r"
    future = before_vowel + two_way(stem, "acaq", "əcək")
    return {
        "past": past,
        "ppast": past + two_way(past, "lar", "lər"),
        "pres": present,
        "ppres": present + two_way(present, "lar", "lər"),
        "fut": future,
        "pfut": future + two_way(future, "lar", "lər"),
        "perf": before_vowel + four_way(stem) + "b",
        "inf": stem + two_way(stem, "maq", "mək"),
        "neg": stem + two_way(stem, "mayacağıq", "məyəcəyik"),
    }


VERB_FORMS = [conjugate(entry) for entry in VERBS]


class Azerbaijani(Language):
    code = "az"
    home_title = "Ana səhifə"
    author_bio = "Regionun siyasəti, iqtisadiyyatı və gündəlik həyatı haqqında yazır."
    sections = [
        ("siyaset", "Siyasət", "Daxili və regional siyasət xəbərləri və təhlili."),
        ("iqtisadiyyat", "İqtisadiyyat", "Bazarlar, büdcələr, ticarət və həyat bahalığı."),
        ("tehlil", "Təhlil", "Müəlliflərimizin analitik materialları."),
        ("cemiyyet", "Cəmiyyət", "Təhsil, səhiyyə, mədəniyyət və gündəlik həyat."),
        ("dunya", "Dünya", "Beynəlxalq hadisələr regionun gözü ilə."),
    ]
    tags = [
        "Azərbaycan",
        "Ermənistan",
        "Gürcüstan",
        "Rusiya",
        "Türkiyə",
        "İran",
        "Avropa İttifaqı",
        "seçkilər",
        "parlament",
        "büdcə",
        "inflyasiya",
        "energetika",
        "qaz",
        "ticarət",
        "sərhədlər",
        "sülh danışıqları",
        "təhlükəsizlik",
        "miqrasiya",
        "təhsil",
        "səhiyyə",
        "mədəniyyət",
        "turizm",
        "kənd təsərrüfatı",
        "nəqliyyat",
        "məhkəmələr",
        "media",
        "iqlim",
        "su ehtiyatları",
        "texnologiya",
        "banklar",
        "diaspor",
        "insan hüquqları",
        "korrupsiya",
        "etirazlar",
        "diplomatiya",
    ]
    male_first_names = words("Rəşad Elvin Orxan Tural Kamran Fərid İlkin Emil Vüqar Elnur")
    female_first_names = words("Leyla Aygün Nərmin Günel Səbinə Aysel Ülviyyə Nigar Könül Lalə")
    last_names = words(
        """
        Əliyev Məmmədov Hüseynov Quliyev İsmayılov Həsənov Kərimov Rzayev Abbasov Nəsirov Cəfərov
        Bağırov Süleymanov Qasımov Əhmədov Orucov Mustafayev Hacıyev
        """
    )
    kickers = ["Təhlil", "Eksklüziv", "Müsahibə", "Rəy", "Reportaj", *(p[0] for p in PLACES[:12])]

    def capitalize(self, text: str) -> str:
        first = {"i": "İ", "ı": "I"}.get(text[:1], text[:1].upper())
        return first + text[1:]

    def _phrase(self, rng: Random, case: str, *, plural: bool | None = None) -> tuple[str, bool]:
        forms = rng.choice(LEXICON)
        if plural is None:
            plural = rng.random() < 0.35
        text = forms[("p" + case) if plural else case]
        if rng.random() < 0.5:
            text = f"{rng.choice(ADJECTIVES).replace('-', ' ')} {text}"
        return text, plural

    def _pp(self, rng: Random) -> str:
        roll = rng.random()
        if roll < 0.3:
            return rng.choice(PLACES)[2]
        if roll < 0.45:
            return rng.choice(TIMES)
        word, case = rng.choice(POSTPOSITIONS)
        if case == "gen":
            owner, _ = self._phrase(rng, "gen")
            return f"{owner} {word}"
        return f"{self._phrase(rng, case)[0]} {word}"

    def feminine_surname(self, surname: str) -> str:
        return surname + "a" if surname.endswith(("ov", "ev")) else surname

    def sentence(self, rng: Random) -> str:
        verb = rng.choice(VERB_FORMS)
        pattern = rng.randrange(6)
        if pattern == 0:
            subject, many = self._phrase(rng, "nom")
            obj, _ = self._phrase(rng, "acc")
            text = f"{subject} {self._pp(rng)} {obj} {verb['ppast' if many else 'past']}"
        elif pattern == 1:
            expert = rng.choice(PEOPLE)["pgen"]
            subject, many = self._phrase(rng, "nom")
            obj, _ = self._phrase(rng, "acc")
            text = f"{expert} fikrincə, {subject} {obj} {verb['ppres' if many else 'pres']}"
        elif pattern == 2:
            said = conjugate(rng.choice(SAY_VERBS))["perf"]
            subject, many = self._phrase(rng, "nom")
            obj, _ = self._phrase(rng, "acc")
            future = verb["pfut" if many else "fut"]
            text = f"{self.person(rng)[0]} {said} ki, {subject} {obj} {future}"
        elif pattern == 3:
            obj, _ = self._phrase(rng, "acc")
            text = f"{rng.choice(PLACES)[2]} {self._pp(rng)} {obj} {verb['ppast']}"
        elif pattern == 4:
            people = rng.choice(PEOPLE)["nom"]
            obj, _ = self._phrase(rng, "acc")
            text = f"{rng.choice(QUANTITIES)} {people} {self._pp(rng)} {obj} {verb['ppast']}"
        else:
            subject, many = self._phrase(rng, "nom")
            owner = rng.choice(LEXICON)["gen"]
            thing = rng.choice(LEXICON)
            text = (
                f"{rng.choice(TIMES)} {subject} {owner} {thing['poss']}n{four_way(thing['poss'])} "
                f"{verb['ppast' if many else 'past']}"
            )
        return self.capitalize(text) + "."

    def title(self, rng: Random) -> str:
        verb = rng.choice(VERB_FORMS)
        pattern = rng.randrange(3)
        if pattern == 0:
            subject, many = self._phrase(rng, "nom")
            obj, _ = self._phrase(rng, "acc")
            text = f"{subject} {obj} {verb['ppast' if many else 'past']}"
        elif pattern == 1:
            obj, _ = self._phrase(rng, "acc")
            text = f"{rng.choice(PLACES)[2]} {obj} {verb['ppast']}"
        else:
            subject, _ = self._phrase(rng, "nom", plural=True)
            word, case = rng.choice(POSTPOSITIONS[:3])
            text = f"{subject} {self._phrase(rng, case)[0]} {word}"
        return self.capitalize(text)

    def heading(self, rng: Random) -> str:
        owner = rng.choice(LEXICON)["nom"]
        return self.capitalize(
            f"{rng.choice(ADJECTIVES).replace('-', ' ')} {owner} {rng.choice(LEXICON)['poss']}"
        )

    def quote(self, rng: Random) -> tuple[str, str]:
        verb = rng.choice(VERB_FORMS)
        obj, _ = self._phrase(rng, "acc")
        text = self.capitalize(f"biz {self._pp(rng)} {obj} {verb['neg']}") + "."
        return text, f"{self.person(rng)[0]}, {rng.choice(PEOPLE)['nom']}"
