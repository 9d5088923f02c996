"""Page addresses without a URL reversal each.

Wagtail builds every page link with reverse("wagtail_serve") inside translation.override():
an article page asks for some fifteen links (navigation, breadcrumbs, translations, next
story, JSON-LD), and those reversals were a twentieth of its render. The address of a page
is the served prefix of its language ("/en/") followed by its quoted path below the site
root; the prefix is reversed once per language, URLconf and script prefix.
"""

import functools
import re
from urllib.parse import quote

from django.conf import settings
from django.urls import get_script_prefix, get_urlconf, reverse
from django.utils import translation
from django.utils.http import RFC3986_SUBDELIMS

from wagtail.coreutils import get_supported_content_language_variant

# wagtail.urls' serve_pattern (that module cannot be imported while models load).
_SERVED_PATH = re.compile(
    r"^((?:[\w\-]+/)*)$" if getattr(settings, "WAGTAIL_APPEND_SLASH", True) else r"^([\w\-/]*)$"
)
_SAFE = RFC3986_SUBDELIMS + "/~:@"  # what reverse() leaves unquoted in a path argument


@functools.lru_cache(maxsize=4096)
def _reversed(
    viewname: str, args: tuple, kwargs: tuple, language_code: str, urlconf: str, prefix: str
) -> str:
    # The script prefix is in the key only: reverse() reads it where the caller set it.
    with translation.override(language_code):
        return reverse(viewname, args=args or None, kwargs=dict(kwargs) or None, urlconf=urlconf)


def served_prefix(language_code: str) -> str:
    """Return the address of the served root in a language ("/en/"), reversed once."""
    return _reversed(
        "wagtail_serve",
        ("",),
        (),
        language_code,
        get_urlconf() or settings.ROOT_URLCONF,
        get_script_prefix(),
    )


def reverse_once(viewname: str, **kwargs) -> str:
    """Return reverse(viewname, kwargs=kwargs) in the active language, reversed once per
    process (feeds, the publisher's logo: the same few addresses on every page). Raises
    NoReverseMatch as reverse() does; kwargs values must be hashable (ids, slugs)."""
    return _reversed(
        viewname,
        (),
        tuple(sorted(kwargs.items())),
        translation.get_language(),
        get_urlconf() or settings.ROOT_URLCONF,
        get_script_prefix(),
    )


def served_path(rest: str, language_code: str) -> str | None:
    """Return what reverse("wagtail_serve", args=(rest,)) gives in that language (with
    Wagtail's trailing-slash rule applied), or None when `rest` is no servable path."""
    if not _SERVED_PATH.fullmatch(rest):
        return None
    path = served_prefix(language_code) + quote(rest, safe=_SAFE)
    if not getattr(settings, "WAGTAIL_APPEND_SLASH", True) and path != "/":
        path = path.rstrip("/")
    return path


class QuickUrlPageMixin:
    """Page.get_url_parts with the serve prefix reversed once, the same answers."""

    def get_url_parts(self, request=None):
        possible_sites = self._get_relevant_site_root_paths(request)
        if len({values[0] for values in possible_sites}) != 1 or not getattr(
            settings, "WAGTAIL_I18N_ENABLED", False
        ):
            return super().get_url_parts(request)  # several sites, or no i18n: Wagtail's way
        site_id, root_path, root_url, language_code = possible_sites[0]
        active = translation.get_language()
        try:
            if get_supported_content_language_variant(active) == language_code:
                language_code = active
        except LookupError:
            pass
        page_path = served_path(self.url_path[len(root_path) :], language_code)
        if page_path is None:
            return super().get_url_parts(request)  # Wagtail answers (site_id, None, None)
        return (site_id, root_url, page_path)
