"""The front page of one edition."""

from django.utils.translation import gettext_lazy as _

from wagtail.models import Page


class HomePage(Page):
    """The front page of an edition; one per locale, at the root of its tree."""

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = ["news.SectionPage"]

    class Meta:
        verbose_name = _("home page")
