"""Read queries for the learning platform."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from django.db.models import Count, Exists, F, OuterRef, Q, QuerySet
from django.db.models.functions import TruncDate
from django.utils import timezone

from learning.models import (
    Alert,
    AllowedPhrase,
    Comment,
    CommentReport,
    PolicyAcceptance,
    ScreeningPolicy,
    ScreeningPolicyChange,
    Task,
    UsagePolicy,
)
from people.models import Group, Setting, User
from people.roles import Role
from screening.lexicon import CATEGORIES
from screening.policy import Policy


def current_policy(setting_id: int | None) -> UsagePolicy | None:
    if setting_id is None:
        return None
    return UsagePolicy.objects.filter(setting_id=setting_id).order_by("-version").first()


def has_accepted(pupil: User, policy: UsagePolicy) -> bool:
    return PolicyAcceptance.objects.filter(policy=policy, pupil=pupil).exists()


def pupils_with_acceptance(group: Group) -> list[tuple[User, PolicyAcceptance | None]]:
    """Each pupil of the class with their acceptance of the current policy, or None."""
    policy = current_policy(group.setting_id)
    pupils = list(group.pupils.order_by("first_name", "last_name"))
    if policy is None:
        return [(p, None) for p in pupils]
    accepted = {a.pupil_id: a for a in PolicyAcceptance.objects.filter(policy=policy, pupil__in=pupils)}
    return [(p, accepted.get(p.pk)) for p in pupils]


def pupils_not_accepted(group: Group) -> list[User]:
    if current_policy(group.setting_id) is None:
        return []
    return [p for p, accepted in pupils_with_acceptance(group) if accepted is None and p.is_active]


def tasks_for_pupil(pupil: User) -> QuerySet[Task]:
    if pupil.group_id is None:
        return Task.objects.none()
    return Task.objects.filter(group_id=pupil.group_id, opens_at__lte=timezone.now()).select_related("group")


def open_tasks_for_pupil(pupil: User) -> QuerySet[Task]:
    return tasks_for_pupil(pupil).filter(closes_at__gt=timezone.now())


def tasks_for_class(group: Group) -> QuerySet[Task]:
    return group.tasks.annotate(
        comment_count=Count("comments", filter=Q(comments__status=Comment.Status.PUBLISHED)),
        held_count=Count("comments", filter=Q(comments__status=Comment.Status.HELD)),
    )


def visible_to_class() -> Q:
    """Comments other pupils may read: shown and free of personal information."""
    return Q(status=Comment.Status.PUBLISHED, private=False)


def comments_for_pupil(task: Task, pupil: User) -> QuerySet[Comment]:
    """What a pupil sees: the class's shown comments and their own that wait for a teacher."""
    own = Q(author=pupil, status__in=[Comment.Status.PUBLISHED, Comment.Status.HELD])
    return task.comments.filter(visible_to_class() | own).select_related("author")


def comments_for_staff(task: Task) -> QuerySet[Comment]:
    return task.comments.select_related("author", "moderated_by").prefetch_related("events__by")


def open_reports() -> QuerySet[CommentReport]:
    return CommentReport.objects.filter(closed_at__isnull=True)


def queue_for(user: User) -> QuerySet[Comment]:
    """Held comments and pupils' reports in the classes the person teaches, newest first."""
    reported = Exists(open_reports().filter(comment=OuterRef("pk")))
    return (
        Comment.objects.filter(task__group__teachers=user)
        .filter(Q(status=Comment.Status.HELD) | Q(reported, status=Comment.Status.PUBLISHED))
        .annotate(is_reported=reported)
        .select_related("task__group", "author")
        .order_by("-created_at", "-pk")
    )


def safeguarding_leads_of(setting: Setting) -> QuerySet[User]:
    return User.objects.filter(roles__role=Role.DSL, roles__setting=setting, is_active=True).distinct()


def open_alerts_in(settings: list[Setting]) -> QuerySet[Alert]:
    return Alert.objects.filter(setting__in=settings, closed_at__isnull=True).select_related(
        "comment__task__group", "comment__author"
    )


def alerts_in(settings: list[Setting]) -> QuerySet[Alert]:
    return Alert.objects.filter(setting__in=settings).select_related(
        "comment__task__group", "comment__author"
    )


@dataclass(frozen=True)
class RaisedAlert:
    """An alert as the dashboards count it: when, which categories, whether still open; no content."""

    month: str
    categories: tuple[str, ...]
    open: bool


def alerts_raised_between(setting_ids: list[int], start_at: datetime, end_at: datetime) -> list[RaisedAlert]:
    rows = Alert.objects.filter(setting__in=setting_ids, raised_at__range=(start_at, end_at)).values_list(
        "raised_at", "categories", "closed_at"
    )
    return [
        RaisedAlert(timezone.localtime(raised).strftime("%Y-%m"), tuple(categories), closed is None)
        for raised, categories, closed in rows
    ]


def class_overview(group: Group) -> dict:
    today = timezone.localdate()
    comments = Comment.objects.filter(task__group=group)
    return {
        "comments_today": comments.filter(created_at__date=today).count(),
        "held": comments.filter(status=Comment.Status.HELD).count(),
        "removed": comments.filter(status=Comment.Status.REMOVED).count(),
        "blocked": comments.filter(status=Comment.Status.BLOCKED).count(),
        "alerts": Alert.objects.filter(comment__task__group=group).count(),
        "open_alerts": Alert.objects.filter(comment__task__group=group, closed_at__isnull=True).count(),
        "not_accepted": pupils_not_accepted(group),
    }


def flagged_per_day(group: Group, days: int = 14) -> list[tuple[date, int]]:
    """Comments screening flagged, per day, over the last `days` days (oldest first)."""
    today = timezone.localdate()
    start = today - timedelta(days=days - 1)
    counts = dict(
        Comment.objects.filter(task__group=group, flagged=True, created_at__date__gte=start)
        .annotate(day=TruncDate("created_at"))
        .values_list("day")
        .annotate(n=Count("pk"))
        .values_list("day", "n")
    )
    return [(start + timedelta(days=i), counts.get(start + timedelta(days=i), 0)) for i in range(days)]


def false_positives_in(setting: Setting) -> QuerySet[Comment]:
    return (
        Comment.objects.filter(task__group__setting=setting, false_positive=True)
        .select_related("task__group", "author")
        .prefetch_related("events__by", "allowed_phrases")
        .order_by("-created_at")
    )


def classes_for_staff(user: User) -> QuerySet[Group]:
    """Classes whose learning pages the person may open: taught, managed or safeguarded."""
    settings = {s.pk for role in (Role.SETTING_MANAGER, Role.DSL) for s in user.settings_for(role)}
    return (
        Group.objects.filter(Q(teachers=user) | Q(setting_id__in=settings))
        .select_related("setting")
        .distinct()
    )


# --- the setting's screening lines and allowed phrases ------------------------------------------


@dataclass(frozen=True)
class ScreeningLine:
    """One category's lines: the engine's default and what is in force in the setting."""

    category: str
    default_hold: float
    default_block: float | None
    hold: float
    block: float | None

    @property
    def tightened(self) -> bool:
        return (self.hold, self.block) != (self.default_hold, self.default_block)


def screening_lines(setting: Setting) -> list[ScreeningLine]:
    """Every category, in the engine's order, with the setting's tightening applied."""
    tighten = ScreeningPolicy.objects.filter(setting=setting).values_list("tighten", flat=True).first()
    return lines_tightened_by(tighten or {})


def default_screening_lines() -> list[ScreeningLine]:
    return lines_tightened_by({})


def lines_tightened_by(tighten: dict) -> list[ScreeningLine]:
    defaults = Policy.primary()
    lines = []
    for category in CATEGORIES:
        default = defaults.rule(category)
        own = tighten.get(category, {})
        hold = own.get("hold", default.hold)
        block = own.get("block", default.block)
        lines.append(ScreeningLine(category, default.hold, default.block, hold, block))
    return lines


def screening_history(setting: Setting) -> QuerySet[ScreeningPolicyChange]:
    return ScreeningPolicyChange.objects.filter(setting=setting).select_related("changed_by")


def allowed_phrases_of(setting: Setting) -> QuerySet[AllowedPhrase]:
    """In force first, then retired ones, each with who added (and retired) it."""
    return (
        AllowedPhrase.objects.filter(setting=setting)
        .select_related("added_by", "retired_by", "from_comment")
        .order_by(F("retired_at").asc(nulls_first=True), "phrase")
    )


def allowed_phrases_in_force(setting: Setting) -> QuerySet[AllowedPhrase]:
    return AllowedPhrase.objects.filter(setting=setting, retired_at__isnull=True)
