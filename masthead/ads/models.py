"""Ad slots: what runs where, and when."""

from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.models import TranslatableMixin
from wagtail.snippets.models import register_snippet


class Placement(models.TextChoices):
    HEADER = "header", _("Header")
    IN_ARTICLE = "in_article", _("In article")
    SIDEBAR = "sidebar", _("Sidebar")
    FOOTER = "footer", _("Footer")


class AdSlotQuerySet(models.QuerySet):
    def active_at(self, moment=None):
        """Return the slots running at a moment (now by default)."""
        moment = moment or timezone.now()
        return self.filter(
            Q(starts_at__isnull=True) | Q(starts_at__lte=moment),
            Q(ends_at__isnull=True) | Q(ends_at__gt=moment),
            is_active=True,
        )


@register_snippet
class AdSlot(TranslatableMixin, models.Model):
    name = models.CharField(_("name"), max_length=120, help_text=_("For editors only."))
    placement = models.CharField(
        _("placement"),
        max_length=20,
        choices=Placement.choices,
        help_text=_("Where on the page the ad appears."),
    )
    image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The creative; used when no HTML is given."),
    )
    link_url = models.URLField(_("link"), blank=True, help_text=_("Where the image leads."))
    alt_text = models.CharField(
        _("image description"),
        max_length=200,
        blank=True,
        help_text=_("What the image says, for readers who cannot see it."),
    )
    html = models.TextField(
        _("trusted HTML"),
        blank=True,
        help_text=_(
            "Markup from a trusted ad partner, shown as is. Scripts are blocked by the "
            "site's security policy."
        ),
    )
    is_active = models.BooleanField(_("active"), default=True, help_text=_("Untick to pause."))
    starts_at = models.DateTimeField(
        _("starts"), null=True, blank=True, help_text=_("Empty: from now.")
    )
    ends_at = models.DateTimeField(_("ends"), null=True, blank=True, help_text=_("Empty: no end."))

    objects = AdSlotQuerySet.as_manager()

    panels = [
        FieldPanel("name"),
        FieldPanel("placement"),
        MultiFieldPanel(
            [FieldPanel("image"), FieldPanel("alt_text"), FieldPanel("link_url")],
            heading=_("Image ad"),
        ),
        FieldPanel("html"),
        MultiFieldPanel(
            [FieldPanel("is_active"), FieldPanel("starts_at"), FieldPanel("ends_at")],
            heading=_("Schedule"),
        ),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("ad slot")
        verbose_name_plural = _("ad slots")
        ordering = ["placement", "name"]

    def __str__(self) -> str:
        return self.name
