import pytest


@pytest.mark.django_db
def test_reader_page_has_strict_policy_without_inline_scripts(client, newsroom):
    response = client.get(newsroom["articles"][0].url)
    policy = response["Content-Security-Policy"]
    assert "script-src 'self'" in policy
    assert "unsafe-inline" not in policy.split("script-src")[1].split(";")[0]
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "strict-origin-when-cross-origin"


@pytest.mark.django_db
def test_admin_gets_its_own_policy(admin_client):
    response = admin_client.get("/admin/")
    assert response.status_code == 200
    script_src = response["Content-Security-Policy"].split("script-src")[1].split(";")[0]
    assert "'unsafe-inline'" in script_src
