from django.urls import reverse

from esafety.home import Link, Panel, panel
from esafety.permissions import can
from people.models import User
from people.roles import Role
from phones.selectors import awaiting_response


@panel
def phones_panel(user: User) -> Panel | None:
    settings = [
        s
        for s in {
            *user.settings_for(Role.SETTING_MANAGER),
            *user.settings_for(Role.DSL),
            *user.settings_for(Role.TEACHER),
        }
        if can(user, "phones.view_outings", s)
    ]
    if not settings:
        return None
    links = []
    for setting in settings:
        hint = ""
        if can(user, "phones.respond_observation", setting) or user.has_role(Role.SETTING_MANAGER, setting):
            waiting = awaiting_response([setting]).count()
            hint = f"{waiting} observation{'s' if waiting != 1 else ''} to respond to" if waiting else ""
        links.append(
            Link(
                f"Outings, devices and phone use in {setting}", reverse("phones:hub", args=[setting.pk]), hint
            )
        )
    return Panel("Mobile phones and outings", order=35, links=links)
