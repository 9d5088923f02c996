"""Locales, the language switcher, hreflang, localized dates and slug transliteration.

Imports only masthead.core.
"""
