"""The editors' dashboard: top articles for a period, one article's daily views, CSV."""

import csv

from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import TemplateView

from wagtail.admin.auth import permission_denied
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from masthead.news.models import ArticlePage

from .charts import build_bar_chart
from .forms import Period
from .reports import get_daily_views, get_top_articles

PERMISSION = "analytics.view_pageviews"
TOP_LENGTH = 100


def user_can_see_views(user) -> bool:
    return user.is_active and user.has_perm(PERMISSION)


class ViewsPermissionMixin:
    def dispatch(self, request, *args, **kwargs):
        if not user_can_see_views(request.user):
            return permission_denied(request)
        return super().dispatch(request, *args, **kwargs)


class DashboardView(ViewsPermissionMixin, WagtailAdminTemplateMixin, TemplateView):
    template_name = "analytics/admin/dashboard.html"
    page_title = gettext_lazy("Most read")
    header_icon = "view"

    def get(self, request, *args, **kwargs):
        form = Period(request.GET or None)
        valid = form.is_valid() if form.is_bound else True
        rows = (
            get_top_articles(
                form.get_window(),
                locale_id=getattr(form.get_locale(), "pk", None),
                limit=TOP_LENGTH,
            )
            if valid
            else []
        )
        if valid and request.GET.get("format") == "csv":
            return self.export_csv(form, rows)
        context = self.get_context_data(form=form, rows=rows, valid=valid)
        query = request.GET.copy()
        query["format"] = "csv"
        context["csv_query"] = query.urlencode()
        context["chart_query"] = request.GET.urlencode()
        return self.render_to_response(context)

    def export_csv(self, form, rows):
        first, last = form.get_days()
        response = HttpResponse(content_type="text/csv; charset=utf-8")
        response["Content-Disposition"] = (
            f'attachment; filename="views-{form.get_period()}-{first}-{last}.csv"'
        )
        writer = csv.writer(response)
        writer.writerow([_("Page ID"), _("Title"), _("Edition"), _("Address"), _("Views")])
        for page, views in rows:
            writer.writerow([page.pk, page.title, page.locale.language_code, page.url_path, views])
        return response


class ArticleChartView(ViewsPermissionMixin, WagtailAdminTemplateMixin, TemplateView):
    template_name = "analytics/admin/article_chart.html"
    header_icon = "view"

    def get(self, request, page_id, *args, **kwargs):
        self.article = get_object_or_404(ArticlePage, pk=page_id)
        form = Period(request.GET or {"period": "30d"})
        if not form.is_valid():
            raise Http404
        first, last = form.get_days()
        series = get_daily_views(self.article.pk, first, last)
        context = self.get_context_data(
            article=self.article,
            form=form,
            series=series,
            total=sum(views for _, views in series),
            chart=build_bar_chart(series),
            dashboard_url=reverse("analytics_admin:dashboard"),
        )
        return self.render_to_response(context)

    def get_page_title(self):
        return _("Views of “%(title)s”") % {"title": self.article.title}
