"""Declarations are seen by the employee, the line manager they went to and the setting's DSL only."""

from __future__ import annotations

from declarations.models import Declaration, PrivacyAttestation
from esafety.permissions import rule
from people.models import User
from people.roles import Role
from policies.selectors import is_staff_member


def in_circle(user: User, owner_id: int, line_manager_id: int | None, setting) -> bool:
    return user.pk in (owner_id, line_manager_id) or user.has_role(Role.DSL, setting)


@rule("declarations.file")
def file(user: User, obj: object = None) -> bool:
    return is_staff_member(user) and user.setting_id is not None


@rule("declarations.view")
def view(user: User, declaration: Declaration) -> bool:
    return isinstance(declaration, Declaration) and in_circle(
        user, declaration.declarant_id, declaration.line_manager_id, declaration.setting
    )


@rule("declarations.acknowledge")
def acknowledge(user: User, declaration: Declaration) -> bool:
    """The line manager acknowledges; when the employee has none, the DSL does."""
    if not isinstance(declaration, Declaration) or user.pk == declaration.declarant_id:
        return False
    if declaration.line_manager_id:
        return user.pk == declaration.line_manager_id
    return user.has_role(Role.DSL, declaration.setting)


@rule("declarations.view_attestation")
def view_attestation(user: User, attestation: PrivacyAttestation) -> bool:
    return isinstance(attestation, PrivacyAttestation) and in_circle(
        user, attestation.employee_id, attestation.line_manager_id, attestation.setting
    )
