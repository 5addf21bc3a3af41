import os

from django.conf import settings
from django.urls import reverse

from tests.conftest import run_manage


def test_pages_send_a_strict_content_security_policy(client, db) -> None:
    response = client.get(reverse("accounts:sign_in"))
    policy = response["Content-Security-Policy"]
    assert "default-src 'self'" in policy
    assert "script-src 'self'" in policy
    assert "frame-ancestors 'none'" in policy
    assert "unsafe-inline" not in policy
    assert "unsafe-eval" not in policy


def test_other_security_headers(client, db) -> None:
    response = client.get(reverse("accounts:sign_in"))
    assert response["X-Frame-Options"] == "DENY"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "same-origin"
    assert response["Cross-Origin-Opener-Policy"] == "same-origin"


def test_signed_out_visitors_are_sent_to_sign_in(client, db) -> None:
    response = client.get(reverse("home"))
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("accounts:sign_in"))


def test_forms_without_csrf_token_are_refused(db) -> None:
    from django.test import Client

    strict = Client(enforce_csrf_checks=True)
    response = strict.post(reverse("accounts:sign_in"), {"username": "x", "password": "y"})
    assert response.status_code == 403


def test_oversized_form_post_is_refused(client, db) -> None:
    body = "username=" + "a" * (settings.DATA_UPLOAD_MAX_MEMORY_SIZE + 10)
    response = client.post(
        reverse("accounts:sign_in"), body, content_type="application/x-www-form-urlencoded"
    )
    assert response.status_code == 400


def production_env(**extra: str) -> dict:
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in {"DEBUG", "SECRET_KEY", "ALLOWED_HOSTS", "DJANGO_ALLOW_ASYNC_UNSAFE"}
    }
    env.update(ESAFETY_PRODUCTION="1", **extra)
    return env


def test_check_deploy_is_clean_under_production_settings() -> None:
    env = production_env(
        SECRET_KEY="x" * 20 + "production-secret-key-with-enough-entropy-9f8e7d",
        ALLOWED_HOSTS="esafety.example.org",
    )
    result = run_manage("check", "--deploy", "--fail-level", "WARNING", env=env)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


def test_production_refuses_to_start_without_a_secret_key() -> None:
    result = run_manage("check", env=production_env(ALLOWED_HOSTS="esafety.example.org"))
    assert result.returncode != 0
    assert "SECRET_KEY must be set" in result.stderr
