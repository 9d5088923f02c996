"""Demo content for `manage.py load_demo`: an original, fictional publication in four languages.

The content lives in data modules (sections, authors, tags, articles per section, translations
per language, site settings and ads); `loader.load_demo()` turns it into pages, snippets and
images, idempotently. Every text here was written for Masthead; places, institutions and people
are fictional.
"""
