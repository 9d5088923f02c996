from wagtail.fields import RichTextField
from wagtail.models import Page


class SimplePage(Page):
    body = RichTextField(blank=True)
