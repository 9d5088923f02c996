"""Stored view counts: one row per page and hour of a local day."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class PageViews(models.Model):
    """Views of one page during one hour of one day (local time), as flushed from the counters.

    A day's total is the sum of its hours; the hours let "most read" cover the last 24 hours.
    """

    # No database constraint: a flush may race with a page's deletion; Django still deletes
    # these rows with the page.
    page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("page"),
        on_delete=models.CASCADE,
        db_constraint=False,
        related_name="+",
    )
    day = models.DateField(_("day"))
    hour = models.PositiveSmallIntegerField(_("hour"), default=0)
    count = models.PositiveBigIntegerField(_("views"), default=0)

    class Meta:
        verbose_name = _("page views")
        verbose_name_plural = _("page views")
        constraints = [
            models.UniqueConstraint(fields=["page", "day", "hour"], name="unique_page_views_hour")
        ]
        indexes = [models.Index(fields=["day", "hour"], name="page_views_day_hour")]

    def __str__(self) -> str:
        return f"{self.page_id} {self.day} {self.hour:02d}h: {self.count}"


class ViewsFlush(models.Model):
    """A flush of the shared (Redis) counters, recorded in the same transaction as its counts.

    A flusher that dies after claiming the counters but before deleting the claim leaves the
    claim behind; the next flusher writes it only if its token is not recorded here.
    """

    token = models.CharField(_("token"), max_length=64, unique=True)
    flushed_at = models.DateTimeField(_("flushed at"), auto_now_add=True)

    class Meta:
        verbose_name = _("views flush")
        verbose_name_plural = _("views flushes")

    def __str__(self) -> str:
        return self.token
