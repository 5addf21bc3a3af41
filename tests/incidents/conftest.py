import pytest

from tests.vault.conftest import vault_env  # noqa: F401  (the same temporary vault for incident tests)


@pytest.fixture(autouse=True)
def _vault(vault_env):  # noqa: F811
    return vault_env


@pytest.fixture(autouse=True)
def _forget_the_celery_result_backend():
    """Tasks run inline here still make Celery cache a result backend and a connection pool
    for the default broker; a later test that switches to a real broker would use those."""
    from esafety.celery import app

    yield
    app._local.__dict__.pop("backend", None)
    app._pool = None
    app.amqp._producer_pool = None
