"""Who may do what on the learning platform. Every rule is scoped to one class or one setting."""

from __future__ import annotations

from django.utils import timezone

from esafety.permissions import rule
from learning.models import Alert, AllowedPhrase, Comment, Task
from people.models import Group, Setting, User
from people.roles import Role
from people.rules import teaches


def in_class(user: User, group: Group) -> bool:
    return user.is_pupil and user.group_id == group.pk and user.has_role(Role.PUPIL, group.setting)


def leads_safeguarding(user: User, setting: Setting) -> bool:
    return user.has_role(Role.DSL, setting)


def manages(user: User, setting: Setting) -> bool:
    return user.has_role(Role.SETTING_MANAGER, setting)


def leads_setting(user: User, setting: Setting) -> bool:
    """The setting manager or the safeguarding lead: they decide the setting's own rules."""
    return manages(user, setting) or leads_safeguarding(user, setting)


def moderates(user: User, group: Group) -> bool:
    return teaches(user, group) or leads_safeguarding(user, group.setting)


@rule("learning.manage_accounts")
def manage_accounts(user: User, group: Group) -> bool:
    """Create pupils' accounts, reset passwords, switch accounts off, move pupils."""
    return isinstance(group, Group) and (teaches(user, group) or manages(user, group.setting))


@rule("learning.set_tasks")
def set_tasks(user: User, group: Group) -> bool:
    return isinstance(group, Group) and teaches(user, group)


@rule("learning.view_class")
def view_class(user: User, group: Group) -> bool:
    """The class overview: tasks, comment counts, alerts, who has not agreed to the rules."""
    if not isinstance(group, Group):
        return False
    setting = group.setting
    return teaches(user, group) or manages(user, setting) or leads_safeguarding(user, setting)


@rule("learning.manage_aup")
def manage_aup(user: User, setting: Setting) -> bool:
    return isinstance(setting, Setting) and leads_setting(user, setting)


@rule("learning.tune_screening")
def tune_screening(user: User, setting: Setting) -> bool:
    """See false positives and add allowed phrases for the whole setting."""
    return isinstance(setting, Setting) and leads_setting(user, setting)


@rule("learning.set_screening_lines")
def set_screening_lines(user: User, setting: Setting) -> bool:
    """Tighten the setting's screening lines (never loosen them past the engine's defaults)."""
    return isinstance(setting, Setting) and leads_setting(user, setting)


@rule("learning.retire_allowed_phrase")
def retire_allowed_phrase(user: User, phrase: AllowedPhrase) -> bool:
    if not isinstance(phrase, AllowedPhrase):
        return False
    return leads_setting(user, phrase.setting)


@rule("learning.view_alerts")
def view_alerts(user: User, setting: Setting) -> bool:
    return isinstance(setting, Setting) and leads_safeguarding(user, setting)


@rule("learning.handle_alert")
def handle_alert(user: User, alert: Alert) -> bool:
    return isinstance(alert, Alert) and leads_safeguarding(user, alert.setting)


@rule("learning.view_task")
def view_task(user: User, task: Task) -> bool:
    if not isinstance(task, Task):
        return False
    if in_class(user, task.group):
        return task.opens_at <= timezone.now()
    return view_class(user, task.group)


@rule("learning.post_comment")
def post_comment(user: User, task: Task) -> bool:
    return isinstance(task, Task) and in_class(user, task.group) and task.accepts_comments()


@rule("learning.moderate")
def moderate(user: User, comment: Comment) -> bool:
    """See a comment's full record (verdict, removed or not) and approve, remove, restore, escalate."""
    return isinstance(comment, Comment) and moderates(user, comment.task.group)


@rule("learning.report_comment")
def report_comment(user: User, comment: Comment) -> bool:
    return (
        isinstance(comment, Comment)
        and comment.author_id != user.pk
        and in_class(user, comment.task.group)
        and comment.status == Comment.Status.PUBLISHED
        and not comment.private
    )
