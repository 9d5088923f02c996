"""Armenian: nouns take their case and number suffixes by rule, verbs their tenses."""

from random import Random

from . import Language, words

# lemma, or lemma/plural where the plural is not the rule's (a hidden schwa, a vowel change).
NOUNS = words(
    """
կառավարություն նախարար խորհրդարան սահման համաձայնագիր ընտրություն տնտեսություն բյուջե գնաճ
խողովակաշար միջանցք բանակցություն հրադադար առաքելություն գագաթնաժողով պատվիրակություն պատժամիջոց
ներդրում բարեփոխում դատարան բողոք ընդդիմություն կոալիցիա կուսակցություն թեկնածու ընտրող հանրաքվե
սահմանադրություն դիվանագետ դեսպան պայմանագիր տարածաշրջան գյուղ քաղաք փախստական երաշտ բերք
ջրամբար օդանավակայան նավահանգիստ բանկ արժույթ վարկ պարտք դեֆիցիտ արտահանում ներմուծում
ընկերություն գործարան հանք էներգիա գազ աշխատավարձ թոշակ դպրոց/դպրոցներ համալսարան ուսանող
հիվանդանոց լրագրող թերթ դատավոր փաստաբան դատախազ քննություն ոստիկանություն զինվոր սպա
զորավարժություն դաշինք գործընկեր հարևան համայնք վանք ժառանգություն փառատոն թանգարան ցուցահանդես
զբոսաշրջիկ ֆերմեր շուկա խանութ ծրագիր արբանյակ հարցում վերլուծաբան փորձագետ զեկույց
ուսումնասիրություն ռազմավարություն երկխոսություն հայտարարություն հրամանագիր օրենք հանձնաժողով
կոմիտե քաղաքապետ մարզպետ նախարարություն գործակալություն պաշտոնյա խոսնակ վարչապետ նախագահ
պատգամավոր ներդրող ճանապարհ անցակետ ապրանք արտադրություն գյուղատնտեսություն զբոսաշրջություն
կրթություն առողջապահություն մշակույթ անվտանգություն միգրացիա պետություն հասարակություն աշխատող
գործազրկություն հարկ վարկանիշ ճգնաժամ շինարարություն նախաձեռնություն իշխանություն մարզ
երկիր/երկրներ մայրաքաղաք համակարգ քաղաքականություն բնակավայր ձեռնարկություն
ակցիա ավտոբուս ակումբ ամսագիր անկում աշխատանք արդյունք արձագանք արշավ բանավեճ բանաձև բնակարան
գործ գործողություն գրասենյակ դաշտ դերասան դիրք երթ էջ թիմ ժողով ինստիտուտ իրավաբան լիցենզիա
խաղ խմբագիր ծառայություն կայան կենտրոն կոնֆերանս կոնցերտ հաստատություն համաժողով հանդիպում
հարց հետազոտություն հիմնադրամ հյուրանոց հողամաս մարզիկ մասնագետ մարտահրավեր միջոցառում
միություն մրցույթ նավ նորություն շենք ոլորտ որոշում ուղերձ չափանիշ պահանջ պատերազմ պատմություն
պայքար ռեակտոր սպառող սցենար վթար վարչություն տարածք տեխնոլոգիա ցանց փոփոխություն քարտեզ քննիչ
օրենսդրություն ֆիլմ ֆորում համաձայնություն հանրապետություն գիտնական բժշկություն խորհրդական
ընտանիք կառույց նախագահություն պարեկ պաշտոն պետբյուջե սահմանապահ ֆինանսավորում
համագործակցություն
"""
)

ADJECTIVES = words(
    """
նոր նախկին տարածաշրջանային ազգային միջազգային տնտեսական քաղաքական ռազմական դիվանագիտական
սոցիալական հանրային մասնավոր տեղական արտաքին ներքին անկախ պաշտոնական լարված զգուշավոր հրատապ
համատեղ երկկողմ բազմակողմ գյուղական քաղաքային լեռնային հյուսիսային հարավային արևելյան արևմտյան
կենտրոնական հեռավոր ռազմավարական թվային կանաչ վերականգնվող մատչելի թանկ գաղտնի տարեկան
խորհրդարանական նախագահական դատական համայնքային բնապահպանական գյուղատնտեսական արդյունաբերական
ֆինանսական հարկային մարդասիրական սահմանային տրանսպորտային էներգետիկ կրթական մշակութային պետական
խոշոր կարևոր գլխավոր վերջին առաջին հաջորդ երկարաժամկետ կարճաժամկետ արագ աստիճանական լուրջ կտրուկ
անսպասելի հակասական պատմական
"""
)

# Regular transitive verbs in -ել.
VERBS = words(
    """
քննարկել հաստատել մերժել ստորագրել հայտարարել քննադատել ողջունել առաջարկել հետաձգել գործարկել
երկարաձգել վերանայել պահանջել հերքել ընդլայնել կրճատել կառուցել ուղարկել ֆինանսավորել
ուսումնասիրել արգելափակել վերականգնել վերահսկել ստուգել վերաբացել փակել արտահանել ներմուծել
հրապարակել վիճարկել պաշտպանել ապահովել չեղարկել մեղմել վերսկսել կազմակերպել գնահատել մշակել
ընդունել որոշել քվեարկել ստեղծել պլանավորել կարգավորել դատապարտել հետաքննել գրանցել հրավիրել
"""
)
SAY_VERBS = ["հայտարարել", "նշել", "ընդգծել", "պարզաբանել", "հավելել", "հիշեցրել"]

PLACES = [
    # nominative, genitive, locative, ablative
    ("Երևան", "Երևանի", "Երևանում", "Երևանից"),
    ("Բաքու", "Բաքվի", "Բաքվում", "Բաքվից"),
    ("Թբիլիսի", "Թբիլիսիի", "Թբիլիսիում", "Թբիլիսիից"),
    ("Գյումրի", "Գյումրու", "Գյումրիում", "Գյումրիից"),
    ("Վանաձոր", "Վանաձորի", "Վանաձորում", "Վանաձորից"),
    ("Գյանջա", "Գյանջայի", "Գյանջայում", "Գյանջայից"),
    ("Մոսկվա", "Մոսկվայի", "Մոսկվայում", "Մոսկվայից"),
    ("Անկարա", "Անկարայի", "Անկարայում", "Անկարայից"),
    ("Թեհրան", "Թեհրանի", "Թեհրանում", "Թեհրանից"),
    ("Բրյուսել", "Բրյուսելի", "Բրյուսելում", "Բրյուսելից"),
    ("Վաշինգտոն", "Վաշինգտոնի", "Վաշինգտոնում", "Վաշինգտոնից"),
    ("Վիեննա", "Վիեննայի", "Վիեննայում", "Վիեննայից"),
    ("Ստամբուլ", "Ստամբուլի", "Ստամբուլում", "Ստամբուլից"),
    ("Դիլիջան", "Դիլիջանի", "Դիլիջանում", "Դիլիջանից"),
    ("Կապան", "Կապանի", "Կապանում", "Կապանից"),
    ("Գորիս", "Գորիսի", "Գորիսում", "Գորիսից"),
    ("Հայաստան", "Հայաստանի", "Հայաստանում", "Հայաստանից"),
    ("Ադրբեջան", "Ադրբեջանի", "Ադրբեջանում", "Ադրբեջանից"),
    ("Վրաստան", "Վրաստանի", "Վրաստանում", "Վրաստանից"),
    ("Ռուսաստան", "Ռուսաստանի", "Ռուսաստանում", "Ռուսաստանից"),
    ("Թուրքիա", "Թուրքիայի", "Թուրքիայում", "Թուրքիայից"),
    ("Իրան", "Իրանի", "Իրանում", "Իրանից"),
    ("Եվրոպա", "Եվրոպայի", "Եվրոպայում", "Եվրոպայից"),
    ("Սյունիք", "Սյունիքի", "Սյունիքում", "Սյունիքից"),
    ("Շիրակ", "Շիրակի", "Շիրակում", "Շիրակից"),
    ("Տավուշ", "Տավուշի", "Տավուշում", "Տավուշից"),
    ("Լոռի", "Լոռու", "Լոռիում", "Լոռուց"),
]
TIMES = [
    "երկուշաբթի",
    "երեքշաբթի",
    "չորեքշաբթի",
    "հինգշաբթի",
    "ուրբաթ",
    "շաբաթ օրը",
    "կիրակի",
    "անցած շաբաթ",
    "այս ամսվա սկզբին",
    "գարնանը",
    "անցյալ աշնանը",
    "հունվարին",
    "փետրվարին",
    "մարտին",
    "ապրիլին",
    "մայիսին",
    "հունիսին",
    "հուլիսին",
    "օգոստոսին",
    "սեպտեմբերին",
    "հոկտեմբերին",
    "նոյեմբերին",
    "դեկտեմբերին",
    "տարեսկզբին",
    "գիշերը",
    "երեկ",
]
# Postpositions and the case they govern; "առանց" goes before its noun.
POSTPOSITIONS = [
    ("մասին", "gen"),
    ("հետ", "gen"),
    ("հետո", "abl"),
    ("համար", "gen"),
    ("շուրջ", "gen"),
    ("առաջ", "abl"),
    ("դեմ", "gen"),
    ("շրջանակում", "gen"),
    ("պատճառով", "gen"),
]
QUANTITIES = ["հարյուրավոր", "տասնյակ", "հազարավոր", "բազմաթիվ"]
VOWELS = "աեէըիոօ"


def _syllables(word: str) -> int:
    return sum(1 for char in word if char in VOWELS or char == "և")


def decline(entry: str) -> dict[str, str]:
    """Return the case forms of a noun: nom, def, gen, abl, ins, loc and their plurals."""
    lemma, _, plural = entry.partition("/")
    if lemma.endswith("ություն"):
        stem = lemma[: -len("ություն")]
        forms = {
            "nom": lemma,
            "def": lemma + "ը",
            "gen": stem + "ության",
            "abl": lemma + "ից",
            "ins": stem + "ությամբ",
            "loc": lemma + "ում",
        }
        plural = plural or lemma + "ներ"
    elif lemma.endswith("ում"):
        # A verbal noun: ներդրում, ներդրման, ներդրմամբ.
        stem = lemma[:-3]
        forms = {
            "nom": lemma,
            "def": lemma + "ը",
            "gen": stem + "ման",
            "abl": lemma + "ից",
            "ins": stem + "մամբ",
            "loc": lemma + "ում",
        }
        plural = plural or lemma + "ներ"
    else:
        oblique = lemma[:-3] + "գր" if lemma.endswith("գիր") else lemma
        glide = "յ" if lemma[-1] in "աոօ" else ""
        ends_in_vowel = lemma[-1] in VOWELS or lemma.endswith("ու")
        forms = {
            "nom": lemma,
            "def": lemma + ("ն" if ends_in_vowel else "ը"),
            "gen": oblique + glide + "ի",
            "abl": oblique + glide + "ից",
            "ins": oblique + glide + "ով",
            "loc": oblique + glide + "ում",
        }
        if not plural:
            if lemma.endswith("գիր"):
                plural = oblique + "եր"
            elif _syllables(lemma) == 1 and not ends_in_vowel:
                plural = lemma + "եր"
            else:
                plural = lemma + "ներ"
    forms |= {
        "pnom": plural,
        "pdef": plural + "ը",
        "pgen": plural + "ի",
        "pabl": plural + "ից",
        "pins": plural + "ով",
        "ploc": plural + "ում",
    }
    return forms


LEXICON = [decline(entry) for entry in NOUNS]
PEOPLE = [
    decline(entry)
    for entry in words(
        """
    նախարար թեկնածու ընտրող դիվանագետ դեսպան փախստական լրագրող դատավոր փաստաբան դատախազ զինվոր
    սպա գործընկեր հարևան զբոսաշրջիկ ֆերմեր վերլուծաբան փորձագետ քաղաքապետ մարզպետ պաշտոնյա
    խոսնակ պատգամավոր ներդրող աշխատող ուսանող իրավաբան մասնագետ մարզիկ գիտնական դերասան քննիչ
    սպառող խորհրդական սահմանապահ իրավաբան մասնագետ մարզիկ գիտնական դերասան քննիչ
    սպառող խորհրդական սահմանապահ
    """
    )
]


def conjugate(infinitive: str) -> dict[str, str]:
    stem = infinitive[:-2]
    return {
        "inf": infinitive,
        "pres": f"{stem}ում է",
        "ppres": f"{stem}ում են",
        "aor": f"{stem}եց",
        "paor": f"{stem}եցին",
        "perf": f"{infinitive} է",
        "pperf": f"{infinitive} են",
        "fut": f"կ{stem}ի",
        "pfut": f"կ{stem}են",
        "part": f"{stem}ված",
    }


VERB_FORMS = [conjugate(verb) for verb in VERBS]


class Armenian(Language):
    code = "hy"
    home_title = "Գլխավոր"
    author_bio = "Գրում է տարածաշրջանի քաղաքականության, տնտեսության և առօրյայի մասին։"
    full_stop = "։"
    sections = [
        (
            "qaghaqakanutyun",
            "Քաղաքականություն",
            "Ներքին և տարածաշրջանային քաղաքականության լուրեր և վերլուծություն։",
        ),
        ("tntesutyun", "Տնտեսություն", "Շուկաներ, բյուջեներ, առևտուր և կենսամակարդակ։"),
        ("verlutsutyun", "Վերլուծություն", "Մեր հեղինակների վերլուծական նյութերը։"),
        ("hasarakutyun", "Հասարակություն", "Կրթություն, առողջապահություն, մշակույթ և առօրյա։"),
        ("ashkhar", "Աշխարհ", "Միջազգային իրադարձությունները տարածաշրջանի տեսանկյունից։"),
    ]
    tags = [
        "Հայաստան",
        "Ադրբեջան",
        "Վրաստան",
        "Ռուսաստան",
        "Թուրքիա",
        "Իրան",
        "Եվրամիություն",
        "ընտրություններ",
        "խորհրդարան",
        "բյուջե",
        "գնաճ",
        "էներգետիկա",
        "գազ",
        "առևտուր",
        "սահմաններ",
        "խաղաղության բանակցություններ",
        "անվտանգություն",
        "միգրացիա",
        "կրթություն",
        "առողջապահություն",
        "մշակույթ",
        "զբոսաշրջություն",
        "գյուղատնտեսություն",
        "տրանսպորտ",
        "դատարաններ",
        "լրատվամիջոցներ",
        "կլիմա",
        "ջրային ռեսուրսներ",
        "տեխնոլոգիաներ",
        "բանկեր",
        "սփյուռք",
        "մարդու իրավունքներ",
        "կոռուպցիա",
        "բողոքի ակցիաներ",
        "դիվանագիտություն",
    ]
    male_first_names = words("Դավիթ Արմեն Տիգրան Գոռ Կարեն Արթուր Վահե Նարեկ Սամվել Աշոտ")
    female_first_names = words("Աննա Մարիամ Լիլիթ Նունե Անի Սոնա Հասմիկ Էլեն Մանե Գայանե")
    last_names = words(
        """
        Սարգսյան Պետրոսյան Գասպարյան Ասատրյան Ավետիսյան Մանուկյան Հովհաննիսյան Գրիգորյան
        Հարությունյան Կարապետյան Մկրտչյան Ղազարյան Բաղդասարյան Վարդանյան Խաչատրյան Դավթյան
        Ստեփանյան Մարտիրոսյան
        """
    )
    kickers = [
        "Վերլուծություն",
        "Բացառիկ",
        "Հարցազրույց",
        "Կարծիք",
        "Ռեպորտաժ",
        *(p[0] for p in PLACES[:12]),
    ]

    def _phrase(self, rng: Random, case: str, *, plural: bool | None = None) -> tuple[str, bool]:
        forms = rng.choice(LEXICON)
        if plural is None:
            plural = rng.random() < 0.35
        text = forms[("p" + case) if plural else case]
        if rng.random() < 0.5:
            text = f"{rng.choice(ADJECTIVES)} {text}"
        return text, plural

    def _pp(self, rng: Random) -> str:
        roll = rng.random()
        if roll < 0.3:
            return rng.choice(PLACES)[2]
        if roll < 0.45:
            return rng.choice(TIMES)
        if roll < 0.5:
            return f"առանց {self._phrase(rng, 'gen')[0]}"
        word, case = rng.choice(POSTPOSITIONS)
        if rng.random() < 0.2:
            place = rng.choice(PLACES)
            return f"{place[1] if case == 'gen' else place[3]} {word}"
        return f"{self._phrase(rng, case)[0]} {word}"

    def sentence(self, rng: Random) -> str:
        verb = rng.choice(VERB_FORMS)
        pattern = rng.randrange(6)
        if pattern == 0:
            subject, many = self._phrase(rng, "def")
            obj, _ = self._phrase(rng, "def")
            text = f"{subject} {self._pp(rng)} {obj} {verb['paor' if many else 'aor']}"
        elif pattern == 1:
            expert = rng.choice(PEOPLE)["pgen"]
            subject, many = self._phrase(rng, "def")
            obj, _ = self._phrase(rng, "def")
            text = f"ըստ {expert}՝ {subject} {obj} {verb['ppres' if many else 'pres']}"
        elif pattern == 2:
            said = conjugate(rng.choice(SAY_VERBS))["perf"]
            subject, many = self._phrase(rng, "def")
            obj, _ = self._phrase(rng, "def")
            future = verb["pfut" if many else "fut"]
            text = f"{self.person(rng)[0]}ը {said}, որ {subject} {obj} {future}"
        elif pattern == 3:
            obj, _ = self._phrase(rng, "def")
            text = f"{rng.choice(PLACES)[2]} {self._pp(rng)} {obj} {verb['paor']}"
        elif pattern == 4:
            people = rng.choice(PEOPLE)["pnom"]
            obj, _ = self._phrase(rng, "def")
            text = f"{rng.choice(QUANTITIES)} {people} {self._pp(rng)} {obj} {verb['pperf']}"
        else:
            subject, many = self._phrase(rng, "def")
            owner, _ = self._phrase(rng, "gen")
            thing = rng.choice(LEXICON)["def"]
            text = (
                f"{rng.choice(TIMES)} {subject} {owner} {thing} {verb['paor' if many else 'aor']}"
            )
        return self.capitalize(text) + self.full_stop

    def capitalize(self, text: str) -> str:
        return text[:1].upper() + text[1:]

    def title(self, rng: Random) -> str:
        verb = rng.choice(VERB_FORMS)
        pattern = rng.randrange(3)
        if pattern == 0:
            subject, many = self._phrase(rng, "def")
            obj, _ = self._phrase(rng, "def")
            text = f"{subject} {obj} {verb['paor' if many else 'aor']}"
        elif pattern == 1:
            obj, _ = self._phrase(rng, "def")
            text = f"{rng.choice(PLACES)[2]} {obj} {verb['pperf']}"
        else:
            subject, _ = self._phrase(rng, "nom")
            word, case = rng.choice(POSTPOSITIONS)
            text = f"{verb['part']} {subject}՝ {self._phrase(rng, case)[0]} {word}"
        return self.capitalize(text)

    def heading(self, rng: Random) -> str:
        owner, _ = self._phrase(rng, "gen")
        return self.capitalize(f"{owner} {rng.choice(LEXICON)['nom']}")

    def quote(self, rng: Random) -> tuple[str, str]:
        verb = rng.choice(VERB_FORMS)
        obj, _ = self._phrase(rng, "def")
        text = (
            self.capitalize(f"մենք {self._pp(rng)} {obj} չենք {verb['inf'][:-2]}ի") + self.full_stop
        )
        role = rng.choice(PEOPLE)["nom"]
        return text, f"{self.person(rng)[0]}, {role}"
