"""The full-page cache and its invalidation.

Imports masthead.core, masthead.i18n and masthead.news.
"""
