"""Compose one synthetic article: title, lead, StreamField body, dates, bylines and tags.

Article number k depends only on (seed, editions, k, until, years): each article has its own
random generator, so the archive is the same however it is split into runs and batches.
Articles are grouped in stories of one article per edition; an article of a story is, more
often than not, a translation of the story's first one (same translation key, date and
section), the rest are stories of their own.
"""

import datetime as dt
import multiprocessing
import uuid
from collections import deque
from collections.abc import Iterator
from dataclasses import dataclass, field
from itertools import islice
from random import Random

from django.utils.text import slugify

from anyascii import anyascii

from .languages import get_language

TRANSLATED_SHARE = 0.6


@dataclass
class ArticleDraft:
    language_code: str
    section_slot: int
    title: str
    slug: str
    kicker: str
    lead: str
    body: list[dict]
    published_at: dt.datetime
    updated_at: dt.datetime | None
    author_picks: list[int]
    tags: list[str]
    is_linked: bool
    story_key: uuid.UUID
    own_key: uuid.UUID
    section: object = field(default=None, repr=False)


class ArticleRandom(Random):
    """A seeded generator whose `choice` costs one call to `random()` (the hot path)."""

    def choice(self, seq):
        return seq[int(self.random() * len(seq))]

    def randrange(self, start, stop=None):
        if stop is None:
            start, stop = 0, start
        return start + int(self.random() * (stop - start))

    def randint(self, a, b):
        return a + int(self.random() * (b - a + 1))


def _uuid(rng: Random) -> uuid.UUID:
    return uuid.UUID(int=rng.getrandbits(128), version=4)


def _block_id(rng: Random) -> str:
    digits = f"{rng.getrandbits(128):032x}"
    return f"{digits[:8]}-{digits[8:12]}-{digits[12:16]}-{digits[16:20]}-{digits[20:]}"


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def make_slug(title: str, number: int) -> str:
    """Return an ASCII slug of the title's first words, ending in the article's number."""
    base = (
        slugify(anyascii(title))[:60].rsplit("-", 1)[0]
        if len(title) > 60
        else slugify(anyascii(title))
    )
    return f"{base or 'article'}-{number}"


def _body(language, rng: Random) -> list[dict]:
    target = rng.randint(300, 600)
    words = 0
    blocks: list[dict] = []
    quote_at = rng.randint(2, 5) if rng.random() < 0.5 else -1
    paragraphs = 0
    while words < target:
        if paragraphs >= 2 and blocks[-1]["type"] == "paragraph" and rng.random() < 0.25:
            heading = language.heading(rng)
            blocks.append({"type": "heading", "value": heading, "id": _block_id(rng)})
            words += heading.count(" ") + 1
        if paragraphs == quote_at:
            text, attribution = language.quote(rng)
            blocks.append(
                {
                    "type": "quote",
                    "value": {"quote": text, "attribution": attribution},
                    "id": _block_id(rng),
                }
            )
            words += text.count(" ") + 1
        sentences = [language.sentence(rng) for _ in range(rng.randint(2, 5))]
        text = " ".join(sentences)
        words += text.count(" ") + 1
        blocks.append(
            {"type": "paragraph", "value": f"<p>{_escape(text)}</p>", "id": _block_id(rng)}
        )
        paragraphs += 1
    return blocks


def compose_article(
    number: int, *, seed: int, codes: list[str], until: dt.datetime, years: int
) -> ArticleDraft:
    """Return article number `number` of the archive."""
    editions_key = ",".join(codes)
    story, position = divmod(number, len(codes))
    story_rng = ArticleRandom(f"{seed}/{editions_key}/story/{story}")
    story_key = _uuid(story_rng)
    story_slot = story_rng.randrange(1_000_000)
    span = dt.timedelta(days=365 * years).total_seconds()
    # Denser in recent years, as real archives are.
    story_at = until - dt.timedelta(seconds=int(span * story_rng.random() ** 1.5) + 1)

    rng = ArticleRandom(f"{seed}/{editions_key}/article/{number}")
    own_key = _uuid(rng)
    is_linked = position == 0 or rng.random() < TRANSLATED_SHARE
    if is_linked:
        slot, published_at = story_slot, story_at
    else:
        slot = rng.randrange(1_000_000)
        published_at = until - dt.timedelta(seconds=int(span * rng.random() ** 1.5) + 1)
    if not is_linked or position:
        # A translation appears a little after the original.
        published_at = min(published_at + dt.timedelta(minutes=rng.randint(5, 240)), until)

    language = get_language(codes[position])
    title = language.title(rng)
    lead = " ".join(language.sentence(rng) for _ in range(rng.randint(1, 2)))
    updated_at = None
    if rng.random() < 0.1:
        updated_at = min(published_at + dt.timedelta(minutes=rng.randint(30, 3000)), until)
    return ArticleDraft(
        language_code=codes[position],
        section_slot=slot,
        title=title,
        slug=make_slug(title, number + 1),
        kicker=language.kicker(rng) if rng.random() < 0.25 else "",
        lead=lead,
        body=_body(language, rng),
        published_at=published_at,
        updated_at=updated_at,
        author_picks=rng.sample(range(24), 2 if rng.random() < 0.2 else 1),
        tags=rng.sample(language.tags, rng.randint(1, 4)),
        is_linked=is_linked,
        story_key=story_key,
        own_key=own_key,
    )


def _compose_range(bounds: tuple[int, int], options: dict) -> list[ArticleDraft]:
    return [compose_article(number, **options) for number in range(*bounds)]


def compose_batches(
    ranges: list[tuple[int, int]],
    *,
    seed: int,
    codes: list[str],
    until: dt.datetime,
    years: int,
    jobs: int = 1,
) -> Iterator[list[ArticleDraft]]:
    """Yield the drafts of each (start, end) range of article numbers, in order.

    With `jobs` > 1, `jobs - 1` forked worker processes compose the next batches while the
    caller writes the current one (composing is pure CPU work and touches no database).
    """
    options = {"seed": seed, "codes": codes, "until": until, "years": years}
    if jobs <= 1 or len(ranges) < 2:
        for bounds in ranges:
            yield _compose_range(bounds, options)
        return
    workers = jobs - 1
    with multiprocessing.get_context("fork").Pool(workers) as pool:
        waiting = iter(ranges)
        pending = deque(
            pool.apply_async(_compose_range, (bounds, options))
            for bounds in islice(waiting, workers * 2)
        )
        while pending:
            drafts = pending.popleft().get()
            for bounds in waiting:
                pending.append(pool.apply_async(_compose_range, (bounds, options)))
                break
            yield drafts
