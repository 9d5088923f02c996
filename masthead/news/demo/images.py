"""Generated demo pictures: seeded gradient and geometric compositions, made with Pillow.

Each picture is looked up by its title in the demo collection before it is drawn, so running the
loader again reuses what exists; the same seed always draws the same picture.
"""

import colorsys
import hashlib
import random
from functools import cache
from io import BytesIO
from pathlib import Path

from django.core.files.images import ImageFile

from wagtail.images.models import Image
from wagtail.models import Collection

from PIL import Image as PILImage
from PIL import ImageDraw, ImageFont

from .text import make_slug

COLLECTION_NAME = "Masthead Daily demo"
HERO_SIZE = (1600, 900)
FIGURE_SIZE = (1200, 800)
PORTRAIT_SIZE = (400, 400)
LEADERBOARD_SIZE = (728, 90)
RECTANGLE_SIZE = (300, 250)

FONT_CANDIDATES = [
    "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",
    "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
    "/usr/share/fonts/dejavu/DejaVuSans-Bold.ttf",
    "/usr/share/fonts/TTF/DejaVuSans-Bold.ttf",
    "/Library/Fonts/Arial Unicode.ttf",
]


@cache
def get_font(size: int) -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
    """Return a font with Cyrillic, Armenian and Azerbaijani glyphs, or Pillow's own."""
    for candidate in FONT_CANDIDATES:
        if Path(candidate).exists():
            return ImageFont.truetype(candidate, size)
    return ImageFont.load_default(size)


def get_collection() -> Collection:
    """Return the collection holding the demo pictures, creating it under the root."""
    existing = Collection.objects.filter(name=COLLECTION_NAME).first()
    if existing:
        return existing
    return Collection.get_first_root_node().add_child(name=COLLECTION_NAME)


def make_palette(rng: random.Random) -> list[tuple[int, int, int]]:
    """Return three harmonious colours around a random hue."""
    hue = rng.random()
    colours = []
    for shift, lightness, saturation in ((0, 0.32, 0.55), (0.08, 0.5, 0.6), (0.5, 0.62, 0.5)):
        r, g, b = colorsys.hls_to_rgb((hue + shift) % 1, lightness, saturation)
        colours.append((int(r * 255), int(g * 255), int(b * 255)))
    return colours


def draw_gradient(size: tuple[int, int], start, end, angle: int) -> PILImage.Image:
    """Return a linear gradient from one colour to another."""
    mask = PILImage.linear_gradient("L").rotate(angle, expand=False).resize(size)
    return PILImage.composite(
        PILImage.new("RGB", size, end), PILImage.new("RGB", size, start), mask
    )


def draw_shapes(canvas: PILImage.Image, rng: random.Random, colour, count: int) -> None:
    """Scatter translucent circles, bands and triangles over the canvas."""
    width, height = canvas.size
    layer = PILImage.new("RGBA", canvas.size, (0, 0, 0, 0))
    draw = ImageDraw.Draw(layer)
    for _ in range(count):
        alpha = rng.randint(40, 110)
        fill = (*colour, alpha) if rng.random() < 0.6 else (255, 255, 255, alpha // 2)
        kind = rng.choice(("circle", "band", "triangle"))
        x, y = rng.randint(0, width), rng.randint(0, height)
        r = rng.randint(min(width, height) // 10, min(width, height) // 2)
        if kind == "circle":
            draw.ellipse((x - r, y - r, x + r, y + r), fill=fill)
        elif kind == "band":
            draw.polygon([(x - r, 0), (x, 0), (x + r, height), (x, height)], fill=fill)
        else:
            draw.polygon([(x, y - r), (x + r, y + r), (x - r, y + r)], fill=fill)
    canvas.paste(layer, (0, 0), layer)


def draw_label(canvas: PILImage.Image, lines: list[str], *, scale: float = 1.0) -> None:
    """Write a caption-like label in a dark band at the bottom left."""
    width, height = canvas.size
    big = get_font(max(12, int(height * 0.06 * scale)))
    small = get_font(max(10, int(height * 0.035 * scale)))
    draw = ImageDraw.Draw(canvas, "RGBA")
    margin = int(height * 0.05)
    boxes = [
        draw.textbbox((0, 0), line, font=big if i == 0 else small) for i, line in enumerate(lines)
    ]
    band_height = sum(b[3] - b[1] for b in boxes) + margin * (len(lines) + 1) // 2
    band_width = min(width, max(b[2] - b[0] for b in boxes) + margin * 2)
    top = height - band_height - margin
    draw.rectangle((0, top, band_width, top + band_height), fill=(10, 14, 22, 185))
    y = top + margin // 2
    for i, line in enumerate(lines):
        font = big if i == 0 else small
        draw.text((margin, y), line, font=font, fill=(255, 255, 255) if i == 0 else (220, 226, 235))
        y += boxes[i][3] - boxes[i][1] + margin // 2


def render_scene(seed: str, size: tuple[int, int], lines: list[str]) -> bytes:
    """Draw a composition for a seed, label it and return it as JPEG bytes."""
    rng = random.Random(seed)
    dark, mid, accent = make_palette(rng)
    canvas = draw_gradient(size, dark, mid, rng.choice((0, 45, 90, 135, 180)))
    draw_shapes(canvas, rng, accent, rng.randint(6, 12))
    if lines:
        draw_label(canvas, lines)
    return encode_jpeg(canvas)


def render_portrait(seed: str, colour: tuple[int, int, int], initials: str) -> bytes:
    """Draw a stylised portrait: a head and shoulders silhouette on a coloured ground."""
    rng = random.Random(seed)
    size = PORTRAIT_SIZE
    light = tuple(min(255, c + 90) for c in colour)
    canvas = draw_gradient(size, light, colour, rng.choice((0, 90, 135)))
    draw = ImageDraw.Draw(canvas, "RGBA")
    skin = rng.choice(((233, 196, 160), (204, 160, 120), (176, 128, 92), (241, 211, 182)))
    hair = rng.choice(((40, 30, 25), (90, 60, 40), (20, 20, 20), (150, 110, 70)))
    draw.ellipse((70, 270, 330, 560), fill=(*[max(0, c - 60) for c in colour], 255))
    draw.ellipse((130, 70, 270, 230), fill=hair)
    draw.ellipse((140, 95, 260, 245), fill=skin)
    draw.rectangle((180, 235, 220, 285), fill=skin)
    font = get_font(44)
    draw.text((size[0] - 24, size[1] - 24), initials, font=font, fill=(255, 255, 255), anchor="rs")
    return encode_jpeg(canvas)


def fit_font(draw: ImageDraw.ImageDraw, text: str, size: int, max_width: int):
    """Return the largest font, at most `size`, in which every line of `text` fits."""
    while size > 10:
        font = get_font(size)
        box = draw.multiline_textbbox((0, 0), text, font=font, spacing=6)
        if box[2] - box[0] <= max_width:
            return font
        size -= 2
    return get_font(size)


def render_creative(seed: str, size: tuple[int, int], headline: str, call: str) -> bytes:
    """Draw a house-ad creative: brand colours, a headline and a call to action."""
    rng = random.Random(seed)
    canvas = draw_gradient(size, (16, 42, 67), (176, 58, 46), rng.choice((0, 90)))
    draw_shapes(canvas, rng, (240, 180, 60), 5)
    draw = ImageDraw.Draw(canvas, "RGBA")
    width, height = size
    margin = 18
    gold = (255, 214, 120)
    if width > 2 * height:
        call_font = fit_font(draw, call, int(height * 0.22), width // 4)
        call_width = draw.textbbox((0, 0), call, font=call_font)[2]
        head_font = fit_font(draw, headline, int(height * 0.3), width - call_width - 3 * margin)
        draw.text((margin, height // 2), headline, font=head_font, fill="white", anchor="lm")
        draw.text((width - margin, height // 2), call, font=call_font, fill=gold, anchor="rm")
    else:
        head_font = fit_font(draw, headline, int(height * 0.11), width - 2 * margin)
        call_font = fit_font(draw, call, int(height * 0.08), width - 2 * margin)
        draw.multiline_text((margin, 24), headline, font=head_font, fill="white", spacing=6)
        draw.text((margin, height - 24), call, font=call_font, fill=gold, anchor="ls")
    return encode_jpeg(canvas)


def encode_jpeg(canvas: PILImage.Image) -> bytes:
    buffer = BytesIO()
    canvas.convert("RGB").save(buffer, format="JPEG", quality=82)
    return buffer.getvalue()


class ImageLibrary:
    """Find or create the demo's Wagtail images by title, in the demo collection."""

    def __init__(self):
        self.collection = get_collection()
        self.new_images: list[Image] = []
        self._known = {
            image.title: image for image in Image.objects.filter(collection=self.collection)
        }

    @property
    def created(self) -> int:
        return len(self.new_images)

    def get_or_create(self, title: str, draw, description: str) -> Image:
        """Return the image titled `title`, drawing it with `draw()` when missing."""
        if title in self._known:
            return self._known[title]
        data = draw()
        digest = hashlib.sha1(data, usedforsecurity=False).hexdigest()
        by_hash = Image.objects.filter(collection=self.collection, file_hash=digest).first()
        if by_hash:
            self._known[title] = by_hash
            return by_hash
        name = (make_slug(title, max_length=80) or "image") + ".jpg"
        image = Image(title=title, description=description, collection=self.collection)
        image.file = ImageFile(BytesIO(data), name=name)
        image._set_image_file_metadata()
        image.save()
        self.new_images.append(image)
        self._known[title] = image
        return image

    def hero(self, key: str, section: str, label: str) -> Image:
        return self.get_or_create(
            f"Demo hero: {key}",
            lambda: render_scene(f"hero:{key}", HERO_SIZE, [label, f"Masthead Daily · {section}"]),
            f"Illustration: {label}",
        )

    def figure(self, key: str, number: int, label: str) -> Image:
        return self.get_or_create(
            f"Demo figure {number}: {key}",
            lambda: render_scene(f"figure:{key}:{number}", FIGURE_SIZE, [label]),
            f"Illustration: {label}",
        )

    def portrait(self, slug: str, name: str, colour) -> Image:
        initials = "".join(part[0] for part in name.split()[:2]).upper()
        return self.get_or_create(
            f"Demo portrait: {name}",
            lambda: render_portrait(f"portrait:{slug}", colour, initials),
            f"Portrait of {name}",
        )

    def creative(self, key: str, size: tuple[int, int], headline: str, call: str) -> Image:
        return self.get_or_create(
            f"Demo ad {size[0]}x{size[1]}: {key}",
            lambda: render_creative(f"ad:{key}", size, headline, call),
            "{}: {}".format(headline.replace("\n", " "), call),
        )
