"""The publication's texts per edition, and the reuse notice as it travels with feeds and posts."""

from urllib.parse import urlsplit

from django.conf import settings
from django.utils import translation
from django.utils.html import escape, format_html
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext

from masthead.i18n.context_processors import Edition


def get_site_settings(page=None, request=None, language_code=None):
    """Return the settings of the page's (or request's) site in its edition's language."""
    from wagtail.models import Site

    from masthead.core.models import SiteSettings

    if request is not None:
        site_settings = SiteSettings.for_request(request)
    else:
        site = page.get_site() if page is not None else None
        site = site or Site.objects.filter(is_default_site=True).first()
        site_settings = SiteSettings.for_site(site) if site else None
    if language_code is None:
        language_code = (
            page.locale.language_code if page is not None else translation.get_language()
        )
    # The edition's own name and legal lines over the site settings, as templates see them.
    return Edition(language_code or settings.LANGUAGE_CODE, lambda: site_settings)


def get_publication_name(site_settings) -> str:
    name = getattr(site_settings, "publication_name", "") if site_settings is not None else ""
    return name or settings.MASTHEAD_PUBLICATION_NAME


def render_reuse_notice(site_settings, url: str) -> SafeString:
    """Return the reuse notice as HTML with its hyperlink to ``url``.

    The default names the site (as the footer does) and links it; an editor's own notice is
    followed by the link. Call inside the edition's language.
    """
    host = urlsplit(url).netloc or get_publication_name(site_settings)
    link = format_html('<a href="{}">{}</a>', url, host)
    custom = (getattr(site_settings, "reuse_notice", "") or "").strip()
    if custom:
        return format_html("{} {}", custom, link)
    text = escape(gettext("Any use of materials is allowed only with a hyperlink to %(site)s"))
    return mark_safe(text.replace("%(site)s", link))  # noqa: S308 - both parts are escaped
