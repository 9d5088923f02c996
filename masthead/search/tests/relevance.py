"""The labelled query set over the demo content, and recall@10 / MRR over it.

Each query is written as a reader would type it (inflected forms, other words than
the title, case variants, several words) with the title of the one article it must
find, in the edition of the query.
"""

from wagtail.models import Locale

from masthead.search.queries import search_articles

EN_TITLES = {
    27: "Five years on, who watches the Tavra ceasefire?",
    28: "Three ports, one sea: the race for Caspian cargo",
    29: "Kharan's reservoirs are emptying faster than the plans to refill them",
    30: "Why young graduates leave, and what would make them stay",
    31: "A cable under the mountains: the economics of the northern power link",
    32: "Local newspapers are shrinking; local news is not",
    33: "Peacekeepers' mandate: what a one-year renewal really means",
    34: "After the dry spring: wheat, bread prices and the state reserve",
    35: "Selvar elects a mayor: live updates",
    36: "Assembly passes next year's budget after a night of amendments",
    37: "Three opposition parties sign a joint platform",
    38: "Border commission ends its ninth round with 40 kilometres on the map",
    39: "New electoral code: what changes for voters",
    40: "Ombudsman's report counts a record number of complaints",
    41: "Cabinet reshuffle brings three new regional governors",
    42: "Citizens' petitions go online; the first one asks for night buses",
    43: "Inflation slows for the third month as food prices ease",
    44: "Port Alaz opens its container terminal",
    45: "A solar farm on the Davrin plateau starts feeding the grid",
    46: "Remittances from abroad fall for the first time in six years",
    47: "Microloans for bakeries and workshops: the results of the first year",
    49: "Hand-knotted carpets find new buyers online",
    50: "Rail freight tariffs cut to win back transit cargo",
    51: "“The glaciers are our water bank, and we are overdrawn”",
    59: "Shipping insurers raise rates on the northern sea route",
    62: "Talks at Lake Orsa: peacekeepers, prisoners and a map",
    63: "Veltra elects a president in a runoff",
    64: "A long fire season tests the southern neighbours",
    65: "An undersea data cable will cross the Caspian",
    66: "Returning home after the war: a programme counts its first thousand families",
}
_T = EN_TITLES

# (language, query, title of the article it must find)
LABELLED_QUERIES = [
    ("en", "peacekeeping mandate renewal", _T[33]),
    ("en", "Tavra ceasefire five years", _T[27]),
    ("en", "Caspian shipping ports", _T[28]),
    ("en", "reservoir levels in Kharan", _T[29]),
    ("en", "graduates leaving", _T[30]),
    ("en", "hydropower interconnector", _T[31]),
    ("en", "local news messaging apps", _T[32]),
    ("en", "WHEAT HARVEST bread prices", _T[34]),
    ("en", "Selvar mayoral election turnout", _T[35]),
    ("en", "budget amendments", _T[36]),
    ("en", "opposition joint list", _T[37]),
    ("en", "border commission round", _T[38]),
    ("en", "electoral code voting abroad", _T[39]),
    ("en", "ombudsman complaints", _T[40]),
    ("en", "new regional governors appointed", _T[41]),
    ("en", "online petition night bus", _T[42]),
    ("en", "inflation slowing food prices", _T[43]),
    ("en", "container terminal opened", _T[44]),
    ("en", "solar plant Davrin", _T[45]),
    ("en", "remittances falling", _T[46]),
    ("en", "microloan bakery", _T[47]),
    ("en", "carpet weavers", _T[49]),
    ("en", "railway tariffs transit", _T[50]),
    ("en", "glacier melting", _T[51]),
    ("en", "war-risk insurance for ships", _T[59]),
    ("en", "prisoner exchange Lake Orsa", _T[62]),
    ("en", "Veltra presidential runoff", _T[63]),
    ("en", "wildfires southern countries", _T[64]),
    ("en", "undersea fibre-optic cable", _T[65]),
    ("en", "displaced families return", _T[66]),
    # Russian
    (
        "ru",
        "миротворческий мандат",
        "Мандат миротворцев: что на самом деле значит продление на год",
    ),
    ("ru", "перемирие в долине Тавры", "Пять лет спустя: кто следит за перемирием в долине Тавры?"),
    ("ru", "каспийские грузы", "Три порта, одно море: гонка за каспийскими грузами"),
    (
        "ru",
        "уровень водохранилищ",
        "Водохранилища Харана пустеют быстрее, чем пишутся планы их наполнения",
    ),
    ("ru", "поправки к бюджету", "Собрание приняло бюджет на следующий год после ночи поправок"),
    ("ru", "выборы мэра Сельвара", "Сельвар выбирает мэра: онлайн-трансляция"),
    (
        "ru",
        "пограничной комиссии",
        "Пограничная комиссия завершила девятый раунд: на карте еще 40 километров",
    ),
    ("ru", "ИНФЛЯЦИЯ продукты", "Инфляция замедляется третий месяц подряд: дешевеют продукты"),
    ("ru", "терминала Порт-Алаза", "В Порт-Алазе открылся контейнерный терминал"),
    ("ru", "ледников", "«Ледники — наш водный банк, и мы ушли в минус»"),
    (
        "ru",
        "патрулей миротворцев Линдквист",
        "«Патруль, который видно, — это патруль, который работает»",
    ),
    ("ru", "роман о войне", "Писательница о том, как писать о войне без героев"),
    ("ru", "страховщиков судов", "Страховщики повысили ставки на северном морском маршруте"),
    ("ru", "обмен пленными", "Переговоры на озере Орса: миротворцы, пленные и карта"),
    (
        "ru",
        "возвращение семей домой",
        "Возвращение домой после войны: программа насчитала первую тысячу семей",
    ),
    ("ru", "озеро Орса", "Переговоры на озере Орса: миротворцы, пленные и карта"),
    # Armenian
    ("hy", "Տավրայի հրադադար", "Հինգ տարի անց. ո՞վ է հսկում Տավրայի հրադադարը"),
    ("hy", "հրադադարի հսկողություն", "Հինգ տարի անց. ո՞վ է հսկում Տավրայի հրադադարը"),
    (
        "hy",
        "խաղաղապահների մանդատ",
        "Խաղաղապահների մանդատը. ի՞նչ է իրականում նշանակում մեկ տարով երկարաձգումը",
    ),
    (
        "hy",
        "մանդատի երկարաձգում",
        "Խաղաղապահների մանդատը. ի՞նչ է իրականում նշանակում մեկ տարով երկարաձգումը",
    ),
    ("hy", "Սելվարի քաղաքապետ", "Սելվարն ընտրում է քաղաքապետ. ուղիղ թարմացումներ"),
    ("hy", "ընտրատեղամասերում մասնակցությունը", "Սելվարն ընտրում է քաղաքապետ. ուղիղ թարմացումներ"),
    ("hy", "գնաճի դանդաղում", "Գնաճը երրորդ ամիսն անընդմեջ դանդաղում է. սնունդն էժանանում է"),
    ("hy", "բանջարեղեն էժանացել", "Գնաճը երրորդ ամիսն անընդմեջ դանդաղում է. սնունդն էժանանում է"),
    ("hy", "պարեկներ", "«Երևացող պարեկը աշխատող պարեկ է»"),
    ("hy", "Լինդքվիստ", "«Երևացող պարեկը աշխատող պարեկ է»"),
    (
        "hy",
        "վեպ պատերազմի մասին",
        "Վիպասանուհին այն մասին, թե ինչպես գրել պատերազմի մասին առանց հերոսների",
    ),
    (
        "hy",
        "Անի Հարությունյան",
        "Վիպասանուհին այն մասին, թե ինչպես գրել պատերազմի մասին առանց հերոսների",
    ),
    ("hy", "գերիների փոխանակում", "Բանակցություններ Օրսա լճի ափին. խաղաղապահներ, գերիներ և քարտեզ"),
    ("hy", "Օրսա լիճ", "Բանակցություններ Օրսա լճի ափին. խաղաղապահներ, գերիներ և քարտեզ"),
    (
        "hy",
        "տեղահանված ընտանիքներ",
        "Վերադարձ տուն պատերազմից հետո. ծրագիրը հաշվել է առաջին հազար ընտանիքները",
    ),
    (
        "hy",
        "ՎԵՐԱԴԱՐՁ ՏՈՒՆ",
        "Վերադարձ տուն պատերազմից հետո. ծրագիրը հաշվել է առաջին հազար ընտանիքները",
    ),
    # Azerbaijani
    ("az", "Tavra atəşkəsi", "Beş il sonra: Tavra atəşkəsinə kim nəzarət edir?"),
    ("az", "atəşkəsə nəzarət", "Beş il sonra: Tavra atəşkəsinə kim nəzarət edir?"),
    ("az", "mer seçkisi", "Selvar mer seçir: canlı yeniliklər"),
    ("az", "SELVAR", "Selvar mer seçir: canlı yeniliklər"),
    ("az", "seçki məntəqələri", "Selvar mer seçir: canlı yeniliklər"),
    ("az", "inflyasiyanın yavaşlaması", "İnflyasiya üçüncü ay ardıcıl yavaşlayır: ərzaq ucuzlaşır"),
    ("az", "tərəvəz qiymətləri", "İnflyasiya üçüncü ay ardıcıl yavaşlayır: ərzaq ucuzlaşır"),
    ("az", "İNFLYASİYA", "İnflyasiya üçüncü ay ardıcıl yavaşlayır: ərzaq ucuzlaşır"),
    ("az", "patrul", "«Görünən patrul işləyən patruldur»"),
    ("az", "Lindkvistin", "«Görünən patrul işləyən patruldur»"),
    ("az", "əsirlərin mübadiləsi", "Orsa gölündə danışıqlar: sülhməramlılar, əsirlər və xəritə"),
    ("az", "Orsa golu danisiqlar", "Orsa gölündə danışıqlar: sülhməramlılar, əsirlər və xəritə"),
    (
        "az",
        "sülhməramlıların mandatı",
        "Sülhməramlıların mandatı: bir il uzadılma əslində nə deməkdir",
    ),
    ("az", "mandatın uzadılması", "Sülhməramlıların mandatı: bir il uzadılma əslində nə deməkdir"),
    ("az", "müşahidə missiyası", "Sülhməramlıların mandatı: bir il uzadılma əslində nə deməkdir"),
    ("az", "SEÇKİ KOMİSSİYASI", "Selvar mer seçir: canlı yeniliklər"),
]


def evaluate(queries=LABELLED_QUERIES, *, k: int = 10):
    """Return (recall@k, MRR, misses) over the labelled queries."""
    locales = {locale.language_code: locale for locale in Locale.objects.all()}
    found_in_k = 0
    reciprocal = 0.0
    misses = []
    for language, query, title in queries:
        hits = search_articles(query, locale=locales[language], per_page=k).hits
        titles = [hit.title for hit in hits]
        if title in titles:
            rank = titles.index(title) + 1
            found_in_k += 1
            reciprocal += 1 / rank
            if rank > 1:
                misses.append((language, query, rank, titles[0]))
        else:
            misses.append((language, query, None, titles[:1]))
    return found_in_k / len(queries), reciprocal / len(queries), misses
