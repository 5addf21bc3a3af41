"""A real task through a real Redis broker, run by a real Celery worker process."""

from accounts.tasks import send_email
from esafety.celery import app
from tests.conftest import emails_written_to


def test_email_task_runs_in_a_worker_through_redis(celery_worker, tmp_path) -> None:
    queue = celery_worker()
    result = send_email.apply_async(
        args=["Safeguarding alert", "A comment needs your attention.", ["dsl@example.org"]], queue=queue
    )
    assert result.get(timeout=60) == 1
    sent = emails_written_to(tmp_path)
    assert len(sent) == 1
    assert "A comment needs your attention." in sent[0]


def test_without_a_broker_tasks_run_inline(settings) -> None:
    assert app.conf.task_always_eager is (not settings.CELERY_BROKER_URL)
    assert send_email.delay("Hello", "Body", ["a@example.org"]).get() == 1
