"""Read queries: which policies apply to whom, what is outstanding, and how compliant a setting is."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from django.conf import settings
from django.db.models import Q, QuerySet
from django.utils import timezone

from people.models import Council, Setting, User
from people.selectors import staff_in
from policies.models import Acknowledgement, Policy, PolicyVersion, ScopeChange


@dataclass(frozen=True)
class Outstanding:
    policy: Policy
    version: PolicyVersion
    due_at: datetime

    @property
    def overdue(self) -> bool:
        return self.due_at <= timezone.now()


def grace_period() -> timedelta:
    return timedelta(days=settings.POLICY_GRACE_DAYS)


def is_staff_member(user: User) -> bool:
    """Pupils and people without a role never acknowledge staff policies."""
    return user.is_authenticated and not user.is_pupil and bool(user.role_names())


def councils_of(user: User) -> set[int]:
    found = {a.council_id for a in user.role_assignments}
    if user.setting_id:
        found.add(user.setting.council_id)
    return found


def live_policies(council: Council | int | None = None) -> QuerySet[Policy]:
    policies = Policy.objects.filter(withdrawn_at__isnull=True, versions__isnull=False)
    if council is not None:
        policies = policies.filter(council=council)
    return policies.distinct().prefetch_related("versions", "settings", "scope_changes")


def within(setting_ids: list[int] | set[int], roles: list[str], user: User) -> bool:
    """Whether a scope (no settings: the whole council; no roles: all staff) covers the person."""
    if setting_ids and user.setting_id not in setting_ids:
        return False
    return not roles or bool(set(roles) & user.role_names())


def applies_to(policy: Policy, user: User) -> bool:
    if policy.council_id not in councils_of(user):
        return False
    return within({s.pk for s in policy.settings.all()}, policy.roles, user)


def brought_into_scope_at(policy: Policy, user: User) -> datetime | None:
    """When the latest scope change brought the person into the policy's scope, if one did."""
    for change in policy.scope_changes.all():  # newest first
        was_in = within(change.settings_before, change.roles_before, user)
        if not was_in and within(change.settings_after, change.roles_after, user):
            return change.changed_at
    return None


def policies_for(user: User) -> list[Policy]:
    if not is_staff_member(user):
        return []
    candidates = live_policies().filter(council__in=councils_of(user))
    candidates = candidates.filter(Q(settings=None) | Q(settings=user.setting_id))
    return [p for p in candidates.distinct() if applies_to(p, user)]


def current_version(policy: Policy) -> PolicyVersion:
    """The newest version (the versions are prefetched in newest-first order)."""
    return policy.versions.all()[0]


def start_of_current_major(policy: Policy) -> PolicyVersion:
    current = current_version(policy)
    return [v for v in policy.versions.all() if v.major == current.major][-1]


def acknowledged_majors(user: User, policies: list[Policy]) -> set[tuple[int, int]]:
    """(policy id, major) pairs the person has acknowledged; any minor of a major counts."""
    return set(
        Acknowledgement.objects.filter(user=user, version__policy__in=policies).values_list(
            "version__policy_id", "version__major"
        )
    )


def outstanding_for(user: User) -> list[Outstanding]:
    policies = policies_for(user)
    if not policies:
        return []
    done = acknowledged_majors(user, policies)
    outstanding = []
    for policy in policies:
        version = current_version(policy)
        if (policy.pk, version.major) in done:
            continue
        # Someone who joins, or is brought into scope, after a version came out gets the full
        # grace period from then.
        starts = max(
            start_of_current_major(policy).published_at,
            user.date_joined,
            brought_into_scope_at(policy, user) or user.date_joined,
        )
        outstanding.append(Outstanding(policy, version, starts + grace_period()))
    return sorted(outstanding, key=lambda o: (o.due_at, o.policy.title))


def is_blocked(outstanding: list[Outstanding]) -> bool:
    return any(o.overdue for o in outstanding)


def acknowledgements_of(user: User) -> QuerySet[Acknowledgement]:
    return Acknowledgement.objects.filter(user=user).select_related("version__policy")


@dataclass
class ComplianceRow:
    policy: Policy
    version: PolicyVersion
    acknowledged: list[User]
    outstanding: list[User]

    @property
    def due(self) -> int:
        return len(self.acknowledged) + len(self.outstanding)

    @property
    def percent(self) -> int | None:
        return round(100 * len(self.acknowledged) / self.due) if self.due else None


def compliance_for_setting(setting: Setting) -> list[ComplianceRow]:
    """For each policy that applies in the setting: who has and who has not acknowledged it."""
    people = list(staff_in(setting))
    policies = list(live_policies(setting.council_id))
    acknowledged = set(
        Acknowledgement.objects.filter(user__in=people, version__policy__in=policies).values_list(
            "user_id", "version__policy_id", "version__major"
        )
    )
    rows = []
    for policy in policies:
        in_scope = [p for p in people if applies_to(policy, p)]
        if not in_scope:
            continue
        version = current_version(policy)
        done = [p for p in in_scope if (p.pk, policy.pk, version.major) in acknowledged]
        rows.append(ComplianceRow(policy, version, done, [p for p in in_scope if p not in done]))
    return rows


def compliance_percent(rows: list[ComplianceRow]) -> int | None:
    due = sum(r.due for r in rows)
    return round(100 * sum(len(r.acknowledged) for r in rows) / due) if due else None


def versions_of(policy: Policy) -> QuerySet[PolicyVersion]:
    return policy.versions.select_related("published_by")


def scope_history(policy: Policy) -> list[ScopeChange]:
    """The policy's scope changes, newest first, each with the names of its settings attached."""
    changes = list(policy.scope_changes.select_related("changed_by"))
    ids = {pk for c in changes for pk in c.settings_before + c.settings_after}
    names = dict(Setting.objects.filter(pk__in=ids).values_list("pk", "name"))
    for change in changes:
        change.settings_before_names = [names.get(pk, str(pk)) for pk in change.settings_before]
        change.settings_after_names = [names.get(pk, str(pk)) for pk in change.settings_after]
    return changes
