"""Read queries about settings, classes and people."""

from django.db.models import Count, QuerySet

from people.models import Group, Setting, User
from people.roles import Role


def groups_taught_by(user: User) -> QuerySet[Group]:
    return user.groups_taught.select_related("setting").annotate(pupil_count=Count("pupils"))


def groups_in(setting: Setting) -> QuerySet[Group]:
    return setting.groups.annotate(pupil_count=Count("pupils"))


def staff_in(setting: Setting) -> QuerySet[User]:
    return (
        User.objects.filter(setting=setting)
        .exclude(roles__role=Role.PUPIL)
        .select_related("line_manager")
        .prefetch_related("roles")
        .distinct()
    )


def pupils_in(group: Group) -> QuerySet[User]:
    return group.pupils.order_by("first_name", "last_name")


def direct_reports_of(user: User) -> QuerySet[User]:
    return user.direct_reports.filter(is_active=True)
