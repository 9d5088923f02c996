from wagtail.models import Locale

import pytest

from masthead.i18n.editions import choose_language, ensure_locales


@pytest.mark.django_db
def test_every_enabled_language_has_a_locale(settings):
    assert set(Locale.objects.values_list("language_code", flat=True)) >= {"en", "ru", "hy", "az"}


@pytest.mark.django_db
def test_ensure_locales_is_idempotent():
    before = Locale.objects.count()
    ensure_locales()
    ensure_locales()
    assert Locale.objects.count() == before


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        ("ru-RU,ru;q=0.9,en-US;q=0.8,en;q=0.7", "ru"),
        ("hy", "hy"),
        ("az-Latn-AZ,az;q=0.9", "az"),
        ("de-DE,de;q=0.9,hy;q=0.5", "hy"),
        ("fr-FR,fr;q=0.9", "en"),
        ("ru;q=0,en;q=0.1", "en"),
        ("*", "en"),
        ("", "en"),
        (None, "en"),
        (";;;,,,q=abc", "en"),
        ("ru;q=nonsense", "en"),
        ("x" * 5000, "en"),
        ("en;q=0.5, " * 200 + "ru", "en"),
    ],
)
def test_choose_language_from_accept_language(header, expected):
    assert choose_language(header) == expected


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("header", "location"),
    [("ru-RU,ru;q=0.9", "/ru/"), ("hy-AM", "/hy/"), ("az", "/az/"), ("", "/en/"), ("!!", "/en/")],
)
def test_root_redirects_to_the_edition_of_the_browser_language(client, newsroom, header, location):
    response = client.get("/", headers={"Accept-Language": header})
    assert response.status_code == 302
    assert response["Location"] == location
    assert "Accept-Language" in response["Vary"]


@pytest.mark.django_db
def test_root_without_accept_language_goes_to_english(client, newsroom):
    response = client.get("/")
    assert response.status_code == 302
    assert response["Location"] == "/en/"


@pytest.mark.django_db
@pytest.mark.parametrize(
    "path", ["/no-such-page/", "/%D0%B0%FF/", "/xx/yy/zz/", "/en/no-such-page/", "/ru/nope/"]
)
def test_unknown_paths_get_the_site_404(client, newsroom, path):
    response = client.get(path, follow=True)
    assert response.status_code == 404
    assert b'<nav class="language-switcher"' in response.content
