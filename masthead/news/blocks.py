"""StreamField blocks of an article body."""

import re

from django import forms
from django.core.exceptions import ValidationError
from django.utils.safestring import mark_safe
from django.utils.translation import gettext_lazy as _

from wagtail import blocks
from wagtail.images.blocks import ImageChooserBlock
from wagtail.rich_text import expand_db_html

YOUTUBE_ID = re.compile(
    r"^(?:https?://)?(?:www\.|m\.)?(?:youtube\.com/(?:watch\?(?:.*&)?v=|embed/|shorts/|live/)"
    r"|youtu\.be/)(?P<id>[A-Za-z0-9_-]{11})(?:[?&#].*)?$"
)


def find_youtube_id(url: str) -> str | None:
    """Return the video id of a YouTube address, or None when it is not one."""
    match = YOUTUBE_ID.match((url or "").strip())
    return match.group("id") if match else None


class ParagraphBlock(blocks.RichTextBlock):
    def __init__(self, **kwargs):
        kwargs.setdefault("features", ["bold", "italic", "link", "ol", "ul"])
        super().__init__(**kwargs)

    def render_basic(self, value, context=None):
        """Return the paragraph's HTML with its links expanded, as `|richtext` does.

        Without a block template and Wagtail's one-line richtext.html around it: an article
        has dozens of paragraphs, and two template renders each were a tenth of its render.
        """
        return mark_safe(expand_db_html(value.source))  # noqa: S308 - the editor's sanitised HTML

    class Meta:
        icon = "pilcrow"
        label = _("Paragraph")


class HeadingBlock(blocks.CharBlock):
    """A subheading inside the article; always h2 so heading levels never skip."""

    class Meta:
        icon = "title"
        label = _("Heading")
        template = "news/blocks/heading.html"


class QuoteBlock(blocks.StructBlock):
    quote = blocks.TextBlock(label=_("Quote"))
    attribution = blocks.CharBlock(
        label=_("Attribution"), required=False, help_text=_("Who said it, and in what role.")
    )

    class Meta:
        icon = "openquote"
        label = _("Quote")
        template = "news/blocks/quote.html"


class ImageBlock(blocks.StructBlock):
    image = ImageChooserBlock(label=_("Image"))
    caption = blocks.CharBlock(label=_("Caption"), required=False)
    credit = blocks.CharBlock(
        label=_("Credit"), required=False, help_text=_("Photographer or agency.")
    )

    class Meta:
        icon = "image"
        label = _("Image")
        template = "news/blocks/image.html"


class YouTubeURLBlock(blocks.URLBlock):
    def clean(self, value):
        value = super().clean(value)
        if not find_youtube_id(value):
            raise ValidationError(_("Enter the address of a YouTube video."))
        return value


class YouTubeBlock(blocks.StructBlock):
    """A YouTube video, embedded without an oEmbed call (no network at render time)."""

    url = YouTubeURLBlock(
        label=_("YouTube address"), help_text=_("For example https://www.youtube.com/watch?v=…")
    )
    caption = blocks.CharBlock(label=_("Caption"), required=False)

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context=parent_context)
        context["video_id"] = find_youtube_id(value["url"])
        return context

    class Meta:
        icon = "media"
        label = _("YouTube video")
        template = "news/blocks/youtube.html"


class EditorNoteBlock(blocks.StructBlock):
    label = blocks.CharBlock(
        label=_("Label"),
        default="P.S.",
        max_length=40,
        help_text=_("Shown before the note, such as “P.S.” or “Editor’s note”."),
    )
    text = blocks.RichTextBlock(label=_("Text"), features=["bold", "italic", "link"])

    class Meta:
        icon = "help"
        label = _("Editor’s note / P.S.")
        template = "news/blocks/editor_note.html"


class ArticleBodyBlock(blocks.StreamBlock):
    paragraph = ParagraphBlock()
    heading = HeadingBlock(form_classname="title", widget=forms.TextInput)
    quote = QuoteBlock()
    image = ImageBlock()
    youtube = YouTubeBlock()
    editor_note = EditorNoteBlock()
