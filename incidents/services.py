"""Writes for incidents, investigations and allegations. Views, the API and tasks call these.

Every function that writes is atomic: evidence that goes into the vault and the case records
that point at it are committed together or not at all.
"""

from __future__ import annotations

import json
from datetime import date, datetime
from typing import Any

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.dateparse import parse_datetime

from accounts.tasks import send_email
from incidents import clock, retention
from incidents.models import (
    Alert,
    AllegationAccess,
    AllegationCase,
    CaseAction,
    CaseNote,
    EvidenceItem,
    Incident,
    RetentionDecision,
    StatusChange,
)
from people.models import Setting, User
from people.roles import Role
from vault import services as vault

Status = Incident.Status

REPORT_FIELDS = (
    "occurred_from",
    "occurred_to",
    "channel",
    "message_content",
    "sender_identity",
    "page_url",
    "target",
    "target_description",
    "pupil",
    "child_date_of_birth",
    "alleges_staff_harm",
    "accused_staff",
)


def recorded_by(user: User) -> str:
    """How a member of staff is named in the log: a stable id, not their name."""
    return f"staff:{user.pk}"


# --------------------------------------------------------------------------- reports


@transaction.atomic
def save_draft(
    *, reporter: User, setting: Setting, fields: dict[str, Any], incident: Incident | None = None
) -> Incident:
    """Create or update a draft; only the reporter's own draft can be changed."""
    if incident is None:
        incident = Incident(reporter=reporter, setting=setting)
    elif incident.status != Status.DRAFT or incident.reporter_id != reporter.pk:
        raise ValidationError("Only your own draft can be changed.")
    for name in REPORT_FIELDS:
        if name in fields:
            setattr(incident, name, fields[name])
    _check_report_consistency(incident)
    incident.save()
    return incident


def _check_report_consistency(incident: Incident) -> None:
    errors = {}
    if incident.occurred_from and incident.occurred_to and incident.occurred_to < incident.occurred_from:
        errors["occurred_to"] = "The end of the period must be after its start."
    if incident.occurred_from and incident.occurred_from > timezone.now():
        errors["occurred_from"] = "The date and time it happened must be in the past."
    if incident.alleges_staff_harm and incident.accused_staff_id == incident.reporter_id:
        errors["accused_staff"] = "You cannot report an allegation about yourself here; speak to the DSL."
    if incident.accused_staff and incident.accused_staff.setting_id != incident.setting_id:
        errors["accused_staff"] = "Choose a member of staff of this setting."
    if incident.pupil and incident.pupil.setting_id != incident.setting_id:
        errors["pupil"] = "Choose a pupil of this setting."
    if errors:
        raise ValidationError(errors)


def _check_complete(incident: Incident) -> None:
    errors = {}
    if not incident.occurred_from:
        errors["occurred_from"] = "Enter when it happened, or when it started."
    if not incident.channel:
        errors["channel"] = "Select how the messages were sent."
    if not incident.message_content.strip() and not incident.evidence.exists():
        errors["message_content"] = "Enter what the messages said, or add a screenshot or file."
    if not incident.target:
        errors["target"] = "Select who was targeted."
    if incident.alleges_staff_harm and not incident.accused_staff_id:
        errors["accused_staff"] = "Select the member of staff the allegation is about."
    if errors:
        raise ValidationError(errors)


@transaction.atomic
def submit_report(incident: Incident, *, by: User) -> Incident:
    """Timestamp the report on the server, seal the statement into the vault, open any allegation."""
    incident = Incident.objects.select_for_update().get(pk=incident.pk)
    if incident.status != Status.DRAFT or incident.reporter_id != by.pk:
        raise ValidationError("This report has already been submitted.")
    _check_complete(incident)
    now = timezone.now()
    incident.status = Status.REPORTED
    incident.submitted_at = now
    incident.retention_review_on = _incident_review_date(incident)
    incident.save()
    _deposit_document(
        incident, statement_document(incident), "statement.json", EvidenceItem.Kind.STATEMENT, by
    )
    StatusChange.objects.create(
        incident=incident, from_status=Status.DRAFT, to_status=Status.REPORTED, by=by, at=now
    )
    if incident.alleges_staff_harm:
        open_allegation(
            setting=incident.setting,
            about_staff=incident.accused_staff,
            summary=incident.message_content or "See the incident report.",
            raised_by=by,
            source=AllegationCase.Source.INCIDENT,
            incident=incident,
        )
    _tell_dsls(incident.setting, f"A new incident report {incident.reference} is waiting for triage.")
    return incident


def statement_document(incident: Incident) -> bytes:
    """The report as submitted, as readable JSON: the statement sealed into the vault."""
    record = {
        "reference": incident.reference,
        "setting": incident.setting.name,
        "reported_by": incident.reporter.get_username(),
        "submitted_at": incident.submitted_at.isoformat() if incident.submitted_at else None,
        "occurred_from": incident.occurred_from.isoformat() if incident.occurred_from else None,
        "occurred_to": incident.occurred_to.isoformat() if incident.occurred_to else None,
        "channel": incident.get_channel_display(),
        "message_content": incident.message_content,
        "sender_identity": incident.sender_identity,
        "page_url": incident.page_url,
        "target": incident.get_target_display(),
        "target_description": incident.target_description,
        "pupil": incident.pupil.get_username() if incident.pupil else None,
        "alleges_staff_harm": incident.alleges_staff_harm,
        "accused_staff": incident.accused_staff.get_username() if incident.accused_staff else None,
    }
    return json.dumps(record, indent=2, ensure_ascii=False, sort_keys=True).encode("utf-8") + b"\n"


@transaction.atomic
def add_evidence(incident: Incident, *, data: bytes, filename: str, by: User) -> EvidenceItem:
    """Seal a file into the vault and link it to the case (once, however often it is sent)."""
    if incident.status == Status.CLOSED:
        raise ValidationError("This case is closed; evidence can no longer be added.")
    return _deposit_document(incident, data, filename, EvidenceItem.Kind.FILE, by)


def _deposit_document(incident: Incident, data: bytes, filename: str, kind: str, by: User) -> EvidenceItem:
    try:
        entry = vault.deposit(
            data, filename=filename, case_ref=incident.reference, recorded_by=recorded_by(by)
        )
    except vault.EvidenceRefused as refusal:
        raise ValidationError({"evidence": str(refusal)}) from None
    item, _ = EvidenceItem.objects.get_or_create(
        incident=incident,
        log_entry=entry,
        defaults={"kind": kind, "original_name": filename[:255], "added_by": by, "added_at": timezone.now()},
    )
    return item


@transaction.atomic
def create_incident_from_comment(
    *, comment_text: str, context: dict, pupil: User, setting: Setting, escalated_by: User, reason: str
) -> Incident:
    """A learning-platform comment escalated by staff becomes a reported cyber-bullying incident.

    `pupil` is the pupil the incident concerns; the comment and its context (task title, comment
    time, author username, class, screening verdict) are sealed into the vault as one JSON file.
    """
    now = timezone.now()
    incident = Incident.objects.create(
        setting=setting,
        reporter=escalated_by,
        status=Status.REPORTED,
        occurred_from=_moment(context.get("comment_time") or context.get("comment time")) or now,
        channel=Incident.Channel.LEARNING_PLATFORM,
        message_content=comment_text,
        sender_identity=f"Learning platform account {context.get('author_username', '')}".strip(),
        target=Incident.Target.PUPIL,
        target_description=reason[:300],
        pupil=pupil,
        submitted_at=now,
    )
    incident.retention_review_on = _incident_review_date(incident)
    incident.save(update_fields=["retention_review_on"])
    document = {
        "comment": comment_text,
        "context": context,
        "reason": reason,
        "escalated_by": escalated_by.get_username(),
        "escalated_at": now.isoformat(),
    }
    data = json.dumps(document, indent=2, ensure_ascii=False, sort_keys=True, default=str).encode() + b"\n"
    _deposit_document(incident, data, "comment.json", EvidenceItem.Kind.COMMENT, escalated_by)
    StatusChange.objects.create(
        incident=incident,
        from_status=Status.DRAFT,
        to_status=Status.REPORTED,
        by=escalated_by,
        at=now,
        reason=f"Escalated from the learning platform: {reason}",
    )
    _tell_dsls(setting, f"A comment on the learning platform was escalated as incident {incident.reference}.")
    return incident


def _moment(value: Any) -> datetime | None:
    if isinstance(value, datetime):
        return value if timezone.is_aware(value) else timezone.make_aware(value)
    if isinstance(value, str):
        parsed = parse_datetime(value)
        if parsed is not None:
            return parsed if timezone.is_aware(parsed) else timezone.make_aware(parsed)
    return None


def _incident_review_date(incident: Incident) -> date:
    reported_on = timezone.localdate(incident.submitted_at or timezone.now())
    if incident.case_type == "staff_complaint":
        closed = timezone.localdate(incident.closed_at) if incident.closed_at else reported_on
        return retention.staff_complaint_review(closed)
    if incident.case_type == "allegation_against_staff":
        return retention.allegation_review(None, reported_on)
    return retention.child_record_review(incident.child_date_of_birth, reported_on)


# --------------------------------------------------------------------------- investigation


@transaction.atomic
def move_case(
    incident: Incident, to_status: str, *, by: User, reason: str = "", outcome: str = ""
) -> Incident:
    """Move a case along its workflow; the caller has checked `incidents.move_case`."""
    from incidents.rules import TRANSITIONS

    incident = Incident.objects.select_for_update().get(pk=incident.pk)
    if to_status not in TRANSITIONS.get(incident.status, {}):
        raise ValidationError(f"A case that is {incident.get_status_display().lower()} cannot move there.")
    if to_status == Status.INVESTIGATING and not incident.investigator_id:
        raise ValidationError("Assign an investigator before the investigation starts.")
    if to_status == Status.OUTCOME:
        if not outcome.strip():
            raise ValidationError({"outcome": "Enter the outcome of the investigation."})
        incident.outcome = outcome.strip()
    now = timezone.now()
    StatusChange.objects.create(
        incident=incident, from_status=incident.status, to_status=to_status, by=by, at=now, reason=reason
    )
    incident.status = to_status
    if to_status == Status.CLOSED:
        incident.closed_at = now
        incident.retention_review_on = _incident_review_date(incident)
    incident.save()
    return incident


@transaction.atomic
def assign_investigator(incident: Incident, investigator: User, *, by: User) -> Incident:
    allowed = investigator.has_role(Role.LINE_MANAGER, incident.setting) or investigator.has_role(
        Role.HR_INVESTIGATOR, incident.setting
    )
    if not allowed:
        raise ValidationError(
            {"investigator": "The investigator must be a line manager or an HR investigator."}
        )
    if investigator.pk in (incident.reporter_id, incident.accused_staff_id):
        raise ValidationError({"investigator": "The investigator cannot be a party to the case."})
    incident.investigator = investigator
    incident.save(update_fields=["investigator"])
    CaseNote.objects.create(
        incident=incident,
        author=by,
        text=f"Investigator assigned: {investigator}.",
        written_at=timezone.now(),
    )
    return incident


@transaction.atomic
def record_support_person(incident: Incident, *, name: str, kind: str, by: User) -> Incident:
    if kind not in Incident.SupportKind.values or not name.strip():
        raise ValidationError({"support_person_name": "Enter the support person's name and who they are."})
    incident.support_person_name = name.strip()[:200]
    incident.support_person_kind = kind
    incident.save(update_fields=["support_person_name", "support_person_kind"])
    label = Incident.SupportKind(kind).label.lower()
    CaseNote.objects.create(
        incident=incident,
        author=by,
        text=f"Support person recorded: {name.strip()} ({label}).",
        written_at=timezone.now(),
    )
    return incident


def add_note(incident: Incident, *, text: str, by: User) -> CaseNote:
    if not text.strip():
        raise ValidationError({"text": "Enter the note."})
    return CaseNote.objects.create(incident=incident, author=by, text=text.strip(), written_at=timezone.now())


def add_action(
    incident: Incident, *, description: str, due_on: date, assigned_to: User | None, by: User
) -> CaseAction:
    if not description.strip():
        raise ValidationError({"description": "Enter what needs doing."})
    return CaseAction.objects.create(
        incident=incident,
        description=description.strip()[:500],
        due_on=due_on,
        assigned_to=assigned_to,
        created_by=by,
        created_at=timezone.now(),
    )


def complete_action(action: CaseAction, *, by: User) -> CaseAction:
    if action.done_at is None:
        action.done_at = timezone.now()
        action.done_by = by
        action.save(update_fields=["done_at", "done_by"])
    return action


# --------------------------------------------------------------------------- allegations


@transaction.atomic
def open_allegation(
    *,
    setting: Setting,
    about_staff: User,
    summary: str,
    raised_by: User,
    source: str,
    incident: Incident | None = None,
) -> AllegationCase:
    """Open a restricted allegation case and start the one-working-day LADO clock."""
    if source not in AllegationCase.Source.values:
        raise ValidationError(f"Unknown source of an allegation: {source!r}")
    if about_staff.is_pupil:
        raise ValidationError("An allegation is about a member of staff, not a pupil.")
    now = timezone.now()
    allegation = AllegationCase.objects.create(
        setting=setting,
        incident=incident,
        about_staff=about_staff,
        summary=summary.strip() or "No summary given.",
        raised_by=raised_by,
        source=source,
        opened_at=now,
        referral_due_at=clock.referral_due(now),
        retention_review_on=retention.allegation_review(None, timezone.localdate(now)),
    )
    due = timezone.localtime(allegation.referral_due_at).strftime("%A %-d %B %Y at %H:%M")
    _tell_dsls(
        setting,
        f"Allegation {allegation.reference} was opened: refer it to the LADO through the First Response "
        f"Team by {due}.",
        exclude=about_staff,
    )
    return allegation


@transaction.atomic
def record_referral(
    allegation: AllegationCase,
    *,
    by: User,
    referred_by: User,
    referred_at: datetime,
    reference: str,
    officer: str,
    advice: str,
) -> AllegationCase:
    if allegation.referred_at is not None:
        raise ValidationError("The referral has already been recorded.")
    # Times are entered to the minute, so the minute the case was opened counts.
    opened_minute = allegation.opened_at.replace(second=0, microsecond=0)
    if referred_at < opened_minute or referred_at > timezone.now():
        raise ValidationError({"referred_at": "The referral time must be between the opening and now."})
    allegation.referred_at = referred_at
    allegation.referred_by = referred_by
    allegation.referral_recorded_by = by
    allegation.lado_reference = reference.strip()[:100]
    allegation.lado_officer = officer.strip()[:200]
    allegation.advice = advice.strip()
    allegation.save()
    return allegation


@transaction.atomic
def record_accused_date_of_birth(
    allegation: AllegationCase, date_of_birth: date, *, by: User
) -> AllegationCase:
    """The date of birth sets the retention date (normal retirement age or ten years, the later)."""
    if date_of_birth >= timezone.localdate():
        raise ValidationError({"date_of_birth": "The date of birth must be in the past."})
    allegation.accused_date_of_birth = date_of_birth
    allegation.retention_review_on = retention.allegation_review(
        date_of_birth, timezone.localdate(allegation.opened_at)
    )
    allegation.save(update_fields=["accused_date_of_birth", "retention_review_on"])
    return allegation


@transaction.atomic
def grant_allegation_access(
    allegation: AllegationCase, user: User, *, by: User, reason: str
) -> AllegationAccess:
    if user.pk == allegation.about_staff_id:
        raise ValidationError("The person the allegation is about can never be given access.")
    if not reason.strip():
        raise ValidationError({"reason": "Say why this person needs to see the allegation."})
    access, _ = AllegationAccess.objects.get_or_create(
        allegation=allegation,
        user=user,
        defaults={"granted_by": by, "granted_at": timezone.now(), "reason": reason.strip()},
    )
    return access


def raise_lado_alerts(now: datetime | None = None) -> int:
    """Alert the DSLs (in the app and by e-mail) about referrals close to or past their deadline."""
    now = now or timezone.now()
    created = 0
    for allegation in AllegationCase.objects.filter(referred_at__isnull=True).select_related("setting"):
        state = clock.clock_state(due_at=allegation.referral_due_at, referred_at=None, now=now)
        kind = {"due_soon": Alert.Kind.LADO_DUE_SOON, "overdue": Alert.Kind.LADO_OVERDUE}.get(state)
        if kind:
            created += _alert_dsls(allegation, kind, now)
    return created


def _alert_dsls(allegation: AllegationCase, kind: str, now: datetime) -> int:
    due = timezone.localtime(allegation.referral_due_at).strftime("%A %-d %B %Y at %H:%M")
    if kind == Alert.Kind.LADO_OVERDUE:
        message = f"The LADO referral for {allegation.reference} is overdue: it was due by {due}."
    else:
        message = f"The LADO referral for {allegation.reference} is due by {due}."
    created = 0
    for dsl in dsls_of(allegation.setting, exclude=allegation.about_staff):
        with transaction.atomic():
            _, new = Alert.objects.get_or_create(
                recipient=dsl,
                allegation=allegation,
                kind=kind,
                defaults={"message": message, "created_at": now},
            )
        if new:
            created += 1
            if dsl.email:
                send_email.delay("eSafety: LADO referral deadline", message, [dsl.email])
    return created


def dsls_of(setting: Setting, exclude: User | None = None) -> list[User]:
    people = User.objects.filter(roles__role=Role.DSL, roles__setting=setting, is_active=True).distinct()
    if exclude is not None:
        people = people.exclude(pk=exclude.pk)
    return list(people)


def _tell_dsls(setting: Setting, message: str, exclude: User | None = None) -> None:
    """E-mail the setting's DSLs a short notice; the details stay behind sign-in."""
    recipients = [person.email for person in dsls_of(setting, exclude) if person.email]
    if recipients:
        transaction.on_commit(lambda: send_email.delay("eSafety: safeguarding notice", message, recipients))


def mark_alert_read(alert: Alert) -> None:
    if alert.read_at is None:
        alert.read_at = timezone.now()
        alert.save(update_fields=["read_at"])


# --------------------------------------------------------------------------- retention


@transaction.atomic
def decide_retention(
    *,
    incident: Incident | None = None,
    allegation: AllegationCase | None = None,
    decision: str,
    reason: str,
    next_review_on: date | None,
    by: User,
) -> RetentionDecision:
    """Record a person's decision; keeping moves the review date, nothing is deleted here."""
    record = incident or allegation
    if record is None or decision not in RetentionDecision.Decision.values or not reason.strip():
        raise ValidationError({"reason": "Choose a decision and give the reason."})
    if decision == RetentionDecision.Decision.KEEP:
        if not next_review_on or next_review_on <= timezone.localdate():
            raise ValidationError({"next_review_on": "Choose a future date for the next review."})
        record.retention_review_on = next_review_on
    else:
        record.retention_review_on = None
    record.save(update_fields=["retention_review_on"])
    return RetentionDecision.objects.create(
        incident=incident,
        allegation=allegation,
        decision=decision,
        reason=reason.strip(),
        next_review_on=next_review_on,
        decided_by=by,
        decided_at=timezone.now(),
    )
