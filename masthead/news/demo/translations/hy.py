"""Demo translations (hy)."""

TRANSLATIONS: dict[str, dict] = {}
