"""The vault's two keys: the master key that wraps every object's key, and the log signing key.

Both come from the environment. In the embedded default (no environment) each is created once
under var/keys/ with owner-only permissions, so the demo works and restarts keep the same keys.
"""

from __future__ import annotations

import base64
import binascii
import os
from pathlib import Path

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured

from vault.checkpoint import SigningKey, generate_signing_key, parse_signing_key
from vault.crypto import MASTER_KEY_SIZE, generate_master_key


def master_key() -> bytes:
    encoded = settings.VAULT_MASTER_KEY or _embedded(
        "master.key", lambda: base64.b64encode(generate_master_key()).decode()
    )
    try:
        key = base64.b64decode(encoded, validate=True)
    except (binascii.Error, ValueError):
        key = b""
    if len(key) != MASTER_KEY_SIZE:
        raise ImproperlyConfigured("VAULT_MASTER_KEY must be the base64 encoding of 32 bytes")
    return key


def signing_key() -> SigningKey:
    encoded = settings.VAULT_SIGNING_KEY or _embedded(
        "signing.key", lambda: generate_signing_key(settings.VAULT_ORIGIN).encode()
    )
    return parse_signing_key(encoded.strip())


def origin() -> str:
    """The log's name; it is the signing key's name, so checkpoints always match their key."""
    return signing_key().name


def _embedded(filename: str, make: callable) -> str:
    if getattr(settings, "PRODUCTION", False):
        raise ImproperlyConfigured("Set VAULT_MASTER_KEY and VAULT_SIGNING_KEY in production")
    path = Path(settings.VAULT_KEY_DIR) / filename
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        try:
            descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        except FileExistsError:
            return path.read_text().strip()  # another process made it first: use theirs
        with os.fdopen(descriptor, "w") as handle:
            handle.write(make() + "\n")
    return path.read_text().strip()
