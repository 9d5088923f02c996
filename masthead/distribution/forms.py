"""Admin forms of the distribution app."""

from django import forms
from django.utils.translation import gettext_lazy as _

from wagtail.admin.forms import WagtailAdminModelForm

from .models import TelegramChannel


class TelegramChannelForm(WagtailAdminModelForm):
    """The bot token is never shown again; leaving it empty keeps the stored one."""

    bot_token = forms.CharField(
        label=_("bot token"),
        required=False,
        widget=forms.PasswordInput(render_value=False, attrs={"autocomplete": "off"}),
        help_text=_("The token BotFather gave the bot. Leave empty to keep the current token."),
    )

    class Meta:
        model = TelegramChannel
        fields = ["locale", "chat_id", "bot_token", "is_enabled", "active_since"]

    def clean_bot_token(self):
        token = self.cleaned_data.get("bot_token", "").strip()
        if token:
            return token
        if self.instance.pk and self.instance.bot_token:
            return self.instance.bot_token
        raise forms.ValidationError(_("Enter the bot token."))
