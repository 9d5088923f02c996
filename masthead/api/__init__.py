"""The versioned content API for the publication's apps.

Imports masthead.core, masthead.i18n and masthead.news.
"""
