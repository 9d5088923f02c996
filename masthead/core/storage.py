"""Static files as production serves them: hashed, compressed, each address worked out once."""

from whitenoise.storage import CompressedManifestStaticFilesStorage


class StaticFilesStorage(CompressedManifestStaticFilesStorage):
    """WhiteNoise's manifest storage with every file's URL kept once computed.

    The manifest cannot change while the process runs, yet each `{% static %}` looked the
    hashed name up again (cleaning, unquoting, joining): four times on every page.
    """

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._urls: dict[str, str] = {}

    def url(self, name, force=False):
        if force:
            return super().url(name, force)
        found = self._urls.get(name)
        if found is None:
            found = super().url(name)
            if len(self._urls) < 4096:  # names come from templates, but stay bounded
                self._urls[name] = found
        return found
