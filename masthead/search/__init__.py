"""The search page, suggestions and per-language analysis.

Imports masthead.core, masthead.i18n and masthead.news.
"""
