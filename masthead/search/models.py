"""The search index (one row per live article) and the anonymous query log."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class SearchEntry(models.Model):
    """One live, public article as the search engines see it: pre-analysed terms.

    The full-text structures live beside this table and are created by migrations
    for the database in use: an FTS5 table kept in step by triggers on SQLite, a
    generated ``tsvector`` column with a GIN index on PostgreSQL.
    """

    page = models.OneToOneField(
        "wagtailcore.Page", primary_key=True, on_delete=models.CASCADE, related_name="+"
    )
    locale = models.ForeignKey("wagtailcore.Locale", on_delete=models.CASCADE, related_name="+")
    section = models.ForeignKey(
        "wagtailcore.Page", null=True, on_delete=models.SET_NULL, related_name="+"
    )
    published_at = models.DateTimeField()
    title = models.CharField(max_length=255)
    text = models.TextField()  # plain lead and body, for snippets
    title_terms = models.TextField()
    body_terms = models.TextField()
    title_words = models.TextField()  # folded, unstemmed: prefix suggestions
    scope = models.CharField(max_length=64)  # filter tokens: language and section

    class Meta:
        verbose_name = _("search index entry")
        verbose_name_plural = _("search index entries")
        indexes = [
            models.Index(fields=["locale", "-published_at"], name="search_entry_locale_date"),
        ]

    def __str__(self) -> str:
        return self.title


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
