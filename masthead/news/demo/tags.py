"""The shared tag vocabulary, with the tag name each edition uses."""

TAGS = {
    "energy": {"ru": "энергетика", "hy": "էներգետիկա", "az": "enerji"},
    "elections": {"ru": "выборы", "hy": "ընտրություններ", "az": "seçkilər"},
    "peacekeeping": {"ru": "миротворцы", "hy": "խաղաղապահներ", "az": "sülhməramlılar"},
    "trade": {"ru": "торговля", "hy": "առևտուր", "az": "ticarət"},
    "transport": {"ru": "транспорт", "hy": "տրանսպորտ", "az": "nəqliyyat"},
    "diplomacy": {"ru": "дипломатия", "hy": "դիվանագիտություն", "az": "diplomatiya"},
    "climate": {"ru": "климат", "hy": "կլիմա", "az": "iqlim"},
    "water": {"ru": "вода", "hy": "ջուր", "az": "su"},
    "agriculture": {
        "ru": "сельское хозяйство",
        "hy": "գյուղատնտեսություն",
        "az": "kənd təsərrüfatı",
    },
    "security": {"ru": "безопасность", "hy": "անվտանգություն", "az": "təhlükəsizlik"},
    "technology": {"ru": "технологии", "hy": "տեխնոլոգիաներ", "az": "texnologiya"},
    "migration": {"ru": "миграция", "hy": "միգրացիա", "az": "miqrasiya"},
    "media": {"ru": "медиа", "hy": "մեդիա", "az": "media"},
    "infrastructure": {"ru": "инфраструктура", "hy": "ենթակառուցվածքներ", "az": "infrastruktur"},
    "culture": {"ru": "культура", "hy": "մշակույթ", "az": "mədəniyyət"},
    "war": {"ru": "война", "hy": "պատերազմ", "az": "müharibə"},
}
