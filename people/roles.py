"""The roles people hold, and which of them must use two-factor authentication."""

from django.db import models


class Role(models.TextChoices):
    PUPIL = "pupil", "Pupil"
    TEACHER = "teacher", "Teacher or practitioner"
    LINE_MANAGER = "line_manager", "Line manager"
    SETTING_MANAGER = "setting_manager", "Setting manager"
    DSL = "dsl", "Designated safeguarding lead"
    HR_INVESTIGATOR = "hr_investigator", "HR investigator"
    LADO_LIAISON = "lado_liaison", "LADO liaison (First Response Team)"
    COUNCIL_ADMIN = "council_admin", "Council administrator"


# These roles see allegations, concerns or the whole council, so a password alone is not enough.
PRIVILEGED_ROLES = frozenset({Role.DSL, Role.HR_INVESTIGATOR, Role.LADO_LIAISON, Role.COUNCIL_ADMIN})

# Roles that make sense only inside one setting; the others may also span a whole council.
SETTING_ONLY_ROLES = frozenset({Role.PUPIL, Role.TEACHER, Role.LINE_MANAGER, Role.SETTING_MANAGER, Role.DSL})
