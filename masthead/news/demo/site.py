"""The demo publication's identity, links and house ads."""

PUBLICATION_NAME = "Masthead Daily"

SITE_SETTINGS = {
    "publication_name": PUBLICATION_NAME,
    "twitter_url": "https://x.com/mastheaddaily",
    "youtube_url": "https://www.youtube.com/@mastheaddaily",
    "instagram_url": "https://www.instagram.com/mastheaddaily/",
    "facebook_url": "https://www.facebook.com/mastheaddaily",
    "telegram_url": "https://t.me/mastheaddaily",
    "app_store_url": "https://apps.apple.com/app/masthead-daily/id1234567890",
    "google_play_url": "https://play.google.com/store/apps/details?id=com.example.mastheaddaily",
    "copyright_holder": "Masthead Daily",
    "reuse_notice": "Any use of materials is allowed only with a hyperlink to Masthead Daily",
    "instagram_account": "mastheaddaily",
}

EDITION_TEXTS = {
    "en": {
        "publication_name": PUBLICATION_NAME,
        "copyright_holder": PUBLICATION_NAME,
        "reuse_notice": "Any use of materials is allowed only with a hyperlink to Masthead Daily",
    },
    "ru": {
        "publication_name": PUBLICATION_NAME,
        "copyright_holder": PUBLICATION_NAME,
        "reuse_notice": "Любое использование материалов допускается только при наличии "
        "гиперссылки на Masthead Daily",
    },
    "hy": {
        "publication_name": PUBLICATION_NAME,
        "copyright_holder": PUBLICATION_NAME,
        "reuse_notice": "Նյութերի ցանկացած օգտագործում թույլատրվում է միայն Masthead Daily-ին "
        "հիպերհղում տալու դեպքում",
    },
    "az": {
        "publication_name": PUBLICATION_NAME,
        "copyright_holder": PUBLICATION_NAME,
        "reuse_notice": "Materiallardan istənilən istifadəyə yalnız Masthead Daily-yə hiperistinad "
        "olduqda icazə verilir",
    },
}

HOUSE_ADS = [
    {
        "placement": "header",
        "link_url": "https://apps.example.com/masthead-daily",
        "name": {
            "en": "House ad: the app (header)",
            "ru": "Реклама издания: приложение (шапка)",
            "hy": "Ներքին գովազդ. հավելված (վերնագիր)",
            "az": "Daxili reklam: tətbiq (başlıq)",
        },
        "headline": {
            "en": "Masthead Daily in your pocket",
            "ru": "Masthead Daily в вашем кармане",
            "hy": "Masthead Daily-ն ձեր գրպանում",
            "az": "Masthead Daily cibinizdə",
        },
        "call": {"en": "Get the app", "ru": "Скачать", "hy": "Ներբեռնել", "az": "Yüklə"},
        "alt_text": {
            "en": "Masthead Daily in your pocket: get the app",
            "ru": "Masthead Daily в вашем кармане: скачайте приложение",
            "hy": "Masthead Daily-ն ձեր գրպանում. ներբեռնեք հավելվածը",
            "az": "Masthead Daily cibinizdə: tətbiqi yükləyin",
        },
    },
    {
        "placement": "in_article",
        "link_url": "https://newsletter.example.com/masthead-daily",
        "name": {
            "en": "House ad: newsletter (in article)",
            "ru": "Реклама издания: рассылка (в статье)",
            "hy": "Ներքին գովազդ. տեղեկագիր (հոդվածում)",
            "az": "Daxili reklam: bülleten (məqalədə)",
        },
        "headline": {
            "en": "The morning briefing,\nevery weekday",
            "ru": "Утренний обзор\nпо будням",
            "hy": "Առավոտյան ամփոփում\nաշխատանքային օրերին",
            "az": "Səhər icmalı\niş günlərində",
        },
        "call": {"en": "Subscribe", "ru": "Подписаться", "hy": "Բաժանորդագրվել", "az": "Abunə ol"},
        "alt_text": {
            "en": "The morning briefing, every weekday: subscribe to the newsletter",
            "ru": "Утренний обзор по будням: подпишитесь на рассылку",
            "hy": "Առավոտյան ամփոփում աշխատանքային օրերին. բաժանորդագրվեք տեղեկագրին",
            "az": "İş günlərində səhər icmalı: bülletenə abunə olun",
        },
    },
    {
        "placement": "sidebar",
        "link_url": "https://t.me/mastheaddaily",
        "name": {
            "en": "House ad: Telegram channel (sidebar)",
            "ru": "Реклама издания: Telegram-канал (боковая колонка)",
            "hy": "Ներքին գովազդ. Telegram ալիք (կողային սյունակ)",
            "az": "Daxili reklam: Telegram kanalı (yan sütun)",
        },
        "headline": {
            "en": "Breaking news\nfirst on Telegram",
            "ru": "Срочные новости\nсначала в Telegram",
            "hy": "Շտապ լուրերը\nնախ Telegram-ում",
            "az": "Təcili xəbərlər\nilk Telegram-da",
        },
        "call": {"en": "Join the channel", "ru": "Подписаться", "hy": "Միանալ", "az": "Qoşul"},
        "alt_text": {
            "en": "Breaking news first on Telegram: join the Masthead Daily channel",
            "ru": "Срочные новости сначала в Telegram: подпишитесь на канал Masthead Daily",
            "hy": "Շտապ լուրերը նախ Telegram-ում. միացեք Masthead Daily ալիքին",
            "az": "Təcili xəbərlər ilk Telegram-da: Masthead Daily kanalına qoşulun",
        },
    },
    {
        "placement": "footer",
        "link_url": "https://advertise.example.com/masthead-daily",
        "name": {
            "en": "House ad: advertise with us (footer)",
            "ru": "Реклама издания: разместить рекламу (подвал)",
            "hy": "Ներքին գովազդ. գովազդ տեղադրել (ստորին հատված)",
            "az": "Daxili reklam: reklam yerləşdirin (alt hissə)",
        },
        "headline": {
            "en": "Reach readers in four languages",
            "ru": "Читатели на четырех языках",
            "hy": "Ընթերցողներ չորս լեզվով",
            "az": "Dörd dildə oxucular",
        },
        "call": {"en": "Advertise", "ru": "Разместить", "hy": "Գովազդել", "az": "Reklam et"},
        "alt_text": {
            "en": "Reach readers in four languages: advertise with Masthead Daily",
            "ru": "Читатели на четырех языках: разместите рекламу в Masthead Daily",
            "hy": "Ընթերցողներ չորս լեզվով. գովազդեք Masthead Daily-ում",
            "az": "Dörd dildə oxucular: Masthead Daily-də reklam yerləşdirin",
        },
    },
]
