"""The editors' dashboard in the Wagtail admin: a menu item, its views, its permission."""

from django.contrib.auth.models import Permission
from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.menu import MenuItem

from . import admin_views


class ViewsMenuItem(MenuItem):
    def is_shown(self, request):
        return admin_views.user_can_see_views(request.user)


@hooks.register("register_admin_urls")
def register_admin_urls():
    urls = [
        path("", admin_views.DashboardView.as_view(), name="dashboard"),
        path("article/<int:page_id>/", admin_views.ArticleChartView.as_view(), name="article"),
    ]
    return [path("views/", include((urls, "analytics_admin"), namespace="analytics_admin"))]


@hooks.register("register_admin_menu_item")
def register_menu_item():
    return ViewsMenuItem(
        _("Most read"), reverse("analytics_admin:dashboard"), icon_name="view", order=250
    )


@hooks.register("register_permissions")
def register_permissions():
    return Permission.objects.filter(content_type__app_label="analytics", codename="view_pageviews")
