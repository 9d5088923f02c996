import datetime as dt

from django.template import Context, Template
from django.utils import translation

import pytest

from masthead.i18n.templatetags.editions import format_dateline

# 8 June 2022 13:58 UTC is 17:58 in Baku (the publication's zone, UTC+4).
MOMENT = dt.datetime(2022, 6, 8, 13, 58, tzinfo=dt.UTC)


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("en", "08 June 2022 17:58"),
        ("ru", "8 июня 2022 17:58"),
        ("hy", "8 հունիսի 2022 17:58"),
        ("az", "8 iyun 2022 17:58"),
    ],
)
def test_dateline_in_each_language(settings, language, expected):
    settings.TIME_ZONE = "Asia/Baku"
    with translation.override(language):
        assert (
            Template("{% load editions %}{{ moment|dateline }}").render(Context({"moment": MOMENT}))
            == expected
        )


@pytest.mark.parametrize(
    ("language", "month", "expected_month"),
    [
        ("ru", 1, "января"),
        ("ru", 3, "марта"),
        ("ru", 5, "мая"),
        ("ru", 8, "августа"),
        ("ru", 12, "декабря"),
        ("hy", 1, "հունվարի"),
        ("hy", 10, "հոկտեմբերի"),
        ("az", 2, "fevral"),
        ("az", 8, "avqust"),
        ("en", 12, "December"),
    ],
)
def test_month_names_take_the_form_used_in_dates(settings, language, month, expected_month):
    settings.TIME_ZONE = "UTC"
    moment = dt.datetime(2024, month, 3, 9, 5, tzinfo=dt.UTC)
    day = "03" if language == "en" else "3"
    assert format_dateline(moment, language) == f"{day} {expected_month} 2024 09:05"


def test_dateline_uses_the_publication_time_zone(settings):
    settings.TIME_ZONE = "Asia/Baku"
    late = dt.datetime(2022, 6, 30, 22, 30, tzinfo=dt.UTC)  # already 1 July in Baku
    assert format_dateline(late, "ru") == "1 июля 2022 02:30"


def test_dateline_of_nothing_is_empty():
    assert format_dateline(None, "en") == ""


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("en", "08 June 2022"),
        ("ru", "8 июня 2022"),
        ("hy", "8 հունիսի 2022"),
        ("az", "8 iyun 2022"),
    ],
)
def test_long_date_is_the_dateline_without_the_time(settings, language, expected):
    settings.TIME_ZONE = "Asia/Baku"
    with translation.override(language):
        rendered = Template("{% load editions %}{{ moment|long_date }}").render(
            Context({"moment": MOMENT})
        )
    assert rendered == expected
