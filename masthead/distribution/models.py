"""Telegram channels per edition and the outbox of posts waiting to be sent."""

from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class TelegramChannel(models.Model):
    """The Telegram channel one edition posts to; the bot token is a secret kept in the database."""

    locale = models.OneToOneField(
        "wagtailcore.Locale",
        verbose_name=_("edition"),
        on_delete=models.CASCADE,
        related_name="+",
        help_text=_("The edition whose new articles are posted to this channel."),
    )
    chat_id = models.CharField(
        _("channel"),
        max_length=100,
        help_text=_("The channel's @username or numeric id; the bot must be one of its admins."),
    )
    bot_token = models.CharField(
        _("bot token"),
        max_length=200,
        help_text=_("The token BotFather gave the bot. Leave empty to keep the current token."),
    )
    is_enabled = models.BooleanField(
        _("enabled"),
        default=True,
        help_text=_("New articles are posted only while the channel is enabled."),
    )
    active_since = models.DateTimeField(
        _("active since"),
        default=timezone.now,
        help_text=_("Articles first published before this moment are never posted by themselves."),
    )
    # Rate limiting (GCRA, a token bucket kept as one timestamp) and Telegram's flood wait.
    send_tat = models.DateTimeField(null=True, blank=True, editable=False)
    blocked_until = models.DateTimeField(null=True, blank=True, editable=False)

    class Meta:
        verbose_name = _("Telegram channel")
        verbose_name_plural = _("Telegram channels")

    def __str__(self) -> str:
        return f"{self.chat_id} ({self.locale_id and self.locale.get_display_name()})"


class TelegramPost(models.Model):
    """One message for a channel: written with the publish, sent by the distribution worker.

    States: pending -> sending (claimed with an attempt id and a lease) -> sent, or failed.
    A row left in "sending" past its lease (the worker died mid-send) is retried once.
    """

    class State(models.TextChoices):
        PENDING = "pending", _("waiting")
        SENDING = "sending", _("sending")
        SENT = "sent", _("sent")
        FAILED = "failed", _("failed")

    class Reason(models.TextChoices):
        FIRST_PUBLICATION = "first_publication", _("first publication")
        RESEND = "resend", _("sent again by an editor")

    page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("article"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    channel = models.ForeignKey(
        TelegramChannel,
        verbose_name=_("channel"),
        on_delete=models.CASCADE,
        related_name="posts",
    )
    reason = models.CharField(_("reason"), max_length=20, choices=Reason.choices)
    text = models.TextField(_("text"))
    state = models.CharField(
        _("state"), max_length=10, choices=State.choices, default=State.PENDING, db_index=True
    )
    attempt_id = models.UUIDField(null=True, blank=True, editable=False)
    attempts = models.PositiveIntegerField(_("attempts"), default=0)
    uncertain_attempts = models.PositiveIntegerField(
        _("attempts with unknown outcome"),
        default=0,
        help_text=_("Sends whose answer was lost; each may have posted the message."),
    )
    next_attempt_at = models.DateTimeField(_("next attempt"), default=timezone.now)
    lease_expires_at = models.DateTimeField(null=True, blank=True, editable=False)
    sent_at = models.DateTimeField(_("sent"), null=True, blank=True)
    message_id = models.BigIntegerField(_("message id"), null=True, blank=True)
    last_error = models.TextField(_("last error"), blank=True)
    created_at = models.DateTimeField(_("created"), default=timezone.now)

    class Meta:
        verbose_name = _("Telegram post")
        verbose_name_plural = _("Telegram posts")
        ordering = ["-created_at", "-pk"]
        constraints = [
            # One automatic post per article, whatever fires the publish signal twice.
            models.UniqueConstraint(
                fields=["page"],
                condition=Q(reason="first_publication"),
                name="one_first_publication_post_per_page",
            )
        ]
        indexes = [models.Index(fields=["state", "next_attempt_at"], name="telegrampost_due")]

    def __str__(self) -> str:
        return f"{self.get_reason_display()}: {self.page_id} -> {self.channel_id}"
