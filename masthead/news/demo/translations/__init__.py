"""Translations of the demo articles, keyed by language, then by the English article's slug.

Each entry holds the translated title, kicker, lead, hero caption and body; the body has the same
blocks as the English one (images are shared, matched by their order).
"""

from . import az, hy, ru

TRANSLATIONS = {"ru": ru.TRANSLATIONS, "hy": hy.TRANSLATIONS, "az": az.TRANSLATIONS}
