"""A real task through a real Redis broker, run by a real Celery worker process."""

import os
import subprocess
import sys
import uuid
from pathlib import Path

import pytest
from django.conf import settings

from accounts.tasks import send_email
from esafety.celery import app
from tests.conftest import celery_through


@pytest.fixture
def worker(redis_url, tmp_path):
    queue = f"test-{uuid.uuid4().hex[:8]}"
    env = {
        **os.environ,
        "CELERY_BROKER_URL": redis_url,
        "CELERY_RESULT_BACKEND": redis_url,
        "EMAIL_BACKEND": "django.core.mail.backends.filebased.EmailBackend",
        "EMAIL_FILE_PATH": str(tmp_path),
    }
    env.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)
    process = subprocess.Popen(  # noqa: S603
        [
            sys.executable,
            "-m",
            "celery",
            "-A",
            "esafety",
            "worker",
            "--pool=solo",
            "-Q",
            queue,
            "--loglevel=WARNING",
        ],
        cwd=settings.BASE_DIR,
        env=env,
    )
    try:
        with celery_through(redis_url):
            yield queue, tmp_path
    finally:
        process.terminate()
        process.wait(timeout=30)


def test_email_task_runs_in_a_worker_through_redis(worker) -> None:
    queue, mail_dir = worker
    result = send_email.apply_async(
        args=["Safeguarding alert", "A comment needs your attention.", ["dsl@example.org"]], queue=queue
    )
    assert result.get(timeout=60) == 1
    sent = list(Path(mail_dir).glob("*.log"))
    assert len(sent) == 1
    assert "A comment needs your attention." in sent[0].read_text()


def test_without_a_broker_tasks_run_inline(settings) -> None:
    assert app.conf.task_always_eager is (not settings.CELERY_BROKER_URL)
    assert send_email.delay("Hello", "Body", ["a@example.org"]).get() == 1
