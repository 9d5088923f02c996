"""Share cards for articles without a main image: the title on the publication's design.

Cards are drawn with Pillow once per title and kept in the default storage; a new title
(or kicker, section, publication name) makes a new file under the same address.
"""

import hashlib
import io
import logging
from functools import lru_cache
from pathlib import Path

from django.conf import settings
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.urls import reverse

from PIL import Image, ImageDraw, ImageFont

from .notices import get_publication_name, get_site_settings

logger = logging.getLogger(__name__)

DESIGN_VERSION = "1"
RATIOS = {"16x9": (1200, 675), "4x3": (1200, 900), "1x1": (1200, 1200)}
BACKGROUND = (17, 24, 39)
ACCENT = (200, 16, 46)
TEXT = (255, 255, 255)
KICKER = (252, 129, 129)  # the accent, lightened to read well on the dark ground
FONT_CANDIDATES = [
    "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",
    "/usr/share/fonts/dejavu/DejaVuSans-Bold.ttf",
    "/usr/share/fonts/TTF/DejaVuSans-Bold.ttf",
    "/usr/local/share/fonts/DejaVuSans-Bold.ttf",
]


@lru_cache(maxsize=1)
def find_font_path() -> str | None:
    """Return a TrueType font with Latin, Cyrillic and Armenian letters, or None."""
    for candidate in [settings.MASTHEAD_SHARE_IMAGE_FONT, *FONT_CANDIDATES]:
        if candidate and Path(candidate).is_file():
            return candidate
    logger.warning("No DejaVu Sans Bold found: share images fall back to Pillow's Latin font")
    return None


@lru_cache(maxsize=32)
def get_font(size: int):
    path = find_font_path()
    if path:
        return ImageFont.truetype(path, size)
    return ImageFont.load_default(size)


def wrap(draw, text: str, font, width: int) -> list[str]:
    """Break text into lines no wider than ``width`` (a long word gets a line of its own)."""
    lines: list[str] = []
    line = ""
    for word in text.split():
        candidate = f"{line} {word}".strip()
        if not line or draw.textlength(candidate, font=font) <= width:
            line = candidate
        else:
            lines.append(line)
            line = word
    if line:
        lines.append(line)
    return lines


def fit_title(draw, title: str, width: int, height: int):
    """Return (font, lines) of the largest size that fits the box, ellipsised if it must."""
    for size in range(84, 35, -4):
        font = get_font(size)
        lines = wrap(draw, title, font, width)
        if len(lines) * size * 1.2 <= height:
            return font, size, lines
    font = get_font(36)
    lines = wrap(draw, title, font, width)
    most = max(int(height // (36 * 1.2)), 1)
    if len(lines) > most:
        lines = lines[:most]
        lines[-1] = lines[-1].rstrip(".,;: ") + "…"
    return font, 36, lines


def render_card(*, title: str, kicker: str, publication: str, ratio: str) -> bytes:
    """Draw a share card and return it as PNG bytes."""
    width, height = RATIOS[ratio]
    margin = 72
    image = Image.new("RGB", (width, height), BACKGROUND)
    draw = ImageDraw.Draw(image)
    draw.rectangle((0, 0, width, 14), fill=ACCENT)
    draw.text((margin, 56), publication, font=get_font(40), fill=TEXT)
    top = 140
    if kicker:
        draw.text((margin, top), kicker.upper(), font=get_font(30), fill=KICKER)
        top += 60
    bottom = height - 110
    font, size, lines = fit_title(draw, title, width - 2 * margin, bottom - top)
    for index, line in enumerate(lines):
        draw.text((margin, top + index * size * 1.2), line, font=font, fill=TEXT)
    draw.rectangle((margin, height - 72, margin + 120, height - 64), fill=ACCENT)
    buffer = io.BytesIO()
    image.save(buffer, format="PNG", optimize=True)
    return buffer.getvalue()


def get_card_fields(article, request=None) -> dict:
    from .queries import get_section_title, get_section_titles

    site_settings = get_site_settings(
        page=article, request=request, language_code=article.locale.language_code
    )
    kicker = article.kicker or _section_title(article)
    if not kicker:
        kicker = get_section_title(article, get_section_titles([article]))
    return {
        "title": article.title,
        "kicker": kicker,
        "publication": get_publication_name(site_settings),
    }


def _section_title(article) -> str:
    """Return the title of the section the router already loaded, or "" (then ask the tree)."""
    parent = getattr(article, "_cached_parent_obj", None)
    return getattr(parent, "title", "") if parent is not None and parent.depth > 2 else ""


def get_version(fields: dict, ratio: str) -> str:
    key = "\x1f".join([DESIGN_VERSION, ratio, *(fields[k] for k in sorted(fields))])
    return hashlib.sha256(key.encode()).hexdigest()[:12]


def get_share_image_url(article, ratio: str, fields: dict | None = None) -> str:
    """Return the card's stable address; ``?v=`` changes with the title so caches refresh."""
    fields = fields or get_card_fields(article)
    path = reverse("distribution:share_image", kwargs={"page_id": article.pk, "ratio": ratio})
    return f"{path}?v={get_version(fields, ratio)}"


def get_or_create_share_image(article, ratio: str) -> str:
    """Return the storage name of the article's current card, drawing it when the title changed."""
    fields = get_card_fields(article)
    folder = f"share-images/{article.pk}"
    name = f"{folder}/{ratio}-{get_version(fields, ratio)}.png"
    if not default_storage.exists(name):
        saved = default_storage.save(name, ContentFile(render_card(ratio=ratio, **fields)))
        if saved != name:  # another request drew it at the same moment
            default_storage.delete(saved)
        _delete_stale(folder, ratio, keep=name)
    return name


def get_or_create_logo(request) -> str:
    publication = get_publication_name(get_site_settings(request=request))
    digest = hashlib.sha256(f"{DESIGN_VERSION}\x1f{publication}".encode()).hexdigest()[:12]
    name = f"share-images/logo-{digest}.png"
    if not default_storage.exists(name):
        font = get_font(40)
        probe = ImageDraw.Draw(Image.new("RGB", (1, 1)))
        width = min(int(probe.textlength(publication, font=font)) + 24, 600)
        image = Image.new("RGB", (max(width, 60), 60), (255, 255, 255))
        ImageDraw.Draw(image).text((12, 6), publication, font=font, fill=BACKGROUND)
        buffer = io.BytesIO()
        image.save(buffer, format="PNG")
        saved = default_storage.save(name, ContentFile(buffer.getvalue()))
        if saved != name:
            default_storage.delete(saved)
    return name


def _delete_stale(folder: str, ratio: str, keep: str) -> None:
    try:
        _dirs, files = default_storage.listdir(folder)
    except (FileNotFoundError, NotImplementedError):
        return
    for file_name in files:
        path = f"{folder}/{file_name}"
        if file_name.startswith(f"{ratio}-") and path != keep:
            default_storage.delete(path)


def open_image(name: str):
    return default_storage.open(name, "rb")
