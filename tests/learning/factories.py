"""Builders for learning-platform records used across the learning tests."""

from datetime import timedelta

from django.utils import timezone

from learning import services
from learning.models import Alert, Comment, Task, UsagePolicy
from people.models import Group, Setting, User
from people.roles import Role
from tests import factories
from tests.incidents.factories import at

RULES_BODY = "1. Be kind to everyone.\n2. Use polite words.\n3. Keep your details private."


def usage_policy(setting: Setting, *, title: str = "Our online rules", by: User | None = None) -> UsagePolicy:
    author = by or factories.staff(Role.SETTING_MANAGER, setting)
    return services.publish_usage_policy(
        setting=setting, title=title, summary="Be kind. Be polite. Keep safe.", body=RULES_BODY, by=author
    )


def agreeing_pupil(group: Group, **fields) -> User:
    """A pupil who has agreed to the current policy, if there is one."""
    pupil = factories.pupil(group, **fields)
    policy = UsagePolicy.objects.filter(setting=group.setting).order_by("-version").first()
    if policy:
        services.accept_usage_policy(pupil=pupil, policy=policy)
    return pupil


def open_task(group: Group, *, by: User | None = None, **options) -> Task:
    now = timezone.now()
    teacher = by or group.teachers.first() or factories.teacher_of(group)
    return services.create_task(
        group=group,
        by=teacher,
        title=options.pop("title", "Our favourite animals"),
        instructions=options.pop("instructions", "Tell us about an animal you like."),
        opens_at=options.pop("opens_at", now - timedelta(hours=1)),
        closes_at=options.pop("closes_at", now + timedelta(days=7)),
        **options,
    )


def alert(setting: Setting, raised_at, categories: list[str], *, closed: bool = False) -> Alert:
    """A screening alert placed by hand, on a comment in a class of `setting`."""
    group = factories.GroupFactory(setting=setting)
    teacher = factories.teacher_of(group)
    task = Task.objects.create(
        group=group,
        title="Our week",
        instructions="Tell us about your week.",
        opens_at=raised_at - timedelta(days=1),
        closes_at=raised_at + timedelta(days=1),
        created_by=teacher,
    )
    comment = Comment.objects.create(
        task=task,
        author=factories.pupil(group),
        text="(a comment screening raised)",
        created_at=raised_at,
        status=Comment.Status.HELD,
        held_because=Comment.HeldBecause.SCREENING,
        verdict={"action": "hold", "categories": {c: {"score": 0.9} for c in categories}},
        screened_action="hold",
        flagged=True,
    )
    return Alert.objects.create(
        setting=setting,
        comment=comment,
        categories=sorted(categories),
        raised_at=raised_at,
        closed_by=teacher if closed else None,
        closed_at=raised_at + timedelta(hours=2) if closed else None,
    )


def alerts_world(north: Setting, south: Setting, far: Setting) -> None:
    """North: January self-harm (open) and grooming with threat (closed), March threat (open),
    December 2025 threat; South: February self-harm (closed); Far: February grooming."""
    for setting, when, categories, closed in (
        (north, at(2026, 1, 8), ["self_harm"], False),
        (north, at(2026, 1, 22), ["grooming", "threat"], True),
        (north, at(2026, 3, 2), ["threat"], False),
        (north, at(2025, 12, 9), ["threat"], False),
        (south, at(2026, 2, 11), ["self_harm"], True),
        (far, at(2026, 2, 11), ["grooming"], False),
    ):
        alert(setting, when, categories, closed=closed)
