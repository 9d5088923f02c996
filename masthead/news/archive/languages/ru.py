"""Russian: nouns declined by their ending and gender, adjectives agreeing, verbs by tense."""

from random import Random

from . import Language, words

# Cases: nom gen dat acc ins prep; plural forms carry a "p" prefix.
CASES = ("nom", "gen", "dat", "acc", "ins", "prep")
VELARS_SIBILANTS = "гкхжшщч"

# lemma:gender, "*" marks an animate noun (its accusative is its genitive).
NOUNS = words(
    """
закон:m бюджет:m договор:m проект:m министр:m* депутат:m* эксперт:m* аналитик:m* посол:m*
президент:m* премьер:m* губернатор:m* дипломат:m* журналист:m* инвестор:m* фермер:m* инженер:m*
прокурор:m* адвокат:m* избиратель:m* руководитель:m* житель:m* учитель:m* кандидат:m* партнер:m*
турист:m* студент:m* спикер:m* лидер:m* судья:f* город:m регион:m рынок:m кризис:m саммит:m
парламент:m кабинет:m курс:m налог:m кредит:m долг:m дефицит:m экспорт:m импорт:m тариф:m
завод:m порт:m аэропорт:m банк:m фонд:m музей:m фестиваль:m маршрут:m трубопровод:m коридор:m
транзит:m референдум:m суд:m приговор:m протест:m диалог:m визит:m доклад:m опрос:m прогноз:m
сезон:m урожай:m контракт:m грант:m указ:m пакет:m мост:m переход:m лагерь:m рост:m спрос:m
дефолт:m план:m митинг:m форум:m орган:m граница:f экономика:f политика:f власть:f область:f
страна:f партия:f реформа:f программа:f комиссия:f миссия:f санкция:f инфляция:f пенсия:f
зарплата:f школа:f больница:f вакцина:f газета:f армия:f полиция:f оппозиция:f коалиция:f
конституция:f стратегия:f делегация:f инициатива:f дорога:f цена:f валюта:f энергия:f
электроэнергия:f проблема:f система:f отрасль:f компания:f площадка:f выставка:f позиция:f
ситуация:f территория:f столица:f деревня:f община:f церковь:f биржа:f нефть:f сессия:f
встреча:f соглашение:n решение:n заявление:n голосование:n строительство:n правительство:n
министерство:n ведомство:n сообщество:n общество:n производство:n движение:n расследование:n
предложение:n перемирие:n сотрудничество:n урегулирование:n законодательство:n финансирование:n
исследование:n образование:n здравоохранение:n агентство:n посольство:n управление:n население:n
хозяйство:n месторождение:n
автобус:m аукцион:m баланс:m батальон:m бизнес:m бренд:m вокзал:m выпуск:m газопровод:m
гарнизон:m депозит:m диплом:m документ:m институт:m кабель:m канал:m капитал:m карантин:m
квартал:m климат:m кодекс:m комбинат:m комитет:m конгресс:m конкурс:m конфликт:m консенсус:m
контроль:m концерт:m корпус:m кредитор:m* лицей:m мандат:m механизм:m мониторинг:m монумент:m
муниципалитет:m объект:m округ:m оператор:m* оркестр:m офис:m парк:m патруль:m паспорт:m
показатель:m полигон:m потенциал:m поток:m правозащитник:m* предприниматель:m* приоритет:m
протокол:m процесс:m пункт:m район:m реактор:m режим:m резерв:m результат:m ресурс:m ремонт:m
рейс:m рейтинг:m сайт:m сектор:m сенатор:m* сервис:m сигнал:m скандал:m совет:m союз:m
спектакль:m стандарт:m статус:m стадион:m тендер:m терминал:m театр:m туннель:m университет:m
факт:m фактор:m филиал:m фронт:m холдинг:m центр:m штаб:m экзамен:m экономист:m* элемент:m этап:m
юрист:m* авиакомпания:f автономия:f агрессия:f академия:f акция:f альтернатива:f аренда:f арена:f
атака:f база:f безопасность:f библиотека:f блокада:f бригада:f версия:f вершина:f война:f
гарантия:f гостиница:f группа:f дамба:f дата:f деятельность:f дискуссия:f доктрина:f зона:f
империя:f индустрия:f инспекция:f инфраструктура:f история:f кампания:f карта:f катастрофа:f
квота:f клиника:f колонна:f конференция:f конкуренция:f корпорация:f культура:f лаборатория:f
лицензия:f магистраль:f машина:f медицина:f мера:f миграция:f модель:f монополия:f мощность:f
норма:f оборона:f операция:f организация:f очередь:f палата:f пандемия:f перспектива:f
платформа:f плотина:f площадь:f практика:f премия:f прибыль:f провинция:f прокуратура:f
промышленность:f процедура:f работа:f республика:f роль:f статистика:f структура:f сумма:f тема:f
технология:f трагедия:f традиция:f трасса:f угроза:f услуга:f фабрика:f федерация:f фракция:f
фирма:f экспедиция:f экспертиза:f эпидемия:f эпоха:f влияние:n воздействие:n выступление:n дело:n
единство:n задание:n здание:n значение:n изменение:n имущество:n качество:n количество:n
лечение:n мероприятие:n мнение:n направление:n наследие:n насилие:n обвинение:n обещание:n
обращение:n обсуждение:n объединение:n ограничение:n отношение:n партнерство:n положение:n
помещение:n поручение:n постановление:n преимущество:n представительство:n преступление:n
присутствие:n происшествие:n пространство:n разрешение:n развитие:n расширение:n регулирование:n
руководство:n село:n содержание:n сокращение:n сооружение:n сообщение:n состояние:n средство:n
столкновение:n требование:n убийство:n увеличение:n укрепление:n условие:n учреждение:n
участие:n
"""
)

IRREGULAR = {
    # A fleeting vowel or a stress shift the endings rule does not know.
    "рынок": {"stem": "рынк"},
    "посол": {"stem": "посл"},
    "церковь": {
        "sg": ("церковь", "церкви", "церкви", "церковь", "церковью", "церкви"),
        "pl": ("церкви", "церквей", "церквям", "церкви", "церквями", "церквях"),
    },
    "судья": {"pl_gen": "судей"},
    "деревня": {"pl_gen": "деревень"},
    "площадка": {"pl_gen": "площадок"},
    "выставка": {"pl_gen": "выставок"},
    "встреча": {"pl_gen": "встреч"},
    "лагерь": {"pl_nom": "лагеря"},
    "город": {"pl_nom": "города"},
    "учитель": {"pl_nom": "учителя"},
}

ADJECTIVES = words(
    """
новый прежний региональный национальный международный экономический политический военный
дипломатический социальный общественный частный местный иностранный внутренний независимый
официальный острый масштабный спорный исторический долгосрочный краткосрочный быстрый
постепенный серьезный резкий неожиданный осторожный срочный совместный двусторонний сельский
городской горный северный южный восточный западный центральный отдаленный соседний
стратегический цифровой возобновляемый доступный дорогой ежегодный парламентский президентский
судебный муниципальный экологический аграрный промышленный финансовый налоговый гуманитарный
пограничный транспортный энергетический образовательный культурный государственный крупный
важный главный последний летний зимний весенний осенний
"""
)

# past masculine | present 3sg | present 3pl (transitive, take an accusative object)
VERBS = words(
    """
обсудил|обсуждает|обсуждают утвердил|утверждает|утверждают отклонил|отклоняет|отклоняют
подписал|подписывает|подписывают объявил|объявляет|объявляют раскритиковал|критикует|критикуют
поддержал|поддерживает|поддерживают предложил|предлагает|предлагают
отложил|откладывает|откладывают запустил|запускает|запускают
приостановил|приостанавливает|приостанавливают продлил|продлевает|продлевают
пересмотрел|пересматривает|пересматривают потребовал|требует|требуют
опроверг|опровергает|опровергают подтвердил|подтверждает|подтверждают
расширил|расширяет|расширяют сократил|сокращает|сокращают повысил|повышает|повышают
построил|строит|строят профинансировал|финансирует|финансируют изучил|изучает|изучают
остановил|останавливает|останавливают заблокировал|блокирует|блокируют
восстановил|восстанавливает|восстанавливают проверил|проверяет|проверяют
открыл|открывает|открывают закрыл|закрывает|закрывают опубликовал|публикует|публикуют
оспорил|оспаривает|оспаривают защитил|защищает|защищают обеспечил|обеспечивает|обеспечивают
заморозил|замораживает|замораживают отменил|отменяет|отменяют одобрил|одобряет|одобряют
ужесточил|ужесточает|ужесточают смягчил|смягчает|смягчают
модернизировал|модернизирует|модернизируют согласовал|согласовывает|согласовывают
возобновил|возобновляет|возобновляют рассмотрел|рассматривает|рассматривают
получил|получает|получают
"""
)
SAY_VERBS = [
    "заявил",
    "сообщил",
    "отметил",
    "подчеркнул",
    "напомнил",
    "пояснил",
    "признал",
    "добавил",
]

# Places: (nominative, genitive, prepositional with its preposition)
PLACES = [
    ("Ереван", "Еревана", "в Ереване"),
    ("Баку", "Баку", "в Баку"),
    ("Тбилиси", "Тбилиси", "в Тбилиси"),
    ("Гюмри", "Гюмри", "в Гюмри"),
    ("Гянджа", "Гянджи", "в Гяндже"),
    ("Ванадзор", "Ванадзора", "в Ванадзоре"),
    ("Сумгаит", "Сумгаита", "в Сумгаите"),
    ("Батуми", "Батуми", "в Батуми"),
    ("Москва", "Москвы", "в Москве"),
    ("Анкара", "Анкары", "в Анкаре"),
    ("Тегеран", "Тегерана", "в Тегеране"),
    ("Брюссель", "Брюсселя", "в Брюсселе"),
    ("Вашингтон", "Вашингтона", "в Вашингтоне"),
    ("Вена", "Вены", "в Вене"),
    ("Женева", "Женевы", "в Женеве"),
    ("Стамбул", "Стамбула", "в Стамбуле"),
    ("Армения", "Армении", "в Армении"),
    ("Азербайджан", "Азербайджана", "в Азербайджане"),
    ("Грузия", "Грузии", "в Грузии"),
    ("Россия", "России", "в России"),
    ("Турция", "Турции", "в Турции"),
    ("Иран", "Ирана", "в Иране"),
    ("Европа", "Европы", "в Европе"),
    ("Сюник", "Сюника", "в Сюнике"),
    ("Ширак", "Ширака", "в Шираке"),
    ("Лори", "Лори", "в Лори"),
    ("Нахичевань", "Нахичевани", "в Нахичевани"),
    ("Шеки", "Шеки", "в Шеки"),
]
TIMES = [
    "в понедельник",
    "во вторник",
    "в среду",
    "в четверг",
    "в пятницу",
    "в субботу",
    "в воскресенье",
    "на прошлой неделе",
    "в начале месяца",
    "этой весной",
    "прошлой осенью",
    "в январе",
    "в феврале",
    "в марте",
    "в апреле",
    "в мае",
    "в июне",
    "в июле",
    "в августе",
    "в сентябре",
    "в октябре",
    "в ноябре",
    "в декабре",
    "накануне",
    "в начале года",
    "ночью",
]
# Prepositions and the case they govern.
GOVERNED = [
    ("после", "gen"),
    ("из-за", "gen"),
    ("для", "gen"),
    ("без", "gen"),
    ("против", "gen"),
    ("на фоне", "gen"),
    ("в рамках", "gen"),
    ("вокруг", "gen"),
    ("с", "ins"),
    ("вместе с", "ins"),
    ("по", "dat"),
    ("к", "dat"),
    ("в", "prep"),
    ("при", "prep"),
]
QUANTITIES = ["несколько", "более тысячи", "около двадцати", "десятки", "сотни", "много", "ряд"]


def _fix(stem: str, ending: str) -> str:
    """Apply the spelling rule: no ы/я/ю after velars and sibilants."""
    if ending and stem[-1:] in VELARS_SIBILANTS and ending[0] in "ыяю":
        ending = {"ы": "и", "я": "а", "ю": "у"}[ending[0]] + ending[1:]
    return stem + ending


def decline(lemma: str, gender: str) -> dict[str, str]:
    """Return the twelve case forms of a noun: nom..prep and pnom..pprep."""
    extra = IRREGULAR.get(lemma, {})
    if "sg" in extra:
        return dict(zip(CASES, extra["sg"], strict=True)) | dict(
            zip(["p" + c for c in CASES], extra["pl"], strict=True)
        )
    if lemma.endswith("ие"):
        stem = lemma[:-2]
        sg = ("ие", "ия", "ию", "ие", "ием", "ии")
        pl = ("ия", "ий", "иям", "ия", "иями", "иях")
    elif lemma.endswith("о"):
        stem = lemma[:-1]
        sg = ("о", "а", "у", "о", "ом", "е")
        pl = ("а", "", "ам", "а", "ами", "ах")
    elif lemma.endswith("ия"):
        stem = lemma[:-2]
        sg = ("ия", "ии", "ии", "ию", "ией", "ии")
        pl = ("ии", "ий", "иям", "ии", "иями", "иях")
    elif lemma.endswith("а"):
        stem = lemma[:-1]
        ins = "ей" if stem[-1] in "жшщчц" else "ой"
        sg = ("а", "ы", "е", "у", ins, "е")
        pl = ("ы", "", "ам", "ы", "ами", "ах")
    elif lemma.endswith("я"):
        stem = lemma[:-1]
        sg = ("я", "и", "е", "ю", "ей", "е")
        pl = ("и", "ей", "ям", "и", "ями", "ях")
    elif lemma.endswith("ь") and gender == "f":
        stem = lemma[:-1]
        sg = ("ь", "и", "и", "ь", "ью", "и")
        pl = ("и", "ей", "ям", "и", "ями", "ях")
    elif lemma.endswith("ь"):
        stem = lemma[:-1]
        sg = ("ь", "я", "ю", "ь", "ем", "е")
        pl = ("и", "ей", "ям", "и", "ями", "ях")
    elif lemma.endswith("й"):
        stem = lemma[:-1]
        sg = ("й", "я", "ю", "й", "ем", "е")
        pl = ("и", "ев", "ям", "и", "ями", "ях")
    else:
        stem = extra.get("stem", lemma)
        gen_pl = "ей" if stem[-1] in "жшщч" else "ов"
        sg = ("", "а", "у", "", "ом", "е")
        pl = ("ы", gen_pl, "ам", "ы", "ами", "ах")
    forms = {case: _fix(stem, end) for case, end in zip(CASES, sg, strict=True)}
    forms |= {"p" + case: _fix(stem, end) for case, end in zip(CASES, pl, strict=True)}
    if lemma.endswith(("й", "ь")) or (not lemma.endswith(("а", "я", "о", "е"))):
        forms["nom"] = forms["acc"] = lemma
    if "pl_gen" in extra:
        forms["pgen"] = extra["pl_gen"]
    if "pl_nom" in extra:
        forms["pnom"] = forms["pacc"] = extra["pl_nom"]
    return forms


ADJ_ENDINGS = {
    "m": ("ый", "ого", "ому", "ый", "ым", "ом"),
    "n": ("ое", "ого", "ому", "ое", "ым", "ом"),
    "f": ("ая", "ой", "ой", "ую", "ой", "ой"),
    "p": ("ые", "ых", "ым", "ые", "ыми", "ых"),
}
SOFT_ADJ_ENDINGS = {
    "m": ("ий", "его", "ему", "ий", "им", "ем"),
    "n": ("ее", "его", "ему", "ее", "им", "ем"),
    "f": ("яя", "ей", "ей", "юю", "ей", "ей"),
    "p": ("ие", "их", "им", "ие", "ими", "их"),
}


def agree(adjective: str, gender: str, case: str, animate: bool) -> str:
    """Return the adjective in the gender (m, f, n or p for plural), case and animacy given."""
    stem = adjective[:-2]
    soft = adjective.endswith("ний")
    stressed = adjective.endswith("ой")
    table = SOFT_ADJ_ENDINGS if soft else ADJ_ENDINGS
    index = CASES.index(case)
    if case == "acc" and animate and gender in "mp":
        index = 1
    ending = table[gender][index]
    if stressed and gender == "m" and (case == "nom" or (case == "acc" and not animate)):
        ending = "ой"
    return _fix(stem, ending)


LEXICON = []
for _entry in NOUNS:
    _lemma, _tag = _entry.split(":")
    _forms = decline(_lemma, _tag[0])
    if _tag.endswith("*"):
        # An animate noun's accusative is its genitive (masculine singular and every plural).
        _forms["pacc"] = _forms["pgen"]
        if _tag[0] == "m":
            _forms["acc"] = _forms["gen"]
    LEXICON.append((_forms, _tag[0], _tag.endswith("*")))
INANIMATE = [entry for entry in LEXICON if not entry[2]]
ANIMATE = [entry for entry in LEXICON if entry[2]]
VERB_FORMS = [tuple(entry.split("|")) for entry in VERBS]


def _past(verb: str, gender: str) -> str:
    ending = {"m": "", "f": "а", "n": "о", "p": "и"}[gender]
    if verb.endswith("л"):
        return verb + ending
    # опроверг -> опровергла, опровергли
    return verb + ("л" + ending if ending else "")


def _first_plural(third_plural: str) -> str:
    """Return the first person plural of a present tense: обсуждают -> обсуждаем."""
    if third_plural.endswith("ят"):
        return third_plural[:-2] + "им"
    return third_plural[:-2] + "ем"


def _prep(word: str, following: str) -> str:
    """Return в/с/к as во/со/ко before the clusters that need it."""
    first, second = following[:1].lower(), following[1:2].lower()
    vowels = "аеёиоуыэюя"
    if word == "в" and first in "вф" and second not in vowels:
        return "во"
    if word == "с" and first in "сзшж" and second not in vowels:
        return "со"
    if word == "к" and first in "кг" and second not in vowels:
        return "ко"
    return word


class Russian(Language):
    code = "ru"
    home_title = "Главная"
    author_bio = "Пишет о политике, экономике и повседневной жизни региона."
    sections = [
        ("politika", "Политика", "Новости и анализ внутренней и региональной политики."),
        ("ekonomika", "Экономика", "Рынки, бюджеты, торговля и стоимость жизни."),
        ("analitika", "Аналитика", "Аналитические материалы наших авторов."),
        ("obshchestvo", "Общество", "Образование, здравоохранение, культура и повседневная жизнь."),
        ("mir", "Мир", "Международные события глазами региона."),
    ]
    tags = [
        "Армения",
        "Азербайджан",
        "Грузия",
        "Россия",
        "Турция",
        "Иран",
        "Евросоюз",
        "выборы",
        "парламент",
        "бюджет",
        "инфляция",
        "энергетика",
        "газ",
        "торговля",
        "границы",
        "мирные переговоры",
        "безопасность",
        "миграция",
        "образование",
        "здравоохранение",
        "культура",
        "туризм",
        "сельское хозяйство",
        "транспорт",
        "суды",
        "СМИ",
        "климат",
        "водные ресурсы",
        "технологии",
        "банки",
        "диаспора",
        "права человека",
        "коррупция",
        "протесты",
        "дипломатия",
    ]
    male_first_names = words("Давид Армен Тигран Сергей Карен Рашад Гор Эльдар Артур Андрей Олег")
    female_first_names = words("Анна Мария Елена Нина Ольга Ирина Лейла Наталья Ани Светлана")
    last_names = words(
        """
        Саргсян Петросян Алиев Мамедов Кузнецов Гаспарян Исмайлов Беридзе Орлов Асатрян Гусейнов
        Аветисян Смирнов Манукян Керимов Белов Оганесян Ахмедов Волков Соколов
        """
    )
    kickers = [
        "Анализ",
        "Эксклюзив",
        "Интервью",
        "Мнение",
        "Репортаж",
        *(p[0] for p in PLACES[:12]),
    ]

    def _phrase(self, rng: Random, case: str, *, plural: bool | None = None, pool=None):
        """Return a noun phrase in the case given, and its gender ("p" when plural)."""
        forms, gender, animate = rng.choice(pool or LEXICON)
        if plural is None:
            plural = rng.random() < 0.35
        key = ("p" + case) if plural else case
        agreement = "p" if plural else gender
        text = forms[key]
        if rng.random() < 0.5:
            text = f"{agree(rng.choice(ADJECTIVES), agreement, case, animate)} {text}"
        return text, agreement

    def _pp(self, rng: Random) -> str:
        roll = rng.random()
        if roll < 0.3:
            return rng.choice(PLACES)[2]
        if roll < 0.45:
            return rng.choice(TIMES)
        word, case = rng.choice(GOVERNED)
        phrase, _ = self._phrase(rng, case)
        return f"{_prep(word, phrase)} {phrase}"

    def feminine_surname(self, surname: str) -> str:
        return surname + "а" if surname.endswith(("ов", "ев", "ин")) else surname

    def sentence(self, rng: Random) -> str:
        verb = rng.choice(VERB_FORMS)
        pattern = rng.randrange(6)
        if pattern == 0:
            subject, gender = self._phrase(rng, "nom")
            obj, _ = self._phrase(rng, "acc", pool=INANIMATE)
            text = f"{subject} {_past(verb[0], gender)} {obj} {self._pp(rng)}"
        elif pattern == 1:
            expert, _ = self._phrase(rng, "gen", plural=False, pool=ANIMATE)
            subject, gender = self._phrase(rng, "nom", pool=INANIMATE)
            present = verb[2] if gender == "p" else verb[1]
            obj, _ = self._phrase(rng, "acc", pool=INANIMATE)
            text = f"по словам {expert}, {subject} {present} {obj} {self._pp(rng)}"
        elif pattern == 2:
            subject, gender = self._phrase(rng, "nom")
            obj, _ = self._phrase(rng, "acc", pool=INANIMATE)
            name, is_woman = self.person(rng)
            said = rng.choice(SAY_VERBS) + ("а" if is_woman else "")
            text = f"{name} {said}, что {subject} {_past(verb[0], gender)} {obj}"
        elif pattern == 3:
            place = rng.choice(PLACES)[2]
            obj, _ = self._phrase(rng, "acc", pool=INANIMATE)
            text = f"{place} {_past(verb[0], 'p')} {obj} {self._pp(rng)}"
        elif pattern == 4:
            quantity = rng.choice(QUANTITIES)
            forms, _, _ = rng.choice(ANIMATE)
            obj, _ = self._phrase(rng, "acc", pool=INANIMATE)
            past = _past(
                verb[0],
                "n"
                if quantity in ("несколько", "более тысячи", "около двадцати", "много", "ряд")
                else "p",
            )
            text = f"{quantity} {forms['pgen']} {past} {obj} {self._pp(rng)}"
        else:
            time = rng.choice(TIMES)
            subject, gender = self._phrase(rng, "nom")
            obj, _ = self._phrase(rng, "acc", pool=INANIMATE)
            owner, _ = self._phrase(rng, "gen", pool=INANIMATE)
            text = f"{time} {subject} {_past(verb[0], gender)} {obj} {owner}"
        return self.capitalize(text) + "."

    def title(self, rng: Random) -> str:
        verb = rng.choice(VERB_FORMS)
        pattern = rng.randrange(3)
        if pattern == 0:
            subject, gender = self._phrase(rng, "nom")
            obj, _ = self._phrase(rng, "acc", pool=INANIMATE)
            text = f"{subject} {_past(verb[0], gender)} {obj}"
        elif pattern == 1:
            place = rng.choice(PLACES)[2]
            obj, _ = self._phrase(rng, "acc", pool=INANIMATE)
            text = f"{place} {_past(verb[0], 'p')} {obj}"
        else:
            subject, gender = self._phrase(rng, "nom", plural=True, pool=INANIMATE)
            obj, _ = self._phrase(rng, "gen", pool=INANIMATE)
            word, _case = rng.choice(GOVERNED[:8])
            text = f"{subject} {word} {obj}"
        return self.capitalize(text)

    def heading(self, rng: Random) -> str:
        subject, _ = self._phrase(rng, "nom")
        owner, _ = self._phrase(rng, "gen", pool=INANIMATE)
        return self.capitalize(f"{subject} {owner}")

    def quote(self, rng: Random) -> tuple[str, str]:
        verb = rng.choice(VERB_FORMS)
        obj, _ = self._phrase(rng, "acc", pool=INANIMATE)
        text = self.capitalize(f"мы не {_first_plural(verb[2])} {obj} {self._pp(rng)}") + "."
        role, _ = self._phrase(rng, "nom", plural=False, pool=ANIMATE)
        return text, f"{self.person(rng)[0]}, {role}"
