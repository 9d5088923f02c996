"""Feeds, sitemaps, structured data, social cards and the Telegram poster.

Imports masthead.core, masthead.i18n and masthead.news.
"""
