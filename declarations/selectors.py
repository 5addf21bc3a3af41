from __future__ import annotations

from datetime import timedelta

from django.db.models import Q, QuerySet
from django.utils import timezone

from declarations.models import Declaration, PrivacyAttestation
from people.models import Setting, User
from people.roles import Role
from people.selectors import staff_in

ATTESTATION_VALID_FOR = timedelta(days=365)


def visible_declarations(user: User) -> QuerySet[Declaration]:
    """The declarant, the line manager it went to, and the DSL of the setting; nobody else."""
    dsl_of = [s.pk for s in user.settings_for(Role.DSL)]
    return (
        Declaration.objects.filter(Q(declarant=user) | Q(line_manager=user) | Q(setting__in=dsl_of))
        .select_related("declarant", "setting", "line_manager", "acknowledged_by")
        .distinct()
    )


def visible_attestations(user: User) -> QuerySet[PrivacyAttestation]:
    dsl_of = [s.pk for s in user.settings_for(Role.DSL)]
    return (
        PrivacyAttestation.objects.filter(Q(employee=user) | Q(line_manager=user) | Q(setting__in=dsl_of))
        .select_related("employee", "setting")
        .distinct()
    )


def awaiting_acknowledgement(user: User) -> QuerySet[Declaration]:
    return visible_declarations(user).filter(acknowledged_at__isnull=True).exclude(declarant=user)


def latest_attestation(user: User) -> PrivacyAttestation | None:
    return PrivacyAttestation.objects.filter(employee=user).first()


def attestation_due(user: User) -> bool:
    latest = latest_attestation(user)
    return latest is None or latest.attested_at < timezone.now() - ATTESTATION_VALID_FOR


def unacknowledged_in(settings: list[Setting]) -> QuerySet[Declaration]:
    return Declaration.objects.filter(setting__in=settings, acknowledged_at__isnull=True)


def staff_without_current_attestation(setting: Setting) -> list[User]:
    since = timezone.now() - ATTESTATION_VALID_FOR
    current = set(
        PrivacyAttestation.objects.filter(setting=setting, attested_at__gte=since).values_list(
            "employee_id", flat=True
        )
    )
    return [p for p in staff_in(setting) if p.pk not in current]
