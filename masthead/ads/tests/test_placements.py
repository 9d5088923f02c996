"""Ad slots render by placement, labelled as advertising; nothing running renders nothing."""

import datetime as dt

from django.template import Context, Template
from django.test import RequestFactory
from django.utils import timezone, translation

from wagtail.models import Locale

import pytest
from bs4 import BeautifulSoup

from masthead.ads.models import AdSlot, Placement


def render_placement(placement: str) -> str:
    request = RequestFactory().get("/en/")
    template = Template("{% load ads_tags %}{% ad_slot placement %}")
    with translation.override("en"):  # earlier tests' requests may leave another one active
        return template.render(Context({"request": request, "placement": placement}))


@pytest.fixture
def locale(db):
    return Locale.get_default()


def test_placement_with_nothing_running_renders_nothing(locale):
    AdSlot.objects.create(
        name="Paused", placement=Placement.SIDEBAR, html="<b>x</b>", is_active=False
    )
    AdSlot.objects.create(
        name="Over",
        placement=Placement.SIDEBAR,
        html="<b>x</b>",
        ends_at=timezone.now() - dt.timedelta(hours=1),
    )
    AdSlot.objects.create(
        name="Later",
        placement=Placement.SIDEBAR,
        html="<b>x</b>",
        starts_at=timezone.now() + dt.timedelta(hours=1),
    )
    AdSlot.objects.create(name="Empty", placement=Placement.SIDEBAR)
    assert render_placement("sidebar").strip() == ""
    assert render_placement("header").strip() == ""


def test_running_html_ad_is_labelled_advertising(locale):
    AdSlot.objects.create(
        name="Partner",
        placement=Placement.FOOTER,
        html='<a href="https://example.com/">Partner</a>',
    )
    soup = BeautifulSoup(render_placement("footer"), "html.parser")
    box = soup.select_one("aside.ad--footer")
    assert box["aria-label"] == "Advertising"
    assert box.select_one(".ad__label").get_text(strip=True) == "Advertising"
    assert box.select_one('a[href="https://example.com/"]').get_text() == "Partner"
    assert render_placement("header").strip() == ""


def test_image_ad_links_out_with_its_description(locale):
    import wagtail_factories

    image = wagtail_factories.ImageFactory(file__width=300, file__height=250)
    AdSlot.objects.create(
        name="House",
        placement=Placement.IN_ARTICLE,
        image=image,
        link_url="https://example.com/subscribe",
        alt_text="Subscribe",
    )
    soup = BeautifulSoup(render_placement("in_article"), "html.parser")
    link = soup.select_one(".ad__item a")
    assert link["href"] == "https://example.com/subscribe"
    assert "sponsored" in link["rel"]
    assert link.img["alt"] == "Subscribe"


def test_ads_of_another_edition_do_not_run(locale):
    ru, _created = Locale.objects.get_or_create(language_code="ru")  # i18n creates every locale
    AdSlot.objects.create(name="Ru", placement=Placement.HEADER, html="<b>ru</b>", locale=ru)
    assert render_placement("header").strip() == ""


def test_all_placements_of_a_page_cost_one_query(locale, django_assert_num_queries):
    for placement in Placement.values:
        AdSlot.objects.create(name=placement, placement=placement, html=f"<i>{placement}</i>")
    request = RequestFactory().get("/en/")
    template = Template(
        "{% load ads_tags %}{% ad_slot 'header' %}{% ad_slot 'in_article' %}"
        "{% ad_slot 'sidebar' %}{% ad_slot 'footer' %}"
    )
    with translation.override("en"), django_assert_num_queries(1):
        html = template.render(Context({"request": request}))
    assert all(f"<i>{placement}</i>" in html for placement in Placement.values)


def test_each_edition_runs_its_own_ads(locale):
    ru, _created = Locale.objects.get_or_create(language_code="ru")
    AdSlot.objects.create(name="Ru", placement=Placement.HEADER, html="<b>ru</b>", locale=ru)
    template = Template("{% load ads_tags %}{% ad_slot 'header' %}")
    with translation.override("ru"):
        html = template.render(Context({"request": RequestFactory().get("/ru/")}))
    assert "<b>ru</b>" in html
    assert "Реклама" in html  # labelled in the edition's language
