"""Builders for learning-platform records used across the learning tests."""

from datetime import timedelta

from django.utils import timezone

from learning import services
from learning.models import Task, UsagePolicy
from people.models import Group, Setting, User
from people.roles import Role
from tests import factories

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
