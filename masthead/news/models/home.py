"""The front page of one edition."""

from django.utils.translation import gettext_lazy as _

from wagtail.models import Page

from masthead.i18n.slugs import TransliteratedSlugMixin


class HomePage(TransliteratedSlugMixin, Page):
    """The front page of an edition; one per locale, at the root of its tree."""

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = ["news.SectionPage"]

    class Meta:
        verbose_name = _("home page")
