"""News pages and the snippets they use; import from here, not from the modules."""

from .article import ArticlePage, ArticleTag
from .authors import ArticleAuthor, Author
from .home import HomePage
from .section import SectionPage

__all__ = ["ArticleAuthor", "ArticlePage", "ArticleTag", "Author", "HomePage", "SectionPage"]
