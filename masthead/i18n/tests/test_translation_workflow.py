"""An editor translates an article through Wagtail's admin with wagtail-localize's views."""

from django.test.client import BOUNDARY, MULTIPART_CONTENT, encode_multipart
from django.urls import reverse

from wagtail.models import Locale
from wagtail_localize.models import StringSegment, Translation, TranslationSource

import pytest

from masthead.news.models import ArticlePage

from .test_switcher import switcher_of

RUSSIAN = {
    "title": "Выборы в Ереване: что дальше",
    "lead": "Короткий лид на русском.",
    "kicker": "Эксклюзив",
}


@pytest.fixture
def editor(client, django_user_model):
    user = django_user_model.objects.create_superuser("editor", "editor@example.com", "pw")
    client.force_login(user)
    return client


def put_translation(client, translation, segment, value):
    url = reverse("wagtail_localize:edit_string_translation", args=[translation.id, segment.id])
    response = client.put(url, encode_multipart(BOUNDARY, {"value": value}), MULTIPART_CONTENT)
    assert response.status_code in (200, 201), response.content
    return response


def translate_all_segments(client, translation, overrides):
    segments = StringSegment.objects.filter(source=translation.source).select_related(
        "string", "context"
    )
    for segment in segments:
        field = segment.context.path.split(".")[0]
        if field == "slug" and field not in overrides:
            continue  # left to the transliteration of the translated title
        value = overrides.get(field, f"[ru] {segment.string.data}")
        put_translation(client, translation, segment, value)


@pytest.mark.django_db
def test_editor_translates_an_article_and_readers_reach_it(
    editor, editions, django_capture_on_commit_callbacks
):
    source = editions["articles"][1]
    source.kicker = "Exclusive"
    source.save_revision().publish()
    russian = Locale.objects.get(language_code="ru")

    submit_url = reverse("wagtail_localize:submit_page_translation", args=[source.id])
    assert editor.get(submit_url).status_code == 200
    response = editor.post(submit_url, {"locales": [russian.id]})
    assert response.status_code == 302

    translated = ArticlePage.objects.get(translation_key=source.translation_key, locale=russian)
    assert not translated.live
    translation = Translation.objects.get(
        source__object_id=source.translation_key, target_locale=russian
    )

    edit_url = reverse("wagtailadmin_pages:edit", args=[translated.id])
    response = editor.get(edit_url)
    assert response.status_code == 200
    assert b"wagtail_localize" in response.content or b"translation" in response.content.lower()

    translate_all_segments(editor, translation, RUSSIAN)
    with django_capture_on_commit_callbacks(execute=True):  # wagtail-localize publishes on commit
        response = editor.post(edit_url, {"action": "publish"})
    assert response.status_code == 302

    translated.refresh_from_db()
    assert translated.live
    assert translated.title == RUSSIAN["title"]
    assert translated.lead == RUSSIAN["lead"]
    assert translated.translation_key == source.translation_key
    assert translated.slug == "vybory-v-erevane-chto-dalshe"
    assert translated.url == "/ru/analitika/vybory-v-erevane-chto-dalshe/"

    english_links = switcher_of(editor.get(source.url))
    assert english_links["ru"] == translated.url
    russian_page = editor.get(translated.url)
    assert russian_page.status_code == 200
    assert switcher_of(russian_page)["en"] == source.url
    assert RUSSIAN["title"] in russian_page.content.decode()


@pytest.mark.django_db
def test_editor_syncs_a_translation_after_the_source_changes(
    editor, editions, django_capture_on_commit_callbacks
):
    source = editions["articles"][1]
    russian = Locale.objects.get(language_code="ru")
    submit_url = reverse("wagtail_localize:submit_page_translation", args=[source.id])
    editor.post(submit_url, {"locales": [russian.id]})
    translation = Translation.objects.get(
        source__object_id=source.translation_key, target_locale=russian
    )
    translated = ArticlePage.objects.get(translation_key=source.translation_key, locale=russian)
    translate_all_segments(editor, translation, RUSSIAN)
    with django_capture_on_commit_callbacks(execute=True):
        editor.post(reverse("wagtailadmin_pages:edit", args=[translated.id]), {"action": "publish"})
    translated.refresh_from_db()
    address = translated.url

    source.lead = "A new lead after an update."
    source.save_revision().publish()
    translation_source = TranslationSource.objects.get(object_id=source.translation_key)
    update_url = reverse("wagtail_localize:update_translations", args=[translation_source.id])
    assert editor.get(update_url).status_code == 200
    assert editor.post(update_url, {}).status_code == 302

    new_segment = StringSegment.objects.get(
        source=translation_source, string__data="A new lead after an update."
    )
    put_translation(editor, translation, new_segment, "Новый лид после обновления.")
    with django_capture_on_commit_callbacks(execute=True):
        editor.post(reverse("wagtailadmin_pages:edit", args=[translated.id]), {"action": "publish"})

    translated.refresh_from_db()
    assert translated.lead == "Новый лид после обновления."
    assert translated.title == RUSSIAN["title"]
    assert translated.url == address  # the sync keeps the Russian address


@pytest.mark.django_db
def test_editor_translates_the_edition_texts_snippet(
    editor, editions, django_capture_on_commit_callbacks
):
    from masthead.i18n.models import EditionTexts

    english = EditionTexts.objects.create(
        publication_name="Masthead Weekly", reuse_notice="Reuse only with a link."
    )
    russian = Locale.objects.get(language_code="ru")
    url = reverse(
        "wagtail_localize:submit_snippet_translation",
        args=["i18n", "editiontexts", english.pk],
    )
    assert editor.post(url, {"locales": [russian.id]}).status_code == 302
    translated = EditionTexts.objects.get(translation_key=english.translation_key, locale=russian)
    translation = Translation.objects.get(
        source__object_id=english.translation_key, target_locale=russian
    )
    translate_all_segments(
        editor,
        translation,
        {"publication_name": "Мастхэд", "reuse_notice": "Перепечатка только со ссылкой."},
    )
    edit_url = reverse("wagtailsnippets_i18n_editiontexts:edit", args=[translated.pk])
    with django_capture_on_commit_callbacks(execute=True):
        editor.post(edit_url, {"action": "publish"})
    translated.refresh_from_db()
    assert translated.publication_name == "Мастхэд"
    assert "Мастхэд" in editor.get(editions["ru"]["article"].url).content.decode()
