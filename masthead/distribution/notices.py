"""The reuse notice ("any use only with a hyperlink") as it travels with feeds and posts."""

from django.utils.html import escape, format_html
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext

SITE_PLACEHOLDER = "<site>"


def get_site_settings(page=None, request=None):
    """Return the core SiteSettings of the request's or the page's site (None without a site)."""
    from wagtail.models import Site

    from masthead.core.models import SiteSettings

    if request is not None:
        return SiteSettings.for_request(request)
    site = page.get_site() if page is not None else None
    if site is None:
        site = Site.objects.filter(is_default_site=True).first()
    return SiteSettings.for_site(site) if site else None


def get_publication_name(site_settings) -> str:
    from django.conf import settings

    if site_settings is not None and site_settings.publication_name:
        return site_settings.publication_name
    return settings.MASTHEAD_PUBLICATION_NAME


def render_reuse_notice(site_settings, url: str) -> SafeString:
    """Return the reuse notice as HTML, its hyperlink pointing at ``url``.

    An editor's notice may say where the link goes with "<site>"; without it the link follows
    the notice. Call inside the edition's language.
    """
    name = get_publication_name(site_settings)
    link = format_html('<a href="{}">{}</a>', url, name)
    custom = (site_settings.reuse_notice if site_settings is not None else "").strip()
    if not custom:
        text = escape(gettext("Any use of materials is allowed only with a hyperlink to <site>"))
        return mark_safe(text.replace(escape(SITE_PLACEHOLDER), link))  # noqa: S308
    if SITE_PLACEHOLDER in custom:
        before, _sep, after = custom.partition(SITE_PLACEHOLDER)
        return format_html("{}{}{}", before, link, after)
    return format_html("{} {}", custom, link)
