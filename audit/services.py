"""Writing audit rows. Every write goes through `record`, which extends the hash chain."""

from __future__ import annotations

from typing import Any

from django.db import models, transaction
from django.utils import timezone

from audit.context import current_actor
from audit.models import AuditEvent, ChainHead


def describe(obj: Any) -> tuple[str, str]:
    if obj is None:
        return "", ""
    if isinstance(obj, models.Model):
        return obj._meta.label_lower, str(obj.pk)
    return type(obj).__name__, str(obj)


def setting_of(obj: Any) -> int | None:
    """The setting a record belongs to, so a setting's own staff can review its audit rows."""
    for attribute in ("setting_id", "audit_setting_id"):
        value = getattr(obj, attribute, None)
        if isinstance(value, int):
            return value
    return None


def _acting_user() -> Any:
    user = current_actor().user
    return user if user is not None and getattr(user, "is_authenticated", False) else None


def record(action: str, obj: Any = None, *, user: Any = None, **detail: Any) -> AuditEvent:
    actor = current_actor()
    user = user or _acting_user()
    object_type, object_id = describe(obj)
    with transaction.atomic():
        head, _ = ChainHead.objects.select_for_update().get_or_create(pk=1)
        event = AuditEvent(
            seq=head.seq + 1,
            at=timezone.now(),
            actor=user,
            actor_label=user.get_username() if user else "",
            action=action,
            object_type=object_type,
            object_id=object_id,
            setting_id=setting_of(obj),
            ip_address=actor.ip_address,
            user_agent=actor.user_agent,
            detail=detail,
            prev_hash=head.hash,
        )
        event.hash = event.compute_hash()
        event.save()
        ChainHead.objects.filter(pk=1).update(seq=event.seq, hash=event.hash)
    return event


def record_view(obj: Any, *, user: Any = None, **detail: Any) -> AuditEvent:
    return record(AuditEvent.Action.VIEW, obj, user=user, **detail)


def record_export(obj: Any, *, user: Any = None, **detail: Any) -> AuditEvent:
    return record(AuditEvent.Action.EXPORT, obj, user=user, **detail)


def record_denied(action: str, obj: Any = None, *, user: Any = None) -> AuditEvent:
    return record(AuditEvent.Action.DENIED, obj, user=user, attempted=action)
