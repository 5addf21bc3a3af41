from django.urls import reverse

from esafety.home import Link, Panel, panel
from people.models import User
from people.roles import Role
from people.rules import administers_council
from policies.selectors import is_staff_member, outstanding_for


@panel
def policies_panel(user: User) -> Panel | None:
    if not is_staff_member(user):
        return None
    waiting = len(outstanding_for(user))
    hint = f"{waiting} to acknowledge" if waiting else "all acknowledged"
    links = [Link("Your policies", reverse("policies:mine"), hint)]
    for setting in {*user.settings_for(Role.SETTING_MANAGER), *user.settings_for(Role.DSL)}:
        links.append(
            Link(f"Policy compliance in {setting}", reverse("policies:compliance", args=[setting.pk]))
        )
    for council in {a.council for a in user.role_assignments if administers_council(user, a.council)}:
        links.append(Link(f"Policy library of {council}", reverse("policies:library", args=[council.pk])))
    return Panel("Policies", order=8, links=links)
