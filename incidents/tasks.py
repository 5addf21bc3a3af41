"""Periodic work: warn DSLs about LADO referral deadlines close to running out or past."""

from celery import shared_task

from incidents.services import raise_lado_alerts


@shared_task
def check_lado_clocks() -> int:
    return raise_lado_alerts()
