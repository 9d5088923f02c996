"""The search index (one row per live article) and the anonymous query log."""

import datetime as dt
import math

from django.db import models
from django.utils.translation import gettext_lazy as _


class SearchEntry(models.Model):
    """One live, public article as the search engines see it: pre-analysed terms.

    The full-text structures live beside this table and are created by migrations
    for the database in use: FTS5 tables kept in step by triggers on SQLite,
    generated ``tsvector`` columns with GIN indexes on PostgreSQL.

    ``doc_key`` orders entries newest first (see :func:`document_key`): the FTS5
    tables use it as their rowid, so a full-text match can stop after the newest
    candidates instead of ranking every match in a 100,000-article archive.
    """

    page = models.OneToOneField(
        "wagtailcore.Page", primary_key=True, on_delete=models.CASCADE, related_name="+"
    )
    locale = models.ForeignKey("wagtailcore.Locale", on_delete=models.CASCADE, related_name="+")
    section = models.ForeignKey(
        "wagtailcore.Page", null=True, on_delete=models.SET_NULL, related_name="+"
    )
    published_at = models.DateTimeField()
    doc_key = models.BigIntegerField(unique=True)
    title = models.CharField(max_length=255)
    text = models.TextField()  # the start of the plain lead and body: snippets come from it
    title_terms = models.TextField()
    body_terms = models.TextField()
    title_words = models.TextField()  # folded, unstemmed: prefix suggestions
    scope = models.CharField(max_length=64)  # filter tokens: language and section

    class Meta:
        verbose_name = _("search index entry")
        verbose_name_plural = _("search index entries")
        indexes = [
            models.Index(fields=["locale", "-published_at"], name="search_entry_locale_date"),
            # Covers what a query reads of its candidates: SQLite then never reads
            # their rows, whose later columns sit behind the long text columns.
            models.Index(
                fields=["doc_key", "locale", "section", "published_at"],
                name="search_entry_key_cover",
            ),
        ]

    def __str__(self) -> str:
        return self.title


SNIPPET_TEXT_LENGTH = 5_000  # characters of an article's text kept for its snippets

# Seconds since 1970 shifted past every page id (Wagtail page ids are 32-bit):
# unique, ordered by publication time, then by page id. Fits 64 bits until 2106.
DOC_KEY_SHIFT = 2**31


def document_key(published_at: dt.datetime, page_id: int) -> int:
    """Return an entry's ``doc_key``: sorts like (published_at, page_id) to the second."""
    return math.floor(published_at.timestamp()) * DOC_KEY_SHIFT + page_id


def first_key_at(moment: dt.datetime) -> int:
    """Return the smallest ``doc_key`` of an entry published at or after ``moment``."""
    return math.floor(moment.timestamp()) * DOC_KEY_SHIFT


class SearchQueryCount(models.Model):
    """How many times a normalised query was searched in one edition on one day.

    Only aggregate counts are kept: no address, user agent, user or session.
    """

    language = models.CharField(max_length=8)
    counted_on = models.DateField()
    query = models.CharField(max_length=100)
    hits = models.PositiveIntegerField(default=0)

    class Meta:
        verbose_name = _("search query count")
        verbose_name_plural = _("search query counts")
        constraints = [
            models.UniqueConstraint(
                fields=["language", "counted_on", "query"], name="unique_search_query_per_day"
            )
        ]
        indexes = [models.Index(fields=["language", "counted_on"], name="search_query_lang_day")]

    def __str__(self) -> str:
        return self.query
