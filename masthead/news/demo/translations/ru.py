"""Demo translations (ru)."""

TRANSLATIONS: dict[str, dict] = {}
