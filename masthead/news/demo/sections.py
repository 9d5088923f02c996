# ruff: noqa: E501  (prose: long string lines are meant)
"""The sections of the demo edition, in every language."""

SECTIONS = [
    {
        "slug": "analytics",
        "title": {"en": "Analytics", "ru": "Аналитика", "hy": "Վերլուծություն", "az": "Analitika"},
        "description": {
            "en": "Analytical materials of the authors of Masthead Daily",
            "ru": "Аналитические материалы авторов Masthead Daily",
            "hy": "Masthead Daily-ի հեղինակների վերլուծական նյութերը",
            "az": "Masthead Daily müəlliflərinin analitik materialları",
        },
    },
    {
        "slug": "politics",
        "title": {"en": "Politics", "ru": "Политика", "hy": "Քաղաքականություն", "az": "Siyasət"},
        "description": {
            "en": "Political news, parliaments, elections and diplomacy, followed by Masthead Daily",
            "ru": "Политические новости, парламенты, выборы и дипломатия в материалах Masthead Daily",
            "hy": "Քաղաքական լուրեր, խորհրդարաններ, ընտրություններ և դիվանագիտություն Masthead Daily-ում",
            "az": "Siyasi xəbərlər, parlamentlər, seçkilər və diplomatiya Masthead Daily-nin materiallarında",
        },
    },
    {
        "slug": "economy",
        "title": {"en": "Economy", "ru": "Экономика", "hy": "Տնտեսություն", "az": "İqtisadiyyat"},
        "description": {
            "en": "Markets, trade, energy and household budgets, explained by Masthead Daily",
            "ru": "Рынки, торговля, энергетика и семейные бюджеты: объясняет Masthead Daily",
            "hy": "Շուկաներ, առևտուր, էներգետիկա և ընտանեկան բյուջեներ. բացատրում է Masthead Daily-ն",
            "az": "Bazarlar, ticarət, enerji və ailə büdcələri: Masthead Daily izah edir",
        },
    },
    {
        "slug": "interviews",
        "title": {
            "en": "Interviews",
            "ru": "Интервью",
            "hy": "Հարցազրույցներ",
            "az": "Müsahibələr",
        },
        "description": {
            "en": "Conversations with the people who shape the region, recorded by Masthead Daily",
            "ru": "Беседы с людьми, которые меняют регион, записанные Masthead Daily",
            "hy": "Զրույցներ տարածաշրջանը փոխող մարդկանց հետ՝ Masthead Daily-ի ձայնագրությամբ",
            "az": "Regionu dəyişən insanlarla Masthead Daily-nin söhbətləri",
        },
    },
    {
        "slug": "world",
        "title": {"en": "World", "ru": "Мир", "hy": "Աշխարհ", "az": "Dünya"},
        "description": {
            "en": "News from around the world that matters to our readers, by Masthead Daily",
            "ru": "Мировые новости, важные для наших читателей, от Masthead Daily",
            "hy": "Աշխարհի լուրեր, որոնք կարևոր են մեր ընթերցողների համար՝ Masthead Daily-ից",
            "az": "Oxucularımız üçün vacib olan dünya xəbərləri Masthead Daily-dən",
        },
    },
]

HOME_TITLE = {
    "en": "Masthead Daily",
    "ru": "Masthead Daily",
    "hy": "Masthead Daily",
    "az": "Masthead Daily",
}
