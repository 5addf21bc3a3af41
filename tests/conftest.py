"""Shared fixtures. Under CI=true nothing may be skipped for want of PostgreSQL, Redis or Chromium."""

import os
import socket
import subprocess
import sys
import threading
import uuid
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from pathlib import Path

import pytest
from django.conf import settings
from django.db import connections
from django_otp import DEVICE_ID_SESSION_KEY

from people.models import Setting
from people.roles import Role
from tests import factories

# Playwright's synchronous API runs an event loop in the test thread; Django must allow ORM use there.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

IN_CI = os.environ.get("CI", "").lower() == "true"
CHROMIUM = Path(os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium"))
AXE_JS = Path(settings.BASE_DIR) / "node_modules" / "axe-core" / "axe.min.js"


def unavailable(reason: str) -> None:
    """Skip on a developer's machine; fail in CI, where every component must be present."""
    if IN_CI:
        pytest.fail(f"{reason} (required under CI=true)")
    pytest.skip(reason)


def run_manage(*args: str, env: dict, timeout: int = 300) -> subprocess.CompletedProcess:
    """Run a management command in a separate process, as a user or operator would."""
    return subprocess.run(  # noqa: S603
        [sys.executable, "manage.py", *args],
        cwd=settings.BASE_DIR,
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
    )


def port_open(host: str, port: int) -> bool:
    with socket.socket() as probe:
        probe.settimeout(1)
        return probe.connect_ex((host, port)) == 0


@pytest.fixture
def redis_url() -> str:
    if not port_open("127.0.0.1", 6379):
        unavailable("Redis is not running on 127.0.0.1:6379")
    return "redis://127.0.0.1:6379/14"


@pytest.fixture(autouse=True)
def _fast_hashing_and_clean_lockouts(settings):
    settings.PASSWORD_HASHERS = ["tests.hashers.CheapArgon2PasswordHasher"]
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"


@pytest.fixture
def setting(db) -> Setting:
    return factories.SettingFactory()


@pytest.fixture
def other_setting(db) -> Setting:
    return factories.SettingFactory()


@pytest.fixture
def group(setting):
    return factories.GroupFactory(setting=setting)


@pytest.fixture
def teacher(group):
    return factories.teacher_of(group)


@pytest.fixture
def a_pupil(group):
    return factories.pupil(group)


@pytest.fixture
def dsl(setting):
    return factories.staff(Role.DSL, setting)


def sign_in(client, user, *, verified: bool = True) -> None:
    """Sign a test client in; privileged people also pass the second factor unless told not to."""
    client.force_login(user)
    if verified and user.is_privileged:
        device = factories.authenticator_for(user)
        session = client.session
        session[DEVICE_ID_SESSION_KEY] = device.persistent_id
        session.save()


@pytest.fixture
def browser():
    if not CHROMIUM.exists():
        unavailable(f"Chromium is not installed at {CHROMIUM}")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(
            executable_path=str(CHROMIUM),
            headless=True,
            args=[
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
            ],
        )
        yield chromium
        chromium.close()
        # While Playwright runs, the test's database connections are kept per event loop, out of
        # reach of the test database's teardown: close them here, or PostgreSQL refuses to drop it.
        connections.close_all()


@pytest.fixture
def page(browser):
    context = browser.new_context()
    page = context.new_page()
    yield page
    context.close()


def axe_violations(page) -> list[dict]:
    """Serious and critical accessibility violations on the page, found by axe-core."""
    # A test waits for the page it clicked through to before it asks; this only makes sure the
    # page has finished loading. Evaluated through the DevTools protocol, so the page's
    # Content-Security-Policy stays on.
    page.wait_for_load_state()
    page.evaluate(AXE_JS.read_text())
    results = page.evaluate("async () => await axe.run(document, {resultTypes: ['violations']})")
    return [v for v in results["violations"] if v["impact"] in ("serious", "critical")]


@contextmanager
def _tasks_through(broker_url: str) -> Iterator[None]:
    """Send tasks through a real broker for the duration of a test.

    The first task run inline makes Celery cache a broker connection pool and a result backend
    for the embedded configuration; both are forgotten on the way in and out, or the task would
    go to the wrong broker and `result.get()` would find no backend.
    """
    from esafety.celery import app

    keys = ("broker_url", "result_backend", "task_always_eager")
    saved = {k: app.conf[k] for k in keys}

    def forget_backend() -> None:
        app._pool = None
        app.__dict__.pop("amqp", None)
        app._backend_cache = None
        app._local = threading.local()

    app.conf.update(broker_url=broker_url, result_backend=broker_url, task_always_eager=False)
    forget_backend()
    try:
        yield
    finally:
        app.conf.update(saved)
        forget_backend()


@pytest.fixture
def celery_worker(redis_url, tmp_path):
    """Start a real Celery worker process on Redis: `queue = celery_worker(**env_extras)`.

    Tasks sent with `apply_async(queue=queue)` run in that worker; the e-mails it sends are
    written as files into `tmp_path`. The worker is stopped at the end of the test.
    """
    with ExitStack() as stack:

        def start(**env_extras: str) -> str:
            queue = f"test-{uuid.uuid4().hex[:8]}"
            env = {
                **os.environ,
                "CELERY_BROKER_URL": redis_url,
                "CELERY_RESULT_BACKEND": redis_url,
                "EMAIL_BACKEND": "django.core.mail.backends.filebased.EmailBackend",
                "EMAIL_FILE_PATH": str(tmp_path),
                **env_extras,
            }
            env.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)
            command = [sys.executable, "-m", "celery", "-A", "esafety", "worker", "--pool=solo"]
            process = subprocess.Popen(  # noqa: S603
                [*command, "-Q", queue, "--loglevel=WARNING"], cwd=settings.BASE_DIR, env=env
            )
            stack.callback(process.wait, timeout=30)
            stack.callback(process.terminate)
            stack.enter_context(_tasks_through(redis_url))
            return queue

        yield start


def emails_written_to(mail_dir: Path) -> list[str]:
    """The messages a worker's file-based e-mail backend wrote into `mail_dir`."""
    return [path.read_text() for path in sorted(mail_dir.glob("*.log"))]
