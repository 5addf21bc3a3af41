import pytest

from tests.vault.conftest import vault_env  # noqa: F401  (the same temporary vault for incident tests)


@pytest.fixture(autouse=True)
def _vault(vault_env):  # noqa: F811
    return vault_env
