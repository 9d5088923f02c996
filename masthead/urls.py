"""URL map: app endpoints first, then the Wagtail page tree under a language prefix."""

from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path

from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

urlpatterns = [
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("", include("masthead.analytics.urls")),  # /api/v1/views/<id>/, before the API's routes
    path("api/", include("masthead.api.urls")),
    path("", include("masthead.distribution.urls")),
    path("", include("masthead.pagecache.urls")),
    path("", include("masthead.i18n.urls")),
]

urlpatterns += i18n_patterns(
    path("", include("masthead.distribution.feed_urls")),  # /<lang>/feeds/...
    path("", include("masthead.search.urls")),
    path("", include("masthead.news.urls")),
    path("", include(wagtail_urls)),
    prefix_default_language=True,
)

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

handler404 = "masthead.core.views.page_not_found"
handler500 = "masthead.core.views.server_error"
