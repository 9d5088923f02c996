"""/api/v1/: the versioned content API. /api/v1/views/<id>/ belongs to the analytics app."""

from django.urls import path

from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.views import PagesAPIViewSet
from wagtail.images.api.v2.views import ImagesAPIViewSet

from .views import ArticlesAPIViewSet

router = WagtailAPIRouter("masthead_api")
router.register_endpoint("articles", ArticlesAPIViewSet)
router.register_endpoint("pages", PagesAPIViewSet)
router.register_endpoint("images", ImagesAPIViewSet)

urlpatterns = [path("v1/", router.urls)]
