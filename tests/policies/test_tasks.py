"""Reminder e-mails: once per due person, inline and through a real Celery worker on Redis."""

import os

import pytest
from django.core import mail
from django.core.management import call_command
from django.db import connection

from people.roles import Role
from policies import selectors, services
from policies.models import Reminder
from policies.tasks import send_policy_reminders
from tests import factories
from tests.conftest import emails_written_to, unavailable
from tests.policies.factories import policy


def due_world(setting):
    conduct = policy(setting.council, "Code of conduct")
    policy(setting.council, "ICT acceptable use")
    late = [factories.staff(Role.TEACHER, setting) for _ in range(2)]
    compliant = factories.staff(Role.TEACHER, setting)
    for made in selectors.policies_for(compliant):
        services.acknowledge(compliant, selectors.current_version(made))
    factories.pupil(factories.GroupFactory(setting=setting))
    assert conduct
    return late, compliant


def test_one_email_per_due_person_and_not_again_too_soon(setting) -> None:
    late, compliant = due_world(setting)
    call_command("send_policy_reminders", stdout=open(os.devnull, "w"))  # noqa: SIM115
    assert sorted(m.to[0] for m in mail.outbox) == sorted(p.email for p in late)
    assert "ICT acceptable use" in mail.outbox[0].body and "Code of conduct" in mail.outbox[0].body
    assert services.send_reminders() == 0
    assert len(mail.outbox) == 2


def database_url_for_worker() -> str:
    """The worker must read the very database this test writes to."""
    db = connection.settings_dict
    if db["ENGINE"].endswith("postgresql"):
        user, host, port = db["USER"] or "postgres", db["HOST"] or "127.0.0.1", db["PORT"] or 5432
        return f"postgres://{user}@{host}:{port}/{db['NAME']}"
    if db["ENGINE"].endswith("sqlite3") and not connection.is_in_memory_db():
        return f"sqlite:///{db['NAME']}"
    unavailable("A Celery worker cannot see an in-memory SQLite test database (run on PostgreSQL)")
    return ""


@pytest.mark.redis
@pytest.mark.django_db(transaction=True)
def test_reminders_go_out_through_a_celery_worker_on_redis(setting, celery_worker, tmp_path) -> None:
    late, _ = due_world(setting)
    queue = celery_worker(DATABASE_URL=database_url_for_worker())
    assert send_policy_reminders.apply_async(queue=queue).get(timeout=60) == 2
    sent = "".join(emails_written_to(tmp_path))
    assert sorted(line.split(": ")[1] for line in sent.splitlines() if line.startswith("To: ")) == sorted(
        p.email for p in late
    )
    assert Reminder.objects.count() == 2
