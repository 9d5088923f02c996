"""Every interface string exists in every enabled language, and no page shows another language's.

The catalogs are per app (masthead/<app>/locale/); strings of the project-wide templates and
settings live in masthead/locale/.
"""

import json
import re
from functools import cache
from pathlib import Path

from django.conf import settings
from django.utils.http import urlencode

import pytest
from bs4 import BeautifulSoup
from taggit.models import Tag

from masthead.i18n.catalogs import extract_messages, find_catalogs, read_po

PROJECT = Path(settings.PROJECT_DIR)
APP_DIRS = sorted(path.parent for path in PROJECT.glob("*/apps.py"))
SOURCE_DIRS = [*APP_DIRS, PROJECT]  # the project itself: everything outside the apps
LANGUAGES = [code for code, _name in settings.LANGUAGES if code != settings.LANGUAGE_CODE]


def _label(path: Path) -> str:
    return path.name if path != PROJECT else "project"


@cache
def code_messages(source_dir: Path) -> frozenset:
    """The (context, msgid) pairs the code of an app (or of the project outside apps) uses."""
    exclude = tuple(app.name for app in APP_DIRS) if source_dir == PROJECT else ()
    return frozenset(extract_messages(source_dir, exclude=exclude))


def catalog_path(source_dir: Path, language: str) -> Path:
    return source_dir / "locale" / language / "LC_MESSAGES" / "django.po"


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("source_dir", SOURCE_DIRS, ids=_label)
def test_catalog_has_a_real_translation_for_every_message(source_dir, language):
    po = catalog_path(source_dir, language)
    if not po.exists():
        assert not code_messages(source_dir), (
            f"{_label(source_dir)} has translatable strings but no {language} catalog: run "
            f"`cd {source_dir.relative_to(PROJECT.parent)} && django-admin makemessages "
            "-l ru -l hy -l az`, then translate"
        )
        return
    messages = [message for message in read_po(po) if not message.is_obsolete]
    fuzzy = [message.msgid for message in messages if message.is_fuzzy]
    empty = [message.msgid for message in messages if not message.is_translated]
    assert not fuzzy, f"fuzzy entries in {po}: {fuzzy}"
    assert not empty, f"untranslated entries in {po}: {empty}"


@pytest.mark.parametrize("source_dir", SOURCE_DIRS, ids=_label)
def test_catalogs_are_up_to_date_with_the_code(source_dir):
    expected = code_messages(source_dir)
    for language in LANGUAGES:
        po = catalog_path(source_dir, language)
        committed = {m.key for m in read_po(po) if not m.is_obsolete} if po.exists() else set()
        missing = sorted(msgid for _ctx, msgid in expected - committed)
        stale = sorted(msgid for _ctx, msgid in committed - expected)
        assert not missing, f"{po} lacks messages the code uses (run makemessages): {missing}"
        assert not stale, f"{po} has messages the code no longer uses (run makemessages): {stale}"


def test_every_catalog_belongs_to_an_enabled_language():
    for locale_dir, catalogs in find_catalogs(PROJECT).items():
        for language in catalogs:
            assert language in LANGUAGES, f"{locale_dir} has a catalog for {language}"


# --- No page shows a string from another language's catalog --------------------------------

PLACEHOLDER = re.compile(r"%(\(\w+\))?[sd]|\{[^}]*\}|<[^>]+>")
MIN_LETTERS = 4


@cache
def translations_by_language() -> dict[str, dict[tuple, str]]:
    """Return {language: {(context, msgid): msgstr}}; English maps msgids to themselves."""
    table: dict[str, dict[tuple, str]] = {code: {} for code, _name in settings.LANGUAGES}
    for _locale_dir, catalogs in find_catalogs(PROJECT).items():
        for language, po in catalogs.items():
            for message in read_po(po):
                if message.is_obsolete or message.is_fuzzy or not message.is_translated:
                    continue
                table.setdefault(language, {})[message.key] = message.msgstrs[0]
                table[settings.LANGUAGE_CODE][message.key] = message.msgid
    return table


def _is_checkable(text: str) -> bool:
    return not PLACEHOLDER.search(text) and sum(char.isalpha() for char in text) >= MIN_LETTERS


@cache
def foreign_strings(language: str) -> frozenset[str]:
    """Strings of other languages' catalogs that must never appear on a page in `language`.

    A string is left out when it is also a string of this language (shared words, names).
    """
    table = translations_by_language()
    own = set(table[language].values())
    foreign = set()
    for other, messages in table.items():
        if other == language:
            continue
        for key, text in messages.items():
            if text == table[language].get(key) or text in own or not _is_checkable(text):
                continue
            foreign.add(text)
    return frozenset(foreign)


def visible_texts(html: str, language: str) -> list[str]:
    """Return the texts a reader sees or hears: text, labels, and the JS strings data block."""
    soup = BeautifulSoup(html, "html.parser")
    texts = []
    for block in soup.find_all("script", type="application/json"):
        texts.extend(_json_strings(json.loads(block.string or "null")))
    for element in soup(["script", "style", "template"]):
        element.decompose()
    for element in soup.find_all(lang=True):
        if element.name != "html" and element["lang"].split("-")[0] != language:
            element.decompose()  # the switcher's other-language names, quotes marked as such
    for string in soup.find_all(string=True):
        if string.strip():
            texts.append(" ".join(string.split()))
    for attribute in ("aria-label", "placeholder", "title", "alt", "data-label"):
        for element in soup.find_all(attrs={attribute: True}):
            texts.append(element[attribute])
    return texts


def _json_strings(value) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for item in value.values() for s in _json_strings(item)]
    if isinstance(value, list):
        return [s for item in value for s in _json_strings(item)]
    return []


def find_leaks(html: str, language: str) -> set[str]:
    leaks = set()
    forbidden = foreign_strings(language)
    for text in visible_texts(html, language):
        if text in forbidden:
            leaks.add(text)
            continue
        for candidate in forbidden:
            # The substring test first: compiling a pattern per (text, candidate) pair, more
            # than re's cache holds, cost the suite most of a minute.
            if candidate in text and as_word(candidate).search(text):
                leaks.add(candidate)
    return leaks


@cache
def as_word(candidate: str) -> re.Pattern:
    """The candidate as a whole word (or words): no letter or digit right before or after it."""
    return re.compile(rf"(?<!\w){re.escape(candidate)}(?!\w)")


def page_addresses(edition: dict, language: str) -> dict[str, str]:
    tag = Tag.objects.get(name=edition["tag"])
    return {
        "home": edition["home"].url,
        "section": edition["section"].url,
        "article": edition["article"].url,
        "author": f"/{language}/authors/{edition['author'].slug}/",
        "tag": f"/{language}/tags/{tag.slug}/",
        "search": f"/{language}/search/?{urlencode({'q': edition['article'].title[:6]})}",
        "empty search": f"/{language}/search/?q=zzzzqqq",
        "404": f"/{language}/no-such-page/",
    }


def test_leak_finder_catches_a_foreign_string():
    table = translations_by_language()
    _key, russian = next(
        (key, text) for key, text in table["ru"].items() if text in foreign_strings("en")
    )
    html = f'<html lang="en"><body><p>{russian}</p><p lang="ru">{russian}</p></body></html>'
    assert find_leaks(html, "en") == {russian}
    assert find_leaks(html.replace("<p>", '<p lang="ru">'), "en") == set()


@pytest.mark.django_db
def test_no_page_shows_a_string_of_another_language(client, four_editions):
    leaks = {}
    for language, edition in four_editions.items():
        for page_type, address in page_addresses(edition, language).items():
            response = client.get(address)
            assert response.status_code == (404 if page_type == "404" else 200), address
            found = find_leaks(response.content.decode(), language)
            if found:
                leaks[f"{language} {page_type} {address}"] = sorted(found)
    assert not leaks, json.dumps(leaks, ensure_ascii=False, indent=1)
