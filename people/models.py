"""Councils, their settings and classes, and the people who work or learn in them."""

from __future__ import annotations

from functools import cached_property

from django.contrib.auth.models import AbstractUser, UserManager
from django.core.exceptions import ValidationError
from django.db import models

from people.roles import PRIVILEGED_ROLES, SETTING_ONLY_ROLES, Role


class Council(models.Model):
    name = models.CharField(max_length=200, unique=True)

    def __str__(self) -> str:
        return self.name


class Setting(models.Model):
    class Kind(models.TextChoices):
        SCHOOL = "school", "School"
        EARLY_YEARS = "early_years", "Early-years setting"
        CHILDRENS_CENTRE = "childrens_centre", "Children's centre"
        COUNCIL_SERVICE = "council_service", "Council service"

    council = models.ForeignKey(Council, on_delete=models.PROTECT, related_name="settings")
    name = models.CharField(max_length=200)
    kind = models.CharField(max_length=32, choices=Kind.choices)

    class Meta:
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(fields=["council", "name"], name="setting_name_unique_in_council")
        ]

    def __str__(self) -> str:
        return self.name

    @property
    def audit_setting_id(self) -> int | None:
        return self.pk


class Group(models.Model):
    """A class in a school or a group in an early-years setting."""

    setting = models.ForeignKey(Setting, on_delete=models.PROTECT, related_name="groups")
    name = models.CharField(max_length=100)
    teachers = models.ManyToManyField("people.User", related_name="groups_taught", blank=True)

    class Meta:
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(fields=["setting", "name"], name="group_name_unique_in_setting")
        ]

    def __str__(self) -> str:
        return f"{self.name} ({self.setting})"


class User(AbstractUser):
    """Anyone who signs in. Pupils have no e-mail address and belong to a class."""

    setting = models.ForeignKey(
        Setting, on_delete=models.PROTECT, null=True, blank=True, related_name="people"
    )
    line_manager = models.ForeignKey(
        "self", on_delete=models.SET_NULL, null=True, blank=True, related_name="direct_reports"
    )
    group = models.ForeignKey(Group, on_delete=models.PROTECT, null=True, blank=True, related_name="pupils")

    objects = UserManager()

    class Meta:
        ordering = ["last_name", "first_name", "username"]

    def __str__(self) -> str:
        return self.get_full_name() or self.username

    @cached_property
    def role_assignments(self) -> list[RoleAssignment]:
        return list(self.roles.select_related("setting", "council"))

    @property
    def is_pupil(self) -> bool:
        return any(a.role == Role.PUPIL for a in self.role_assignments)

    @property
    def is_privileged(self) -> bool:
        return any(a.role in PRIVILEGED_ROLES for a in self.role_assignments)

    def role_names(self) -> set[str]:
        return {a.role for a in self.role_assignments}

    def has_role(self, role: str, setting: Setting | None = None) -> bool:
        """Whether the person holds `role` for `setting` (or anywhere, when no setting given)."""
        return any(a.role == role and a.covers(setting) for a in self.role_assignments)

    def settings_for(self, role: str) -> list[Setting]:
        """Every setting in which the person holds `role`."""
        found: dict[int, Setting] = {}
        for assignment in self.role_assignments:
            if assignment.role != role:
                continue
            if assignment.setting_id:
                found[assignment.setting_id] = assignment.setting
            else:
                found.update({s.pk: s for s in assignment.council.settings.all()})
        return list(found.values())

    def forget_roles(self) -> None:
        self.__dict__.pop("role_assignments", None)


class RoleAssignment(models.Model):
    """A role held in one setting, or across a whole council when no setting is given."""

    user = models.ForeignKey(User, on_delete=models.CASCADE, related_name="roles")
    role = models.CharField(max_length=32, choices=Role.choices)
    council = models.ForeignKey(Council, on_delete=models.PROTECT, related_name="role_assignments")
    setting = models.ForeignKey(
        Setting, on_delete=models.PROTECT, null=True, blank=True, related_name="role_assignments"
    )
    granted_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["user", "role", "council", "setting"], name="role_assignment_unique"
            )
        ]

    def __str__(self) -> str:
        where = self.setting or self.council
        return f"{self.user} — {self.get_role_display()} — {where}"

    def clean(self) -> None:
        if self.role in SETTING_ONLY_ROLES and not self.setting_id:
            raise ValidationError({"setting": "This role is held in one setting: choose it."})
        if self.setting_id and self.setting.council_id != self.council_id:
            raise ValidationError({"setting": "The setting belongs to another council."})

    def covers(self, setting: Setting | None) -> bool:
        if setting is None:
            return True
        if self.setting_id:
            return self.setting_id == setting.pk
        return self.council_id == setting.council_id
