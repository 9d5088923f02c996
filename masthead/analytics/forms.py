"""The dashboard's period and edition filter."""

import datetime as dt

from django import forms
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wagtail.models import Locale

from .reports import days_filter, last_hours_filter

MAX_DAYS = 366


class Period(forms.Form):
    PERIODS = [
        ("24h", _("Last 24 hours")),
        ("7d", _("Last 7 days")),
        ("30d", _("Last 30 days")),
        ("custom", _("Dates below")),
    ]

    period = forms.ChoiceField(label=_("Period"), choices=PERIODS, initial="7d", required=False)
    start = forms.DateField(
        label=_("From"), required=False, widget=forms.DateInput(attrs={"type": "date"})
    )
    end = forms.DateField(
        label=_("To"), required=False, widget=forms.DateInput(attrs={"type": "date"})
    )
    locale = forms.ModelChoiceField(
        label=_("Edition"),
        queryset=Locale.objects.order_by("language_code"),
        required=False,
        empty_label=_("All editions"),
    )

    def clean(self):
        data = super().clean()
        if data.get("period") == "custom":
            start, end = data.get("start"), data.get("end")
            if not start or not end:
                raise forms.ValidationError(_("Choose both dates."))
            if start > end:
                raise forms.ValidationError(_("The first date is after the last."))
            if (end - start).days >= MAX_DAYS:
                raise forms.ValidationError(_("Choose at most %(days)s days.") % {"days": MAX_DAYS})
        return data

    def get_period(self) -> str:
        return (self.cleaned_data.get("period") if self.is_bound else None) or "7d"

    def get_days(self) -> tuple[dt.date, dt.date]:
        """Return the first and last day covered (for 24 hours: yesterday and today)."""
        today = timezone.localdate()
        period = self.get_period()
        if period == "custom":
            return self.cleaned_data["start"], self.cleaned_data["end"]
        length = {"24h": 2, "7d": 7, "30d": 30}[period]
        return today - dt.timedelta(days=length - 1), today

    def get_window(self) -> Q:
        if self.get_period() == "24h":
            return last_hours_filter(24)
        return days_filter(*self.get_days())

    def get_locale(self):
        return self.cleaned_data.get("locale") if self.is_bound else None
