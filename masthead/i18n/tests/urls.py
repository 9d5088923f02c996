"""The project's URLs plus a plain view under the language prefix, as the search page is."""

from django.conf.urls.i18n import i18n_patterns
from django.shortcuts import render
from django.urls import path

from masthead import urls as project_urls


def listing(request):
    return render(request, "404.html", {})


urlpatterns = [
    *project_urls.urlpatterns[:-1],
    *i18n_patterns(path("probe/", listing, name="probe"), prefix_default_language=True),
    project_urls.urlpatterns[-1],
]
handler404 = project_urls.handler404
handler500 = project_urls.handler500
