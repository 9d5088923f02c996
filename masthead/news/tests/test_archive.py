import datetime as dt
from collections import Counter

from django.core.management import CommandError, call_command
from django.db.models import Count
from django.utils import timezone

from wagtail.models import Page

import pytest

from masthead.news.archive import count_archive_articles, ensure_archive, generate_archive
from masthead.news.archive.bulk import archive_pages
from masthead.news.models import ArticleAuthor, ArticlePage, ArticleTag, SectionPage

EDITIONS = ["en", "ru", "hy", "az"]
UNTIL = dt.datetime(2026, 6, 1, tzinfo=dt.UTC)


@pytest.fixture
def archive(db):
    generate_archive(300, seed=3, editions=EDITIONS, batch_size=64, until=UNTIL)
    return ArticlePage.objects.all()


def snapshot() -> list[tuple]:
    """Return what a reader sees of every archive article, in archive order."""
    rows = []
    for article in (
        ArticlePage.objects.filter(owner__username="archive-generator")
        .select_related("locale")
        .prefetch_related("tagged_items__tag", "article_authors__author")
        .order_by("published_at", "title")
    ):
        rows.append(
            (
                article.locale.language_code,
                article.get_parent().slug,
                article.title,
                article.slug,
                article.kicker,
                article.lead,
                list(article.body.raw_data),
                article.published_at,
                article.updated_at,
                sorted(item.tag.name for item in article.tagged_items.all()),
                [link.author.name for link in article.article_authors.all()],
            )
        )
    return rows


@pytest.mark.django_db
def test_generated_tree_has_no_treebeard_problems(archive):
    assert Page.find_problems() == ([], [], [], [], [])


@pytest.mark.django_db
def test_sections_count_their_generated_children(archive):
    for section in SectionPage.objects.all():
        assert section.numchild == section.get_children().count()
    assert sum(s.numchild for s in SectionPage.objects.all()) == 300


@pytest.mark.django_db
def test_articles_are_spread_evenly_over_the_editions(archive):
    per_edition = Counter(
        ArticlePage.objects.live().public().values_list("locale__language_code", flat=True)
    )
    assert per_edition == {"en": 75, "ru": 75, "hy": 75, "az": 75}
    assert count_archive_articles() == 300


@pytest.mark.django_db
def test_every_edition_serves_its_generated_articles(client, archive):
    for code in EDITIONS:
        articles = list(
            ArticlePage.objects.live().public().filter(locale__language_code=code).order_by("pk")
        )
        for article in articles[:: len(articles) // 4][:4]:
            assert article.url.startswith(f"/{code}/")
            assert article.url == f"/{code}/{article.get_parent().slug}/{article.slug}/"
            response = client.get(article.url)
            assert response.status_code == 200
            assert f'data-page-id="{article.pk}"'.encode() in response.content
        section = articles[0].get_parent()
        assert client.get(section.url).status_code == 200


@pytest.mark.django_db
def test_generated_articles_look_like_published_articles(archive):
    article = ArticlePage.objects.filter(locale__language_code="ru").first()
    assert article.live and not article.has_unpublished_changes
    assert article.first_published_at == article.published_at <= UNTIL
    assert article.draft_title == article.title
    assert article.url_path == f"{article.get_parent().url_path}{article.slug}/"
    words = sum(
        len(str(block.value if block.block_type != "quote" else block.value["quote"]).split())
        for block in article.body
    )
    assert 300 <= words <= 700
    assert {block.block_type for block in article.body} >= {"paragraph"}
    assert any(ch in article.title.lower() for ch in "абвгдежзийклмнопрстуфхцчшщыэюя")
    assert ArticleAuthor.objects.filter(article=article).exists()
    assert ArticleTag.objects.filter(content_object=article).exists()


@pytest.mark.django_db
def test_published_dates_spread_over_years_and_order_listings(archive):
    dates = list(ArticlePage.objects.values_list("published_at", flat=True))
    assert max(dates) - min(dates) > dt.timedelta(days=365 * 2)
    section = SectionPage.objects.filter(locale__language_code="hy").first()
    listed = list(section.get_articles())
    assert [a.published_at for a in listed] == sorted(
        (a.published_at for a in listed), reverse=True
    )
    newest = listed[0]
    assert newest.get_next_article().specific == listed[1]


@pytest.mark.django_db
def test_some_articles_are_translations_of_each_other(archive):
    shared = (
        ArticlePage.objects.order_by()
        .values("translation_key")
        .annotate(n=Count("pk"))
        .filter(n__gt=1)
        .values_list("translation_key", flat=True)
    )
    assert len(shared) > 10
    story = ArticlePage.objects.filter(translation_key=shared[0])
    assert story.values("locale").distinct().count() == story.count()
    first = story.first()
    for translation in first.get_translations():
        assert translation.get_parent().translation_key == first.get_parent().translation_key


@pytest.mark.django_db
def test_same_seed_gives_the_same_archive_however_it_is_batched(db):
    generate_archive(48, seed=11, editions=EDITIONS, batch_size=48, until=UNTIL)
    first = snapshot()
    call_command("generate_archive", reset=True, verbosity=0)
    generate_archive(20, seed=11, editions=EDITIONS, batch_size=7, until=UNTIL)
    ensure_archive(48, seed=11, editions=EDITIONS, batch_size=5, until=UNTIL)
    assert snapshot() == first
    call_command("generate_archive", reset=True, verbosity=0)
    generate_archive(48, seed=12, editions=EDITIONS, until=UNTIL)
    other = snapshot()
    assert len(other) == 48
    assert [row[2] for row in other] != [row[2] for row in first]


@pytest.mark.django_db
def test_ensure_generates_only_the_missing_articles(db):
    call_command("generate_archive", count=30, verbosity=0)
    call_command("generate_archive", ensure=50, verbosity=0)
    assert count_archive_articles() == 50
    call_command("generate_archive", ensure=40, verbosity=0)
    assert count_archive_articles() == 50
    call_command("generate_archive", count=10, if_fewer_than=50, verbosity=0)
    assert count_archive_articles() == 50
    assert Page.find_problems() == ([], [], [], [], [])


@pytest.mark.django_db
def test_reset_removes_only_archive_pages(newsroom):
    own_articles = {article.pk for article in newsroom["articles"]}
    call_command("generate_archive", count=40, editions="en,ru", verbosity=0)
    # The newsroom's sections are reused for English.
    assert ArticlePage.objects.child_of(newsroom["sections"][0]).count() > 3
    call_command("generate_archive", reset=True, verbosity=0)
    assert set(ArticlePage.objects.values_list("pk", flat=True)) == own_articles
    assert not archive_pages().exists()
    assert Page.find_problems() == ([], [], [], [], [])
    for section in SectionPage.objects.all():
        assert section.numchild == section.get_children().count()


@pytest.mark.django_db
def test_generated_pages_are_served_without_a_search_index(client, archive):
    from wagtail.search.models import IndexEntry

    assert not IndexEntry.objects.filter(content_type__model="articlepage").exists()
    article = ArticlePage.objects.live().public().last()
    assert client.get(article.url).status_code == 200


@pytest.mark.django_db
def test_unknown_edition_is_refused(db):
    with pytest.raises(CommandError):
        call_command("generate_archive", count=5, editions="en,xx", verbosity=0)
    assert count_archive_articles() == 0


def test_dates_never_fall_after_until():
    from masthead.news.archive.writer import compose_article

    until = timezone.now()
    for number in range(200):
        draft = compose_article(number, seed=5, codes=EDITIONS, until=until, years=3)
        assert draft.published_at <= until
        assert draft.updated_at is None or draft.published_at <= draft.updated_at <= until
