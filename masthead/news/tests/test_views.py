"""Reader pages: what they show, and a fixed number of SQL queries however much they show."""

import datetime as dt
import itertools

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

import pytest
from bs4 import BeautifulSoup

from masthead.news.models import ArticleAuthor
from masthead.news.tests.factories import ArticlePageFactory, AuthorFactory
from masthead.news.tests.reader_site import add_articles, build_reader_site, make_image, rich_body

# Pinned ceilings per page type, measured on a warm render (renditions and caches filled),
# with the partials of the i18n, search, analytics and distribution apps included
# (measured then: article 29, home 25, section 22, author 18, tag 18, 404 11).
MAX_QUERIES = {"article": 30, "home": 26, "section": 23, "author": 20, "tag": 20, "404": 12}


@pytest.fixture
def site(db):
    return build_reader_site(sections=2, articles_per_section=3)


def warm_query_count(client, url: str, limit: int) -> int:
    """Render once to fill caches and renditions, then count the queries of a second render."""
    assert client.get(url).status_code in (200, 404)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code in (200, 404)
    assert len(queries) <= limit, "\n".join(q["sql"] for q in queries.captured_queries)
    return len(queries)


def make_heavy_article(section, *, authors: int, tags: int, images: int, quotes: int, hours: int):
    article = ArticlePageFactory(
        parent=section,
        title=f"Heavy {authors}",
        slug=f"heavy-{authors}-{section.slug}",
        published_at=timezone.now() - dt.timedelta(days=3, hours=hours),
        hero_image=make_image("Hero"),
        body=rich_body(
            paragraphs=5 + 3 * quotes,
            images=[make_image(f"Body {n}") for n in range(images)],
            quotes=quotes,
        ),
    )
    for n in range(authors):
        author = AuthorFactory(name=f"Writer {authors}-{n}", slug=f"writer-{authors}-{n}")
        ArticleAuthor.objects.create(article=article, author=author, sort_order=n)
    article.tags.add(*[f"topic-{authors}-{n}" for n in range(tags)])
    article.save_revision().publish()
    return article


@pytest.mark.django_db
def test_article_query_count_does_not_grow_with_authors_tags_and_blocks(client, site):
    section = site["sections"][0]
    light = make_heavy_article(section, authors=1, tags=1, images=1, quotes=1, hours=1)
    heavy = make_heavy_article(section, authors=8, tags=12, images=6, quotes=6, hours=2)
    limit = MAX_QUERIES["article"]
    assert warm_query_count(client, light.url, limit) == warm_query_count(client, heavy.url, limit)


@pytest.mark.django_db
def test_a_warm_article_render_cuts_no_image(client, site, monkeypatch):
    """Every rendition the page shows (hero, body, JSON-LD shapes) is found, never cut again."""
    from wagtail.images.models import AbstractImage

    article = make_heavy_article(
        site["sections"][0], authors=1, tags=1, images=2, quotes=1, hours=1
    )
    assert client.get(article.url).status_code == 200
    cuts = []
    original = AbstractImage.generate_rendition_file

    def counting(image, *args, **kwargs):
        cuts.append(image.pk)
        return original(image, *args, **kwargs)

    monkeypatch.setattr(AbstractImage, "generate_rendition_file", counting)
    response = client.get(article.url)
    assert response.status_code == 200
    assert b"fill-1200x900" in response.content  # the JSON-LD shapes are on the page
    assert cuts == []


@pytest.mark.django_db
def test_listing_query_counts_do_not_grow_with_articles(client, site):
    home, section = site["home"], site["sections"][0]
    author = site["authors"][0]
    counts_before = {
        "home": warm_query_count(client, home.url, MAX_QUERIES["home"]),
        "section": warm_query_count(client, section.url, MAX_QUERIES["section"]),
        "author": warm_query_count(
            client, f"{home.url}authors/{author.slug}/", MAX_QUERIES["author"]
        ),
        "tag": warm_query_count(client, f"{home.url}tags/elections/", MAX_QUERIES["tag"]),
    }
    for n in range(4):
        make_heavy_article(section, authors=4 + n, tags=5, images=1, quotes=1, hours=n)
    for article in add_articles(section, 20):
        ArticleAuthor.objects.create(article=article, author=author)
        article.tags.add("elections", "extra")
    counts_after = {
        "home": warm_query_count(client, home.url, MAX_QUERIES["home"]),
        "section": warm_query_count(client, section.url, MAX_QUERIES["section"]),
        "author": warm_query_count(
            client, f"{home.url}authors/{author.slug}/", MAX_QUERIES["author"]
        ),
        "tag": warm_query_count(client, f"{home.url}tags/elections/", MAX_QUERIES["tag"]),
    }
    assert counts_after == counts_before


@pytest.mark.django_db
def test_not_found_page_has_a_pinned_query_count(client, site):
    warm_query_count(client, "/en/no-such-section/", MAX_QUERIES["404"])


def soup_of(response) -> BeautifulSoup:
    return BeautifulSoup(response.content, "html5lib")


@pytest.mark.django_db
def test_article_shows_every_element(client, site):
    article = site["articles"][-1]  # the LIVE, updated one
    response = client.get(article.url)
    assert response.status_code == 200
    soup = soup_of(response)
    node = soup.select_one("article[data-page-id]")
    assert node["data-page-id"] == str(article.pk)
    assert node["data-url"] == f"http://testserver{article.url}"
    assert node["data-title"] == f"{article.title} — The Daily Ledger"
    assert [h1.get_text(strip=True) for h1 in soup.find_all("h1")] == [article.title]
    assert node.select_one(".section-label")["href"] == site["sections"][1].url
    assert node.select_one(".live-badge").get_text(strip=True) == "LIVE"
    assert "Updated" in node.select_one(".article__updated").get_text()
    dateline = node.select_one(".article__dateline time").get_text()
    assert dateline == timezone.localtime(article.published_at).strftime("%d %B %Y %H:%M")
    author_links = [a["href"] for a in node.select(".byline a")]
    assert author_links and all(href.startswith("/en/authors/") for href in author_links)
    assert node.select_one(".sign-off").get_text(strip=True) == "The Daily Ledger"
    assert "Liked the story? Share it on social media!" in node.get_text()
    assert node.select_one(".follow h2").get_text(strip=True) == "Follow us on Instagram"
    assert "instagram.com/dailyledger/" in node.select_one(".follow a")["href"]
    assert node.select_one(".section-about p").get_text(strip=True) == (
        site["sections"][1].description
    )
    expected_tags = {f"#{name}" for name in article.tags.names()}
    assert {a.get_text(strip=True) for a in node.select(".tags a")} == expected_tags
    assert len(expected_tags) == 2
    assert node.select_one("blockquote") and node.select_one(".quote figcaption")
    assert "youtube-nocookie.com/embed/dQw4w9WgXcQ" in node.select_one("iframe")["src"]
    assert node.select_one(".editor-note__label").get_text(strip=True) == "P.S."
    assert node.select_one(".body-image figcaption .credit").get_text(strip=True) == "Photo: Staff"
    assert node.select_one('button[data-action="print"]')
    assert node.select_one('button[data-action="copy-link"]')
    assert node.select_one('button[data-action="font-larger"]')
    next_link = node.select_one('a[rel="next"]')
    assert next_link["href"] == site["articles"][-2].url


@pytest.mark.django_db
def test_share_links_carry_the_encoded_absolute_url(client, site):
    article = site["articles"][0]
    soup = soup_of(client.get(article.url))
    encoded = "http%3A%2F%2Ftestserver%2Fen%2Fsection-0%2Fstory-0-0%2F"
    links = {a.get_text(strip=True): a["href"] for a in soup.select(".share__links a")}
    assert set(links) == {"X", "Facebook", "Telegram", "WhatsApp", "VK", "E-mail"}
    assert all(encoded in href for href in links.values())
    assert links["E-mail"].startswith("mailto:?subject=")


@pytest.mark.django_db
def test_oldest_article_has_no_next_link(client, site):
    soup = soup_of(client.get(site["articles"][0].url))
    assert soup.select_one('a[rel="next"]') is None


@pytest.mark.django_db
def test_sign_off_defaults_to_publication_name_and_can_be_set(client, site):
    article = site["articles"][0]
    article.sign_off = "Our correspondent in Yerevan"
    article.save_revision().publish()
    soup = soup_of(client.get(article.url))
    assert soup.select_one(".sign-off").get_text(strip=True) == "Our correspondent in Yerevan"


@pytest.mark.django_db
@pytest.mark.parametrize("name", ["home", "section", "article", "author", "tag", "404"])
def test_pages_are_valid_html_with_one_h1_landmarks_and_no_skipped_headings(client, site, name):
    import html5lib

    home = site["home"]
    url = {
        "home": home.url,
        "section": site["sections"][0].url,
        "article": site["articles"][2].url,
        "author": f"{home.url}authors/{site['authors'][0].slug}/",
        "tag": f"{home.url}tags/elections/",
        "404": "/en/nothing-here/",
    }[name]
    response = client.get(url)
    assert response.status_code == (404 if name == "404" else 200)
    html5lib.HTMLParser(strict=True, namespaceHTMLElements=False).parse(response.content)
    soup = soup_of(response)
    assert len(soup.find_all("h1")) == 1
    levels = [int(h.name[1]) for h in soup.find_all(["h1", "h2", "h3", "h4", "h5", "h6"])]
    assert all(b - a <= 1 for a, b in itertools.pairwise(levels)), levels
    for landmark in ("header", "main", "footer"):
        assert soup.find(landmark) is not None
    assert soup.select_one('nav[aria-label="Sections"]') is not None
    nav_labels = [nav.get("aria-label") for nav in soup.find_all("nav")]
    assert all(nav_labels) and len(nav_labels) == len(set(nav_labels)), nav_labels
    for script in soup.find_all("script"):
        assert script.get("src") or script.get("type") in (
            "application/json",
            "application/ld+json",
        )
    assert not soup.select("[onclick], [onload], [onerror]")
    for control in soup.select("input:not([type=hidden])"):
        assert soup.select_one(f'label[for="{control["id"]}"]'), control


@pytest.mark.django_db
def test_home_shows_lead_latest_feed_sections_and_live_banner(client, site):
    soup = soup_of(client.get(site["home"].url))
    newest = site["articles"][-1]
    assert soup.select_one(".lead-story .teaser__title a").get_text(strip=True) == newest.title
    latest = soup.select(".latest__list li")
    assert len(latest) == len(site["articles"]) - 1
    assert (
        latest[0]
        .select_one("time")
        .get_text(strip=True)
        .endswith(timezone.localtime(site["articles"][-2].published_at).strftime("%H:%M"))
    )
    blocks = soup.select(".section-block")
    assert [b.select_one("h2").get_text(strip=True) for b in blocks] == ["Section 0", "Section 1"]
    assert [a.get_text(strip=True) for a in soup.select(".live-banner a")] == [newest.title]
    assert not soup.select("article[data-page-id]"), "teasers must not be counted as views"
    assert soup.title.get_text() == "The Daily Ledger"


@pytest.mark.django_db
def test_section_lists_newest_first_and_paginates(client, site):
    section = site["sections"][0]
    add_articles(section, 25)
    first = soup_of(client.get(section.url))
    titles = [a.get_text(strip=True) for a in first.select(".article-list .teaser__title a")]
    assert len(titles) == 20
    assert titles[:3] == ["Story 0-2", "Story 0-1", "Story 0-0"]
    assert first.select_one('.pagination a[rel="next"]')["href"] == "?page=2"
    second = soup_of(client.get(section.url + "?page=2"))
    assert len(second.select(".article-list li")) == 8
    assert "Section 0" in first.select_one("h1").get_text()
    assert first.select_one(".listing__description").get_text(strip=True) == section.description


@pytest.mark.django_db
@pytest.mark.parametrize(
    "value",
    ["0", "-1", "abc", "1.5", "", "99", "9" * 40, "%00", "1%20OR%201=1", "\N{FULLWIDTH DIGIT ONE}"],
)
def test_bad_page_numbers_give_404_never_500(client, site, value):
    for url in (site["sections"][0].url, f"{site['home'].url}tags/elections/"):
        response = client.get(f"{url}?page={value}")
        assert response.status_code == 404, (url, value)


@pytest.mark.django_db
def test_odd_query_strings_leave_pages_sane(client, site):
    article = site["articles"][0]
    for query in ("?page=2", "?q=%ff%fe", "?utm_source=x&utm_source=y", "?page=1&page=abc"):
        assert client.get(article.url + query).status_code == 200
    assert client.get(site["home"].url + "?page=abc").status_code == 200


@pytest.mark.django_db
@pytest.mark.parametrize(
    "path",
    [
        "/en/authors/nobody/",
        "/en/tags/no-such-tag/",
        "/en/section-0/story-0-0/extra/",
        "/en/section-0/no-story/",
        "/en/authors/",
        "/en/tags/%E2%9C%93/",
        "/en/authors/ana-petrosyan/extra/",
    ],
)
def test_unknown_urls_give_404(client, site, path):
    assert client.get(path).status_code == 404


@pytest.mark.django_db
def test_author_page_lists_only_that_authors_articles_in_this_edition(client, site):
    author = site["authors"][1]
    soup = soup_of(client.get(f"/en/authors/{author.slug}/"))
    assert soup.select_one("h1").get_text(strip=True) == author.name
    titles = {a.get_text(strip=True) for a in soup.select(".article-list .teaser__title a")}
    expected = {a.title for a in site["articles"] if author in a.get_authors()}
    assert titles == expected and titles


@pytest.mark.django_db
def test_tag_page_lists_tagged_articles_newest_first(client, site):
    soup = soup_of(client.get("/en/tags/energy/"))
    titles = [a.get_text(strip=True) for a in soup.select(".article-list .teaser__title a")]
    expected = [a.title for a in reversed(site["articles"]) if "energy" in a.tags.names()]
    assert titles == expected and titles


@pytest.mark.django_db
def test_author_and_tag_pages_only_list_their_editions_articles(client, site):
    from wagtail.models import Locale

    from masthead.news.tests.factories import AuthorFactory

    ru, _created = Locale.objects.get_or_create(language_code="ru")  # i18n creates every locale
    home_ru = site["home"].copy_for_translation(ru)
    home_ru.save_revision().publish()
    section_ru = site["sections"][0].copy_for_translation(ru)
    section_ru.save_revision().publish()
    article_ru = site["articles"][0].copy_for_translation(ru)
    article_ru.title = "Русская статья"
    article_ru.save_revision().publish()
    author_ru = AuthorFactory(name="Автор", slug=site["authors"][0].slug, locale=ru)
    ArticleAuthor.objects.filter(article=article_ru).update(author=author_ru)
    article_ru.tags.add("elections")

    en_titles = {
        a.get_text(strip=True)
        for a in soup_of(client.get("/en/tags/elections/")).select(".teaser__title a")
    }
    ru_titles = {
        a.get_text(strip=True)
        for a in soup_of(client.get("/ru/tags/elections/")).select(".teaser__title a")
    }
    assert "Русская статья" not in en_titles
    assert ru_titles == {"Русская статья"}
    ru_author = soup_of(client.get(f"/ru/authors/{author_ru.slug}/"))
    assert {a.get_text(strip=True) for a in ru_author.select(".teaser__title a")} == {
        "Русская статья"
    }


@pytest.mark.django_db
def test_preview_shows_the_drafts_own_byline_and_tags(client, site):
    article = site["articles"][0]
    newcomer = AuthorFactory(name="Draft Only Writer", slug="draft-only-writer")
    article.article_authors.add(ArticleAuthor(author=newcomer, sort_order=9))
    article.tags.add("draft-only-topic")  # in memory: the draft, not the live page
    preview = article.make_preview_request()
    assert preview.status_code == 200
    html = preview.content.decode()
    assert "Draft Only Writer" in html and "#draft-only-topic" in html
    live = client.get(article.url).content.decode()
    assert "Draft Only Writer" not in live and "#draft-only-topic" not in live


@pytest.mark.django_db
@pytest.mark.parametrize(("paragraphs", "ad_after"), [(1, 1), (2, 2), (3, 2), (6, 2)])
def test_the_in_article_ad_follows_the_second_block_or_ends_a_short_body(
    client, site, paragraphs, ad_after
):
    article = ArticlePageFactory(
        parent=site["sections"][0],
        title=f"Body of {paragraphs}",
        slug=f"body-of-{paragraphs}",
        published_at=timezone.now() - dt.timedelta(days=9),
        body=[{"type": "paragraph", "value": f"<p>Paragraph {n}</p>"} for n in range(paragraphs)],
    )
    article.save_revision().publish()
    soup = BeautifulSoup(client.get(article.url).content, "html.parser")
    body = soup.select_one(".article__body")
    children = [child for child in body.children if getattr(child, "name", None)]
    ads = [n for n, child in enumerate(children) if "ad--in_article" in child.get("class", [])]
    assert ads == [ad_after]
    assert len(children) == paragraphs + 1
