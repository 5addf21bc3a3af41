"""Home-page panels for the people side: classes, teams, settings and the council."""

from django.urls import reverse

from esafety.home import Link, Panel, panel
from people import selectors
from people.models import User
from people.roles import Role
from people.rules import administers_council


@panel
def classes_panel(user: User) -> Panel | None:
    if not user.has_role(Role.TEACHER):
        return None
    links = [
        Link(g.name, reverse("people:group", args=[g.pk]), f"{g.pupil_count} pupils · {g.setting}")
        for g in selectors.groups_taught_by(user)
    ]
    return Panel("Your classes", order=20, links=links, empty_text="You are not teaching a class yet.")


@panel
def team_panel(user: User) -> Panel | None:
    if not user.has_role(Role.LINE_MANAGER):
        return None
    links = [Link(str(p), reverse("people:person", args=[p.pk])) for p in selectors.direct_reports_of(user)]
    return Panel("Your team", order=30, links=links, empty_text="Nobody reports to you yet.")


@panel
def managed_settings_panel(user: User) -> Panel | None:
    settings = user.settings_for(Role.SETTING_MANAGER)
    if not settings:
        return None
    links = [Link(s.name, reverse("people:setting", args=[s.pk]), s.get_kind_display()) for s in settings]
    return Panel("Settings you manage", order=25, links=links)


@panel
def safeguarding_panel(user: User) -> Panel | None:
    settings = user.settings_for(Role.DSL)
    if not settings:
        return None
    links = [
        Link(f"Who looked at what in {s.name}", reverse("audit:setting_log", args=[s.pk])) for s in settings
    ]
    return Panel("Safeguarding lead", order=10, links=links)


@panel
def council_panel(user: User) -> Panel | None:
    councils = {a.council for a in user.role_assignments if administers_council(user, a.council)}
    if not councils:
        return None
    links = []
    for council in councils:
        links += [
            Link(s.name, reverse("people:setting", args=[s.pk]), s.get_kind_display())
            for s in council.settings.all()
        ]
        links.append(Link(f"Audit log of {council.name}", reverse("audit:council_log", args=[council.pk])))
    return Panel("Your council", order=40, links=links)


@panel
def pupil_class_panel(user: User) -> Panel | None:
    if not user.is_pupil or user.group is None:
        return None
    return Panel("Your class", order=5, intro=f"You are in {user.group.name}.")
