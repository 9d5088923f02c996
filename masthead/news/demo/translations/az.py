"""Demo translations (az)."""

TRANSLATIONS: dict[str, dict] = {}
