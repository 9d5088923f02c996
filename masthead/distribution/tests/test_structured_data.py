import json

from django.core.files.images import ImageFile

from wagtail.images.tests.utils import get_test_image_file

import extruct
import pytest
from bs4 import BeautifulSoup

from masthead.distribution.structured_data import to_json_ld

from .editions import CODES, build_editions


@pytest.fixture
def editions(db, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    return build_editions()


def extract(response):
    html = response.content.decode()
    return extruct.extract(
        html, base_url="http://testserver/", syntaxes=["json-ld", "opengraph"], uniform=True
    )


def og_values(data) -> dict[str, list[str]]:
    values: dict[str, list[str]] = {}
    soup_props = data["opengraph"][0] if data["opengraph"] else {}
    for key, value in soup_props.items():
        if key.startswith(("og:", "article:")):
            values.setdefault(key, []).append(value)
    return values


def meta(soup, **attrs) -> list[str]:
    return [tag["content"] for tag in soup.find_all("meta", attrs=attrs)]


def test_every_edition_article_has_news_article_json_ld_and_opengraph(client, editions):
    for code in CODES:
        article = editions[code]["articles"][0]
        response = client.get(article.url)
        assert response.status_code == 200
        data = extract(response)
        by_type = {item["@type"]: item for item in data["json-ld"]}
        news = by_type["NewsArticle"]
        assert news["headline"] == article.title
        assert news["description"] == article.lead
        assert len(news["image"]) == 3
        assert news["datePublished"].endswith("+04:00")
        assert news["dateModified"].endswith("+04:00")
        assert news["author"][0]["@type"] == "Person"
        author = editions[code]["author"]
        assert news["author"][0]["name"] == author.name
        assert news["author"][0]["url"] == f"http://localhost/{code}/authors/{author.slug}/"
        assert news["publisher"]["@type"] == "Organization"
        assert news["publisher"]["logo"]["url"].startswith("http://testserver/share/logo")
        assert news["inLanguage"] == code
        assert news["articleSection"] == editions[code]["section"].title
        assert news["isAccessibleForFree"] is True
        assert news["mainEntityOfPage"]["@id"] == article.get_full_url()
        crumbs = by_type["BreadcrumbList"]["itemListElement"]
        assert [c["position"] for c in crumbs] == [1, 2, 3]
        assert crumbs[-1]["item"] == article.get_full_url()

        soup = BeautifulSoup(response.content, "html.parser")
        assert meta(soup, property="og:type") == ["article"]
        assert meta(soup, property="og:title") == [article.title]
        assert meta(soup, property="og:description") == [article.lead]
        assert meta(soup, property="og:url") == [article.get_full_url()]
        assert meta(soup, property="og:image:width") == ["1200"]
        assert meta(soup, property="og:image:height") == ["675"]
        assert meta(soup, property="article:published_time") == [news["datePublished"]]
        assert meta(soup, property="article:section") == [editions[code]["section"].title]
        assert len(meta(soup, property="og:locale")) == 1
        assert meta(soup, name="twitter:card") == ["summary_large_image"]
        assert meta(soup, name="twitter:title") == [article.title]
        image_url = meta(soup, property="og:image")[0]
        image = client.get(image_url.replace("http://testserver", ""))
        assert image.status_code == 200 and image["Content-Type"] == "image/png"
        assert og_values(data)["og:title"] == [article.title]
        feeds = soup.find_all("link", rel="alternate", type="application/rss+xml")
        assert f"/{code}/feeds/rss/" in [link["href"] for link in feeds]
        assert f"/{code}/feeds/section/{editions[code]['section'].slug}/rss/" in [
            link["href"] for link in feeds
        ]


def test_translated_page_lists_its_other_locales(client, editions):
    response = client.get(editions["ru"]["section"].url)
    soup = BeautifulSoup(response.content, "html.parser")
    assert meta(soup, property="og:locale") == ["ru_RU"]
    assert meta(soup, property="og:locale:alternate") == ["az_AZ", "en_US", "hy_AM"]


def test_article_with_a_main_image_offers_three_ratios_of_renditions(client, editions):
    from wagtail.images.models import Image

    image = Image.objects.create(
        title="Hall", file=ImageFile(get_test_image_file(size=(1600, 1000)), name="hall.png")
    )
    article = editions["en"]["articles"][0]
    article.hero_image = image
    article.save_revision().publish()
    data = extract(client.get(article.url))
    news = next(item for item in data["json-ld"] if item["@type"] == "NewsArticle")
    assert len(news["image"]) == 3
    assert all("/media/images/" in url for url in news["image"])
    assert {url.rsplit(".", 2)[-2].split("-")[-1] for url in news["image"]} >= {"1200x675"}


def test_live_story_is_a_live_blog_posting(client, editions):
    article = editions["hy"]["articles"][1]
    article.is_live = True
    article.save_revision().publish()
    data = extract(client.get(article.url))
    types = [item["@type"] for item in data["json-ld"]]
    assert "LiveBlogPosting" in types and "NewsArticle" not in types


def test_home_page_has_organization_and_website_with_search_action(client, editions):
    for code in CODES:
        data = extract(client.get(f"/{code}/"))
        by_type = {item["@type"]: item for item in data["json-ld"]}
        assert by_type["Organization"]["name"] == "Masthead"
        assert by_type["Organization"]["logo"]["url"]
        action = by_type["WebSite"]["potentialAction"]
        assert action["@type"] == "SearchAction"
        assert action["target"]["urlTemplate"] == (
            f"http://testserver/{code}/search/?q={{search_term_string}}"
        )
        assert action["query-input"] == "required name=search_term_string"


def test_json_ld_cannot_close_its_script_element():
    block = to_json_ld({"headline": "</script><script>alert(1)</script> & more"})
    assert "</script>" not in block and "<" not in block and "&" not in block
    assert json.loads(block)["headline"].startswith("</script>")


def test_share_card_is_redrawn_when_the_title_changes(client, editions, settings):
    article = editions["hy"]["articles"][0]
    soup = BeautifulSoup(client.get(article.url).content, "html.parser")
    first_url = meta(soup, property="og:image")[0]
    first = client.get(first_url.replace("http://testserver", ""))
    assert first.status_code == 200
    first_bytes = b"".join(first.streaming_content)
    article.title = "Նոր վերնագիր, ավելի երկար, քան նախկինը"
    article.save_revision().publish()
    soup = BeautifulSoup(client.get(article.url).content, "html.parser")
    second_url = meta(soup, property="og:image")[0]
    assert second_url.split("?")[0] == first_url.split("?")[0]  # the address stays
    assert second_url != first_url  # the version changes, so caches fetch the new card
    second_bytes = b"".join(
        client.get(second_url.replace("http://testserver", "")).streaming_content
    )
    assert second_bytes != first_bytes
    folder = settings.MEDIA_ROOT / "share-images" / str(article.pk)
    assert len([p for p in folder.iterdir() if p.name.startswith("16x9-")]) == 1


def test_share_card_renders_armenian_and_cyrillic_with_a_real_font():
    from PIL import ImageFont

    from masthead.distribution.share_images import find_font_path

    path = find_font_path()
    assert path is not None
    font = ImageFont.truetype(path, 40)
    for letter in ("Ж", "Ա", "ə"):
        # A font without the letter draws the same empty box for all of them.
        assert font.getmask(letter).getbbox() != font.getmask("\uffff").getbbox()


def test_private_and_draft_pages_have_no_share_card(client, editions):
    from wagtail.models import PageViewRestriction

    article = editions["az"]["articles"][0]
    PageViewRestriction.objects.create(
        page=article, restriction_type=PageViewRestriction.PASSWORD, password="x"
    )
    assert client.get(f"/share/{article.pk}/16x9.png").status_code == 404
    assert client.get(f"/share/{article.pk}/9x9.png").status_code == 404
    assert client.get("/share/999999/16x9.png").status_code == 404


def test_article_head_query_count_is_fixed(client, editions, django_assert_max_num_queries):
    article = editions["en"]["articles"][0]
    client.get(article.url)
    with django_assert_max_num_queries(30):
        assert client.get(article.url).status_code == 200


def test_json_ld_escapes_markup_characters_in_any_script():
    block = to_json_ld({"headline": "Ереван <b> & Bakı", "lead": "Ծ>Ա"})
    assert block == '{"headline": "Ереван \\u003Cb\\u003E \\u0026 Bakı", "lead": "Ծ\\u003EԱ"}'
    assert json.loads(block) == {"headline": "Ереван <b> & Bakı", "lead": "Ծ>Ա"}


def test_head_tags_escape_every_value_but_the_json_ld():
    from masthead.distribution.structured_data import HeadData
    from masthead.distribution.templatetags.distribution_tags import render_head

    head = HeadData(
        feeds=[{"type": "application/rss+xml", "title": 'A "B" & <C>', "href": "/f?a=1&b=2"}],
        meta=[("property", "og:title", 'Tom\'s <i>day</i> & "night"')],
        json_ld=[to_json_ld({"headline": "<x>"})],
    )
    html = render_head(head)
    assert 'title="A &quot;B&quot; &amp; &lt;C&gt;"' in html
    assert 'href="/f?a=1&amp;b=2"' in html
    assert 'content="Tom&#x27;s &lt;i&gt;day&lt;/i&gt; &amp; &quot;night&quot;"' in html
    assert '<script type="application/ld+json">{"headline": "\\u003Cx\\u003E"}</script>' in html
