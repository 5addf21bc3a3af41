"""Builders for incident tests: a submitted report, an allegation, with their people."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from django.utils import timezone

from incidents import clock, services
from incidents.models import AllegationCase, CaseAction, Incident
from people.models import Setting, User
from people.roles import Role
from tests import factories
from tests.vault.files import png


def report(reporter: User, setting: Setting | None = None, *, submit: bool = True, **fields) -> Incident:
    values = {
        "occurred_from": timezone.now() - timedelta(days=1),
        "channel": Incident.Channel.SOCIAL,
        "message_content": "You are useless, everyone laughs at you",
        "sender_identity": "@not_a_friend",
        "page_url": "https://social.example/posts/123?ref=share",
        "target": Incident.Target.SELF,
    }
    values.update(fields)
    incident = services.save_draft(reporter=reporter, setting=setting or reporter.setting, fields=values)
    services.add_evidence(incident, data=png(incident.pk), filename="screenshot.png", by=reporter)
    return services.submit_report(incident, by=reporter) if submit else incident


# --- a small world for the dashboard figures, every record placed by hand -------------------


def at(year: int, month: int, day: int, hour: int = 10) -> datetime:
    return timezone.make_aware(datetime(year, month, day, hour, 0))


def incident(
    setting: Setting,
    submitted_at: datetime | None,
    *,
    status: str = Incident.Status.REPORTED,
    allegation: bool = False,
    investigator: User | None = None,
) -> Incident:
    return Incident.objects.create(
        setting=setting,
        reporter=factories.staff(Role.TEACHER, setting),
        status=status,
        submitted_at=submitted_at,
        channel=Incident.Channel.SOCIAL,
        alleges_staff_harm=allegation,
        investigator=investigator,
    )


def action(case: Incident, due_on: date, *, done: bool = False) -> CaseAction:
    by = case.reporter
    return CaseAction.objects.create(
        incident=case,
        description="Speak to the class teacher",
        due_on=due_on,
        created_by=by,
        created_at=timezone.now(),
        done_at=timezone.now() if done else None,
        done_by=by if done else None,
    )


def allegation(setting: Setting, opened_at: datetime, referred_at: datetime | None = None) -> AllegationCase:
    dsl = factories.staff(Role.DSL, setting)
    return AllegationCase.objects.create(
        setting=setting,
        about_staff=factories.staff(Role.TEACHER, setting),
        summary="Shared a pupil's photo on a personal account",
        raised_by=dsl,
        source=AllegationCase.Source.OTHER,
        opened_at=opened_at,
        referral_due_at=clock.referral_due(opened_at),
        referred_at=referred_at,
        referred_by=dsl if referred_at else None,
    )


@dataclass
class FiguresWorld:
    north: Setting
    south: Setting
    far: Setting  # another council


def figures_world() -> FiguresWorld:
    """North and South in one council, Far in another; the dates are what the figures count.

    Incidents (submitted): North 10 Jan, 20 Jan (investigating), 5 Feb (allegation), 3 Mar
    (closed) and 15 Dec 2025 (still open); a North draft; South 14 Feb; Far 14 Feb.
    Actions not done and past due: one on North's 10 Jan case, one on South's; one done and one
    not yet due in North; one overdue in Far.
    Allegations: North referred in time (Feb), referred late (Feb), overdue (Mar), referred in
    December 2025; South opened an hour ago (clock running); Far overdue.
    """
    north = factories.SettingFactory(name="North")
    south = factories.SettingFactory(name="South", council=north.council)
    far = factories.SettingFactory(name="Far")
    investigator = factories.staff(Role.HR_INVESTIGATOR, north)
    first = incident(north, at(2026, 1, 10))
    second = incident(north, at(2026, 1, 20), status=Incident.Status.INVESTIGATING, investigator=investigator)
    incident(north, at(2026, 2, 5), status=Incident.Status.TRIAGE, allegation=True)
    incident(north, at(2026, 3, 3), status=Incident.Status.CLOSED)
    incident(north, at(2025, 12, 15))
    incident(north, None, status=Incident.Status.DRAFT)
    southern = incident(south, at(2026, 2, 14))
    distant = incident(far, at(2026, 2, 14))
    action(first, date(2026, 2, 1))
    action(second, date(2026, 2, 1), done=True)
    action(second, timezone.localdate() + timedelta(days=10))
    action(southern, date(2026, 3, 1))
    action(distant, date(2026, 2, 1))
    allegation(north, at(2026, 2, 5), referred_at=at(2026, 2, 5, 15))
    allegation(north, at(2026, 2, 10), referred_at=at(2026, 2, 13))
    allegation(north, at(2026, 3, 10))
    allegation(north, at(2025, 12, 1), referred_at=at(2025, 12, 1, 15))
    allegation(south, timezone.now() - timedelta(hours=1))
    allegation(far, at(2026, 3, 10))
    return FiguresWorld(north, south, far)
