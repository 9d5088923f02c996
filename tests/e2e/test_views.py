"""The views beacon in a real browser: counted once, written into the article, CSP-clean."""

import pytest

from masthead.analytics.counters import get_counter, reset_counter


@pytest.fixture(autouse=True)
def fresh_counter():
    reset_counter()
    yield
    reset_counter()


def test_article_view_is_counted_once_and_shown(page, reader_site):
    article = reader_site["articles"][0]
    errors = []
    page.on("console", lambda message: message.type == "error" and errors.append(message.text))
    with page.expect_response(lambda r: "/api/v1/views/" in r.url) as answer:
        page.goto(article.url)
    assert answer.value.status == 200
    views = page.locator(f'article[data-page-id="{article.pk}"] [data-views]').first
    views.wait_for()
    page.wait_for_function(
        "el => el.textContent.trim() === '1'", arg=views.element_handle(), timeout=10_000
    )
    assert (
        page.locator(f'article[data-page-id="{article.pk}"]').first.get_attribute("data-viewed")
        is not None
    )
    # A reload is the same visitor: the count stays.
    with page.expect_response(lambda r: "/api/v1/views/" in r.url):
        page.reload()
    assert get_counter().get_total(article.pk) == 1
    assert not [e for e in errors if "Content Security Policy" in e], errors


def test_article_appended_by_continuous_reading_is_counted(page, reader_site):
    first, second = reader_site["articles"][:2]
    with page.expect_response(lambda r: "/api/v1/views/" in r.url):
        page.goto(first.url)
    with page.expect_response(lambda r: f"/api/v1/views/{second.pk}/" in r.url) as answer:
        page.evaluate(
            """id => {
                const el = document.createElement("article");
                el.dataset.pageId = String(id);
                el.innerHTML = '<p class="views">Views: <span data-views>0</span></p>';
                document.querySelector("main").append(el);
                document.dispatchEvent(
                    new CustomEvent("masthead:article-shown", {detail: {article: el}}));
                // Announced twice: still counted once.
                document.dispatchEvent(
                    new CustomEvent("masthead:article-shown", {detail: {article: el}}));
            }""",
            second.pk,
        )
    assert answer.value.json() == {"views": 1}
    page.wait_for_function(
        "id => document.querySelector(`main > article[data-page-id='${id}'] [data-views]`)"
        ".textContent === '1'",
        arg=second.pk,
    )
    assert get_counter().get_total(second.pk) == 1
