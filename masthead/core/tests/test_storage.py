"""Production static storage: hashed names from the manifest, each looked up once."""

import json

import pytest
from whitenoise.storage import CompressedManifestStaticFilesStorage

from masthead.core.storage import StaticFilesStorage


@pytest.fixture
def manifest_dir(tmp_path):
    manifest = {"paths": {"core/site.css": "core/site.0123abcd.css"}, "version": "1.1"}
    (tmp_path / "staticfiles.json").write_text(json.dumps(manifest))
    return tmp_path


def test_urls_are_the_manifests_and_kept(manifest_dir, settings):
    settings.DEBUG = False
    storage = StaticFilesStorage(location=manifest_dir, base_url="/static/")
    stock = CompressedManifestStaticFilesStorage(location=manifest_dir, base_url="/static/")
    assert (
        storage.url("core/site.css")
        == stock.url("core/site.css")
        == ("/static/core/site.0123abcd.css")
    )
    storage.hashed_files.clear()  # kept: no second look at the manifest
    assert storage.url("core/site.css") == "/static/core/site.0123abcd.css"
    with pytest.raises(ValueError):
        storage.url("core/missing.css")  # strict, as WhiteNoise's
