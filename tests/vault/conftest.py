"""Vault fixtures: evidence goes to a temporary directory under fresh keys, never to var/."""

import base64

import pytest

from vault.checkpoint import generate_signing_key
from vault.crypto import generate_master_key


@pytest.fixture
def vault_env(settings, tmp_path):
    settings.STORAGES = {
        **settings.STORAGES,
        "default": {
            "BACKEND": "django.core.files.storage.FileSystemStorage",
            "OPTIONS": {"location": str(tmp_path / "media")},
        },
    }
    settings.VAULT_MASTER_KEY = base64.b64encode(generate_master_key()).decode()
    settings.VAULT_SIGNING_KEY = generate_signing_key("test.esafety.invalid/vault").encode()
    settings.VAULT_KEY_DIR = tmp_path / "keys"
    return tmp_path / "media"
