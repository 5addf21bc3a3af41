from django.urls import reverse

from esafety.home import Link, Panel, panel
from esafety.permissions import can
from people.models import User
from people.roles import Role
from people.rules import administers_council


@panel
def dashboards_panel(user: User) -> Panel | None:
    links = []
    for council in {a.council for a in user.role_assignments if administers_council(user, a.council)}:
        links.append(Link(f"Dashboard for {council}", reverse("dashboards:council", args=[council.pk])))
    for setting in {*user.settings_for(Role.SETTING_MANAGER), *user.settings_for(Role.DSL)}:
        if can(user, "dashboards.view_setting", setting):
            links.append(Link(f"Dashboard for {setting}", reverse("dashboards:setting", args=[setting.pk])))
    return Panel("Dashboards", order=6, links=links) if links else None
