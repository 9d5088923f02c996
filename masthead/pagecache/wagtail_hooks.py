"""File each served Wagtail page under its own tag, so that a purge finds all its addresses."""

from wagtail import hooks

from .policy import add_tags


@hooks.register("before_serve_page")
def tag_served_page(page, request, serve_args, serve_kwargs):
    add_tags(request, f"page:{page.pk}")
