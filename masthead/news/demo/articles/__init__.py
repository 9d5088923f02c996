"""The English demo articles, one data module per section."""

from . import analytics, economy, interviews, politics, world

ARTICLES = [
    *analytics.ARTICLES,
    *politics.ARTICLES,
    *economy.ARTICLES,
    *interviews.ARTICLES,
    *world.ARTICLES,
]
