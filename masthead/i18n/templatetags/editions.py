"""Template helpers for editions: localized datelines, the language switcher and hreflang links."""

from django import template
from django.utils import dateformat, timezone, translation

from ..editions import get_alternates, get_edition_links

register = template.Library()

# Month names in the form used inside a date ("8 июня", "8 հունիսի", "8 iyun"). Django's own
# tables have no Armenian dates and capitalize Azerbaijani months, which are lower case in
# running text.
MONTHS_IN_DATES = {
    "hy": (
        "հունվարի",
        "փետրվարի",
        "մարտի",
        "ապրիլի",
        "մայիսի",
        "հունիսի",
        "հուլիսի",
        "օգոստոսի",
        "սեպտեմբերի",
        "հոկտեմբերի",
        "նոյեմբերի",
        "դեկտեմբերի",
    ),
    "az": (
        "yanvar",
        "fevral",
        "mart",
        "aprel",
        "may",
        "iyun",
        "iyul",
        "avqust",
        "sentyabr",
        "oktyabr",
        "noyabr",
        "dekabr",
    ),
}
# English keeps the publication's "08 June 2022"; the other languages write "8 июня 2022".
DAY_WITH_LEADING_ZERO = {"en"}


def format_date(value, language_code: str | None = None) -> str:
    """Return "08 June 2022" (English), "8 июня 2022"... in the publication's time zone."""
    if not value:
        return ""
    return _date_and_local(value, language_code)[0]


def format_dateline(value, language_code: str | None = None) -> str:
    """Return "08 June 2022 17:58" (English), "8 июня 2022 17:58"... in the publication's zone."""
    if not value:
        return ""
    date, local = _date_and_local(value, language_code)
    return f"{date} {local:%H:%M}"


def _date_and_local(value, language_code: str | None) -> tuple:
    language_code = (language_code or translation.get_language() or "en").split("-")[0]
    local = timezone.localtime(value) if timezone.is_aware(value) else value
    day = f"{local.day:02d}" if language_code in DAY_WITH_LEADING_ZERO else str(local.day)
    if language_code in MONTHS_IN_DATES:
        month = MONTHS_IN_DATES[language_code][local.month - 1]
    else:
        with translation.override(language_code):
            # E: the month name in the form used inside a date (Russian "июня", not "июнь").
            month = dateformat.format(local, "E")
    return f"{day} {month} {local.year}", local


@register.filter
def dateline(value):
    """Format a datetime as "08 June 2022 17:58" in the publication's time zone and language."""
    return format_dateline(value)


@register.filter
def long_date(value):
    """Format a date as "08 June 2022", "8 июня 2022"... (the dateline without the time)."""
    return format_date(value)


@register.simple_tag(takes_context=True)
def edition_links(context):
    """Return one EditionLink per enabled edition for the current page or view."""
    return get_edition_links(context)


@register.simple_tag(takes_context=True)
def hreflang_alternates(context):
    """Return (alternates, x_default) for the current page: its live translations only."""
    return get_alternates(get_edition_links(context))


@register.simple_tag(takes_context=True)
def canonical_url(context):
    """Return the absolute canonical address of the current page or view (no query string)."""
    for link in get_edition_links(context):
        if link.is_current and link.is_translation:
            return link.full_url.split("?", 1)[0]
    return ""  # an error page has no canonical address
