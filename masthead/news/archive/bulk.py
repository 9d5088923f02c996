"""Write generated articles into the page tree in bulk, valid for Wagtail and django-treebeard.

Saving pages one by one through `Page.add_child` costs several queries and a tree lock per
page; this module writes a batch of articles in a handful of statements instead:

1. `wagtailcore_page` rows with `Page.objects.bulk_create`: the materialized path of each new
   child is computed from its section's last child path (treebeard's `_get_path`), `depth`
   is the section's plus one, `url_path` is the section's plus the slug, and the rows carry
   everything a live page has (locale, translation key, content type, published dates, owner).
2. `news_articlepage` rows: Django's `bulk_create` refuses multi-table inheritance, so the
   child rows go through `QuerySet._insert` with the child model's own local fields — the
   same call `Model.save()` makes for the child table — in chunks the database accepts
   (`connection.ops.bulk_batch_size`, which respects SQLite's variable limit). Values are
   bound parameters prepared by each field (`get_db_prep_save`), never formatted into SQL.
3. `numchild` of each section grows by the number of new children (an `F()` update).
4. Bylines (`ArticleAuthor`) and tags (`ArticleTag`) with `bulk_create`.

Each batch is one transaction, so an interrupted run leaves a consistent tree. No signals are
sent: the search index is built afterwards by `rebuild_search_index`, and nothing else is
needed for Wagtail to route, list and render these pages.
"""

import datetime as dt
from collections import defaultdict
from collections.abc import Callable, Iterable
from types import SimpleNamespace

from django.contrib.auth import get_user_model
from django.contrib.contenttypes.models import ContentType
from django.db import connection, reset_queries, transaction
from django.db.models import F
from django.utils import timezone

from wagtail.models import Page

from taggit.models import Tag

from ..models import ArticleAuthor, ArticlePage, ArticleTag, Author
from .editions import Edition, ensure_editions
from .languages import get_language
from .writer import ArticleDraft, compose_batches

ARCHIVE_USERNAME = "archive-generator"
DEFAULT_EDITIONS = ("en", "ru", "hy", "az")

Progress = Callable[[int], object]


def get_archive_owner():
    """Return the inactive user that owns every generated page (how they are found again)."""
    user_model = get_user_model()
    owner, created = user_model._default_manager.get_or_create(
        **{user_model.USERNAME_FIELD: ARCHIVE_USERNAME}, defaults={"is_active": False}
    )
    if created:
        owner.set_unusable_password()
        owner.save(update_fields=["password"])
    return owner


def archive_pages():
    """Return a queryset of the generated pages."""
    return Page.objects.filter(owner__in=_owner_ids())


def _owner_ids() -> list[int]:
    user_model = get_user_model()
    return list(
        user_model._default_manager.filter(
            **{user_model.USERNAME_FIELD: ARCHIVE_USERNAME}
        ).values_list("pk", flat=True)
    )


def count_archive_articles() -> int:
    return archive_pages().count()


def _ensure_authors(edition: Edition) -> list[int]:
    """Return the ids of the edition's archive authors, creating them when missing."""
    language = get_language(edition.language_code)
    existing = dict(Author.objects.filter(locale=edition.locale).values_list("slug", "pk"))
    missing = [
        Author(name=name, slug=slug, locale=edition.locale, bio=language.author_bio)
        for name, slug in language.author_names()
        if slug not in existing
    ]
    Author.objects.bulk_create(missing)
    slugs = [slug for _, slug in language.author_names()]
    by_slug = dict(
        Author.objects.filter(locale=edition.locale, slug__in=slugs).values_list("slug", "pk")
    )
    return [by_slug[slug] for slug in slugs]


def _ensure_tags(names: Iterable[str]) -> dict[str, int]:
    """Return tag ids by lower-cased name, creating the tags that do not exist yet."""
    ids: dict[str, int] = {}
    for name in sorted(set(names)):
        tag = Tag.objects.filter(name__iexact=name).first()
        if tag is None:
            tag = Tag(name=name)
            tag.save()
        ids[name.lower()] = tag.pk
    return ids


class _SectionSlots:
    """The next free child position of each section, as treebeard numbers them."""

    def __init__(self, sections):
        self.next_step = {}
        for section in sections:
            last = (
                Page.objects.filter(path__startswith=section.path, depth=section.depth + 1)
                .order_by("-path")
                .values_list("path", flat=True)
                .first()
            )
            self.next_step[section.pk] = Page._str2int(last[-Page.steplen :]) + 1 if last else 1

    def take(self, section) -> str:
        step = self.next_step[section.pk]
        self.next_step[section.pk] = step + 1
        return Page._get_path(section.path, section.depth + 1, step)


def _free_slugs(drafts_by_section: dict) -> None:
    """Make every slug unique among its section's children (existing pages included)."""
    for section, drafts in drafts_by_section.items():
        taken = set(
            Page.objects.filter(
                path__startswith=section.path,
                depth=section.depth + 1,
                slug__in=[draft.slug for draft in drafts],
            ).values_list("slug", flat=True)
        )
        for draft in drafts:
            slug = draft.slug
            while slug in taken:
                slug = f"{slug}-x"
            draft.slug = slug
            taken.add(slug)


def _insert_child_rows(rows: list[SimpleNamespace]) -> None:
    """Insert `news_articlepage` rows: one attribute per local field, values as the field takes.

    The rows need not be model instances: the insert compiler reads each field's value with
    `field.pre_save()` and prepares it with `get_db_prep_save()` (the body goes in as its
    raw StreamField JSON), which saves building a full `ArticlePage` per row.
    """
    fields = ArticlePage._meta.local_concrete_fields
    missing = {field.attname for field in fields} - set(vars(rows[0])) if rows else set()
    if missing:
        raise ValueError(f"Article rows lack {sorted(missing)}")
    size = max(1, connection.ops.bulk_batch_size(fields, rows) or len(rows))
    for start in range(0, len(rows), size):
        ArticlePage._base_manager._insert(rows[start : start + size], fields=fields)


def _translation_key(draft: ArticleDraft, section, context: dict):
    """Share the story's key only where the section is a translation of the story's section."""
    if not draft.is_linked:
        return draft.own_key
    sibling_keys = context["sibling_keys"]
    if section.translation_key == sibling_keys[draft.section_slot % len(sibling_keys)]:
        return draft.story_key
    return draft.own_key


def _write_batch(drafts: list[ArticleDraft], context: dict) -> None:
    editions: dict[str, Edition] = context["editions"]
    by_section = defaultdict(list)
    for draft in drafts:
        edition = editions[draft.language_code]
        section = edition.sections[draft.section_slot % len(edition.sections)]
        draft.section = section
        by_section[section].append(draft)
    _free_slugs(by_section)

    pages = []
    for draft in drafts:
        section = draft.section
        pages.append(
            Page(
                title=draft.title,
                draft_title=draft.title,
                slug=draft.slug,
                content_type_id=context["content_type_id"],
                path=context["slots"].take(section),
                depth=section.depth + 1,
                numchild=0,
                url_path=f"{section.url_path}{draft.slug}/",
                locale_id=section.locale_id,
                translation_key=_translation_key(draft, section, context),
                live=True,
                has_unpublished_changes=False,
                first_published_at=draft.published_at,
                last_published_at=draft.updated_at or draft.published_at,
                owner_id=context["owner_id"],
            )
        )
    with transaction.atomic():
        Page.objects.bulk_create(pages)
        _insert_child_rows(
            [
                SimpleNamespace(
                    page_ptr_id=page.pk,
                    kicker=draft.kicker,
                    lead=draft.lead,
                    hero_image_id=None,
                    hero_caption="",
                    body=draft.body,
                    sign_off="",
                    published_at=draft.published_at,
                    updated_at=draft.updated_at,
                    is_live=False,
                )
                for page, draft in zip(pages, drafts, strict=True)
            ]
        )
        for section, section_drafts in by_section.items():
            Page.objects.filter(pk=section.pk).update(numchild=F("numchild") + len(section_drafts))
        bylines = []
        taggings = []
        for page, draft in zip(pages, drafts, strict=True):
            authors = context["authors"][draft.language_code]
            for order, pick in enumerate(draft.author_picks):
                bylines.append(
                    ArticleAuthor(
                        article_id=page.pk, author_id=authors[pick % len(authors)], sort_order=order
                    )
                )
            for name in draft.tags:
                taggings.append(
                    ArticleTag(content_object_id=page.pk, tag_id=context["tags"][name.lower()])
                )
        ArticleAuthor.objects.bulk_create(bylines)
        ArticleTag.objects.bulk_create(taggings)


def generate_archive(
    count: int,
    *,
    seed: int = 1,
    editions: Iterable[str] = DEFAULT_EDITIONS,
    batch_size: int = 2000,
    until: dt.datetime | None = None,
    years: int = 6,
    jobs: int = 1,
    progress: Progress | None = None,
) -> int:
    """Create `count` archive articles spread over the editions; return how many were made.

    Article number k of the archive (counting the ones already there) is the same for the
    same seed, editions and `until`, however the work is split into runs and batches.
    With `jobs` > 1, the text of the next batches is composed in worker processes while
    the current batch is written.
    """
    codes = list(editions)
    if count <= 0 or not codes:
        return 0
    until = until or timezone.now().replace(hour=0, minute=0, second=0, microsecond=0)
    edition_map = ensure_editions(codes)
    owner = get_archive_owner()
    start = count_archive_articles()
    sections = [section for edition in edition_map.values() for section in edition.sections]
    first = edition_map[codes[0]]
    context = {
        "editions": edition_map,
        "owner_id": owner.pk,
        "content_type_id": ContentType.objects.get_for_model(ArticlePage).pk,
        "slots": _SectionSlots(sections),
        "authors": {code: _ensure_authors(edition) for code, edition in edition_map.items()},
        "tags": _ensure_tags(name for code in codes for name in get_language(code).tags),
        # A draft linked to a story in the first edition keeps its translation key only when
        # its section is a translation of that story's section.
        "sibling_keys": [section.translation_key for section in first.sections],
    }
    made = 0
    ranges = [
        (first_number, min(first_number + batch_size, start + count))
        for first_number in range(start, start + count, batch_size)
    ]
    batches = compose_batches(ranges, seed=seed, codes=codes, until=until, years=years, jobs=jobs)
    for drafts in batches:
        _write_batch(drafts, context)
        reset_queries()  # with DEBUG on, Django would keep every batch's SQL in memory
        made += len(drafts)
        if progress:
            progress(len(drafts))
    return made


def ensure_archive(total: int, **options) -> int:
    """Generate only the articles missing to reach `total` archive articles; return how many."""
    return generate_archive(max(0, total - count_archive_articles()), **options)


def reset_archive(*, batch_size: int = 1000, progress: Progress | None = None) -> int:
    """Delete the generated pages (and only them); return how many were deleted.

    Deletion goes through the ORM with its signals, so search and reference index entries
    that were built for these pages go with them.
    """
    pks = list(archive_pages().order_by("pk").values_list("pk", flat=True))
    for start in range(0, len(pks), batch_size):
        chunk = pks[start : start + batch_size]
        with transaction.atomic():
            Page.objects.filter(pk__in=chunk).delete()
        if progress:
            progress(len(chunk))
    return len(pks)
