from __future__ import annotations

from datetime import date

from django.core.exceptions import ValidationError
from django.db import transaction
from django.urls import reverse
from django.utils import timezone

from accounts.tasks import send_email
from declarations.models import Declaration, PrivacyAttestation
from people.models import User


def check_dates(contact_on: date, resolved_on: date | None) -> None:
    today = timezone.localdate()
    if contact_on > today:
        raise ValidationError({"contact_on": "The date of the contact must be today or in the past."})
    if resolved_on and resolved_on < contact_on:
        raise ValidationError({"resolved_on": "The date you dealt with it must be on or after the contact."})
    if resolved_on and resolved_on > today:
        raise ValidationError({"resolved_on": "The date you dealt with it must be today or in the past."})


@transaction.atomic
def file_declaration(
    declarant: User,
    *,
    kind: str,
    medium: str,
    relationship: str,
    who: str,
    contact_on: date,
    what_happened: str,
    what_i_did: str,
    resolved_on: date | None = None,
) -> Declaration:
    """Recorded against the declarant's setting and sent to their line manager."""
    if declarant.setting is None:
        raise ValidationError("Your account has no setting; ask your manager to fix it.")
    check_dates(contact_on, resolved_on)
    declaration = Declaration(
        declarant=declarant,
        setting=declarant.setting,
        line_manager=declarant.line_manager,
        kind=kind,
        medium=medium,
        relationship=relationship,
        who=who.strip(),
        contact_on=contact_on,
        resolved_on=resolved_on,
        what_happened=what_happened.strip(),
        what_i_did=what_i_did.strip(),
        filed_at=timezone.now(),
    )
    declaration.full_clean()
    declaration.save()
    if declaration.line_manager and declaration.line_manager.email:
        # Says only that something is waiting: the details stay behind the sign-in.
        url = reverse("declarations:detail", args=[declaration.pk])
        transaction.on_commit(
            lambda: send_email.delay(
                "A declaration from your team",
                f"{declarant} has filed a safeguarding declaration for you to acknowledge: {url}",
                [declaration.line_manager.email],
            )
        )
    return declaration


@transaction.atomic
def acknowledge_declaration(declaration: Declaration, *, by: User, action: str) -> Declaration:
    declaration = Declaration.objects.select_for_update().get(pk=declaration.pk)
    if declaration.is_acknowledged:
        raise ValidationError("This declaration has already been acknowledged.")
    declaration.acknowledged_by = by
    declaration.acknowledged_at = timezone.now()
    declaration.manager_action = action.strip()
    declaration.save(update_fields=["acknowledged_by", "acknowledged_at", "manager_action"])
    return declaration


@transaction.atomic
def attest_privacy(employee: User, *, ticked: set[str], note: str = "") -> PrivacyAttestation:
    missing = set(PrivacyAttestation.CHECKLIST) - ticked
    if missing:
        raise ValidationError(
            {
                "checklist": "Tick every item. If you cannot yet, change the setting first "
                "or talk to your line manager."
            }
        )
    if employee.setting is None:
        raise ValidationError("Your account has no setting; ask your manager to fix it.")
    attestation = PrivacyAttestation(
        employee=employee,
        setting=employee.setting,
        line_manager=employee.line_manager,
        attested_at=timezone.now(),
        checklist={item: True for item in PrivacyAttestation.CHECKLIST},
        note=note.strip(),
    )
    attestation.full_clean()
    attestation.save()
    return attestation
