"""Reactions to other apps' events."""


def create_locales(sender, using="default", **kwargs) -> None:
    """Make sure every enabled language has a Locale once wagtailcore's tables exist."""
    if sender.label != "wagtailcore":
        return
    from .editions import ensure_locales

    ensure_locales()
