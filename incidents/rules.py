"""Who may report, see and work on incidents and allegations.

An allegation against a member of staff is seen only by the setting's DSL, the HR investigator
and the LADO liaison covering the setting, and anyone the DSL lets in; never by the person it
is about, whatever role they hold. A reporter sees their own reports and nothing else.
"""

from __future__ import annotations

from dataclasses import dataclass

from esafety.permissions import rule
from incidents.models import AllegationCase, Incident
from people.models import Setting, User
from people.roles import Role
from people.rules import works_in

Status = Incident.Status

# Where a case may go next, and whether its own investigator may make that move.
TRANSITIONS: dict[str, dict[str, bool]] = {
    Status.REPORTED: {Status.TRIAGE: False, Status.CLOSED: False},
    Status.TRIAGE: {Status.INVESTIGATING: False, Status.CLOSED: False},
    Status.INVESTIGATING: {Status.OUTCOME: True},
    Status.OUTCOME: {Status.CLOSED: False, Status.INVESTIGATING: False},
}


@dataclass(frozen=True)
class CaseMove:
    incident: Incident
    to_status: str


def is_dsl(user: User, setting: Setting) -> bool:
    return user.has_role(Role.DSL, setting)


def is_hr(user: User, setting: Setting) -> bool:
    return user.has_role(Role.HR_INVESTIGATOR, setting)


def is_lado(user: User, setting: Setting) -> bool:
    return user.has_role(Role.LADO_LIAISON, setting)


def sees_allegation(user: User, allegation: AllegationCase) -> bool:
    if allegation.about_staff_id == user.pk:
        return False
    setting = allegation.setting
    return (
        is_dsl(user, setting)
        or is_hr(user, setting)
        or is_lado(user, setting)
        or allegation.accesses.filter(user=user).exists()
    )


def _allegation_of(incident: Incident) -> AllegationCase | None:
    return AllegationCase.objects.filter(incident=incident).select_related("setting").first()


def manages(user: User, incident: Incident) -> bool:
    """Triage, assign, move and export: DSL and HR (and the LADO liaison for allegations)."""
    if incident.status == Status.DRAFT:
        return False
    if incident.alleges_staff_harm:
        allegation = _allegation_of(incident)
        if allegation is None or allegation.about_staff_id == user.pk:
            return False
        setting = incident.setting
        return is_dsl(user, setting) or is_hr(user, setting) or is_lado(user, setting)
    return is_dsl(user, incident.setting) or is_hr(user, incident.setting)


def works_on(user: User, incident: Incident) -> bool:
    """See the case file and add notes, actions and evidence."""
    if incident.status == Status.DRAFT:
        return False
    if incident.alleges_staff_harm:
        allegation = _allegation_of(incident)
        return allegation is not None and sees_allegation(user, allegation)
    return manages(user, incident) or incident.investigator_id == user.pk


@rule("incidents.report")
def report(user: User, setting: Setting) -> bool:
    return isinstance(setting, Setting) and works_in(user, setting) and not user.is_pupil


@rule("incidents.report_for_pupil")
def report_for_pupil(user: User, setting: Setting) -> bool:
    return isinstance(setting, Setting) and is_dsl(user, setting)


@rule("incidents.view_report")
def view_report(user: User, incident: Incident) -> bool:
    return isinstance(incident, Incident) and incident.reporter_id == user.pk


@rule("incidents.edit_report")
def edit_report(user: User, incident: Incident) -> bool:
    return view_report(user, incident) and incident.status == Status.DRAFT


@rule("incidents.view_case")
def view_case(user: User, incident: Incident) -> bool:
    return isinstance(incident, Incident) and works_on(user, incident)


@rule("incidents.manage_case")
def manage_case(user: User, incident: Incident) -> bool:
    return isinstance(incident, Incident) and manages(user, incident)


@rule("incidents.export_case")
def export_case(user: User, incident: Incident) -> bool:
    return manage_case(user, incident)


@rule("incidents.move_case")
def move_case(user: User, move: CaseMove) -> bool:
    if not isinstance(move, CaseMove):
        return False
    incident = move.incident
    allowed = TRANSITIONS.get(incident.status, {})
    if move.to_status not in allowed:
        return False
    if manages(user, incident):
        return True
    investigator_may = allowed[move.to_status]
    return investigator_may and incident.investigator_id == user.pk and works_on(user, incident)


@rule("incidents.view_cases")
def view_cases(user: User, setting: Setting) -> bool:
    return isinstance(setting, Setting) and (is_dsl(user, setting) or is_hr(user, setting))


@rule("incidents.view_allegations")
def view_allegations(user: User, setting: Setting) -> bool:
    return isinstance(setting, Setting) and (
        is_dsl(user, setting) or is_hr(user, setting) or is_lado(user, setting)
    )


@rule("incidents.view_allegation")
def view_allegation(user: User, allegation: AllegationCase) -> bool:
    return isinstance(allegation, AllegationCase) and sees_allegation(user, allegation)


@rule("incidents.record_referral")
def record_referral(user: User, allegation: AllegationCase) -> bool:
    return (
        isinstance(allegation, AllegationCase)
        and allegation.about_staff_id != user.pk
        and (is_dsl(user, allegation.setting) or is_lado(user, allegation.setting))
    )


@rule("incidents.grant_allegation_access")
def grant_allegation_access(user: User, allegation: AllegationCase) -> bool:
    return (
        isinstance(allegation, AllegationCase)
        and allegation.about_staff_id != user.pk
        and is_dsl(user, allegation.setting)
    )


@rule("incidents.review_retention")
def review_retention(user: User, setting: Setting) -> bool:
    return isinstance(setting, Setting) and (
        is_dsl(user, setting) or user.has_role(Role.COUNCIL_ADMIN, setting)
    )
