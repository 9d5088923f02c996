"""Site-wide settings editors change in the admin."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting


@register_setting(icon="site")
class SiteSettings(BaseSiteSetting):
    """The publication's identity, links and legal lines, one row per Wagtail site."""

    @classmethod
    def for_request(cls, request):
        """Return the request's site settings from process memory (see core.sites)."""
        attr_name = cls.get_cache_attr_name()
        if not hasattr(request, attr_name):
            from .sites import settings_for_request

            setattr(request, attr_name, settings_for_request(cls, request))
        return getattr(request, attr_name)

    publication_name = models.CharField(
        _("publication name"),
        max_length=100,
        default="Masthead",
        help_text=_("Shown in the header, the footer, the sign-off line and the page titles."),
    )
    logo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("logo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Optional; the publication name is shown in its place when empty."),
    )
    twitter_url = models.URLField(_("X / Twitter"), blank=True, help_text=_("Full address."))
    youtube_url = models.URLField(_("YouTube"), blank=True, help_text=_("Full address."))
    instagram_url = models.URLField(_("Instagram"), blank=True, help_text=_("Full address."))
    facebook_url = models.URLField(_("Facebook"), blank=True, help_text=_("Full address."))
    telegram_url = models.URLField(_("Telegram"), blank=True, help_text=_("Full address."))
    app_store_url = models.URLField(_("App Store"), blank=True, help_text=_("iOS app page."))
    google_play_url = models.URLField(
        _("Google Play"), blank=True, help_text=_("Android app page.")
    )
    copyright_holder = models.CharField(
        _("copyright holder"),
        max_length=100,
        blank=True,
        help_text=_("Shown after © and the year in the footer; the publication name if empty."),
    )
    reuse_notice = models.CharField(
        _("reuse notice"),
        max_length=300,
        blank=True,
        help_text=_(
            "Shown in the footer. Empty: “Any use of materials is allowed only with a "
            "hyperlink to <site>”."
        ),
    )
    instagram_account = models.CharField(
        _("Instagram account for the follow box"),
        max_length=60,
        blank=True,
        help_text=_("The account name without @; the follow box is hidden when empty."),
    )

    panels = [
        MultiFieldPanel(
            [FieldPanel("publication_name"), FieldPanel("logo"), FieldPanel("copyright_holder")],
            heading=_("Publication"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("twitter_url"),
                FieldPanel("youtube_url"),
                FieldPanel("instagram_url"),
                FieldPanel("facebook_url"),
                FieldPanel("telegram_url"),
                FieldPanel("instagram_account"),
            ],
            heading=_("Social"),
        ),
        MultiFieldPanel(
            [FieldPanel("app_store_url"), FieldPanel("google_play_url")], heading=_("Apps")
        ),
        FieldPanel("reuse_notice"),
    ]

    class Meta:
        verbose_name = _("site settings")

    def __str__(self) -> str:
        return self.publication_name

    @property
    def social_links(self) -> list[tuple[str, str, str]]:
        """Return (key, label, url) for every social network that has an address."""
        candidates = [
            ("twitter", "X", self.twitter_url),
            ("youtube", "YouTube", self.youtube_url),
            ("instagram", "Instagram", self.instagram_url),
            ("facebook", "Facebook", self.facebook_url),
            ("telegram", "Telegram", self.telegram_url),
        ]
        return [(key, label, url) for key, label, url in candidates if url]
