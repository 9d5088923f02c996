"""Factories for news pages; `build_newsroom` makes a small site to test against."""

import datetime as dt

from django.utils import timezone

from wagtail.models import Locale, Page, Site

import factory
import wagtail_factories

from masthead.news.models import ArticleAuthor, ArticlePage, Author, HomePage, SectionPage


class AuthorFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Author {n}")
    slug = factory.Sequence(lambda n: f"author-{n}")
    bio = "Writes about the region."
    locale = factory.LazyFunction(Locale.get_default)

    class Meta:
        model = Author


class HomePageFactory(wagtail_factories.PageFactory):
    title = "Home"
    slug = "home"

    class Meta:
        model = HomePage


class SectionPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Section {n}")
    slug = factory.Sequence(lambda n: f"section-{n}")
    description = "Analytical materials of our authors."

    class Meta:
        model = SectionPage


class ArticlePageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Article {n}")
    slug = factory.Sequence(lambda n: f"article-{n}")
    lead = "A short lead for the story."
    published_at = factory.LazyFunction(timezone.now)
    body = factory.LazyFunction(
        lambda: [
            ("paragraph", "<p>First paragraph of the story.</p>"),
            ("heading", "A subheading"),
            ("quote", {"quote": "A quoted remark.", "attribution": "A source"}),
            ("editor_note", {"label": "P.S.", "text": "<p>A closing note.</p>"}),
        ]
    )

    class Meta:
        model = ArticlePage
        skip_postgeneration_save = True

    @factory.post_generation
    def authors(obj, create, extracted, **kwargs):
        for author in extracted or []:
            ArticleAuthor.objects.create(article=obj, author=author)


def build_newsroom(*, sections: int = 2, articles_per_section: int = 3) -> dict:
    """Create an English edition: home page as the default site root, sections and articles.

    Articles are spaced one hour apart, newest first within each section.
    """
    root = Page.get_first_root_node()
    Page.objects.filter(depth=2).exclude(pk__in=HomePage.objects.values("pk")).delete()
    locale = Locale.get_default()
    home = HomePageFactory(parent=root, locale=locale)
    Site.objects.update_or_create(
        is_default_site=True,
        defaults={"hostname": "localhost", "port": 80, "root_page": home, "site_name": "Test"},
    )
    start = timezone.now() - dt.timedelta(days=1)
    result: dict = {"home": home, "sections": [], "articles": []}
    for s in range(sections):
        section = SectionPageFactory(parent=home, title=f"Section {s}", slug=f"section-{s}")
        result["sections"].append(section)
        for a in range(articles_per_section):
            article = ArticlePageFactory(
                parent=section,
                title=f"Story {s}-{a}",
                slug=f"story-{s}-{a}",
                published_at=start + dt.timedelta(hours=s * articles_per_section + a),
            )
            result["articles"].append(article)
    return result
