# ruff: noqa: RUF001  (text in four alphabets: look-alike letters are meant)
"""Text helpers for the demo: HTML paragraphs and ASCII slugs from any of our alphabets."""

from django.utils.html import escape
from django.utils.text import slugify

from anyascii import anyascii

# Armenian letters whose common romanisation differs from anyascii's (ու is one vowel, "u").
ARMENIAN = {"ու": "u", "Ու": "U", "և": "ev", "ւ": "v", "ց": "ts", "չ": "ch", "ճ": "ch", "ղ": "gh"}


def transliterate(text: str) -> str:
    """Return an ASCII rendering of Cyrillic, Armenian or Azerbaijani Latin text."""
    for armenian, latin in ARMENIAN.items():
        text = text.replace(armenian, latin)
    return anyascii(text).replace("'", "")


def make_slug(title: str, max_length: int = 70) -> str:
    """Return a readable ASCII slug for a title, cut at a word boundary."""
    slug = slugify(transliterate(title))
    if len(slug) <= max_length:
        return slug
    return slug[:max_length].rsplit("-", 1)[0]


def as_html(text: str) -> str:
    """Return a plain-text paragraph as rich-text HTML."""
    return f"<p>{escape(text)}</p>"
