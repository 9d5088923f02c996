from collections import Counter

from django.db import connection

from masthead.search.indexing import rebuild_index
from masthead.search.models import SearchEntry

from .relevance import LABELLED_QUERIES, evaluate


def test_labelled_query_set_covers_every_edition():
    per_language = Counter(language for language, _query, _title in LABELLED_QUERIES)
    assert len(LABELLED_QUERIES) >= 60
    assert all(per_language[language] >= 15 for language in ("en", "ru", "hy", "az"))


def test_demo_content_is_found_by_the_labelled_queries(demo, db, capsys):
    # `manage.py load_demo` ran with the on-commit callbacks of its publishing executed, as a
    # commit would (masthead/news/tests/demo_site.py).
    indexed_by_publishing = SearchEntry.objects.count()
    assert indexed_by_publishing >= 60
    assert rebuild_index() == indexed_by_publishing  # publishing had already indexed all
    titles = set(SearchEntry.objects.values_list("title", flat=True))
    assert {title for _language, _query, title in LABELLED_QUERIES} <= titles

    recall, mrr, misses = evaluate()

    with capsys.disabled():
        print(
            f"\n[search relevance on {connection.vendor}] {len(LABELLED_QUERIES)} queries: "
            f"recall@10 = {recall:.3f}, MRR = {mrr:.3f}"
        )
        for miss in misses:
            print("  not first:", miss)
    assert recall >= 0.95
    assert mrr >= 0.8
