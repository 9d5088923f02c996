"""Template helpers shared by every reader page: absolute links, footer lines, JS strings."""

from django import template
from django.utils.translation import gettext as _

register = template.Library()


@register.simple_tag(takes_context=True)
def absolute_url(context, url: str = "") -> str:
    """Return `url` (the current path when empty) as an absolute address."""
    request = context.get("request")
    if request is None:
        return url
    return request.build_absolute_uri(url or request.path)


@register.simple_tag(takes_context=True)
def reuse_notice(context, site_settings=None) -> str:
    """Return the footer's reuse notice: the editors' text, or the default naming the site."""
    if site_settings is not None and site_settings.reuse_notice:
        return site_settings.reuse_notice
    request = context.get("request")
    site = request.get_host() if request is not None else ""
    if not site and site_settings is not None:
        site = site_settings.publication_name
    return _("Any use of materials is allowed only with a hyperlink to %(site)s") % {"site": site}


@register.simple_tag
def copyright_holder(site_settings) -> str:
    """Return who holds the copyright: the editors' setting, else the publication name."""
    return site_settings.copyright_holder or site_settings.publication_name


@register.simple_tag
def reader_strings() -> dict:
    """Return the strings the reader script shows, in the active language."""
    return {
        "linkCopied": _("Link copied"),
        "copyFailed": _("Could not copy the link"),
        "loading": _("Loading the next article…"),
        "source": _("Source: %(url)s"),
        "nightOn": _("Night theme on"),
        "nightOff": _("Night theme off"),
    }
