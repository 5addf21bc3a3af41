"""The README's first command: a fresh SQLite database, migrated and loaded with demo data."""

import os

from tests.conftest import run_manage


def test_demo_loads_on_a_fresh_sqlite_database(tmp_path) -> None:
    env = {k: v for k, v in os.environ.items() if k != "DATABASE_URL"}
    env["ESAFETY_VAR_DIR"] = str(tmp_path)
    assert run_manage("migrate", "--noinput", env=env).returncode == 0
    loaded = run_manage("load_demo", env=env)
    assert loaded.returncode == 0, loaded.stderr
    assert (tmp_path / "esafety.sqlite3").exists()
    for login in ("teacher", "dsl", "lado", "hr", "admin", "head", "amara.b"):
        assert login in loaded.stdout
    assert "recovery codes" in loaded.stdout
    assert "Learning demo loaded" in loaded.stdout
    assert "Staff demo data loaded" in loaded.stdout
    again = run_manage("load_demo", "--if-empty", env=env)
    assert again.returncode == 0
    assert "already loaded" in again.stdout
    verified = run_manage("verify_audit", env=env)
    assert "Audit chain intact" in verified.stdout
