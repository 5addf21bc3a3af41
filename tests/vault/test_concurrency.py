"""Deposits from several threads at once each get their own log index; the log never forks."""

from concurrent.futures import ThreadPoolExecutor

import pytest
from django.db import connection

from tests.vault.files import png
from vault import services
from vault.integrity import verify_vault

pytestmark = [pytest.mark.postgres, pytest.mark.django_db(transaction=True)]


def deposit_in_own_connection(seed: int) -> int:
    try:
        row = services.deposit(png(seed), filename="s.png", case_ref=f"INC-{seed:06d}", recorded_by="staff:1")
        return row.index
    finally:
        connection.close()


def test_concurrent_deposits_are_serialised(vault_env) -> None:
    if connection.vendor != "postgresql":
        # The in-memory test database shares one cache between threads and reports a locked
        # table at once instead of waiting, so only a real server shows the serialisation.
        pytest.skip("run with DATABASE_URL pointing at PostgreSQL")
    with ThreadPoolExecutor(max_workers=4) as pool:
        indexes = list(pool.map(deposit_in_own_connection, range(100, 112)))
    assert sorted(indexes) == list(range(12))
    assert verify_vault().ok
