"""Text helpers for the demo: HTML paragraphs and ASCII slugs from any of our alphabets."""

from django.utils.html import escape

from masthead.i18n.slugs import slugify_title


def make_slug(title: str, max_length: int = 70) -> str:
    """Return a readable ASCII slug for a title, cut at a word boundary."""
    return slugify_title(title, max_length=max_length)


def as_html(text: str) -> str:
    """Return a plain-text paragraph as rich-text HTML."""
    return f"<p>{escape(text)}</p>"
