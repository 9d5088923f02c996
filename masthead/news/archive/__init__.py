"""A synthetic multilingual archive for benchmarks: thousands of realistic articles, fast.

`generate_archive()` writes articles straight into the page tree in bulk (see `bulk.py` for
how the rows are made valid for Wagtail and django-treebeard); `writer.py` composes their text
from the word lists and inflection rules in `languages/`. Generated pages are owned by one
inactive user, `ARCHIVE_USERNAME`, which is how `reset_archive()` finds them again.
"""

from .bulk import (
    ARCHIVE_USERNAME,
    count_archive_articles,
    ensure_archive,
    generate_archive,
    reset_archive,
)
from .editions import ensure_editions

__all__ = [
    "ARCHIVE_USERNAME",
    "count_archive_articles",
    "ensure_archive",
    "ensure_editions",
    "generate_archive",
    "reset_archive",
]
