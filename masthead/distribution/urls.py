"""Site-wide distribution addresses; the feeds live under each edition (feed_urls.py)."""

from django.urls import path

from . import views

app_name = "distribution"

urlpatterns = [
    path("robots.txt", views.robots_txt, name="robots_txt"),
    path("sitemap.xml", views.sitemap_index, name="sitemap_index"),
    path("sitemap-<str:section>.xml", views.sitemap, name="sitemap"),
    path("share/<int:page_id>/<str:ratio>.png", views.share_image, name="share_image"),
    path("share/logo.png", views.publisher_logo, name="publisher_logo"),
]
