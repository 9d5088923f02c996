"""Django's SQLite backend, with the conversion of each SQL text to SQLite's style done once.

Selected by the settings when DATABASE_URL is SQLite (the embedded default).
"""
