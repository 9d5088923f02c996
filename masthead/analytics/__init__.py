"""The views beacon, counters, most read and the editors' dashboard.

Imports masthead.core, masthead.i18n and masthead.news.
"""
