"""Feeds under the edition's language prefix: /<lang>/feeds/..."""

from django.urls import path

from .feeds import ArticleAtomFeed, ArticleFeed

app_name = "feeds"

rss, atom = ArticleFeed(), ArticleAtomFeed()

urlpatterns = [
    path("feeds/rss/", rss, name="edition_rss"),
    path("feeds/atom/", atom, name="edition_atom"),
]
for kind in ("section", "author", "tag"):
    urlpatterns += [
        path(f"feeds/{kind}/<str:slug>/rss/", rss, {"kind": kind}, name=f"{kind}_rss"),
        path(f"feeds/{kind}/<str:slug>/atom/", atom, {"kind": kind}, name=f"{kind}_atom"),
    ]
