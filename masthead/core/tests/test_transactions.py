from django.contrib.auth.models import Group
from django.db import connection
from django.http import HttpResponse
from django.test import RequestFactory

import pytest

from masthead.core.transactions import AtomicAdminWritesMiddleware


def writing_view(status):
    def view(request):
        Group.objects.create(name="written by the view")
        return HttpResponse(status=status)

    return view


@pytest.mark.django_db
def test_admin_post_that_fails_keeps_none_of_its_writes():
    AtomicAdminWritesMiddleware(writing_view(500))(RequestFactory().post("/admin/pages/3/edit/"))
    assert not Group.objects.filter(name="written by the view").exists()


@pytest.mark.django_db
def test_admin_post_that_succeeds_commits_its_writes():
    AtomicAdminWritesMiddleware(writing_view(302))(RequestFactory().post("/admin/pages/3/edit/"))
    assert Group.objects.filter(name="written by the view").exists()


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("method", "path", "extra_blocks"),
    [
        ("post", "/admin/pages/3/edit/", 1),
        ("get", "/admin/pages/3/edit/", 0),
        ("post", "/api/v1/views/1/", 0),
    ],
)
def test_only_admin_writes_get_a_transaction(method, path, extra_blocks):
    # pytest-django already wraps the test in a transaction: count the blocks added on top.
    baseline = len(connection.savepoint_ids)
    depth = {}

    def view(request):
        depth["inside"] = len(connection.savepoint_ids)
        return HttpResponse()

    AtomicAdminWritesMiddleware(view)(getattr(RequestFactory(), method)(path))
    assert depth["inside"] - baseline == extra_blocks
