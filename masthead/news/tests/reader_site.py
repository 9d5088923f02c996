"""A reader site with every element the templates show: images, authors, tags, ads, settings.

Used by the view tests, the browser tests (tests/e2e) and for screenshots of the design.
"""

import datetime as dt

from django.utils import timezone

from wagtail.models import Site

import wagtail_factories

from masthead.core.models import SiteSettings
from masthead.news.models import ArticleAuthor
from masthead.news.tests.factories import ArticlePageFactory, AuthorFactory, build_newsroom

PARAGRAPH = (
    "<p>The committee met on Tuesday to weigh the proposal, and its members left the room "
    "with more questions than answers. Officials said the figures would be published next "
    "week, once the regional offices had sent in their reports.</p>"
)


def make_image(title: str = "Picture", color: str = "#2b6a8f", width: int = 480, height: int = 270):
    return wagtail_factories.ImageFactory(
        title=title, file__width=width, file__height=height, file__color=color
    )


def rich_body(*, paragraphs: int = 4, images: list | None = None, quotes: int = 1) -> list:
    """Return StreamField data using every block type."""
    body: list = [("paragraph", PARAGRAPH) for _ in range(paragraphs)]
    body.insert(1, ("heading", "What the numbers say"))
    for n in range(quotes):
        body.insert(
            2, ("quote", {"quote": f"We will decide by spring, {n}.", "attribution": "A minister"})
        )
    for image in images or []:
        body.insert(
            3,
            (
                "image",
                {"image": image, "caption": "A street in the capital.", "credit": "Photo: Staff"},
            ),
        )
    body.append(
        (
            "youtube",
            {"url": "https://www.youtube.com/watch?v=dQw4w9WgXcQ", "caption": "The briefing"},
        )
    )
    body.append(
        (
            "editor_note",
            {"label": "P.S.", "text": "<p>The ministry did not reply to our questions.</p>"},
        )
    )
    return body


def build_reader_site(
    *, sections: int = 2, articles_per_section: int = 3, with_images: bool = True
) -> dict:
    """Build the newsroom plus site settings, authors, tags, images and one LIVE story."""
    data = build_newsroom(sections=sections, articles_per_section=articles_per_section)
    site = Site.objects.get(is_default_site=True)
    site_settings = SiteSettings.for_site(site)
    site_settings.publication_name = "The Daily Ledger"
    site_settings.twitter_url = "https://x.com/ledger"
    site_settings.telegram_url = "https://t.me/ledger"
    site_settings.facebook_url = "https://facebook.com/ledger"
    site_settings.youtube_url = "https://youtube.com/@ledger"
    site_settings.instagram_url = "https://instagram.com/ledger"
    site_settings.app_store_url = "https://apps.apple.com/app/id1"
    site_settings.google_play_url = "https://play.google.com/store/apps/details?id=ledger"
    site_settings.instagram_account = "dailyledger"
    site_settings.copyright_holder = "Ledger Media"
    site_settings.save()
    authors = [
        AuthorFactory(name="Ana Petrosyan", slug="ana-petrosyan"),
        AuthorFactory(name="Elvin Mammadov", slug="elvin-mammadov"),
    ]
    colors = ["#2b6a8f", "#8f2b4c", "#3d7a3a", "#7a5a1f", "#4b3d8f", "#8f5a2b"]
    for n, article in enumerate(data["articles"]):
        ArticleAuthor.objects.create(article=article, author=authors[n % 2], sort_order=0)
        if n % 3 == 0:
            ArticleAuthor.objects.create(article=article, author=authors[(n + 1) % 2], sort_order=1)
        article.tags.add("elections", "economy" if n % 2 else "energy")
        if with_images:
            article.hero_image = make_image(f"Hero {n}", colors[n % len(colors)])
            article.hero_caption = "The square at dusk. Photo: Staff"
            article.body = rich_body(
                images=[make_image(f"Body {n}", colors[(n + 2) % len(colors)])]
            )
        else:
            article.body = rich_body()
        article.kicker = "Analysis" if n % 2 else ""
        if n == len(data["articles"]) - 1:
            article.is_live = True
            article.updated_at = article.published_at + dt.timedelta(minutes=40)
        article.save_revision().publish()
    data.update(authors=authors, settings=site_settings, ads=add_house_ads())
    for article in data["articles"]:
        article.refresh_from_db()
    return data


def add_articles(section, count: int, *, start=None) -> list:
    """Add `count` older plain articles to a section (for pagination tests)."""
    start = start or timezone.now() - dt.timedelta(days=30)
    return [
        ArticlePageFactory(
            parent=section,
            title=f"Archive {section.slug} {n}",
            slug=f"archive-{section.slug}-{n}",
            published_at=start - dt.timedelta(hours=n),
        )
        for n in range(count)
    ]


def add_house_ads() -> list:
    """One running house ad per placement: image ads, and trusted HTML in the footer."""
    from wagtail.models import Locale

    from masthead.ads.models import AdSlot, Placement

    sizes = {"header": (728, 90), "sidebar": (300, 250), "in_article": (728, 90)}
    ads = [
        AdSlot.objects.create(
            name=f"House ad {placement}",
            placement=placement,
            image=make_image(f"Ad {placement}", "#d9a441", *size),
            link_url="https://example.com/subscribe",
            alt_text="Subscribe to The Daily Ledger",
            locale=Locale.get_default(),
        )
        for placement, size in sizes.items()
    ]
    ads.append(
        AdSlot.objects.create(
            name="Footer partner",
            placement=Placement.FOOTER,
            html='<a href="https://example.com/partner">Our partner</a>',
            locale=Locale.get_default(),
        )
    )
    return ads
