"""Reads about incidents and allegations, scoped to what the person may see.

The list filters mirror the object rules in rules.py; tests check that both agree.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from django.db.models import Count, Q, QuerySet
from django.db.models.functions import TruncMonth
from django.utils import timezone

from incidents import clock
from incidents.models import Alert, AllegationCase, CaseAction, Incident
from people.models import User
from people.roles import Role

Status = Incident.Status


def _settings_where(user: User, *roles: str) -> list[int]:
    return sorted({s.pk for role in roles for s in user.settings_for(role)})


def reports_by(user: User) -> QuerySet[Incident]:
    return Incident.objects.filter(reporter=user).select_related("setting")


def cases_visible_to(user: User) -> QuerySet[Incident]:
    """Submitted incidents the person works on (same answer as the `incidents.view_case` rule)."""
    managers = _settings_where(user, Role.DSL, Role.HR_INVESTIGATOR)
    allegation_roles = _settings_where(user, Role.DSL, Role.HR_INVESTIGATOR, Role.LADO_LIAISON)
    ordinary = Q(alleges_staff_harm=False) & (Q(setting__in=managers) | Q(investigator=user))
    allegations = (
        Q(alleges_staff_harm=True, allegation__isnull=False)
        & (Q(setting__in=allegation_roles) | Q(allegation__accesses__user=user))
        & ~Q(allegation__about_staff=user)
    )
    return (
        Incident.objects.exclude(status=Status.DRAFT)
        .filter(ordinary | allegations)
        .select_related("setting", "investigator", "reporter")
        .distinct()
    )


def allegations_visible_to(user: User) -> QuerySet[AllegationCase]:
    roles = _settings_where(user, Role.DSL, Role.HR_INVESTIGATOR, Role.LADO_LIAISON)
    return (
        AllegationCase.objects.filter(Q(setting__in=roles) | Q(accesses__user=user))
        .exclude(about_staff=user)
        .select_related("setting", "about_staff", "incident")
        .distinct()
    )


def unread_alerts(user: User) -> QuerySet[Alert]:
    return Alert.objects.filter(recipient=user, read_at__isnull=True).select_related("allegation")


def actions_due_for(user: User) -> QuerySet[CaseAction]:
    return CaseAction.objects.filter(assigned_to=user, done_at__isnull=True).select_related("incident")


@dataclass(frozen=True)
class ChronologyEvent:
    at: datetime
    what: str
    by: str
    detail: str = ""


def chronology(incident: Incident, *, include_notes: bool = True) -> list[ChronologyEvent]:
    """Everything that happened on the case, oldest first."""
    events = [ChronologyEvent(incident.created_at, "Report started", str(incident.reporter))]
    if incident.occurred_from:
        events.append(ChronologyEvent(incident.occurred_from, "Incident happened (as reported)", "", ""))
    for change in incident.status_changes.select_related("by"):
        what = f"Status: {Status(change.from_status).label} → {Status(change.to_status).label}"
        events.append(ChronologyEvent(change.at, what, str(change.by), change.reason))
    for item in incident.evidence.select_related("added_by", "log_entry"):
        events.append(
            ChronologyEvent(
                item.added_at,
                f"{item.get_kind_display()} sealed in the vault (log entry {item.log_entry.index})",
                str(item.added_by),
                item.original_name,
            )
        )
    if include_notes:
        for note in incident.notes.select_related("author"):
            events.append(ChronologyEvent(note.written_at, "Note", str(note.author), note.text))
        for action in incident.actions.select_related("created_by", "done_by", "assigned_to"):
            due = action.due_on.strftime("%-d %B %Y")
            events.append(
                ChronologyEvent(
                    action.created_at, f"Action set, due {due}", str(action.created_by), action.description
                )
            )
            if action.done_at:
                events.append(
                    ChronologyEvent(action.done_at, "Action done", str(action.done_by), action.description)
                )
    allegation = AllegationCase.objects.filter(incident=incident).first()
    if allegation:
        events.append(
            ChronologyEvent(
                allegation.opened_at, f"Allegation {allegation.reference} opened", str(allegation.raised_by)
            )
        )
        if allegation.referred_at:
            events.append(
                ChronologyEvent(
                    allegation.referred_at,
                    "Referred to the LADO",
                    str(allegation.referred_by),
                    f"Reference {allegation.lado_reference}. Advice: {allegation.advice}",
                )
            )
    for export in incident.exports.select_related("made_by"):
        events.append(
            ChronologyEvent(export.made_at, f"Exported ({export.get_variant_display()})", str(export.made_by))
        )
    return sorted(events, key=lambda event: event.at)


def retention_reviews_due(settings_qs: Any, today: date | None = None) -> dict[str, list]:
    today = today or timezone.localdate()
    return {
        "incidents": list(
            Incident.objects.filter(setting__in=settings_qs, retention_review_on__lte=today).select_related(
                "setting"
            )
        ),
        "allegations": list(
            AllegationCase.objects.filter(
                setting__in=settings_qs, retention_review_on__lte=today
            ).select_related("setting")
        ),
    }


# --------------------------------------------------------------------------- council dashboard


def incident_counts_by_type_and_month(settings_qs: Any, start: date, end: date) -> list[dict]:
    """Rows like {"month": "2026-03", "type": "cyber_bullying", "channel": "social", "count": 4}.

    type is "cyber_bullying" or "allegation_against_staff".

    Submitted incidents whose submission date falls in [start, end], months in local time.
    """
    rows = (
        Incident.objects.filter(
            setting__in=settings_qs, submitted_at__date__gte=start, submitted_at__date__lte=end
        )
        .annotate(month=TruncMonth("submitted_at"))
        .values("month", "alleges_staff_harm", "channel")
        .annotate(count=Count("pk"))
        .order_by("month", "alleges_staff_harm", "channel")
    )
    return [
        {
            "month": row["month"].strftime("%Y-%m"),
            "type": "allegation_against_staff" if row["alleges_staff_harm"] else "cyber_bullying",
            "channel": row["channel"],
            "count": row["count"],
        }
        for row in rows
    ]


def open_cases(settings_qs: Any) -> list[dict]:
    """Submitted, not closed incidents: reference, setting, status, type and dates; no names."""
    cases = (
        Incident.objects.filter(setting__in=settings_qs)
        .exclude(status__in=[Status.DRAFT, Status.CLOSED])
        .select_related("setting")
        .order_by("submitted_at")
    )
    return [
        {
            "reference": case.reference,
            "setting": case.setting.name,
            "setting_id": case.setting_id,
            "status": case.status,
            "type": "allegation_against_staff" if case.alleges_staff_harm else "cyber_bullying",
            "channel": case.channel,
            "submitted_at": case.submitted_at,
            "has_investigator": case.investigator_id is not None,
        }
        for case in cases
    ]


def overdue_actions(settings_qs: Any, today: date | None = None) -> list[dict]:
    today = today or timezone.localdate()
    actions = (
        CaseAction.objects.filter(incident__setting__in=settings_qs, done_at__isnull=True, due_on__lt=today)
        .select_related("incident__setting")
        .order_by("due_on")
    )
    return [
        {
            "reference": action.incident.reference,
            "setting": action.incident.setting.name,
            "setting_id": action.incident.setting_id,
            "description": action.description,
            "due_on": action.due_on,
            "days_overdue": (today - action.due_on).days,
        }
        for action in actions
    ]


def lado_clocks(settings_qs: Any, now: datetime | None = None) -> list[dict]:
    """Every allegation's referral clock.

    state is one of running, due_soon, overdue, referred_in_time, referred_late.
    """
    now = now or timezone.now()
    allegations = (
        AllegationCase.objects.filter(setting__in=settings_qs)
        .select_related("setting")
        .order_by("referral_due_at")
    )
    return [
        {
            "reference": allegation.reference,
            "setting": allegation.setting.name,
            "setting_id": allegation.setting_id,
            "opened_at": allegation.opened_at,
            "due_at": allegation.referral_due_at,
            "referred_at": allegation.referred_at,
            "state": clock.clock_state(
                due_at=allegation.referral_due_at, referred_at=allegation.referred_at, now=now
            ),
        }
        for allegation in allegations
    ]
