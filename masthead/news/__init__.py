"""HomePage, SectionPage, ArticlePage, authors, tags, listings and the next article.

Imports masthead.core and masthead.i18n.
"""
