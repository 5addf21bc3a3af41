"""Under CI=true the suite must really run on PostgreSQL, with Chromium and Redis present."""

import os

import pytest
from django.db import connection

from tests.conftest import CHROMIUM, IN_CI, port_open

pytestmark = pytest.mark.skipif(not IN_CI, reason="checks the CI machine only")


def test_database_is_postgresql(db) -> None:
    assert connection.vendor == "postgresql", os.environ.get("DATABASE_URL")


def test_chromium_and_redis_are_present() -> None:
    assert CHROMIUM.exists()
    assert port_open("127.0.0.1", 6379)
