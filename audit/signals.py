"""Every change to a record of the platform's own apps leaves an audit row."""

from typing import Any

from django.conf import settings
from django.contrib.auth.signals import user_logged_in, user_logged_out, user_login_failed
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from audit.models import AuditEvent
from audit.services import record


def is_audited(sender: Any) -> bool:
    return sender._meta.app_label in settings.AUDITED_APPS and sender is not AuditEvent


@receiver(post_save)
def record_save(
    sender: Any, instance: Any, created: bool, raw: bool = False, update_fields: Any = None, **kwargs: Any
) -> None:
    if raw or not is_audited(sender):
        return
    if created:
        record(AuditEvent.Action.CREATE, instance)
    else:
        fields = sorted(update_fields) if update_fields else []
        record(AuditEvent.Action.UPDATE, instance, fields=fields)


@receiver(post_delete)
def record_delete(sender: Any, instance: Any, **kwargs: Any) -> None:
    if is_audited(sender):
        record(AuditEvent.Action.DELETE, instance)


@receiver(user_logged_in)
def record_sign_in(sender: Any, request: Any, user: Any, **kwargs: Any) -> None:
    record(AuditEvent.Action.SIGN_IN, user, user=user)


@receiver(user_logged_out)
def record_sign_out(sender: Any, request: Any, user: Any, **kwargs: Any) -> None:
    if user is not None:
        record(AuditEvent.Action.SIGN_OUT, user, user=user)


@receiver(user_login_failed)
def record_failed_sign_in(sender: Any, credentials: dict, request: Any = None, **kwargs: Any) -> None:
    record(AuditEvent.Action.SIGN_IN_FAILED, None, username=str(credentials.get("username", ""))[:150])
