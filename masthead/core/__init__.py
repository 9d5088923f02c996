"""Site-wide settings, base templates, theme and font-size controls, shared template tags.

The settings editors change in the admin: publication, social and app links, legal and reuse
notice. Imports no other Masthead app.
"""
