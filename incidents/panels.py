"""Home-page panels: what each person has to do about incidents and allegations."""

from __future__ import annotations

from django.urls import reverse
from django.utils import timezone

from esafety.home import Link, Panel, panel
from incidents import selectors
from incidents.models import Incident
from people.models import User
from people.roles import Role

Status = Incident.Status


def _plural(count: int, word: str) -> str:
    return f"{count} {word}{'' if count == 1 else 's'}"


@panel
def reporting_panel(user: User) -> Panel | None:
    if user.is_pupil or user.setting is None or not user.role_assignments:
        return None
    reports = selectors.reports_by(user)
    drafts = reports.filter(status=Status.DRAFT).count()
    links = [
        Link("Report cyber bullying", reverse("incidents:report_new"), "save the evidence, do not delete it")
    ]
    hint = f"{_plural(drafts, 'draft')} not sent yet" if drafts else ""
    links.append(Link("Your reports", reverse("incidents:my_reports"), hint))
    return Panel("Cyber bullying", order=15, links=links)


@panel
def cases_panel(user: User) -> Panel | None:
    dsl_or_hr = user.has_role(Role.DSL) or user.has_role(Role.HR_INVESTIGATOR)
    cases = selectors.cases_visible_to(user)
    investigating = cases.filter(investigator=user).exclude(status=Status.CLOSED).count()
    actions = selectors.actions_due_for(user)
    if not (dsl_or_hr or investigating or actions.exists()):
        return None
    links = []
    if dsl_or_hr:
        waiting = cases.filter(status=Status.REPORTED).count()
        open_count = cases.exclude(status=Status.CLOSED).count()
        links.append(
            Link(
                _plural(waiting, "new report") + " waiting for triage",
                reverse("incidents:cases") + "?status=reported",
                f"{_plural(open_count, 'open case')} in all",
            )
        )
    if investigating:
        links.append(
            Link(f"{_plural(investigating, 'case')} you are investigating", reverse("incidents:cases"))
        )
    today = timezone.localdate()
    for action in actions[:5]:
        late = " (overdue)" if action.due_on < today else ""
        links.append(
            Link(
                action.description,
                reverse("incidents:case", args=[action.incident_id]),
                f"due {action.due_on}{late}",
            )
        )
    return Panel("Cases", order=12, links=links)


@panel
def allegations_panel(user: User) -> Panel | None:
    roles = (Role.DSL, Role.HR_INVESTIGATOR, Role.LADO_LIAISON)
    allegations = selectors.allegations_visible_to(user)
    if not any(user.has_role(role) for role in roles) and not allegations.exists():
        return None
    links = [
        Link(alert.message, reverse("incidents:allegation", args=[alert.allegation_id]), "alert")
        for alert in selectors.unread_alerts(user)[:10]
    ]
    waiting = allegations.filter(referred_at__isnull=True).count()
    links.append(
        Link(
            "Allegations against staff",
            reverse("incidents:allegations"),
            f"{_plural(waiting, 'allegation')} not yet referred to the LADO",
        )
    )
    for setting in user.settings_for(Role.DSL):
        links.append(
            Link(
                f"Records due for review in {setting.name}", reverse("incidents:retention", args=[setting.pk])
            )
        )
    return Panel("Allegations against staff", order=8, links=links)
