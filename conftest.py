"""Fixtures shared by every app's tests."""

import pytest


@pytest.fixture
def newsroom(db):
    """A small English edition: home page, two sections, three articles each."""
    from masthead.news.tests.factories import build_newsroom

    return build_newsroom()
