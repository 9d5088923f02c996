"""Masthead: a multilingual news and analytics publication, end to end."""
