from celery import shared_task

from policies.services import send_reminders


@shared_task
def send_policy_reminders() -> int:
    """Run by Celery beat; `manage.py send_policy_reminders` does the same on demand."""
    return send_reminders()
