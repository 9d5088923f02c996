"""Small editions in four languages to test search against."""

import datetime as dt

from django.utils import timezone

from wagtail.models import Locale, Page

from masthead.news.tests.factories import (
    ArticlePageFactory,
    HomePageFactory,
    SectionPageFactory,
    build_newsroom,
)

# (language, section, title, lead, paragraph)
STORIES = [
    (
        "en",
        "Politics",
        "Peacekeeping force leaves the region",
        "The last convoy crossed the border on Monday.",
        "Officials said the peacekeeping mission had ended ahead of schedule.",
    ),
    (
        "en",
        "Economy",
        "Oil exports grow for a third month",
        "Pipeline shipments rose sharply.",
        "Analysts expect exporters to keep the pace through winter.",
    ),
    (
        "en",
        "Politics",
        "Parliament debates the election law",
        "Deputies argued late into the night.",
        "The opposition walked out before the vote on the electoral code.",
    ),
    (
        "ru",
        "Политика",
        "Война в Карабахе: хроника событий",
        "Мы собрали главные события.",
        "Ёжик в тумане и другие истории о войне и мире.",
    ),
    (
        "ru",
        "Экономика",
        "Цены на нефть снова растут",
        "Рынок отреагировал на решение ОПЕК.",
        "Нефтяные компании увеличили добычу.",
    ),
    (
        "hy",
        "Քաղաքականություն",
        "Պատերազմից հետո Հայաստանի տնտեսությունը",
        "Տնտեսագետները գնահատում են վնասը։",
        "Հայաստանում աճը դանդաղել է։",
    ),
    (
        "hy",
        "Տնտեսություն",
        "Երևանում բացվեց նոր դպրոց",
        "Դպրոցը կընդունի հազար աշակերտ։",
        "Ուսուցիչները պատրաստ են։",
    ),
    (
        "az",
        "Siyasət",
        "Əliyev Bakıda xarici nazirləri qəbul etdi",
        "Görüşdə regional təhlükəsizlik müzakirə olunub.",
        "Prezident İlham Əliyev sülh prosesinə toxunub.",
    ),
    (
        "az",
        "İqtisadiyyat",
        "Neft hasilatı artıb",
        "Azərbaycanın neft ixracı yüksəlib.",
        "Gəncədə yeni zavod açılıb.",
    ),
]


def build_editions(stories=STORIES) -> dict:
    """Create an edition per language (home, sections, articles) and return the pages."""
    newsroom = build_newsroom(sections=1, articles_per_section=1)
    root = Page.get_first_root_node()
    homes = {"en": newsroom["home"]}
    sections: dict = {}
    articles: dict = {}
    start = timezone.now() - dt.timedelta(days=10)
    for number, (language, section_title, title, lead, paragraph) in enumerate(stories):
        locale, _created = Locale.objects.get_or_create(language_code=language)
        if language not in homes:
            homes[language] = HomePageFactory(
                parent=root, locale=locale, title=f"Home {language}", slug=f"home-{language}"
            )
        key = (language, section_title)
        if key not in sections:
            sections[key] = SectionPageFactory(
                parent=homes[language],
                locale=locale,
                title=section_title,
                slug=f"topic-{len(sections)}",
            )
        articles[title] = ArticlePageFactory(
            parent=sections[key],
            locale=locale,
            title=title,
            slug=f"story-{number}",
            lead=lead,
            published_at=start + dt.timedelta(days=number),
            body=[("paragraph", f"<p>{paragraph}</p>"), ("heading", "Context")],
        )
    return {"homes": homes, "sections": sections, "articles": articles, "newsroom": newsroom}
