"""The demo newsroom's authors (fictional people), with their names and bios per language."""

AUTHORS = [
    {
        "slug": "leyla-hasanova",
        "colour": (176, 58, 46),
        "name": {
            "en": "Leyla Hasanova",
            "ru": "Лейла Гасанова",
            "hy": "Լեյլա Հասանովա",
            "az": "Leyla Həsənova",
        },
        "bio": {
            "en": "Analytics editor. Writes about energy, transport corridors and the politics "
            "of the Caspian coast. Before journalism she worked as a statistician.",
            "ru": "Редактор отдела аналитики. Пишет об энергетике, транспортных коридорах и "
            "политике Каспийского побережья. До журналистики работала статистиком.",
            "hy": "Վերլուծական բաժնի խմբագիր։ Գրում է էներգետիկայի, տրանսպորտային միջանցքների "
            "և Կասպիցի ափի քաղաքականության մասին։ Մինչ լրագրությունը աշխատել է որպես վիճակագիր։",
            "az": "Analitika şöbəsinin redaktoru. Enerji, nəqliyyat dəhlizləri və Xəzər sahilinin "
            "siyasəti haqqında yazır. Jurnalistikaya qədər statistik kimi çalışıb.",
        },
    },
    {
        "slug": "arman-melikyan",
        "colour": (41, 98, 155),
        "name": {
            "en": "Arman Melikyan",
            "ru": "Арман Меликян",
            "hy": "Արման Մելիքյան",
            "az": "Arman Melikyan",
        },
        "bio": {
            "en": "Political correspondent covering parliaments, elections and peace talks. "
            "He has reported from every capital of the region.",
            "ru": "Политический корреспондент: парламенты, выборы и мирные переговоры. "
            "Работал во всех столицах региона.",
            "hy": "Քաղաքական թղթակից. լուսաբանում է խորհրդարանները, ընտրությունները և "
            "խաղաղ բանակցությունները։ Աշխատել է տարածաշրջանի բոլոր մայրաքաղաքներում։",
            "az": "Siyasi müxbir: parlamentlər, seçkilər və sülh danışıqları. "
            "Regionun bütün paytaxtlarından reportajlar hazırlayıb.",
        },
    },
    {
        "slug": "elena-voronova",
        "colour": (30, 132, 73),
        "name": {
            "en": "Elena Voronova",
            "ru": "Елена Воронова",
            "hy": "Ելենա Վորոնովա",
            "az": "Yelena Voronova",
        },
        "bio": {
            "en": "Economics writer. Follows prices, wages, banks and the small businesses "
            "that keep the region's towns alive.",
            "ru": "Экономический обозреватель. Следит за ценами, зарплатами, банками и малым "
            "бизнесом, на котором держатся города региона.",
            "hy": "Տնտեսական մեկնաբան։ Հետևում է գներին, աշխատավարձերին, բանկերին և փոքր "
            "բիզնեսին, որի վրա են հենվում տարածաշրջանի քաղաքները։",
            "az": "İqtisadi şərhçi. Qiymətləri, maaşları, bankları və regionun şəhərlərini "
            "yaşadan kiçik biznesi izləyir.",
        },
    },
    {
        "slug": "tural-mammadov",
        "colour": (118, 68, 138),
        "name": {
            "en": "Tural Mammadov",
            "ru": "Турал Мамедов",
            "hy": "Թուրալ Մամեդով",
            "az": "Tural Məmmədov",
        },
        "bio": {
            "en": "World desk. Covers diplomacy, migration and the wider neighbourhood, "
            "from the Black Sea to Central Asia.",
            "ru": "Международный отдел. Пишет о дипломатии, миграции и соседних регионах "
            "от Черного моря до Центральной Азии.",
            "hy": "Միջազգային բաժին։ Գրում է դիվանագիտության, միգրացիայի և հարևան "
            "տարածաշրջանների մասին՝ Սև ծովից մինչև Կենտրոնական Ասիա։",
            "az": "Beynəlxalq şöbə. Diplomatiya, miqrasiya və Qara dənizdən Mərkəzi Asiyaya "
            "qədər qonşu regionlar haqqında yazır.",
        },
    },
    {
        "slug": "nina-karapetyan",
        "colour": (202, 111, 30),
        "name": {
            "en": "Nina Karapetyan",
            "ru": "Нина Карапетян",
            "hy": "Նինա Կարապետյան",
            "az": "Nina Karapetyan",
        },
        "bio": {
            "en": "Interviews editor. Talks to scientists, mayors, farmers and artists, "
            "and asks the second question.",
            "ru": "Редактор интервью. Беседует с учеными, мэрами, фермерами и художниками "
            "и всегда задает второй вопрос.",
            "hy": "Հարցազրույցների խմբագիր։ Զրուցում է գիտնականների, քաղաքապետերի, "
            "ֆերմերների և արվեստագետների հետ և միշտ տալիս է երկրորդ հարցը։",
            "az": "Müsahibələr redaktoru. Alimlər, merlər, fermerlər və rəssamlarla "
            "danışır və həmişə ikinci sualı verir.",
        },
    },
    {
        "slug": "ilkin-aliyev",
        "colour": (20, 120, 140),
        "name": {
            "en": "İlkin Əliyev",
            "ru": "Илькин Алиев",
            "hy": "Իլքին Ալիև",
            "az": "İlkin Əliyev",
        },
        "bio": {
            "en": "Security analyst and contributing writer. Studies ceasefire monitoring, "
            "peacekeeping missions and border demarcation.",
            "ru": "Аналитик по вопросам безопасности. Изучает мониторинг перемирий, "
            "миротворческие миссии и делимитацию границ.",
            "hy": "Անվտանգության վերլուծաբան։ Ուսումնասիրում է հրադադարի դիտարկումը, "
            "խաղաղապահ առաքելությունները և սահմանների սահմանազատումը։",
            "az": "Təhlükəsizlik üzrə analitik. Atəşkəsin monitorinqini, sülhməramlı "
            "missiyaları və sərhədlərin delimitasiyasını öyrənir.",
        },
    },
    {
        "slug": "david-osei",
        "colour": (90, 90, 90),
        "name": {
            "en": "David Osei",
            "ru": "Дэвид Осеи",
            "hy": "Դեյվիդ Օսեի",
            "az": "Deyvid Osei",
        },
        "bio": {
            "en": "Data journalist. Turns budgets, shipping logs and climate records into "
            "charts that readers can trust.",
            "ru": "Журналист данных. Превращает бюджеты, судовые журналы и климатические "
            "записи в графики, которым можно доверять.",
            "hy": "Տվյալների լրագրող։ Բյուջեները, նավային մատյանները և կլիմայական "
            "գրառումները վերածում է գծապատկերների, որոնց կարելի է վստահել։",
            "az": "Data jurnalisti. Büdcələri, gəmi jurnallarını və iqlim qeydlərini "
            "etibarlı qrafiklərə çevirir.",
        },
    },
]
